/**
 * The purge of unlinked card reads on a timer: a read not used for a party within 24 hours is
 * personal data kept for no purpose (card-reads.ts UNLINKED_READ_HOURS), and an office PC that
 * reads no further card for a week must not keep it for a week. Runs at backend start and then
 * every interval (hourly by default), on an unref'd timer so it never holds a process open; the
 * next read still purges too.
 */
import type { Database } from '../../db/open';
import { purgeStaleReads } from './card-reads';
import type { Clock } from './clock';

export const CARD_READ_PURGE_INTERVAL_MS = 3_600_000;

export interface CardReadPurge {
  /** Purges now; resolves to the number of reads removed. */
  runNow(): Promise<number>;
  /** Clears the timer and waits for a purge under way. */
  stop(): Promise<void>;
}

export function startCardReadPurge(opts: { db: Database; clock: Clock; intervalMs?: number; log: (msg: string, err?: unknown) => void }): CardReadPurge {
  let running: Promise<number> = Promise.resolve(0);
  let stopped = false;
  const runNow = () => {
    // One at a time: a slow purge (a locked database) is not overtaken by the next tick.
    running = running.then(
      () => (stopped ? 0 : opts.db.write((m) => purgeStaleReads(m, opts.clock.now()))),
      () => 0,
    );
    return running;
  };
  const tick = () => {
    runNow().catch((e) => opts.log('未能清除超过24小时未使用的读卡记录', e));
  };
  tick();
  const timer = setInterval(tick, opts.intervalMs ?? CARD_READ_PURGE_INTERVAL_MS);
  timer.unref();
  return {
    runNow,
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running.catch(() => undefined);
    },
  };
}
