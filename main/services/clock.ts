/** Wall-clock time in China Standard Time: enforcement records are dated in local time, whatever the PC's zone. */
export interface Clock {
  /** 'YYYY-MM-DDTHH:mm:ss' in Asia/Shanghai. */
  now(): string;
  /** Milliseconds since the epoch, where a finer grain than `now()` matters (login back-off, session limits). */
  epochMs?(): number;
}

const fmt = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

export function chinaTime(date: Date): string {
  return fmt.format(date).replace(' ', 'T');
}

export const systemClock: Clock = { now: () => chinaTime(new Date()), epochMs: () => Date.now() };

/**
 * The instant elapsed-time limits are measured on. A clock that only fixes the calendar (the tests'
 * fixed and movable days) leaves them to real time, so a test that jumps weeks ahead keeps its sessions.
 */
export function clockMs(clock: Clock): number {
  return clock.epochMs ? clock.epochMs() : Date.now();
}

/** A clock that stands still at `at` (tests, deterministic fixtures). */
export function fixedClock(at: string): Clock {
  return { now: () => at };
}
