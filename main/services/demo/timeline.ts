/**
 * When things happened in a demo case, as the services record them: the seed runs in a moment, but
 * the audit log, the case's events and its documents should read as the months the cases took.
 * Pure: no database, no generator draws (so the sample cases stay as they were).
 */
import { plusDays } from '../../procedure/calendar';

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Office hours a registration falls in: 08:30 to 16:29. */
const OFFICE_OPENS = 8 * 60 + 30;
const OFFICE_SPAN = 8 * 60;

/** Minutes after midnight as HH:MM:00. */
function clockTime(minutes: number): string {
  return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}:00`;
}

/**
 * 立案 `daysAfter` days after the events, during office hours: the time of day is spread from the
 * minute of the events, so cases registered on one day get different times without a draw.
 */
export function registrationMoment(occurredAt: string, daysAfter: number): string {
  const [h, min] = occurredAt.slice(11, 16).split(':').map(Number);
  const spread = ((h * 60 + min) * 7) % OFFICE_SPAN;
  return `${plusDays(occurredAt.slice(0, 10), daysAfter)}T${clockTime(OFFICE_OPENS + spread)}`;
}

/** An act or a document is written this long after the case's previous entry on the same day. */
const STEP_MINUTES = 20;
/** The first act of a day is written from this time on. */
const DAY_STARTS = '09:00:00';

/** `minutes` later on the same day, or its last second. */
function addMinutes(at: string, minutes: number): string {
  const [h, m] = at.slice(11, 16).split(':').map(Number);
  const total = h * 60 + m + minutes;
  if (total >= 24 * 60) return `${at.slice(0, 10)}T23:59:59`;
  return `${at.slice(0, 10)}T${clockTime(total)}`;
}

/**
 * One case's history as times: each entry (an act, a document) on day `on` is written on that day,
 * from the morning on and after whatever the case recorded before it (its registration first), so
 * the audit log never has an act before the registration it follows nor before its own date. Nothing
 * is written later than `now`, the moment the seed runs.
 */
export interface CaseTimeline {
  /** The time to record an entry dated `on` (YYYY-MM-DD) at: YYYY-MM-DDTHH:MM:SS, China time. */
  at(on: string): string;
}

export function caseTimeline(registeredAt: string, now: string): CaseTimeline {
  let last = registeredAt;
  return {
    at(on) {
      // The next minutes of the previous entry's day (at most its last second), or the morning of a later day.
      const after = addMinutes(last, STEP_MINUTES);
      const morning = `${on}T${DAY_STARTS}`;
      const next = after > morning ? after : morning;
      // An act of today seeded early in the morning is written when the seed runs, never in the future.
      last = next > now ? (now > last ? now : last) : next;
      return last;
    },
  };
}
