/**
 * 工作日历: the holidays and 调休 working days the admin enters on top of the weekday rule
 * (Monday–Friday work, Saturday and Sunday rest). Working-day periods and the holiday roll-over of
 * every deadline are counted on it, so each change recomputes the open deadlines of all cases.
 */
import type { EntityManager } from 'typeorm';
import { Between } from 'typeorm';
import { CalendarDayRow } from '../../db/entities';
import type { Database } from '../../db/open';
import { AppError } from '../contract/errors';
import type { CalendarDay } from '../contract/procedure';
import { isoDate } from '../contract/schemas';
import { appendAudit, type Actor } from './audit';
import type { Clock } from './clock';
import { recomputeAllDeadlines } from './deadlines';

export type CalendarMark = 'holiday' | 'workday' | 'normal';

export interface CalendarYear {
  year: number;
  days: CalendarDay[];
}

const KIND_LABEL: Record<CalendarDay['kind'], string> = { holiday: '节假日', workday: '调休上班' };

/** Saturday or Sunday, for a 'YYYY-MM-DD' day (read as a calendar date, no time zone involved). */
export function isWeekend(day: string): boolean {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
}

async function daysOfYear(m: EntityManager, year: number): Promise<CalendarDay[]> {
  const rows = await m.find(CalendarDayRow, { where: { day: Between(`${year}-01-01`, `${year}-12-31`) }, order: { day: 'ASC' } });
  return rows.map((r) => ({ day: r.day, kind: r.kind, name: r.name }));
}

export async function listCalendar(db: Database, year: number): Promise<CalendarYear> {
  return { year, days: await db.read((m) => daysOfYear(m, year)) };
}

function refuse(message: string, path: 'day' | 'kind' = 'kind'): AppError {
  return new AppError('VALIDATION_FAILED', message, [{ path, message }]);
}

/**
 * Marks one day, or (kind 'normal') returns it to the weekday rule. A mark that would not change
 * how days are counted is refused rather than stored, so the calendar holds only what matters
 * and the audit trail only real changes.
 */
export async function setCalendarDay(
  db: Database,
  actor: Actor,
  clock: Clock,
  input: { day: string; kind: CalendarMark; name: string },
): Promise<CalendarYear & { recomputed: number }> {
  if (!isoDate.safeParse(input.day).success) throw refuse('日期无效', 'day');
  const { day, kind } = input;
  const name = input.name.trim();
  const year = Number(day.slice(0, 4));
  const weekend = isWeekend(day);

  return db.write(async (m) => {
    const existing = await m.findOneBy(CalendarDayRow, { day });
    const before: CalendarDay | null = existing ? { day, kind: existing.kind, name: existing.name } : null;
    let after: CalendarDay | null;

    if (kind === 'normal') {
      if (!existing) throw refuse(weekend ? '该日本是休息日，没有标记，无需恢复' : '该日本是工作日，没有标记，无需恢复');
      await m.delete(CalendarDayRow, { day });
      after = null;
    } else {
      // A weekend day already marked a holiday (the published schedules list whole holiday spans,
      // weekends included) may still be renamed; a new mark that counts the day as it already is, may not.
      if (existing?.kind !== kind) {
        if (kind === 'workday' && !weekend) throw refuse('该日本是工作日，无需标记为调休上班');
        if (kind === 'holiday' && weekend) throw refuse('该日本是休息日，无需标记为节假日');
      } else if (existing.name === name) {
        throw refuse(`该日已标记为${KIND_LABEL[kind]}，未作更改`);
      }
      after = { day, kind, name };
      await m.save(CalendarDayRow, after);
    }

    await appendAudit(m, {
      actor,
      at: clock.now(),
      action: 'calendar.set',
      entity: 'calendar_day',
      entityId: day,
      before,
      after,
      note: after ? `${day} 标记为${KIND_LABEL[after.kind]}${after.name ? `（${after.name}）` : ''}` : `${day} 恢复正常`,
    });
    // Every open deadline is counted again on the changed calendar, inside the same transaction:
    // the mark and the due dates it moves are stored together or not at all.
    const recomputed = await recomputeAllDeadlines(m);
    return { year, days: await daysOfYear(m, year), recomputed };
  });
}
