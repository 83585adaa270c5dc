/**
 * Property: for thousands of seeded random walks of acts and documents through both procedures,
 * - every refusal of an act or of a document carries a Chinese reason and a typed code;
 * - every document that was issued agrees, at the end of the walk, with the acts recorded:
 *   the 行政处罚决定书's fine and date with the approved decision, the 违法行为通知书's hearing right
 *   and proposed fine with what the party was told, the 当场行政处罚决定书 with the on-the-spot
 *   decision, the 催告书 with the decision's date, the 不予行政处罚决定书 with the outcome.
 *
 * The walk runs the pure parts the services run (the machine, the document rules, the templates'
 * pre-fill) without a database, so it can take many thousand steps in seconds.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DocumentData } from '../../../main/contract/documents';
import { AppError } from '../../../main/contract/errors';
import {
  ACTIONS,
  DEFAULT_PROCEDURE_SETTINGS,
  OUTCOMES,
  procedureAction,
  procedureState,
  type ActionType,
  type Outcome,
  type Penalty,
  type ProcedureSettings,
  type ProcedureState,
} from '../../../main/contract/procedure';
import type { CaseDetail, Cause } from '../../../main/contract/schemas';
import type { FieldDef, FormDefinition } from '../../../main/documents/definition';
import { prefillForm } from '../../../main/documents/form-data';
import { plusDays, WorkCalendar } from '../../../main/procedure/calendar';
import { lateFee, statementDue } from '../../../main/procedure/deadlines';
import { issueVerdict } from '../../../main/procedure/document-rules';
import { applyAction, availableActions, type MachineContext } from '../../../main/procedure/machine';
import { requirementsOf } from '../../../main/procedure/requirements';
import { outstanding } from '../../../main/procedure/stage';
import { createRng, type Rng } from '../../../main/services/demo/sample-data';
import { FORM_DEFINITIONS } from '../../../templates';

const WALKS = Number(process.env.WALKS ?? 2000);
const STEPS = 150;
/** Acts that end or set back a case are taken less often, so walks reach the later stages too. */
const RARE: readonly ActionType[] = ['record_payment', 'revoke', 'transfer', 'return_decision', 'review_return', 'reopen_investigation', 'close_case', 'archive'];
const CJK = /[\u4e00-\u9fff]/;

const int = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)];
const chance = (rng: Rng, p: number) => rng() < p;

const CAUSE: Cause = {
  id: 1,
  category: 'road_transport',
  code: 'T-001',
  title: '未取得道路运输经营许可，擅自从事道路普通货物运输经营',
  legalBasis: '《中华人民共和国道路运输条例》第二十四条',
  penaltyBasis: '《中华人民共和国道路运输条例》第六十三条',
  penaltyRange: '处1万元以上10万元以下罚款',
  fineMin: null,
  fineMax: null,
  discretion: [],
};

function caseDetail(procedure: 'general' | 'simple', kind: 'individual' | 'organisation', occurredOn: string, registeredOn: string): CaseDetail {
  const party = {
    id: 1, kind, name: kind === 'individual' ? '柯岚' : '东州市顺捷物流有限公司', gender: kind === 'individual' ? ('female' as const) : null,
    ethnicity: null, birthDate: kind === 'individual' ? '1980-01-01' : null, idType: null, idNumber: null, creditCode: null, legalRep: null,
    legalRepTitle: null, address: '东州市经开区物流大道1号', phone: '13812345678', workplace: null, idIssuer: null, idValidFrom: null,
    idValidUntil: null, englishName: null, nationality: null, card: null,
  };
  return {
    id: 1, caseNumber: '东交执罚〔2026〕1号', category: 'road_transport', cause: CAUSE, procedure, stage: 'registered', source: 'inspection',
    sourceDetail: '', occurredAt: `${occurredOn}T09:30`, place: '东州市G104国道', facts: '当事人驾驶车辆从事道路货物运输经营，未能出示经营许可证。',
    registeredAt: `${registeredOn}T10:00:00`, createdBy: '李明',
    officers: [
      { id: 1, name: '李明', certNo: '33010001', unit: '执法一大队', active: true },
      { id: 2, name: '王芳', certNo: '33010002', unit: '执法一大队', active: true },
    ],
    parties: [party as CaseDetail['parties'][number]],
    conveyances: [],
    version: 1,
    access: { draft: true, act: true, reason: '' },
  };
}

/** What a clerk types into the blanks the pre-fill left: plausible values of each kind. */
function fillBlank(f: FieldDef, today: string, rng: Rng): DocumentData[string] | undefined {
  switch (f.kind) {
    case 'text':
    case 'longtext':
      return `${f.label}（填写）`;
    case 'date':
      return today;
    case 'datetime':
      return `${today}T09:30`;
    case 'money':
      return pick(rng, [50, 150, 800, 3000]);
    case 'checkbox':
      return f.options.length ? [f.options[0]] : [];
    case 'party':
      return { kind: 'individual', name: '柯岚', gender: '', age: '', idNumber: '', address: '', phone: '', workplace: '', zip: '', legalRep: '', legalRepTitle: '', creditCode: '' };
    case 'table':
      return [Object.fromEntries(f.columns.map((c) => [c.key, `${c.label}一`]))];
    default:
      return undefined;
  }
}

function blank(v: unknown): boolean {
  return v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0) || (typeof v === 'object' && v !== null && !Array.isArray(v) && !(v as { kind?: string }).kind);
}

/** The slips a clerk makes: a changed amount, a back-dated date, a flipped box. */
function slip(def: FormDefinition, data: DocumentData, rng: Rng): DocumentData {
  const out = { ...data };
  const f = pick(rng, def.fields);
  if (f.kind === 'money') out[f.key] = typeof out[f.key] === 'number' ? (out[f.key] as number) + pick(rng, [-100, 100, 1000]) : 100;
  else if (f.kind === 'date' && typeof out[f.key] === 'string' && out[f.key]) out[f.key] = plusDays(out[f.key] as string, -int(rng, 1, 20));
  else if (f.kind === 'checkbox') out[f.key] = chance(rng, 0.5) ? [] : f.options.slice(0, int(rng, 1, Math.max(1, f.options.length)));
  return out;
}

const FINES = [0, 50, 150, 800, 3000, 60000];

function penaltyOf(rng: Rng): Penalty {
  const fine = pick(rng, FINES);
  return { warning: fine === 0, fine, confiscatedGain: 0, confiscatedPropertyValue: 0, licenceAction: chance(rng, 0.05) ? 'suspend' : 'none', businessRestriction: false, other: '' };
}

/** A random act of the type, shaped by where the case stands. */
function actionInput(type: ActionType, s: ProcedureState, today: string, rng: Rng, docs: Record<number, DocumentData>): Record<string, unknown> {
  const on = today;
  const firstActive = s.measures.find((m) => !m.releasedOn)?.id ?? 1;
  const outcome = (): Outcome => (chance(rng, 0.75) ? 'penalty' : pick(rng, OUTCOMES).code);
  switch (type) {
    case 'impose_measure': {
      const emergency = chance(rng, 0.4);
      return { type, on, kind: 'detain_vehicle', items: '货车一辆', days: int(rng, 5, 35), emergency, emergencyReason: emergency ? '当场不采取措施车辆将驶离' : '' };
    }
    case 'ratify_measure':
      return { type, on, measureId: s.measures.find((m) => !m.approvedOn)?.id ?? 1 };
    case 'extend_measure':
      return { type, on, measureId: firstActive, days: int(rng, 5, 35), reason: '案情复杂' };
    case 'release_measure':
      return { type, on, measureId: firstActive, ground: 'no_longer_needed' };
    case 'preserve_evidence':
      return { type, on, approvedOn: on, items: '运单三份' };
    case 'decide_preservation':
      return { type, on, preservationId: s.preservations.find((p) => !p.decidedOn)?.id ?? 1, disposition: pick(rng, ['release', 'seize', 'other'] as const) };
    case 'close_investigation': {
      const o = outcome();
      return {
        type, on, summary: '事实清楚', outcome: o, penalty: o === 'penalty' ? penaltyOf(rng) : undefined, departureReason: '依情节酌定',
        complex: chance(rng, 0.1), serious: chance(rng, 0.1), longLimitation: chance(rng, 0.05), longLimitationReason: '危及公共安全并有危害后果',
      };
    }
    case 'review_approve':
    case 'review_return':
      return { type, on, opinion: '审核意见' };
    case 'record_discussion':
      return { type, on, participants: '负责人三人', conclusion: '同意' };
    case 'record_statement':
      return { type, on, waived: chance(rng, 0.5), summary: '当事人称初次违法', adopted: chance(rng, 0.3) };
    case 'reopen_investigation':
      return { type, on, reason: '听证中提出新的事实' };
    case 'schedule_hearing':
      return { type, on, hearingOn: plusDays(on, int(rng, 5, 14)), hostOfficerId: 9, place: '本机关听证室' };
    case 'record_hearing':
      return { type, on, held: chance(rng, 0.7), summary: '听证记录' };
    case 'propose_decision': {
      const o = s.proposal && chance(rng, 0.85) ? s.proposal.outcome : outcome();
      return {
        type, on, outcome: o, penalty: o === 'penalty' ? (s.proposal && chance(rng, 0.9) ? s.proposal.penalty : penaltyOf(rng)) : undefined,
        departureReason: '依情节酌定', transferTo: o === 'transfer' ? '东州市公安局' : '', duty: chance(rng, 0.2) ? '恢复公路原状' : '',
      };
    }
    case 'approve_decision':
      return { type, on };
    case 'return_decision':
      return { type, on, opinion: '证据不足' };
    case 'extend_decision_deadline':
      return { type, on, days: 30, reason: '需补充鉴定' };
    case 'record_service':
      return { type, on, method: pick(rng, ['direct', 'post', 'left', 'publication'] as const) };
    case 'grant_payment_plan':
      return { type, on, kind: 'deferral', schedule: [{ dueOn: plusDays(on, 30), amount: outstanding(s) }], reason: '经济困难' };
    case 'record_payment':
      return { type, on, amount: chance(rng, 0.7) ? outstanding(s) : Math.max(1, Math.floor(outstanding(s) / 2)) };
    case 'issue_demand':
      return { type, on, performBy: plusDays(on, 10) };
    case 'enforce':
      return { type, on, kind: pick(rng, ['direct', 'substitute', 'court'] as const), immediate: chance(rng, 0.2) };
    case 'record_duty_performed':
    case 'record_execution_done':
      return { type, on, note: '已履行' };
    case 'record_on_spot_decision': {
      const docFine = docs[14]?.fineAmount;
      const fine = typeof docFine === 'number' && chance(rng, 0.8) ? docFine : pick(rng, FINES);
      const paidOnSpot = fine > 0 && chance(rng, 0.4);
      return {
        type, on, penalty: { ...penaltyOf(rng), fine, warning: fine === 0 }, place: '东州市G104国道', partySigned: chance(rng, 0.8), refusalNote: '当事人拒绝签名',
        collectionGround: paidOnSpot ? pick(rng, ['small', 'hard', 'remote'] as const) : 'none', paidOnSpot, receiptNo: paidOnSpot ? 'NO.0012345' : '',
      };
    }
    case 'archive':
      return { type, on, retention: '30y' };
    case 'revoke':
      return { type, on, reason: '不属于本机关管辖' };
    case 'transfer':
      return { type, on, to: '东州市公安局', reason: '涉嫌犯罪' };
    default:
      return { type, on, opinion: '同意', note: '' };
  }
}

/** Forms a walk may try to issue, with the chance of trying each step. */
const WALK_FORMS = [6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 17, 19, 20, 21, 24, 25].filter((id) => FORM_DEFINITIONS.some((f) => f.id === id));

interface Issued {
  formId: number;
  data: DocumentData;
  /** The state when it was issued. */
  at: ProcedureState;
}

function settingsOf(rng: Rng): ProcedureSettings {
  return {
    ...DEFAULT_PROCEDURE_SETTINGS,
    hearingFineIndividual: pick(rng, [100, 1000, 2000]),
    reviewAllGeneral: chance(rng, 0.5),
    directEnforcement: chance(rng, 0.3),
    directEnforcementBasis: '《中华人民共和国公路法》第七十九条（测试）',
    decisionExtensionEnabled: chance(rng, 0.3),
    decisionExtensionBasis: '规章另有规定（测试）',
  };
}

function walk(seed: number): { refusals: number; issued: Issued[]; state: ProcedureState; ctx: MachineContext } {
  const rng = createRng(seed);
  const procedure = chance(rng, 0.35) ? 'simple' : 'general';
  const kind = chance(rng, 0.7) ? 'individual' : 'organisation';
  const registeredOn = '2026-01-05';
  const occurredOn = chance(rng, 0.08) ? '2023-06-01' : '2026-01-04';
  const detail = caseDetail(procedure, kind, occurredOn, registeredOn);
  const settings = settingsOf(rng);
  const periods = { settings, calendar: new WorkCalendar([]) };
  let today = registeredOn;
  let state: ProcedureState = procedureState.parse({});
  const issued: Issued[] = [];
  const documents: Record<number, DocumentData> = {};
  const counts: Record<number, number> = {};
  let refusals = 0;
  /** A document an act was just refused for: the clerk makes it next. */
  let wanted: number | null = null;
  const ctxOf = (): MachineContext => ({
    facts: {
      procedure, registeredOn, partyKind: kind, validOfficers: chance(rng, 0.05) ? 1 : 2, officerIds: [1, 2], cause: CAUSE, occurredOn,
      issued: counts, documents,
    },
    state, settings, periods, today,
  });

  for (let step = 0; step < STEPS; step++) {
    // Mostly days pass, now and then weeks or months (a party that does not pay, a court period running).
    if (chance(rng, 0.5)) today = plusDays(today, chance(rng, 0.9) ? pick(rng, [0, 1, 1, 2, 3, 5, 8]) : pick(rng, [16, 40, 100, 200]));
    if (today > '2027-12-31') break;
    const ctx = ctxOf();
    // Now and then a document: pre-filled from the acts, completed, sometimes with a slip.
    if (chance(rng, wanted ? 0.8 : 0.3)) {
      const formId = wanted && chance(rng, 0.8) ? wanted : pick(rng, WALK_FORMS);
      wanted = null;
      const def = FORM_DEFINITIONS.find((f) => f.id === formId)!;
      const procedureView = {
        state, settings, requirements: requirementsOf(procedure, state, kind, settings), outstanding: outstanding(state),
        lateFee: lateFee(periods, state, today), statementDueOn: state.notifiedOn ? statementDue(periods, state.notifiedOn) : null,
      };
      let data = prefillForm(def, { caseDetail: detail, office: { name: '东州市交通运输综合行政执法支队' }, party: detail.parties[0], today, procedure: procedureView });
      for (const f of def.fields) {
        // Required blanks are filled; an optional amount (the fine of a decision made on the spot) usually is too.
        if (blank(data[f.key]) && (f.required || ((f.kind === 'money' || f.kind === 'checkbox') && chance(rng, 0.7)))) data[f.key] = fillBlank(f, today, rng) as DocumentData[string];
      }
      if (chance(rng, 0.3)) data = slip(def, data, rng);
      const refusal = issueVerdict(formId, data, ctx, def.name);
      if (refusal) {
        refusals++;
        assert.match(refusal.message, CJK, `form ${formId} refused without a Chinese reason`);
      } else {
        issued.push({ formId, data, at: state });
        documents[formId] = data;
        counts[formId] = (counts[formId] ?? 0) + 1;
      }
      continue;
    }
    // Otherwise an act some role may take now (or, now and then, one it may not).
    const offered = (['clerk', 'reviewer', 'head', 'archivist'] as const).flatMap((r) => availableActions(ctx, r).map((a) => ({ ...a, role: r })));
    const enabled = offered.filter((a) => a.enabled);
    for (const a of offered) if (!a.enabled) assert.match(a.reason ?? '', CJK, `${a.type} shown refused without a reason`);
    // A period the next step waits for: the clerk waits it out, as an office would.
    if (offered.some((a) => a.reason?.includes('尚未届满')) && chance(rng, 0.4)) {
      today = plusDays(today, int(rng, 5, 20));
      continue;
    }
    for (const a of offered) {
      const named = a.reason ? /须先制作并签发《(.+?)》/.exec(a.reason)?.[1] : undefined;
      if (named && chance(rng, 0.5)) wanted = FORM_DEFINITIONS.find((f) => f.name === named)?.id ?? wanted;
    }
    const common = enabled.filter((a) => !RARE.includes(a.type));
    const rare = enabled.filter((a) => RARE.includes(a.type));
    const roll = rng();
    let type: ActionType;
    if (common.length && roll < 0.88) type = pick(rng, common).type;
    else if (rare.length && roll < 0.9) type = pick(rng, rare).type;
    else {
      // Any act at all, mostly one that does not belong here: it must be refused with a reason.
      type = pick(rng, Object.keys(ACTIONS) as ActionType[]);
      if (RARE.includes(type) && chance(rng, 0.8)) continue;
    }
    const parsed = procedureAction.safeParse(actionInput(type, state, today, rng, documents));
    if (!parsed.success) continue;
    try {
      state = applyAction(ctx, ACTIONS[type].roles[0], parsed.data);
      procedureState.parse(state);
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      refusals++;
      assert.match(e.message, CJK, `${type} refused without a Chinese reason (${e.code})`);
      const named = /须先制作并签发《(.+?)》/.exec(e.message)?.[1];
      wanted = FORM_DEFINITIONS.find((f) => f.name === named)?.id ?? null;
    }
  }
  return { refusals, issued, state, ctx: ctxOf() };
}

/** Every issued document, read against the final recorded acts. */
function checkAgreement(seed: number, issued: readonly Issued[], s: ProcedureState): void {
  const where = (formId: number) => `walk ${seed}, form ${formId}`;
  for (const doc of issued) {
    const d = doc.data;
    switch (doc.formId) {
      case 15:
        assert.ok(s.decision?.decidedOn && s.decision.outcome === 'penalty', `${where(15)}: a penalty decision document without an approved penalty decision`);
        assert.equal(typeof d.fineAmount === 'number' ? d.fineAmount : 0, s.decision.penalty.fine, `${where(15)}: fine`);
        if (typeof d.makeDate === 'string' && d.makeDate) assert.ok(d.makeDate >= s.decision.decidedOn, `${where(15)}: dated before the approval`);
        break;
      case 25:
        assert.ok(s.decision?.decidedOn && s.decision.outcome !== 'penalty' && s.decision.outcome !== 'transfer', `${where(25)}: without a no-penalty decision`);
        if (Array.isArray(d.ground)) assert.deepEqual(d.ground, [OUTCOMES.find((o) => o.code === s.decision!.outcome)!.label], `${where(25)}: ground`);
        break;
      case 11: {
        // The notice agreed with what the party was told when it was the notice they were told by.
        const told = doc.at.notifiedOn === null && s.notifiedOn !== null && issued.filter((x) => x.formId === 11).at(-1) === doc && s.reopenings.length === doc.at.reopenings.length;
        if (told && Array.isArray(d.rights)) assert.equal((d.rights as string[]).includes('要求举行听证'), s.hearingRightTold, `${where(11)}: hearing right`);
        if (told && 'proposedFine' in d) assert.equal(typeof d.proposedFine === 'number' ? d.proposedFine : 0, s.proposal?.penalty.fine ?? 0, `${where(11)}: proposed fine`);
        break;
      }
      case 14:
        if (s.onSpot && s.decision && issued.filter((x) => x.formId === 14).at(-1) === doc) {
          assert.equal(typeof d.fineAmount === 'number' ? d.fineAmount : 0, s.decision.penalty.fine, `${where(14)}: fine`);
        }
        break;
      case 19: {
        const decided = doc.at.onSpot?.on ?? doc.at.decision?.decidedOn;
        if (typeof d.decisionDate === 'string' && d.decisionDate && decided) assert.equal(d.decisionDate, decided, `${where(19)}: decision date`);
        break;
      }
      case 20:
        assert.ok(doc.at.demand, `${where(20)}: an enforcement decision without a 催告`);
        break;
      default:
        break;
    }
  }
}

describe('random walks through both procedures', () => {
  it(`keeps every issued document in agreement with the recorded acts, and every refusal in Chinese (${WALKS} walks)`, (t) => {
    let refusals = 0;
    let documents = 0;
    let decided = 0;
    const stages = new Set<string>();
    for (let seed = 1; seed <= WALKS; seed++) {
      const r = walk(seed);
      refusals += r.refusals;
      documents += r.issued.length;
      if (r.state.decision?.decidedOn) decided++;
      for (const key of ['closedOn', 'archivedOn', 'executionDoneOn', 'enforcement', 'demand', 'onSpot', 'service'] as const) if (r.state[key]) stages.add(key);
      checkAgreement(seed, r.issued, r.state);
    }
    t.diagnostic(`${WALKS} walks: ${documents} documents issued, ${refusals} refusals, ${decided} decisions, reached ${[...stages].join(' ')}`);
    // The walks must actually reach the parts of the procedure the property speaks of.
    assert.ok(decided > WALKS / 10, `only ${decided} walks reached a decision`);
    assert.ok(documents > WALKS, `only ${documents} documents issued`);
    assert.ok(refusals > WALKS, 'the walks try unlawful steps too');
    for (const k of ['service', 'onSpot', 'demand', 'closedOn']) assert.ok(stages.has(k), `no walk reached ${k} (${[...stages].join(', ')})`);
  });
});
