/** Tiny benchmark harness: time a function over runs, report percentiles, print aligned rows. */
export interface Stats {
  runs: number;
  p50: number;
  p95: number;
  max: number;
  mean: number;
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

export function stats(samples: number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  return { runs: s.length, p50: percentile(s, 50), p95: percentile(s, 95), max: s[s.length - 1], mean: s.reduce((a, b) => a + b, 0) / s.length };
}

export async function time<T>(fn: () => Promise<T> | T): Promise<[number, T]> {
  const t0 = performance.now();
  const value = await fn();
  return [performance.now() - t0, value];
}

const ms = (n: number) => `${n.toFixed(2)} ms`;

export function row(label: string, s: Stats, extra = ''): string {
  return `  ${label.padEnd(34)} p50 ${ms(s.p50).padStart(11)}  p95 ${ms(s.p95).padStart(11)}  max ${ms(s.max).padStart(11)}  n=${s.runs}${extra ? '  ' + extra : ''}`;
}

export function heading(title: string): void {
  process.stdout.write(`\n## ${title}\n`);
}
