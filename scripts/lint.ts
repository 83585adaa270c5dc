/** Lint step: the layering rules (dependency-cruiser) and ESLint over all TypeScript. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const bin = (name: string) => path.join(ROOT, 'node_modules', '.bin', name);

function run(cmd: string, args: string[]): boolean {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });
  return r.status === 0;
}

const layering = run(bin('depcruise'), ['--config', '.dependency-cruiser.cjs', '--output-type', 'err', 'main', 'db', 'renderer/src', 'electron', 'test', 'scripts', 'bench']);
const eslint = run(bin('eslint'), ['--max-warnings', '0', '.']);
process.exit(layering && eslint ? 0 : 1);
