/** Gap audit of case numbers: every serial from 1 to the highest issued must be used or voided with a reason. */
import type { Database } from '../../db/open';
import type { NumberingAudit } from '../contract/schemas';

export function auditNumbering(db: Database, year: number): Promise<NumberingAudit> {
  return db.read(async (m) => {
    const counters = (await m.query('SELECT series, last_serial AS highest FROM number_counter WHERE year = ? ORDER BY series', [year])) as {
      series: string;
      highest: number;
    }[];
    const series: NumberingAudit['series'] = [];
    for (const c of counters) {
      const ledger = (await m.query('SELECT serial, number, status, reason FROM number_ledger WHERE series = ? AND year = ? ORDER BY serial', [c.series, year])) as {
        serial: number;
        number: string;
        status: 'used' | 'void';
        reason: string;
      }[];
      const present = new Set(ledger.map((l) => l.serial));
      const missing: number[] = [];
      for (let s = 1; s <= c.highest; s++) if (!present.has(s)) missing.push(s);
      series.push({
        series: c.series,
        issued: ledger.length,
        highest: c.highest,
        missing,
        voided: ledger.filter((l) => l.status === 'void').map((l) => ({ serial: l.serial, number: l.number, reason: l.reason })),
      });
    }
    return { year, series };
  });
}
