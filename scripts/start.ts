/**
 * `npm start`: the desktop app under Electron where an Electron runtime exists; otherwise the
 * same app through the browser host, opened in Chromium's app mode (or its address printed).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildNode, buildRenderer } from './build';

const ROOT = path.resolve(__dirname, '..');

/** The Electron executable, if one can be had here: a downloaded runtime or ELECTRON_OVERRIDE_DIST_PATH. */
function electronRuntime(): string | null {
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const exe = path.join(override, process.platform === 'win32' ? 'electron.exe' : 'electron');
    return fs.existsSync(exe) ? exe : null;
  }
  const pkg = path.join(ROOT, 'node_modules', 'electron');
  const pathTxt = path.join(pkg, 'path.txt');
  if (!fs.existsSync(pathTxt)) return null;
  const exe = path.join(pkg, 'dist', fs.readFileSync(pathTxt, 'utf8').trim());
  return fs.existsSync(exe) ? exe : null;
}

const EXPLANATION = `
[执法工作站] 未找到 Electron 运行时，改用浏览器宿主启动。
  本机无法下载 Electron 的二进制文件（安装时已跳过下载）。桌面版需要 Electron 运行时：可设置
  ELECTRON_MIRROR 指向内网镜像后执行 "npx install-electron --force"（或删除 node_modules/electron 后重新 npm install），
  或设置 ELECTRON_OVERRIDE_DIST_PATH 指向已安装的 Electron 目录。现在，同一套界面与后台将通过本机
  浏览器宿主（仅监听 127.0.0.1，每次启动随机口令）运行，并在 Chromium 的应用模式窗口中打开；
  没有图形界面时会打印访问地址。数据与桌面版存放在同一目录。
`;

function main() {
  buildRenderer();
  const args = process.argv.slice(2);
  const exe = electronRuntime();
  if (exe) {
    buildNode();
    const child = spawn(exe, [ROOT, ...args], { stdio: 'inherit' });
    child.on('exit', (code) => process.exit(code ?? 0));
    return;
  }
  process.stderr.write(EXPLANATION + '\n');
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'main', 'host', 'cli.ts'), '--open', ...args], {
    cwd: ROOT,
    stdio: ['inherit', 'pipe', 'inherit'],
  });
  child.stdout!.on('data', (d: Buffer) => {
    const m = /HOST_URL (\S+)/.exec(d.toString());
    if (m) process.stdout.write(`[执法工作站] 已启动：${m[1]}\n  （按 Ctrl+C 退出）\n`);
    else process.stdout.write(d);
  });
  const forward = (sig: NodeJS.Signals) => child.kill(sig);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('exit', (code) => process.exit(code ?? 0));
}

main();
