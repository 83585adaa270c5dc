/**
 * `npm test`: the whole suite, in the order that fails fastest — lint (layering included),
 * typecheck, unit and integration tests (node:test), then the end-to-end tests (Playwright
 * driving Debian's Chromium through the browser host). Ends with one line of totals.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { buildRenderer } from './build';

const ROOT = path.resolve(__dirname, '..');
const bin = (name: string) => path.join(ROOT, 'node_modules', '.bin', name);

interface StepResult {
  ok: boolean;
  passed: number;
  failed: number;
}

function step(title: string, cmd: string, args: string[], count?: (out: string) => { passed: number; failed: number }): Promise<StepResult> {
  process.stdout.write(`\n=== ${title}\n`);
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      process.stdout.write(d);
    });
    child.stderr.on('data', (d: Buffer) => {
      out += d.toString();
      process.stderr.write(d);
    });
    child.on('exit', (code) => {
      const c = count ? count(out) : { passed: 0, failed: 0 };
      resolve({ ok: code === 0, ...c });
    });
  });
}

const lastNumber = (out: string, re: RegExp) => {
  const all = [...out.matchAll(re)];
  return all.length ? Number(all[all.length - 1][1]) : 0;
};

const nodeTestCounts = (out: string) => ({ passed: lastNumber(out, /^[ℹ#] pass (\d+)$/gm), failed: lastNumber(out, /^[ℹ#] fail (\d+)$/gm) });
const playwrightCounts = (out: string) => ({ passed: lastNumber(out, /^\s+(\d+) passed/gm), failed: lastNumber(out, /^\s+(\d+) failed/gm) });

async function main() {
  const only = process.argv[2];
  const results: [string, StepResult][] = [];
  const want = (name: string) => !only || only === name;

  if (want('lint')) results.push(['lint', await step('lint (layering + eslint)', process.execPath, ['--import', 'tsx', 'scripts/lint.ts'])]);
  if (want('typecheck')) {
    results.push(['typecheck', await step('typecheck (backend)', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit'])]);
    results.push(['typecheck-renderer', await step('typecheck (renderer)', bin('tsc'), ['-p', 'renderer/tsconfig.json', '--noEmit'])]);
  }
  if (want('unit')) {
    results.push([
      'unit+integration',
      await step(
        'unit and integration tests (node:test)',
        process.execPath,
        ['--import', 'tsx', '--test', '--test-concurrency=2', '--test-reporter=spec', 'test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
        nodeTestCounts,
      ),
    ]);
  }
  if (want('e2e')) {
    process.stdout.write('\n=== build renderer\n');
    buildRenderer();
    results.push(['e2e', await step('end-to-end tests (Playwright + Chromium)', bin('playwright'), ['test'], playwrightCounts)]);
  }

  const passed = results.reduce((n, [, r]) => n + r.passed, 0);
  const failed = results.reduce((n, [, r]) => n + r.failed, 0);
  const broken = results.filter(([, r]) => !r.ok).map(([name]) => name);
  process.stdout.write(`\n=== summary\n${results.map(([name, r]) => `${r.ok ? 'ok  ' : 'FAIL'} ${name}${r.passed || r.failed ? ` (${r.passed} passed, ${r.failed} failed)` : ''}`).join('\n')}\n`);
  if (broken.length) process.stdout.write(`failed steps: ${broken.join(', ')}\n`);
  process.stdout.write(`tests: ${passed} passed, ${failed + (broken.length && !failed ? broken.length : 0)} failed\n`);
  process.exit(broken.length ? 1 : 0);
}

void main();
