/** Wall-clock time in China Standard Time: enforcement records are dated in local time, whatever the PC's zone. */
export interface Clock {
  /** 'YYYY-MM-DDTHH:mm:ss' in Asia/Shanghai. */
  now(): string;
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

export const systemClock: Clock = { now: () => chinaTime(new Date()) };

/** A clock that stands still at `at` (tests, deterministic fixtures). */
export function fixedClock(at: string): Clock {
  return { now: () => at };
}
