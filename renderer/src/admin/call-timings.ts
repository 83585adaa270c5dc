/**
 * The backend calls this window made lately and how long each took, measured here (round trip)
 * and, where the backend says so, on its side (`tookMs`). Kept in memory for the admin's 运行诊断
 * page only: the daily screens do not show timings.
 */
import type { Result } from '../../../main/contract/errors';

export interface CallTiming {
  /** Wall-clock time the call returned (ms since the epoch). */
  at: number;
  name: string;
  /** Round trip as measured in the renderer, in ms. */
  tookMs: number;
  /** What the backend reported of its own work, where the result carries it. */
  backendMs: number | null;
  /** The error code of a refused call; null when it succeeded. */
  error: string | null;
}

const KEPT = 100;
let timings: readonly CallTiming[] = [];
const listeners = new Set<() => void>();

export function recordCall(name: string, tookMs: number, result: Result<unknown>): void {
  const value = result.ok ? result.value : null;
  const reported = value && typeof value === 'object' && 'tookMs' in value ? (value as { tookMs: unknown }).tookMs : null;
  const entry: CallTiming = {
    at: Date.now(),
    name,
    tookMs,
    backendMs: typeof reported === 'number' ? reported : null,
    error: result.ok ? null : result.error.code,
  };
  timings = [entry, ...timings].slice(0, KEPT);
  listeners.forEach((l) => l());
}

export function recentCalls(): readonly CallTiming[] {
  return timings;
}

export function clearCalls(): void {
  timings = [];
  listeners.forEach((l) => l());
}

export function subscribeCalls(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
