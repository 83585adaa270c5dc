/**
 * Moves the demo cases along the procedure through the same services the UI uses (acts through
 * `actOnCase`, documents made, filled and issued through the documents service), so a newcomer finds
 * work in every queue and sees the rules of 行政处罚法 2021 and 行政强制法 at work:
 *
 * - the random part: 立案 awaiting approval, cases under investigation, reports awaiting 法制审核, one
 *   returned with an opinion, approved ones ready for 告知;
 * - scripted cases, each showing one rule: a roadside 暂扣 taken in an emergency before 立案 was approved
 *   and ratified by the 负责人 (行政强制法 第十九条); one still awaiting that 补批; a measure approved by
 *   the 负责人 before it was taken (第十八条); 先行登记保存 awaiting its decision within 7 days (行政处罚法 第五十六条); a party who waived 陈述申辩 while the 5-day hearing window
 *   still ran (行政处罚法 第六十二、六十四条); a 补充调查 with 重新告知; a 首违不罚 no-penalty decision with its
 *   不予行政处罚决定书; a court application after the 6-month 诉讼 period; 简易程序 cases with two officers,
 *   a warning-only one and one with 当场收缴 on its ground and receipt number (第四十二、六十八、七十条).
 *
 * A step the guards refuse leaves its case where it is, as a real case would; the report says where.
 */
import { AccountRow, CaseRow } from '../../../db/entities';
import type { Database } from '../../../db/open';
import type { DocumentData, FormSummary } from '../../contract/documents';
import type { Role } from '../../contract/domain';
import { COLLECTION_GROUNDS, DEFAULT_PROCEDURE_SETTINGS, procedureAction, type Penalty, type ProcedureActionInput, type ProcedureView } from '../../contract/procedure';
import type { CaseDetail } from '../../contract/schemas';
import type { Session } from '../../rpc/dispatcher';
import { plusDays } from '../../procedure/calendar';
import { getCase } from '../cases';
import { fixedClock, type Clock } from '../clock';
import { createDocument, issueDocument, saveDraft, type DocumentDeps } from '../documents';
import { actOnCase, getProcedure } from '../procedure';
import { PAY_ON_SPOT } from '../../../templates/blocks/payment';
import type { Rng } from './sample-data';
import { caseTimeline } from './timeline';

const RETURN_OPINIONS = [
  '证据不足：未调取当事人的运单及收款凭证，请补充后重新报审。',
  '适用依据有误：请核对处罚依据的条款项，并说明裁量理由。',
  '询问笔录缺少当事人逐页签名，请补正后报审。',
];

const REVIEW_OPINION = '事实清楚，证据确凿，适用依据正确，程序合法，同意。';

/** Below this many sample cases (tests, end-to-end hosts) only the quick random walk runs: no documents are rendered. */
export const SCRIPTED_MIN_CASES = 10;
/** The scripted case that ends 结案 (the archivist's queue) needs the shipped demo's size; smaller seeds keep every case open. */
export const CLOSED_CASE_MIN_CASES = 40;

export type ScenarioName =
  | 'emergency_ratified'
  | 'emergency_awaiting'
  | 'measure_approved'
  | 'evidence_preserved'
  | 'statement_waived_hearing_ran'
  | 'reopened'
  | 'no_penalty_first_offence'
  | 'court_application'
  | 'simple_warning'
  | 'simple_collected';

export interface ScenarioOutcome {
  scenario: ScenarioName;
  caseId: number;
  /** Every step took effect. */
  done: boolean;
  /** The step refused and why, when not done. */
  stoppedAt?: string;
}

export interface DemoWalkReport {
  scenarios: ScenarioOutcome[];
}

interface Walker {
  readonly today: string;
  readonly detail: CaseDetail;
  readonly registeredOn: string;
  /** The time of the case's next entry dated `on` (timeline.ts), for a document's own time fields. */
  moment(on: string): string;
  act(role: Role, action: ProcedureActionInput): Promise<ProcedureView>;
  /** Makes the form's document as of `on`, sets `content` (what the officers wrote on it), fills what is still blank and issues it. */
  issue(formId: number, on: string, content?: DocumentData): Promise<void>;
  view(): Promise<ProcedureView>;
}

/** A refused step, with what was being done. */
class StepRefused extends Error {}

function moneyPenalty(fine: number, warning = false): Penalty {
  return { warning, fine, confiscatedGain: 0, confiscatedPropertyValue: 0, licenceAction: 'none', businessRestriction: false, other: '' };
}

/** A fine inside the cause's first 裁量基准 tier (rounded to 100), or its statutory minimum; with the tier. */
function tierPenalty(c: CaseDetail, atLeast = 0): { penalty: Penalty; circumstance: string; departureReason: string } {
  const tier = c.cause.discretion[0];
  const min = tier?.fineMin ?? c.cause.fineMin ?? 0;
  const max = tier?.fineMax ?? c.cause.fineMax ?? Math.max(min, 1000);
  const mid = Math.round((min + max) / 2 / 100) * 100;
  const fine = Math.min(max, Math.max(min, mid, atLeast));
  const within = !tier || (fine >= tier.fineMin && fine <= tier.fineMax);
  return { penalty: moneyPenalty(fine, fine <= 0), circumstance: tier?.circumstance ?? '', departureReason: within ? '' : '依据违法情节酌定' };
}

/** The fine from which the party may ask for a hearing (程序设置, defaults of the shipped office). */
function hearingThreshold(c: CaseDetail): number {
  const kind = c.parties[0]?.kind ?? 'individual';
  return kind === 'organisation' ? DEFAULT_PROCEDURE_SETTINGS.hearingFineOrganisation : DEFAULT_PROCEDURE_SETTINGS.hearingFineIndividual;
}

// ---------------------------------------------------------------------------------------------------------------
// Filling the blanks a document leaves to the clerk

const TEXT_BY_LABEL: Record<string, string> = {
  性别: '男',
  年龄: '42',
  地点: '东州市交通运输综合行政执法支队询问室',
  记录人: '王芳',
  见证人: '陈刚',
  送达地点: '当事人住所',
  受送达人: '当事人本人',
};

/** Plausible answers for required blanks the pre-fill left empty; what the case filled stays as it is. */
export function fillDemoBlanks(form: FormSummary, data: DocumentData, on: string): DocumentData {
  const out: DocumentData = { ...data };
  let minutes = 9 * 60;
  for (const f of form.fields) {
    const v = out[f.key];
    const blank =
      v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0) || (typeof v === 'object' && !Array.isArray(v) && v !== null && !v.kind);
    if (!f.required || !blank || f.kind === 'signature') continue;
    switch (f.kind) {
      case 'date':
        out[f.key] = on;
        break;
      case 'datetime': {
        // Successive times, so that an end never comes before its start.
        out[f.key] = `${on}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
        minutes += 40;
        break;
      }
      case 'money':
        out[f.key] = 0;
        break;
      case 'checkbox':
        out[f.key] = [f.options?.[0] ?? '是'];
        break;
      case 'party':
        out[f.key] = { kind: 'individual', ...Object.fromEntries((f.party?.individual ?? []).map((a) => [a.key, a.key === 'name' ? '当事人' : '见案卷'])) };
        break;
      case 'table':
        out[f.key] = [Object.fromEntries((f.columns ?? []).map((c) => [c.key, '见案卷']))];
        break;
      default:
        out[f.key] = TEXT_BY_LABEL[f.label] ?? `${f.label}详见案卷。`;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// The scripted cases

interface Scenario {
  name: ScenarioName;
  procedure: 'general' | 'simple';
  /** Days between registration and today the script needs at least. */
  minAge: number;
  /** Whether the case suits the script (its party, cause …). */
  fits?(c: CaseDetail, w: { today: string }): boolean;
  run(w: Walker): Promise<void>;
}

/** 立案 approved, 调查终结 with `penalty`, and the 法制审核 the case needs, done on `on`. */
async function investigate(w: Walker, on: string, p: ReturnType<typeof tierPenalty>, summary = '经调查，当事人违法事实清楚，证据确凿。'): Promise<void> {
  const view = await w.act('clerk', { type: 'close_investigation', on, summary, outcome: 'penalty', ...p });
  if (view.requirements.legalReview) {
    await w.act('clerk', { type: 'submit_review', on });
    await w.act('reviewer', { type: 'review_approve', on, opinion: REVIEW_OPINION });
  }
}

/** The decision handed to the party in person on `on`: the 送达回证 the party signs, then the service recorded. */
async function serveDirectly(w: Walker, on: string, documentName: string): Promise<void> {
  const recipient = w.detail.parties[0]?.name ?? '';
  const servers = w.detail.officers.slice(0, 2).map((o) => o.name).join('、');
  await w.issue(23, on, {
    recipient,
    rows: [{ document: `${documentName}（${w.detail.caseNumber}）`, receiver: recipient, place: '当事人住所', date: on, method: '直接送达', server: servers }],
  });
  await w.act('clerk', { type: 'record_service', on, method: 'direct', recipient });
}

const SCENARIOS: Scenario[] = [
  {
    // A roadside 暂扣 on the day of registration, before the 负责人 could approve 立案: taken as an emergency
    // measure and reported; the 负责人 ratified it the next day and approved 立案.
    name: 'emergency_ratified',
    procedure: 'general',
    minAge: 3,
    fits: (c) => c.conveyances.some((v) => v.kind === 'vehicle'),
    run: async (w) => {
      const r = w.registeredOn;
      const plate = w.detail.conveyances[0]?.plate ?? '';
      await w.issue(8, r);
      await w.act('clerk', {
        type: 'impose_measure', on: r, kind: 'detain_vehicle', items: `${plate}车辆一辆（含随车行驶证）`, days: 30,
        emergency: true, emergencyReason: '当事人不能当场提供车辆营运证，车辆随时可能驶离，不立即暂扣将无法调查取证。',
      });
      await w.act('head', { type: 'ratify_measure', on: plusDays(r, 1), measureId: 1, opinion: '情况属实，同意补办暂扣车辆的批准手续。' });
      await w.act('head', { type: 'approve_registration', on: plusDays(r, 1) });
    },
  },
  {
    // Taken yesterday in an emergency: the 24-hour report is due (the dashboard lists it).
    name: 'emergency_awaiting',
    procedure: 'general',
    minAge: 1,
    fits: (c) => c.conveyances.some((v) => v.kind === 'vehicle'),
    run: async (w) => {
      const on = plusDays(w.today, -1);
      const plate = w.detail.conveyances[0]?.plate ?? '';
      await w.act('head', { type: 'approve_registration', on: w.registeredOn });
      await w.issue(8, on);
      await w.act('clerk', {
        type: 'impose_measure', on, kind: 'detain_vehicle', items: `${plate}车辆一辆`, days: 30,
        emergency: true, emergencyReason: '当事人拒不接受调查并试图驾车离开现场，情况紧急。',
      });
    },
  },
  {
    // 查封、扣押 with the 负责人's prior approval (行政强制法 第十八条第（一）项).
    name: 'measure_approved',
    procedure: 'general',
    minAge: 4,
    run: async (w) => {
      const r = w.registeredOn;
      await w.act('head', { type: 'approve_registration', on: r });
      await w.act('head', { type: 'approve_measure', on: plusDays(r, 1), opinion: '同意扣押涉案财物，期限三十日。' });
      await w.issue(8, plusDays(r, 1));
      const kind = w.detail.conveyances[0]?.kind === 'vessel' ? 'detain_vessel' : 'seize';
      await w.act('clerk', { type: 'impose_measure', on: plusDays(r, 1), kind, items: kind === 'detain_vessel' ? `${w.detail.conveyances[0]?.plate ?? ''}船舶一艘` : '涉案运输单据及货物', days: 30 });
    },
  },
  {
    // 先行登记保存 approved by the 负责人 three days ago: the decision on the items is due within 7 days (行政处罚法 第五十六条).
    name: 'evidence_preserved',
    procedure: 'general',
    minAge: 4,
    run: async (w) => {
      const on = plusDays(w.today, -3);
      await w.act('head', { type: 'approve_registration', on: w.registeredOn });
      await w.issue(6, on);
      await w.act('clerk', { type: 'preserve_evidence', on, approvedOn: on, items: '当事人的道路运输证复印件、运单三张、收款记录一份' });
    },
  },
  {
    // The party waived 陈述申辩 at once, but the 5-day hearing window still ran before the decision.
    name: 'statement_waived_hearing_ran',
    procedure: 'general',
    minAge: 24,
    fits: (c) => {
      const max = c.cause.discretion[0]?.fineMax ?? c.cause.fineMax ?? 0;
      return max >= hearingThreshold(c);
    },
    run: async (w) => {
      const r = w.registeredOn;
      await w.act('head', { type: 'approve_registration', on: r });
      const p = tierPenalty(w.detail, hearingThreshold(w.detail));
      await investigate(w, plusDays(r, 6), p);
      await w.issue(11, plusDays(r, 8));
      await w.act('clerk', { type: 'notify', on: plusDays(r, 8) });
      await w.act('clerk', { type: 'record_statement', on: plusDays(r, 8), waived: true });
      // No hearing was asked for within the window: the decision comes after it ran out.
      await w.act('clerk', { type: 'propose_decision', on: plusDays(r, 18), outcome: 'penalty', ...p });
      await w.act('head', { type: 'approve_decision', on: plusDays(r, 19), opinion: '同意。' });
      // 决定: the 行政处罚决定书 is drawn up on the day of approval; it awaits service.
      await w.issue(15, plusDays(r, 19));
    },
  },
  {
    // 告知, then the party's statement raised new facts: 补充调查, a fresh report and 重新告知.
    name: 'reopened',
    procedure: 'general',
    minAge: 20,
    run: async (w) => {
      const r = w.registeredOn;
      await w.act('head', { type: 'approve_registration', on: r });
      const p = tierPenalty(w.detail);
      await investigate(w, plusDays(r, 5), p);
      await w.issue(11, plusDays(r, 7));
      await w.act('clerk', { type: 'notify', on: plusDays(r, 7) });
      await w.act('clerk', { type: 'record_statement', on: plusDays(r, 8), summary: '当事人称车辆系受他人雇佣驾驶，并提供了雇佣合同。', adopted: false });
      await w.act('clerk', { type: 'reopen_investigation', on: plusDays(r, 9), reason: '当事人陈述提出新的事实（受雇驾驶），需补充调查车辆实际经营者。' });
      await investigate(w, plusDays(r, 14), p, '经补充调查，车辆实际经营者即为当事人，雇佣合同不影响违法事实的认定。');
      await w.issue(11, plusDays(r, 15));
      await w.act('clerk', { type: 'notify', on: plusDays(r, 15) });
    },
  },
  {
    // 首违不罚 (行政处罚法 第三十三条第一款): decided, with its 不予行政处罚决定书, and served.
    name: 'no_penalty_first_offence',
    procedure: 'general',
    minAge: 14,
    run: async (w) => {
      const r = w.registeredOn;
      await w.act('head', { type: 'approve_registration', on: r });
      const none = moneyPenalty(0);
      const view = await w.act('clerk', {
        type: 'close_investigation', on: plusDays(r, 5), outcome: 'no_penalty_first_offence', penalty: none,
        summary: '当事人系初次违法，危害后果轻微，并已当场改正。',
      });
      if (view.requirements.legalReview) {
        await w.act('clerk', { type: 'submit_review', on: plusDays(r, 5) });
        await w.act('reviewer', { type: 'review_approve', on: plusDays(r, 6), opinion: REVIEW_OPINION });
      }
      await w.act('clerk', { type: 'propose_decision', on: plusDays(r, 7), outcome: 'no_penalty_first_offence', penalty: none });
      await w.act('head', { type: 'approve_decision', on: plusDays(r, 8), opinion: '同意首违不罚。' });
      await w.issue(25, plusDays(r, 8));
      await serveDirectly(w, plusDays(r, 9), '不予行政处罚决定书');
    },
  },
  {
    // An unpaid fine: 催告 after the payment period, and the application to the court only after the
    // 复议 (60 days) and 诉讼 (6 months) periods from service and 10 days after the 催告书 (行政强制法 第五十三、五十四条).
    name: 'court_application',
    procedure: 'general',
    minAge: 280,
    run: async (w) => {
      const r = w.registeredOn;
      await w.act('head', { type: 'approve_registration', on: r });
      const p = tierPenalty(w.detail);
      await investigate(w, plusDays(r, 8), p);
      await w.issue(11, plusDays(r, 10));
      const told = await w.act('clerk', { type: 'notify', on: plusDays(r, 10) });
      await w.act('clerk', { type: 'record_statement', on: plusDays(r, 11), waived: true });
      if (told.state.hearingRightTold) await w.act('clerk', { type: 'waive_hearing', on: plusDays(r, 11), note: '当事人书面声明放弃听证。' });
      await w.act('clerk', { type: 'propose_decision', on: plusDays(r, 16), outcome: 'penalty', ...p });
      await w.act('head', { type: 'approve_decision', on: plusDays(r, 17), opinion: '同意。' });
      await w.issue(15, plusDays(r, 17));
      const served = plusDays(r, 18);
      await serveDirectly(w, served, '行政处罚决定书');
      const demandOn = plusDays(w.today, -60);
      await w.issue(19, demandOn);
      await w.act('clerk', { type: 'issue_demand', on: demandOn, performBy: plusDays(demandOn, 10) });
      // Six months and a few days after service, inside the three months that follow.
      const earliest = plusDays(served, 190);
      await w.act('head', { type: 'enforce', on: earliest > plusDays(w.today, -20) ? plusDays(w.today, -1) : plusDays(w.today, -20), kind: 'court', note: '向东州市东城区人民法院申请强制执行。' });
    },
  },
  {
    // 简易程序 by two officers: a warning, no payment block, filed within 5 days.
    name: 'simple_warning',
    procedure: 'simple',
    minAge: 3,
    run: async (w) => {
      const r = w.registeredOn;
      await w.issue(14, r, { penalty: '警告', decidedAt: w.moment(r).slice(0, 16), place: w.detail.place });
      await w.act('clerk', { type: 'record_on_spot_decision', on: r, penalty: moneyPenalty(0, true), place: w.detail.place, partySigned: true });
      await w.act('clerk', { type: 'file_on_spot_decision', on: plusDays(r, 2) });
    },
  },
  {
    // A fine of 50 yuan collected on the spot: on the ground of 第六十八条第（一）项 against a 专用票据 (第七十条); closed.
    name: 'simple_collected',
    procedure: 'simple',
    minAge: 3,
    fits: (c) => (c.cause.fineMin ?? 0) <= 50,
    run: async (w) => {
      const r = w.registeredOn;
      const small = COLLECTION_GROUNDS.find((g) => g.code === 'small')!.label;
      await w.issue(14, r, { penalty: '罚款人民币50元', fineAmount: 50, payMode: [PAY_ON_SPOT], collectionGround: [small], decidedAt: w.moment(r).slice(0, 16), place: w.detail.place });
      await w.act('clerk', {
        type: 'record_on_spot_decision', on: r, penalty: moneyPenalty(50), place: w.detail.place, partySigned: true,
        collectionGround: 'small', paidOnSpot: true, receiptNo: `浙财罚${r.replaceAll('-', '')}0${w.detail.id}`,
      });
      await w.act('clerk', { type: 'file_on_spot_decision', on: plusDays(r, 1) });
      await w.act('head', { type: 'close_case', on: plusDays(r, 2), note: '罚款已当场收缴，案件办结。' });
    },
  },
];

// ---------------------------------------------------------------------------------------------------------------

export interface WalkDeps {
  db: Database;
  clock: Clock;
  /** Documents the acts rest on are made and issued here; without them only the random walk runs. */
  documents?: DocumentDeps;
  /** How many sample cases the seed made: the scripted cases need enough of them. */
  sampleCases: number;
}

export async function walkSampleCases(deps: WalkDeps, rng: Rng): Promise<DemoWalkReport> {
  const { db, clock } = deps;
  const today = clock.now().slice(0, 10);
  const sessions = await db.read(async (m) => {
    const byRole = {} as Partial<Record<Role, Session>>;
    for (const a of await m.find(AccountRow, { where: { active: true }, order: { id: 'ASC' } })) {
      byRole[a.role] ??= { token: 'seed', accountId: a.id, username: a.username, displayName: a.displayName, role: a.role, officerId: a.officerId };
    }
    return byRole;
  });
  const cases = await db.read((m) => m.find(CaseRow, { where: { stage: 'registered' }, order: { registeredAt: 'ASC', id: 'ASC' } }));
  const report: DemoWalkReport = { scenarios: [] };
  const used = new Set<number>();

  if (deps.documents && deps.sampleCases >= SCRIPTED_MIN_CASES) {
    const details = new Map<number, CaseDetail>();
    for (const c of cases) details.set(c.id, await getCase(db, c.id));
    // The longest scripts choose first, so the old cases go to the scripts that need their age.
    for (const s of [...SCENARIOS].sort((a, b) => b.minAge - a.minAge)) {
      if (s.name === 'simple_collected' && deps.sampleCases < CLOSED_CASE_MIN_CASES) continue;
      // The oldest case that fits: long scripts need their days, and the newest cases stay for the random walk.
      const pick = cases.find((c) => {
        const d = details.get(c.id)!;
        return !used.has(c.id) && c.procedure === s.procedure && plusDays(c.registeredAt.slice(0, 10), s.minAge) <= today && (s.fits?.(d, { today }) ?? true);
      });
      if (!pick) continue;
      used.add(pick.id);
      report.scenarios.push(await runScenario(deps as Required<WalkDeps>, sessions, details.get(pick.id)!, s, today));
    }
  }

  for (const c of cases) {
    if (used.has(c.id) || c.procedure !== 'general') continue;
    await randomWalk(deps, sessions, c, rng, today);
  }
  return report;
}

/**
 * A clerk acts and drafts only on the cases they handle (services/access.ts). The demo office has
 * accounts for two of its officers, so the walk writes each case's history as its first handling
 * officer would, under the demo clerk's account.
 */
function handlingClerk(clerk: Session, detail: Pick<CaseDetail, 'officers'>): Session {
  if (detail.officers.some((o) => o.id === clerk.officerId)) return clerk;
  return { ...clerk, officerId: detail.officers[0]?.id ?? clerk.officerId };
}

async function runScenario(deps: Required<WalkDeps>, sessions: Partial<Record<Role, Session>>, detail: CaseDetail, s: Scenario, today: string): Promise<ScenarioOutcome> {
  const step = { what: '' };
  const timeline = caseTimeline(detail.registeredAt, deps.clock.now());
  let caseVersion = detail.version;
  const sessionOf = (role: Role) => {
    const session = sessions[role];
    if (!session) throw new StepRefused(`演示单位没有${role}账号`);
    return role === 'clerk' ? handlingClerk(session, detail) : session;
  };
  const walker: Walker = {
    today,
    detail,
    registeredOn: detail.registeredAt.slice(0, 10),
    moment: (on) => timeline.at(on),
    view: () => getProcedure(deps, sessionOf('clerk'), detail.id),
    act: async (role, action) => {
      step.what = action.type;
      if (action.on > today) throw new StepRefused(`${action.type}：日期${action.on}晚于今天`);
      // Recorded on the act's own day (the audit log, the case's events), not at the moment the seed runs.
      const view = await actOnCase({ ...deps, clock: fixedClock(timeline.at(action.on)) }, sessionOf(role), { caseId: detail.id, caseVersion, action: procedureAction.parse(action) });
      // Only this script changes the case (documents leave its version alone), so the next act needs no fresh read.
      caseVersion = view.caseVersion;
      return view;
    },
    issue: async (formId, on, content = {}) => {
      step.what = `文书${formId}`;
      const clerk = sessionOf('clerk');
      // The document is drawn up and issued on the day of its act, just before the act, as the office would have done.
      const docs: DocumentDeps = { ...deps.documents, clock: fixedClock(timeline.at(on)) };
      const draft = await createDocument(docs, clerk, detail.id, formId);
      const form = docs.engine.forms().find((f) => f.id === formId)!;
      await saveDraft(docs, clerk, draft.id, fillDemoBlanks(form, { ...draft.data, ...content }, on));
      await issueDocument(docs, clerk, draft.id);
    },
  };
  try {
    await s.run(walker);
    return { scenario: s.name, caseId: detail.id, done: true };
  } catch (err) {
    return { scenario: s.name, caseId: detail.id, done: false, stoppedAt: `${step.what}：${err instanceof Error ? err.message : String(err)}` };
  }
}

/** The queue-filling walk: how far each remaining 普通程序 case has got is drawn at random. */
async function randomWalk(deps: WalkDeps, sessions: Partial<Record<Role, Session>>, c: CaseRow, rng: Rng, today: string): Promise<void> {
  const registered = c.registeredAt.slice(0, 10);
  const detail = await getCase(deps.db, c.id);
  const roll = rng();
  if (roll < 0.2) return; // awaiting the head's approval of 立案
  const steps: [Role, ProcedureActionInput][] = [['head', { type: 'approve_registration', on: registered }]];
  if (roll >= 0.45) {
    const closedOn = plusDays(registered, 10);
    steps.push(['clerk', { type: 'close_investigation', on: closedOn, summary: '经调查，当事人违法事实清楚，证据确凿。', outcome: 'penalty', ...tierPenalty(detail) }]);
    steps.push(['clerk', { type: 'submit_review', on: closedOn }]);
    if (roll >= 0.65) {
      const reviewedOn = plusDays(closedOn, 2);
      if (roll < 0.78) {
        steps.push(['reviewer', { type: 'review_return', on: reviewedOn, opinion: RETURN_OPINIONS[Math.floor(rng() * RETURN_OPINIONS.length)] }]);
      } else {
        steps.push(['reviewer', { type: 'review_approve', on: reviewedOn, opinion: REVIEW_OPINION }]);
      }
    }
  }
  let version = c.version;
  const timeline = caseTimeline(c.registeredAt, deps.clock.now());
  for (const [role, action] of steps) {
    const session = role === 'clerk' && sessions.clerk ? handlingClerk(sessions.clerk, detail) : sessions[role];
    if (!session || action.on > today) break;
    try {
      const v = await actOnCase({ ...deps, clock: fixedClock(timeline.at(action.on)) }, session, { caseId: c.id, caseVersion: version, action: procedureAction.parse(action) });
      version = v.caseVersion;
    } catch {
      // A sample the guards refuse simply stays where it is, as a real case would.
      break;
    }
  }
}
