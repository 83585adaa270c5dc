/**
 * What the act dialog asks for, per act: a small table of fields, the defaults taken from the
 * case's procedural state, and the conversion of what was typed into the act the backend takes.
 * The dialog renders whatever the table lists, so an act's form is changed here and nowhere else.
 */
import {
  COLLECTION_GROUNDS,
  ENFORCEMENT_KINDS,
  MEASURE_KINDS,
  OUTCOMES,
  PRESERVATION_DISPOSITIONS,
  RELEASE_GROUNDS,
  SERVICE_METHODS,
  type ActionType,
  type Penalty,
  type ProcedureActionInput,
  type ProcedureView,
} from '../../../main/contract/procedure';
import type { MessageKey } from '../i18n';

export interface ScheduleRow {
  dueOn: string;
  amount: string;
}

/** Everything typed in the dialog. Amounts and day counts stay text until the act is sent, so a half-typed number is kept as typed. */
export type FormValue = string | boolean | ScheduleRow[];
export type FormValues = Record<string, FormValue>;

export type FieldKind =
  | 'date'
  | 'text'
  | 'textarea'
  | 'yuan'
  | 'days'
  | 'select'
  | 'checkbox'
  /** 罚款、没收 … plus 裁量情节 and the departure reason when `discretion` is set. */
  | 'penalty'
  | 'schedule'
  /** 听证主持人: an officer of the office. */
  | 'officer'
  /** One of the case's measures: still in force, or (ratify_measure) taken in an emergency and not yet approved. */
  | 'measure'
  /** Evidence under 先行登记保存 not yet decided on. */
  | 'preservation';

export interface Option {
  value: string;
  label: string;
}

export interface FieldSpec {
  key: string;
  kind: FieldKind;
  label: MessageKey;
  required?: boolean;
  /** A code table to choose from (select). */
  options?: readonly { code: string; label: string }[];
  /** Options whose labels live in the catalogue (select). */
  optionKeys?: readonly { code: string; label: MessageKey }[];
  /** Dates: whether the day may lie after today (a hearing, a payment date). */
  future?: boolean;
  /** Penalty: offer the cause's 裁量基准 tiers and require a reason for departing from them. */
  discretion?: boolean;
  hint?: MessageKey;
  /** Shown only while this holds for the values typed so far. */
  when?: (v: FormValues) => boolean;
  /**
   * A text the act needs in this situation although the schema lets it be blank in others (the reason
   * for an emergency measure …): the message shown when it is left blank.
   */
  blank?: MessageKey;
  /** Measures: which of the case's measures may be chosen. */
  measures?: 'active' | 'awaitingApproval';
  /** Other values that follow from choosing this one (a 当场收缴 ground means the fine was collected). */
  implies?: (value: FormValue) => FormValues;
}

const on: FieldSpec = { key: 'on', kind: 'date', label: 'proc.field.on', required: true };
const penaltyOutcome = (v: FormValues) => v.outcome === 'penalty';
/** A fine typed in the penalty block (当场收缴 exists only for a fine, 第六十八条). */
const hasFine = (v: FormValues) => {
  const n = parseYuan(text(v[PENALTY_KEYS.fine]), 0);
  return n !== undefined && n > 0;
};
/** 当场收缴 is open only on a ground of 第六十八、六十九条. */
const hasCollectionGround = (v: FormValues) => hasFine(v) && text(v.collectionGround) !== '' && v.collectionGround !== 'none';

const PAYMENT_PLAN_KINDS = [
  { code: 'instalments', label: 'proc.planKind.instalments' },
  { code: 'deferral', label: 'proc.planKind.deferral' },
] as const satisfies readonly { code: string; label: MessageKey }[];

export const RETENTIONS = [
  { code: 'permanent', label: 'proc.retention.permanent' },
  { code: '30y', label: 'proc.retention.30y' },
  { code: '10y', label: 'proc.retention.10y' },
] as const satisfies readonly { code: string; label: MessageKey }[];

export const ACTION_FIELDS: Record<ActionType, FieldSpec[]> = {
  approve_registration: [on, { key: 'opinion', kind: 'textarea', label: 'proc.field.opinion' }],
  approve_measure: [on, { key: 'opinion', kind: 'textarea', label: 'proc.field.measureApprovalOpinion', hint: 'proc.hint.approveMeasure' }],
  impose_measure: [
    on,
    { key: 'kind', kind: 'select', label: 'proc.field.measureKind', required: true, options: MEASURE_KINDS },
    { key: 'items', kind: 'textarea', label: 'proc.field.items', required: true },
    { key: 'days', kind: 'days', label: 'proc.field.measureDays', required: true, hint: 'proc.hint.measureDays' },
    { key: 'emergency', kind: 'checkbox', label: 'proc.field.emergency', hint: 'proc.hint.emergency' },
    {
      key: 'emergencyReason',
      kind: 'textarea',
      label: 'proc.field.emergencyReason',
      required: true,
      blank: 'proc.check.emergencyReason',
      when: (v) => v.emergency === true,
    },
  ],
  ratify_measure: [
    on,
    { key: 'measureId', kind: 'measure', label: 'proc.field.emergencyMeasure', required: true, measures: 'awaitingApproval', hint: 'proc.hint.ratifyMeasure' },
    { key: 'opinion', kind: 'textarea', label: 'proc.field.opinion' },
  ],
  extend_measure: [
    on,
    { key: 'measureId', kind: 'measure', label: 'proc.field.measure', required: true, measures: 'active' },
    { key: 'days', kind: 'days', label: 'proc.field.extendDays', required: true },
    { key: 'reason', kind: 'textarea', label: 'proc.field.extendReason', required: true },
  ],
  release_measure: [
    on,
    { key: 'measureId', kind: 'measure', label: 'proc.field.measure', required: true, measures: 'active' },
    { key: 'ground', kind: 'select', label: 'proc.field.releaseGround', required: true, options: RELEASE_GROUNDS },
    { key: 'note', kind: 'textarea', label: 'proc.field.note' },
  ],
  preserve_evidence: [
    on,
    { key: 'approvedOn', kind: 'date', label: 'proc.field.preservationApprovedOn', required: true, hint: 'proc.hint.preservation' },
    { key: 'items', kind: 'textarea', label: 'proc.field.preservedItems', required: true },
  ],
  decide_preservation: [
    on,
    { key: 'preservationId', kind: 'preservation', label: 'proc.field.preservation', required: true },
    { key: 'disposition', kind: 'select', label: 'proc.field.disposition', required: true, options: PRESERVATION_DISPOSITIONS },
    { key: 'note', kind: 'textarea', label: 'proc.field.note' },
  ],
  close_investigation: [
    on,
    { key: 'summary', kind: 'textarea', label: 'proc.field.summary', required: true },
    { key: 'outcome', kind: 'select', label: 'proc.field.outcome', required: true, options: OUTCOMES },
    { key: 'penalty', kind: 'penalty', label: 'proc.field.penalty', discretion: true, when: penaltyOutcome },
    { key: 'majorPublicInterest', kind: 'checkbox', label: 'proc.field.majorPublicInterest' },
    { key: 'complex', kind: 'checkbox', label: 'proc.field.complex' },
    { key: 'serious', kind: 'checkbox', label: 'proc.field.serious' },
    { key: 'longLimitation', kind: 'checkbox', label: 'proc.field.longLimitation', hint: 'proc.hint.longLimitation' },
    {
      key: 'longLimitationReason',
      kind: 'textarea',
      label: 'proc.field.longLimitationReason',
      required: true,
      blank: 'proc.check.longLimitationReason',
      when: (v) => v.longLimitation === true,
    },
  ],
  submit_review: [on, { key: 'note', kind: 'textarea', label: 'proc.field.note' }],
  review_approve: [on, { key: 'opinion', kind: 'textarea', label: 'proc.field.reviewOpinion', required: true }],
  review_return: [on, { key: 'opinion', kind: 'textarea', label: 'proc.field.returnOpinion', required: true }],
  record_discussion: [
    on,
    { key: 'participants', kind: 'text', label: 'proc.field.participants', required: true },
    { key: 'conclusion', kind: 'textarea', label: 'proc.field.conclusion', required: true },
  ],
  notify: [on],
  record_statement: [
    on,
    { key: 'waived', kind: 'checkbox', label: 'proc.field.waived', hint: 'proc.hint.waived' },
    { key: 'summary', kind: 'textarea', label: 'proc.field.statementSummary', when: (v) => v.waived !== true },
    { key: 'adopted', kind: 'checkbox', label: 'proc.field.adopted', when: (v) => v.waived !== true },
  ],
  waive_hearing: [on, { key: 'note', kind: 'textarea', label: 'proc.field.hearingWaiverNote', hint: 'proc.hint.waiveHearing' }],
  reopen_investigation: [on, { key: 'reason', kind: 'textarea', label: 'proc.field.reopenReason', required: true, hint: 'proc.hint.reopen' }],
  request_hearing: [on],
  schedule_hearing: [
    on,
    { key: 'hearingOn', kind: 'date', label: 'proc.field.hearingOn', required: true, future: true, hint: 'proc.hint.hearingOn' },
    { key: 'hostOfficerId', kind: 'officer', label: 'proc.field.host', required: true, hint: 'proc.hint.host' },
    { key: 'place', kind: 'text', label: 'proc.field.place', required: true },
  ],
  record_hearing: [
    on,
    { key: 'held', kind: 'checkbox', label: 'proc.field.held', hint: 'proc.hint.held' },
    { key: 'summary', kind: 'textarea', label: 'proc.field.hearingSummary' },
  ],
  propose_decision: [
    on,
    { key: 'outcome', kind: 'select', label: 'proc.field.outcome', required: true, options: OUTCOMES },
    { key: 'penalty', kind: 'penalty', label: 'proc.field.penalty', discretion: true, when: penaltyOutcome },
    { key: 'transferTo', kind: 'text', label: 'proc.field.transferTo', required: true, when: (v) => v.outcome === 'transfer' },
    { key: 'duty', kind: 'textarea', label: 'proc.field.duty', hint: 'proc.hint.duty', when: (v) => v.outcome !== 'transfer' },
  ],
  approve_decision: [on, { key: 'opinion', kind: 'textarea', label: 'proc.field.opinion' }],
  return_decision: [on, { key: 'opinion', kind: 'textarea', label: 'proc.field.returnOpinion', required: true }],
  extend_decision_deadline: [
    on,
    { key: 'days', kind: 'days', label: 'proc.field.extendDays', required: true },
    { key: 'reason', kind: 'textarea', label: 'proc.field.extendReason', required: true },
  ],
  record_service: [
    on,
    { key: 'method', kind: 'select', label: 'proc.field.serviceMethod', required: true, options: SERVICE_METHODS },
    { key: 'consent', kind: 'checkbox', label: 'proc.field.consent', when: (v) => v.method === 'electronic' },
    { key: 'abroad', kind: 'checkbox', label: 'proc.field.abroad', when: (v) => v.method === 'publication' },
    { key: 'recipient', kind: 'text', label: 'proc.field.recipient' },
  ],
  grant_payment_plan: [
    on,
    { key: 'kind', kind: 'select', label: 'proc.field.planKind', required: true, optionKeys: PAYMENT_PLAN_KINDS },
    { key: 'schedule', kind: 'schedule', label: 'proc.field.schedule', required: true },
    { key: 'reason', kind: 'textarea', label: 'proc.field.planReason', required: true },
  ],
  record_payment: [
    on,
    { key: 'amount', kind: 'yuan', label: 'proc.field.amount', required: true },
    { key: 'receiptNo', kind: 'text', label: 'proc.field.receiptNo' },
  ],
  issue_demand: [on, { key: 'performBy', kind: 'date', label: 'proc.field.performBy', required: true, future: true }],
  enforce: [
    on,
    { key: 'kind', kind: 'select', label: 'proc.field.enforceKind', required: true, options: ENFORCEMENT_KINDS },
    { key: 'immediate', kind: 'checkbox', label: 'proc.field.immediate', hint: 'proc.hint.immediate', when: (v) => v.kind === 'substitute' },
    { key: 'note', kind: 'textarea', label: 'proc.field.note' },
  ],
  record_duty_performed: [on, { key: 'note', kind: 'textarea', label: 'proc.field.dutyNote', required: true }],
  record_execution_done: [on, { key: 'note', kind: 'textarea', label: 'proc.field.executionNote', required: true }],
  record_on_spot_decision: [
    on,
    { key: 'penalty', kind: 'penalty', label: 'proc.field.penalty' },
    { key: 'place', kind: 'text', label: 'proc.field.decisionPlace', required: true },
    { key: 'partySigned', kind: 'checkbox', label: 'proc.field.partySigned' },
    { key: 'refusalNote', kind: 'textarea', label: 'proc.field.refusalNote', when: (v) => v.partySigned !== true },
    {
      key: 'collectionGround',
      kind: 'select',
      label: 'proc.field.collectionGround',
      required: true,
      options: COLLECTION_GROUNDS,
      hint: 'proc.hint.collectionGround',
      when: hasFine,
      // A ground is stated only for a fine collected on the spot (第六十八、六十九条), so choosing one ticks it.
      implies: (v) => ({ paidOnSpot: v !== 'none' && v !== '' }),
    },
    { key: 'paidOnSpot', kind: 'checkbox', label: 'proc.field.paidOnSpot', when: hasCollectionGround },
    {
      key: 'receiptNo',
      kind: 'text',
      label: 'proc.field.spotReceiptNo',
      required: true,
      blank: 'proc.check.spotReceiptNo',
      hint: 'proc.hint.spotReceiptNo',
      when: (v) => hasCollectionGround(v) && v.paidOnSpot === true,
    },
  ],
  file_on_spot_decision: [on],
  close_case: [on, { key: 'note', kind: 'textarea', label: 'proc.field.closeNote' }],
  archive: [on, { key: 'retention', kind: 'select', label: 'proc.field.retention', required: true, optionKeys: RETENTIONS }],
  revoke: [on, { key: 'reason', kind: 'textarea', label: 'proc.field.revokeReason', required: true }],
  transfer: [
    on,
    { key: 'to', kind: 'text', label: 'proc.field.transferTo', required: true },
    { key: 'reason', kind: 'textarea', label: 'proc.field.transferReason', required: true },
  ],
};

/** Keys of the penalty block's inputs in the form values (they match the backend's issue paths). */
export const PENALTY_KEYS = {
  warning: 'penalty.warning',
  fine: 'penalty.fine',
  confiscatedGain: 'penalty.confiscatedGain',
  confiscatedPropertyValue: 'penalty.confiscatedPropertyValue',
  licenceAction: 'penalty.licenceAction',
  businessRestriction: 'penalty.businessRestriction',
  other: 'penalty.other',
} as const satisfies Record<keyof Penalty, string>;

const YUAN_KEYS = [PENALTY_KEYS.fine, PENALTY_KEYS.confiscatedGain, PENALTY_KEYS.confiscatedPropertyValue];

const amountText = (n: number) => (n ? String(n) : '');

function penaltyValues(p: Penalty | null | undefined): FormValues {
  return {
    [PENALTY_KEYS.warning]: p?.warning ?? false,
    [PENALTY_KEYS.fine]: amountText(p?.fine ?? 0),
    [PENALTY_KEYS.confiscatedGain]: amountText(p?.confiscatedGain ?? 0),
    [PENALTY_KEYS.confiscatedPropertyValue]: amountText(p?.confiscatedPropertyValue ?? 0),
    [PENALTY_KEYS.licenceAction]: p?.licenceAction ?? 'none',
    [PENALTY_KEYS.businessRestriction]: p?.businessRestriction ?? false,
    [PENALTY_KEYS.other]: p?.other ?? '',
  };
}

function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** Measures the act may be about: those in force, or emergency ones still awaiting the 负责人's approval. */
export function measuresFor(which: FieldSpec['measures'], view: ProcedureView): ProcedureView['state']['measures'] {
  const s = view.state;
  if (which === 'awaitingApproval') return s.measures.filter((m) => m.emergency && !m.approvedOn && !m.releasedOn);
  return s.measures.filter((m) => !m.releasedOn);
}

/** 先行登记保存 still waiting for its decision. */
export function undecidedPreservations(view: ProcedureView): ProcedureView['state']['preservations'] {
  return view.state.preservations.filter((p) => !p.decidedOn);
}

const onlyOne = (ids: readonly { id: number }[]) => (ids.length === 1 ? String(ids[0].id) : '');

/** The values a new dialog opens with: today, and whatever the case already established for this act. */
export function defaultValues(type: ActionType, view: ProcedureView, caseFacts: { place: string } = { place: '' }): FormValues {
  const s = view.state;
  const base: FormValues = { on: view.today };
  const firstMeasure = onlyOne(measuresFor('active', view));
  switch (type) {
    case 'impose_measure':
      return { ...base, kind: '', items: '', days: '30', emergency: false, emergencyReason: '' };
    case 'ratify_measure':
      return { ...base, measureId: onlyOne(measuresFor('awaitingApproval', view)), opinion: '' };
    case 'preserve_evidence':
      return { ...base, approvedOn: view.today, items: '' };
    case 'decide_preservation':
      return { ...base, preservationId: onlyOne(undecidedPreservations(view)), disposition: '', note: '' };
    case 'reopen_investigation':
      return { ...base, reason: '' };
    case 'waive_hearing':
      return { ...base, note: '' };
    case 'record_duty_performed':
      return { ...base, note: '' };
    case 'enforce':
      return { ...base, kind: '', immediate: false, note: '' };
    case 'extend_measure':
      return { ...base, measureId: firstMeasure, days: '30', reason: '' };
    case 'release_measure':
      return { ...base, measureId: firstMeasure, ground: '', note: '' };
    case 'close_investigation': {
      // Recording 调查终结 again amends the proposal: start from what was proposed.
      const p = s.proposal;
      const lastReport = view.events.filter((e) => e.type === 'close_investigation').at(-1);
      return {
        ...base,
        summary: typeof lastReport?.data.summary === 'string' ? lastReport.data.summary : '',
        outcome: p?.outcome ?? 'penalty',
        ...penaltyValues(p?.penalty),
        circumstance: p?.circumstance ?? '',
        departureReason: p?.departureReason ?? '',
        majorPublicInterest: p?.majorPublicInterest ?? false,
        complex: p?.complex ?? false,
        serious: p?.serious ?? false,
        longLimitation: p?.longLimitation ?? false,
        longLimitationReason: p?.longLimitationReason ?? '',
      };
    }
    case 'propose_decision': {
      const from = s.decision ?? s.proposal;
      return {
        ...base,
        outcome: from?.outcome ?? 'penalty',
        ...penaltyValues(from?.penalty),
        circumstance: from?.circumstance ?? '',
        departureReason: from?.departureReason ?? '',
        transferTo: s.decision?.transferTo ?? '',
        duty: s.decision?.duty ?? '',
      };
    }
    case 'record_statement':
      return { ...base, waived: false, summary: '', adopted: false };
    case 'schedule_hearing':
      return { ...base, hearingOn: addDays(view.today, 7), hostOfficerId: '', place: '' };
    case 'record_hearing':
      return { ...base, held: true, summary: '' };
    case 'extend_decision_deadline':
      return { ...base, days: '30', reason: '' };
    case 'record_service':
      return { ...base, method: 'direct', consent: false, abroad: false, recipient: '' };
    case 'grant_payment_plan':
      return { ...base, kind: 'instalments', schedule: [{ dueOn: addDays(view.today, 30), amount: amountText(view.outstanding) }], reason: '' };
    case 'record_payment':
      return { ...base, amount: amountText(view.outstanding), receiptNo: '' };
    case 'issue_demand':
      return { ...base, performBy: addDays(view.today, 10) };
    case 'record_on_spot_decision':
      // Decided where the officers found the violation, as a rule: the case's place to start from.
      return { ...base, ...penaltyValues(null), place: caseFacts.place, partySigned: true, refusalNote: '', collectionGround: 'none', paidOnSpot: false, receiptNo: '' };
    case 'archive':
      return { ...base, retention: '' };
    default:
      return base;
  }
}

export function visibleFields(type: ActionType, values: FormValues): FieldSpec[] {
  return ACTION_FIELDS[type].filter((f) => !f.when || f.when(values));
}

const text = (v: FormValue | undefined) => (typeof v === 'string' ? v : '');
const flag = (v: FormValue | undefined) => v === true;

/** Yuan typed as text: blank → `blank`; anything not a plain amount → NaN (the check reports it). */
export function parseYuan(s: string, blank: number | undefined): number | undefined {
  const t = s.trim().replace(/[,，]/g, '');
  if (t === '') return blank;
  return /^\d+(\.\d{1,2})?$/.test(t) ? Number(t) : Number.NaN;
}

function parseDays(s: string): number | undefined {
  const t = s.trim();
  if (t === '') return undefined;
  return /^\d+$/.test(t) ? Number(t) : Number.NaN;
}

export interface Built {
  action: ProcedureActionInput;
  /** Problems found before sending, keyed like the backend's issue paths (without `action.`). */
  errors: Record<string, MessageKey>;
}

/** Turns the typed values into the act. Hidden fields are left out, so a choice undone leaves nothing behind. */
export function buildAction(type: ActionType, values: FormValues): Built {
  const out: Record<string, unknown> = { type };
  const errors: Record<string, MessageKey> = {};
  for (const f of visibleFields(type, values)) {
    const v = values[f.key];
    switch (f.kind) {
      case 'date':
        if (!text(v)) errors[f.key] = 'proc.check.date';
        out[f.key] = text(v);
        break;
      case 'text':
      case 'textarea':
        if (f.blank && !text(v).trim()) errors[f.key] = f.blank;
        out[f.key] = text(v);
        break;
      case 'select':
        if (!text(v)) errors[f.key] = 'proc.check.select';
        out[f.key] = text(v) || undefined;
        break;
      case 'checkbox':
        out[f.key] = flag(v);
        break;
      case 'days': {
        const n = parseDays(text(v));
        if (n === undefined || Number.isNaN(n)) errors[f.key] = 'proc.check.days';
        out[f.key] = n;
        break;
      }
      case 'yuan': {
        const n = parseYuan(text(v), undefined);
        if (n === undefined) errors[f.key] = 'proc.check.amountRequired';
        else if (Number.isNaN(n)) errors[f.key] = 'proc.check.amount';
        out[f.key] = n;
        break;
      }
      case 'officer':
      case 'measure':
      case 'preservation': {
        const n = Number(text(v));
        if (!text(v) || !Number.isInteger(n)) errors[f.key] = 'proc.check.select';
        out[f.key] = text(v) ? n : undefined;
        break;
      }
      case 'schedule': {
        const rows = Array.isArray(v) ? v : [];
        out[f.key] = rows.map((r, i) => {
          const amount = parseYuan(r.amount, undefined);
          if (!r.dueOn) errors[`${f.key}.${i}.dueOn`] = 'proc.check.date';
          if (amount === undefined) errors[`${f.key}.${i}.amount`] = 'proc.check.amountRequired';
          else if (Number.isNaN(amount)) errors[`${f.key}.${i}.amount`] = 'proc.check.amount';
          return { dueOn: r.dueOn, amount };
        });
        if (rows.length === 0) errors[f.key] = 'proc.check.schedule';
        break;
      }
      case 'penalty': {
        const penalty: Record<string, unknown> = {
          warning: flag(values[PENALTY_KEYS.warning]),
          licenceAction: text(values[PENALTY_KEYS.licenceAction]) || 'none',
          businessRestriction: flag(values[PENALTY_KEYS.businessRestriction]),
          other: text(values[PENALTY_KEYS.other]),
        };
        for (const key of YUAN_KEYS) {
          const n = parseYuan(text(values[key]), 0);
          if (Number.isNaN(n)) errors[key] = 'proc.check.amount';
          penalty[key.slice('penalty.'.length)] = n;
        }
        out.penalty = penalty;
        if (f.discretion) {
          out.circumstance = text(values.circumstance);
          out.departureReason = text(values.departureReason);
        }
        break;
      }
    }
  }
  // The procedure schema takes these acts' booleans even when the form hides them.
  if (type === 'record_hearing') out.held = flag(values.held);
  if (type === 'record_on_spot_decision') out.partySigned = flag(values.partySigned);
  // The contract's input type is checked by the backend; the shape here follows the table above.
  return { action: out as ProcedureActionInput, errors };
}

/** The dialog key an issue path points at (`action.penalty.fine` → `penalty.fine`, `action.schedule.1.amount` as is). */
export function fieldOfIssue(path: string, keys: readonly string[]): string | null {
  const p = path.replace(/^action\./, '');
  if (keys.includes(p)) return p;
  if (/^schedule\.\d+\.(dueOn|amount)$/.test(p) || p === 'schedule') return p;
  const owner = keys.filter((k) => p.startsWith(`${k}.`)).sort((a, b) => b.length - a.length)[0];
  return owner ?? null;
}
