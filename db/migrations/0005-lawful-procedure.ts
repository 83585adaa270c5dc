import type { MigrationInterface, QueryRunner } from 'typeorm';
import { procedureState } from '../../main/contract/procedure';

/**
 * Migration 5: the procedure as the 2021 行政处罚法 and the 行政强制法 have it.
 *
 * - Every case's `procedure_state` is rewritten to the full new shape, so that no reader has to
 *   guess at a missing nested field:
 *   - a coercive measure taken before this version was taken under the old rules, which recorded no
 *     approval: it counts as approved by the 负责人 on the day it was taken (`approvedOn = startedOn`)
 *     and not as an emergency one — otherwise every old measure would show an overdue 24-hour report;
 *   - a party told before this version was told once, on the one 违法行为通知书 issued then
 *     (`notifications = 1`), so a 补充调查 asks for a second one;
 *   - an old 陈述申辩 waiver is NOT turned into a hearing waiver: the two are separate rights
 *     (行政处罚法 第六十二、六十四条) and nobody recorded that the party gave up the hearing;
 *   - proposals claim no 5-year limitation, decisions order no 排除妨碍/恢复原状 duty, on-the-spot
 *     decisions recorded no place, 当场收缴 ground or receipt number (history is not invented).
 * - The stored 程序设置 lose two powers an office must now name its legal basis for: extending the
 *   90-day limit (行政处罚法 第六十条) and enforcing by itself (行政强制法 第十三条). Both are switched
 *   off with an empty basis; the days and counts stay, so an admin who has a basis only names it.
 *   (No audit entry: the chain's entries are made by people, this is the software's upgrade.)
 * - `case_deadline` must follow the new rules too: against an on-the-spot decision the party must apply
 *   for 复议 first (行政复议法 第二十三条), so its court-application window closes 3 months after the 60-day
 *   复议 period, not 6 + 3 months after service. The counting lives in the procedure code, which the db
 *   layer does not import; the migration leaves the marker `deadlines.recount`, and the backend recounts
 *   every case's deadlines before it serves (main/services/deadlines.ts `recountAfterMigration`).
 */
export class LawfulProcedure0000000000005 implements MigrationInterface {
  name = 'LawfulProcedure0000000000005';

  async up(q: QueryRunner): Promise<void> {
    const [setting] = (await q.query("SELECT value FROM office_setting WHERE key = 'procedure'")) as { value: string }[];
    let stored: Record<string, unknown> = {};
    if (setting) {
      const old = JSON.parse(setting.value) as Record<string, unknown>;
      stored = { ...old, decisionExtensionEnabled: false, decisionExtensionBasis: '', directEnforcement: false, directEnforcementBasis: '' };
      await q.query("UPDATE office_setting SET value = ? WHERE key = 'procedure'", [JSON.stringify(stored)]);
    }
    const cases = (await q.query('SELECT id, procedure_state AS state FROM enforcement_case')) as { id: number; state: string }[];
    for (const c of cases) {
      const upgraded = upgradeState(JSON.parse(c.state) as Record<string, unknown>);
      const next = JSON.stringify(upgraded);
      if (next !== c.state) await q.query('UPDATE enforcement_case SET procedure_state = ? WHERE id = ?', [next, c.id]);
    }
    // The key is RECOUNT_MARKER of main/services/deadlines.ts (a literal here: migrations stay as they were written).
    await q.query("INSERT OR REPLACE INTO office_setting (key, value, updated_at) VALUES ('deadlines.recount', '5', datetime('now'))");
    await q.query('PRAGMA user_version = 5');
  }

  async down(q: QueryRunner): Promise<void> {
    // The added fields are ignored by the older version's shallow reads; only the schema version goes back.
    await q.query('PRAGMA user_version = 4');
  }
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A schema-4 state in the schema-5 shape (see the class comment for why each default is what it is). */
export function upgradeState(old: Obj): Obj {
  const s: Obj = { ...old };
  if (Array.isArray(s.measures)) {
    s.measures = s.measures.map((m: unknown) =>
      isObj(m) ? { ...m, emergency: m.emergency ?? false, approvedOn: m.approvedOn === undefined ? m.startedOn : m.approvedOn } : m,
    );
  }
  if (s.notifications === undefined) s.notifications = s.notifiedOn ? 1 : 0;
  if (isObj(s.proposal)) s.proposal = { longLimitation: false, longLimitationReason: '', ...s.proposal };
  if (isObj(s.decision)) s.decision = { duty: '', ...s.decision };
  if (isObj(s.onSpot)) s.onSpot = { place: '', collectionGround: 'none', receiptNo: '', ...s.onSpot };
  const parsed = procedureState.safeParse(s);
  // A state the schema refuses (hand-edited, damaged) keeps its facts with the nested fields filled; the
  // reader copes with it as it did before, and the office's upgrade does not stop on one bad case.
  return parsed.success ? parsed.data : { ...procedureState.parse({}), ...s };
}
