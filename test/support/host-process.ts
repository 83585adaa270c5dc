/** Starts the browser host as a real child process on a data directory, the way `npm start` does. */
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');

/** How a node-side client reaches the API: the socket address plus the cookie a browser would send. */
export interface ApiEndpoint {
  /** ws://127.0.0.1:PORT/api */
  url: string;
  /** http://127.0.0.1:PORT, for clients that send an Origin header as a page would. */
  origin: string;
  headers: { cookie: string };
}

export interface HostProcess {
  /** The host's origin (http://127.0.0.1:PORT/); by itself it opens nothing. */
  url: string;
  /** A fresh single-use launch address (one per browser context), asked of the running host on its stdin. */
  launchUrl(): Promise<string>;
  api: ApiEndpoint;
  child: ChildProcess;
  /** Everything the host wrote so far. */
  stdout(): string;
  stderr(): string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Follows a launch address the way a browser does and returns the cookie it sets (`name=value`). */
export function exchangeLaunchCode(launchUrl: string): Promise<string> {
  return new Promise((resolve, reject) => {
    http
      .get(launchUrl, (res) => {
        res.resume();
        const set = res.headers['set-cookie']?.[0];
        if (res.statusCode !== 303 || !set) return reject(new Error(`launch address answered ${res.statusCode} without a cookie`));
        resolve(set.split(';')[0]);
      })
      .on('error', reject);
  });
}

export async function startHostProcess(
  dataDir: string,
  opts: {
    demoCases?: number;
    env?: NodeJS.ProcessEnv;
    /** false: an empty data directory opens on the first-run setup. */ demo?: boolean;
    /** More arguments for main/host/cli.ts (e.g. --open). */
    args?: string[];
  } = {},
): Promise<HostProcess> {
  const child = spawn(
    process.execPath,
    [
      '--import', 'tsx', path.join(ROOT, 'main', 'host', 'cli.ts'), '--data-dir', dataDir, '--demo-cases', String(opts.demoCases ?? 3),
      ...(opts.demo === false ? [] : ['--demo']),
      ...(opts.args ?? []),
    ],
    { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...opts.env } },
  );
  let stderr = '';
  let stdout = '';
  let scanned = 0;
  const waiting: ((url: string) => void)[] = [];
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  // Writing to a host that has just exited must not fail the test run.
  child.stdin!.on('error', () => undefined);
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`host did not start in 60 s:\n${stderr}`)), 60_000);
    let started = false;
    child.stdout!.on('data', (d: Buffer) => {
      stdout += d.toString();
      const m = /HOST_URL (\S+)/.exec(stdout);
      if (m && !started) {
        started = true;
        clearTimeout(timer);
        resolve(m[1]);
      }
      // Each `launch` line is answered in order with one LAUNCH_URL line.
      for (;;) {
        const nl = stdout.indexOf('\n', scanned);
        if (nl < 0) break;
        const line = stdout.slice(scanned, nl);
        scanned = nl + 1;
        const l = /^LAUNCH_URL (\S+)$/.exec(line);
        if (l) waiting.shift()?.(l[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (!started) reject(new Error(`host exited with ${code}:\n${stderr}`));
    });
  });
  const launchUrl = () =>
    new Promise<string>((resolve, reject) => {
      if (child.exitCode !== null || child.signalCode !== null) return reject(new Error(`host has exited:\n${stderr}`));
      waiting.push(resolve);
      child.stdin!.write('launch\n');
    });
  const u = new URL(url);
  const cookie = await exchangeLaunchCode(await launchUrl());
  return {
    url,
    launchUrl,
    api: { url: `ws://${u.host}/api`, origin: u.origin, headers: { cookie } },
    child,
    stdout: () => stdout,
    stderr: () => stderr,
    stop: (signal = 'SIGTERM') =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode);
        child.once('exit', (code) => resolve(code));
        child.kill(signal);
      }),
  };
}
