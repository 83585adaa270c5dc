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
  本机无法下载 Electron 的运行时（安装依赖时已跳过该下载），因此无法打开桌面窗口。需要桌面版时，可设置
  ELECTRON_MIRROR 指向内网镜像后执行 "node node_modules/electron/install.js"，或设置
  ELECTRON_OVERRIDE_DIST_PATH 指向本机已安装的 Electron 目录，再次 npm start 即可。现在，同一套界面与后台
  通过本机浏览器宿主运行（只监听 127.0.0.1，每次启动使用随机口令，口令不出现在命令行与输出中），在 Chromium
  的应用模式窗口中打开；没有图形界面时打印一次性的启动链接（一分钟内有效），在此输入 launch 并回车可再取一个，
  用于再开一个窗口。数据与桌面版使用同一数据目录。
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
  // Without a data directory of its own, `npm start` opens the demo office (演示单位) so that a newcomer sees a working office.
  const demo = args.some((a) => a === '--data-dir' || a.startsWith('--data-dir=')) || process.env.ZHIFA_DATA_DIR ? [] : ['--demo'];
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'main', 'host', 'cli.ts'), '--open', ...demo, ...args], {
    cwd: ROOT,
    stdio: ['inherit', 'pipe', 'inherit'],
  });
  // Stdin is the host's own: a line `launch` typed here asks it for another single-use launch address.
  child.stdout!.on('data', (d: Buffer) => {
    for (const line of d.toString().split('\n')) {
      if (!line) continue;
      const host = /^HOST_URL (\S+)/.exec(line);
      const launch = /^LAUNCH_URL (\S+)/.exec(line);
      if (host) process.stdout.write(`[执法工作站] 已启动：${host[1]}\n  （按 Ctrl+C 退出；输入 launch 并回车可取得新的启动链接）\n`);
      else if (launch) process.stdout.write(`[执法工作站] 启动链接（一次有效，一分钟内打开）：${launch[1]}\n`);
      else process.stdout.write(line + '\n');
    }
  });
  const forward = (sig: NodeJS.Signals) => child.kill(sig);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('exit', (code) => process.exit(code ?? 0));
}

main();
