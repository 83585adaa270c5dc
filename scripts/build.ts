/**
 * Builds what the hosts serve and Electron runs: the renderer bundle (Vite), the Node code
 * (tsc, with decorator metadata for TypeORM) and the sandboxed preload bundled into one file.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CALL_NAMES, EVENT_NAMES } from '../main/contract/api';

const ROOT = path.resolve(__dirname, '..');
const bin = (name: string) => path.join(ROOT, 'node_modules', '.bin', name);

function newestMtime(dirs: string[]): number {
  let newest = 0;
  const walk = (p: string) => {
    const st = fs.statSync(p);
    if (st.isDirectory()) for (const e of fs.readdirSync(p)) walk(path.join(p, e));
    else newest = Math.max(newest, st.mtimeMs);
  };
  for (const d of dirs) if (fs.existsSync(d)) walk(d);
  return newest;
}

export function buildRenderer(force = false): void {
  const out = path.join(ROOT, 'build', 'renderer', 'index.html');
  const sources = newestMtime(['renderer', 'main/contract'].map((d) => path.join(ROOT, d)));
  if (!force && fs.existsSync(out) && fs.statSync(out).mtimeMs > sources) return;
  process.stderr.write('[执法工作站] 正在构建界面……\n');
  execFileSync(bin('vite'), ['build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
}

export function buildNode(): void {
  execFileSync(bin('tsc'), ['-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
  execFileSync(
    bin('esbuild'),
    [
      'electron/preload.ts',
      '--bundle',
      '--platform=node',
      '--format=cjs',
      '--external:electron',
      `--define:__ZHIFA_CALL_NAMES__=${JSON.stringify(CALL_NAMES)}`,
      `--define:__ZHIFA_EVENT_NAMES__=${JSON.stringify(EVENT_NAMES)}`,
      '--outfile=build/node/electron/preload.js',
      '--log-level=warning',
    ],
    { cwd: ROOT, stdio: 'inherit' },
  );
}

if (require.main === module) {
  buildRenderer(true);
  buildNode();
}
