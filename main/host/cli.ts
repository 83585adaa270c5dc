/**
 * Runs the browser host: `node --import tsx main/host/cli.ts --data-dir DIR [--port N] [--open]`.
 * Prints one line `HOST_URL <origin>` on stdout once it listens (tests and scripts read it). The
 * origin alone opens nothing: each window needs a single-use launch address, and a line `launch`
 * on stdin is answered with `LAUNCH_URL <address>` on stdout. With --open, Chromium is started on
 * one such address; the host's secret itself is never printed nor put on a command line.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { createBackend } from '../backend';
import { AppError } from '../contract/errors';
import { defaultDataDir } from '../paths';
import { startBrowserHost } from './server';

// Before anything is written: the database, its journal and every blob are for this user only.
process.umask(0o077);

async function main() {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      'renderer-dir': { type: 'string' },
      port: { type: 'string' },
      open: { type: 'boolean', default: false },
      'demo-cases': { type: 'string' },
      /** Seed the demo office (演示单位) when the data directory is empty. */
      demo: { type: 'boolean', default: false },
    },
  });
  const dataDir = path.resolve(values['data-dir'] ?? defaultDataDir());
  const rendererDir = path.resolve(values['renderer-dir'] ?? path.join(__dirname, '..', '..', 'build', 'renderer'));
  const backend = await createBackend({
    dataDir,
    host: 'browser',
    demoCases: values['demo-cases'] === undefined ? undefined : Number(values['demo-cases']),
    demo: values.demo,
  });
  const host = await startBrowserHost(backend, { rendererDir, port: values.port ? Number(values.port) : undefined });
  process.stdout.write(`HOST_URL ${host.url}\n`);
  process.stderr.write(`[执法工作站] 数据目录：${dataDir}\n`);

  readline.createInterface({ input: process.stdin, terminal: false }).on('line', (line) => {
    if (line.trim() === 'launch') process.stdout.write(`LAUNCH_URL ${host.launchUrl()}\n`);
  });

  if (values.open) openInChromium(host.launchUrl());

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    // A stuck close must not keep the process (and its port) alive: the database is closed cleanly or SQLite's WAL recovers it.
    setTimeout(() => {
      process.stderr.write('[执法工作站] 关闭超时，强制退出\n');
      process.exit(1);
    }, 15_000).unref();
    await host.close();
    await backend.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

function openInChromium(url: string) {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(
    (p): p is string => Boolean(p),
  );
  const exe = candidates.find((p) => fs.existsSync(p));
  if (!exe || (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY)) {
    process.stderr.write(
      `[执法工作站] 未找到图形界面或 Chromium，请在一分钟内用浏览器打开（一次有效；需要新的链接时在此输入 launch 并回车）：\n${url}\n`,
    );
    return;
  }
  const profile = fs.mkdtempSync(path.join(process.env.TMPDIR ?? '/tmp', 'zhifa-chromium-'));
  const child = spawn(
    exe,
    [`--app=${url}`, `--user-data-dir=${profile}`, '--lang=zh-CN', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    { stdio: 'ignore', detached: true },
  );
  // A browser that cannot be started is reported; the host keeps serving and can hand out another address.
  child.on('error', (e) => process.stderr.write(`[执法工作站] 无法启动 Chromium（${e.message}），请在浏览器中打开启动链接。\n`));
  child.unref();
}

main().catch((e: unknown) => {
  const msg = e instanceof AppError ? e.message : String((e as Error)?.stack ?? e);
  process.stderr.write(`[执法工作站] 启动失败：${msg}\n`);
  process.exit(1);
});
