/** Starts the browser host as a real child process on a data directory, the way `npm start` does. */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');

export interface HostProcess {
  url: string;
  /** Origin + token, for node clients: ws://127.0.0.1:PORT/api?token=… */
  apiUrl: string;
  child: ChildProcess;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export async function startHostProcess(
  dataDir: string,
  opts: { demoCases?: number; env?: NodeJS.ProcessEnv; /** false: an empty data directory opens on the first-run setup. */ demo?: boolean } = {},
): Promise<HostProcess> {
  const child = spawn(
    process.execPath,
    [
      '--import', 'tsx', path.join(ROOT, 'main', 'host', 'cli.ts'), '--data-dir', dataDir, '--demo-cases', String(opts.demoCases ?? 3),
      ...(opts.demo === false ? [] : ['--demo']),
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...opts.env } },
  );
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`host did not start in 60 s:\n${stderr}`)), 60_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /HOST_URL (\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`host exited with ${code}:\n${stderr}`));
    });
  });
  const u = new URL(url);
  const token = /token=([^&]+)/.exec(u.hash)![1];
  return {
    url,
    apiUrl: `ws://${u.host}/api?token=${token}`,
    child,
    stop: (signal = 'SIGTERM') =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode);
        child.once('exit', (code) => resolve(code));
        child.kill(signal);
      }),
  };
}
