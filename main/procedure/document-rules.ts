/**
 * The documents and the procedure check each other. Pure: no database, no clock.
 *
 * - `issueVerdict`: whether a document of a form may be issued now, at this point of the case's
 *   procedure, and whether what it says (amounts, outcome, dates, rights) is what the recorded acts
 *   say. A refusal names the field and the rule.
 * - `checkActAgainstDocuments`: an act that rests on an issued document (告知 on the 违法行为通知书,
 *   the 当场处罚决定 on form 14) must agree with what that document says.
 *
 * Fields are read tolerantly: a form whose definition lacks a field (an older template version)
 * is not refused for it, so the rules never block a document the office cannot change.
 */
import { SIMPLE_FINE_LIMITS } from '../contract/catalog';
import type { DocumentData } from '../contract/documents';
import { AppError } from '../contract/errors';
import {
  COLLECTION_GROUNDS,
  NO_PENALTY_OUTCOMES,
  OUTCOMES,
  type Penalty,
  type ProcedureAction,
  type ProcedureState,
} from '../contract/procedure';
import { latestHearingNotice, paymentDueNow } from './deadlines';
import { listValue, moneyValue, textValue } from '../documents/form-data';
import { FORM } from './forms';
import type { MachineContext } from './context';
import { requirementsOf } from './requirements';
import { isTerminal, outstanding, round2 } from './stage';

/** A refusal of a document: the Chinese reason, and the field of the document it concerns. */
export interface DocumentRefusal {
  message: string;
  /** Key of the form's field the refusal is about, when there is one. */
  field?: string;
}

/** Option of form 11's `rights` box that tells the party of the hearing right. */
export const HEARING_RIGHT_OPTION = '要求举行听证';
export const STATEMENT_RIGHT_OPTION = '陈述申辩';
/** Option of form 14's `payMode` box for 当场收缴. */
export const PAY_ON_SPOT_OPTION = '当场缴纳';

// ---------------------------------------------------------------------------------------------
// Reading a document's data

function has(data: DocumentData, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(data, key);
}

/** A money field as yuan; a blank one is no amount (0). */
function money(data: DocumentData, key: string): number {
  return round2(moneyValue(data, key) ?? 0);
}

function text(data: DocumentData, key: string): string {
  return textValue(data, key).trim();
}

const ticks = listValue;

/** The day part of a date or datetime field, '' when blank or malformed. */
function day(data: DocumentData, key: string): string {
  const v = text(data, key);
  return /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : '';
}

function fmt(d: string): string {
  return `${Number(d.slice(0, 4))}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;
}

function yuan(n: number): string {
  return `${round2(n).toLocaleString('zh-CN')}元`;
}

function refusal(message: string, field?: string): DocumentRefusal {
  return field ? { message, field } : { message };
}

/** The first refusal of a list of checks, or null. */
function first(...checks: (() => DocumentRefusal | null)[]): DocumentRefusal | null {
  for (const c of checks) {
    const r = c();
    if (r) return r;
  }
  return null;
}

/** A document's date may not lie before the act it follows, nor after today. */
function notBefore(data: DocumentData, key: string, after: string | null | undefined, what: string, formName: string): () => DocumentRefusal | null {
  return () => {
    const d = day(data, key);
    if (!d || !after) return null;
    return d < after ? refusal(`《${formName}》的日期（${fmt(d)}）不能早于${what}（${fmt(after)}）`, key) : null;
  };
}

function notAfterToday(data: DocumentData, key: string, today: string, formName: string): () => DocumentRefusal | null {
  return () => {
    const d = day(data, key);
    return d && d > today ? refusal(`《${formName}》的日期（${fmt(d)}）不能晚于今天`, key) : null;
  };
}

function sameFine(data: DocumentData, key: string, recorded: number, formName: string, what: string): () => DocumentRefusal | null {
  return () => {
    if (!has(data, key)) return null;
    const stated = money(data, key);
    return stated === round2(recorded)
      ? null
      : refusal(`《${formName}》载明的罚款（${stated ? yuan(stated) : '无'}）与${what}（${recorded ? yuan(recorded) : '无罚款'}）不一致`, key);
  };
}

// ---------------------------------------------------------------------------------------------
// What the acts say

/** The date of the decision a later document refers to: the approval, or the on-the-spot decision. */
function decisionDate(s: ProcedureState): string | null {
  return s.onSpot?.on ?? s.decision?.decidedOn ?? null;
}

function dutyPending(s: ProcedureState): boolean {
  return Boolean(s.decision?.decidedOn && s.decision.duty.trim() && !s.dutyDoneOn);
}

function unperformed(s: ProcedureState): boolean {
  return !s.executionDoneOn && (outstanding(s) > 0 || dutyPending(s));
}

/** A later document's date of the decision it enforces must be the recorded one. */
function sameDecisionDate(data: DocumentData, s: ProcedureState, name: string): () => DocumentRefusal | null {
  return () => {
    const stated = day(data, 'decisionDate');
    const recorded = decisionDate(s);
    return stated && recorded && stated !== recorded
      ? refusal(`《${name}》载明的决定日期（${fmt(stated)}）与已记录的处罚决定日期（${fmt(recorded)}）不一致`, 'decisionDate')
      : null;
  };
}

function outcomeLabel(code: string): string {
  return OUTCOMES.find((o) => o.code === code)?.label ?? code;
}

function collectionGroundLabel(code: string): string {
  return COLLECTION_GROUNDS.find((g) => g.code === code)?.label ?? code;
}

/** The limit of a fine on the spot (行政处罚法 第五十一条). */
function onSpotLimit(c: MachineContext): number {
  return SIMPLE_FINE_LIMITS[c.facts.partyKind];
}

/** More than n years between two 'YYYY-MM-DD' days. */
function moreThanYears(from: string, to: string, years: number): boolean {
  const end = `${String(Number(from.slice(0, 4)) + years).padStart(4, '0')}${from.slice(4)}`;
  return to > end;
}

// ---------------------------------------------------------------------------------------------
// Issuing

type FormRule = (data: DocumentData, c: MachineContext, name: string) => DocumentRefusal | null;

const penaltyDecided = (s: ProcedureState) => Boolean(s.decision?.decidedOn && s.decision.outcome === 'penalty');

const RULES: Partial<Record<number, FormRule>> = {
  [FORM.violationNotice]: (data, c, name) => {
    const s = c.state;
    return first(
      () => (c.facts.procedure === 'general' ? null : refusal(`简易程序当场告知，不制作《${name}》`)),
      () =>
        s.investigationClosedOn && s.proposal?.outcome === 'penalty'
          ? null
          : refusal(`《${name}》须在调查终结、提出给予行政处罚的意见后制作（行政处罚法 第四十四条）`),
      () => (s.notifiedOn ? refusal(`已告知当事人；案件补充调查后重新告知的，须先记录“补充调查（重新告知）”`) : null),
      () => (s.decision ? refusal('已提请或作出决定，不能再制作违法行为通知书') : null),
      () => {
        const req = requirementsOf(c.facts.procedure, s, c.facts.partyKind, c.settings);
        return req.legalReview && s.review.status !== 'approved'
          ? refusal(`本案须经法制审核（行政处罚法 第五十八条），审核通过后方可签发《${name}》`)
          : null;
      },
      () => hearingRightAgrees(data, c, name),
      () => (ticks(data, 'rights').includes(STATEMENT_RIGHT_OPTION) || !has(data, 'rights')
        ? null
        : refusal(`《${name}》必须告知当事人陈述、申辩的权利（行政处罚法 第四十四、四十五条）`, 'rights')),
      sameFine(data, 'proposedFine', s.proposal?.penalty.fine ?? 0, name, '调查终结报告拟作出的罚款'),
      notBefore(data, 'makeDate', s.investigationClosedOn, '调查终结日期', name),
      notBefore(data, 'makeDate', s.review.status === 'approved' ? s.review.decidedOn : null, '法制审核通过日期', name),
      notAfterToday(data, 'makeDate', c.today, name),
    );
  },

  [FORM.onSpot]: (data, c, name) => {
    const s = c.state;
    const fine = money(data, 'fineAmount');
    const pays = ticks(data, 'payMode');
    return first(
      () => (c.facts.procedure === 'simple' ? null : refusal(`《${name}》只适用于简易程序；普通程序案件制作行政处罚决定书`)),
      () =>
        c.facts.validOfficers >= 2
          ? null
          : refusal(`当场作出行政处罚决定，执法人员不得少于两人（行政处罚法 第四十二条），本案现有 ${c.facts.validOfficers} 名持有有效执法证件的执法人员`),
      () =>
        fine > onSpotLimit(c)
          ? refusal(
              `当场处罚的罚款不得超过${onSpotLimit(c)}元（${c.facts.partyKind === 'organisation' ? '法人或者其他组织' : '公民'}，行政处罚法 第五十一条），应当适用普通程序`,
              'fineAmount',
            )
          : null,
      () => (fine === 0 && pays.length ? refusal('只给予警告、没有罚款的，决定书不载明罚款缴纳方式', 'payMode') : null),
      () => (fine > 0 && !pays.length ? refusal('有罚款的，请勾选罚款缴纳方式', 'payMode') : null),
      () => {
        if (!pays.includes(PAY_ON_SPOT_OPTION) || !has(data, 'collectionGround')) return null;
        const grounds = ticks(data, 'collectionGround');
        if (!grounds.length) return refusal('当场收缴罚款须有法定情形（行政处罚法 第六十八、六十九条），请勾选当场收缴的依据', 'collectionGround');
        if (grounds.includes(collectionGroundLabel('small')) && fine > 100) {
          return refusal('罚款超过一百元，不能以“一百元以下罚款”为由当场收缴（行政处罚法 第六十八条第（一）项）', 'collectionGround');
        }
        return null;
      },
      () =>
        !s.onSpot && moreThanYears(c.facts.occurredOn, c.facts.registeredOn, 2)
          ? refusal('违法行为在二年内未被发现的，不再给予行政处罚（行政处罚法 第三十六条）')
          : null,
      () => (s.onSpot && s.decision ? sameFine(data, 'fineAmount', s.decision.penalty.fine, name, '已记录的当场处罚决定')() : null),
      notBefore(data, 'makeDate', c.facts.registeredOn, '立案登记日期', name),
      notAfterToday(data, 'makeDate', c.today, name),
    );
  },

  [FORM.penaltyDecision]: (data, c, name) => {
    const s = c.state;
    return first(
      () => (c.facts.procedure === 'general' ? null : refusal(`简易程序案件制作当场行政处罚决定书，不制作《${name}》`)),
      () => (penaltyDecided(s) ? null : refusal(`《${name}》须在负责人批准给予行政处罚的决定后签发（行政处罚法 第五十七条）`)),
      sameFine(data, 'fineAmount', s.decision?.penalty.fine ?? 0, name, '负责人批准的处罚决定'),
      notBefore(data, 'makeDate', s.decision?.decidedOn, '负责人批准处罚决定的日期', name),
      notBefore(data, 'makeDate', s.notifiedOn, '告知日期', name),
      notAfterToday(data, 'makeDate', c.today, name),
    );
  },

  [FORM.noPenaltyDecision]: (data, c, name) => {
    const s = c.state;
    const d = s.decision;
    return first(
      () =>
        d?.decidedOn && NO_PENALTY_OUTCOMES.includes(d.outcome)
          ? null
          : refusal(`《${name}》须在负责人批准不予行政处罚的决定后签发（行政处罚法 第五十七条）`),
      () => {
        if (!d || !has(data, 'ground')) return null;
        const ticked = ticks(data, 'ground');
        return ticked.length === 1 && ticked[0] === outcomeLabel(d.outcome)
          ? null
          : refusal(`《${name}》载明的理由与负责人批准的决定（${outcomeLabel(d.outcome)}）不一致`, 'ground');
      },
      notBefore(data, 'makeDate', d?.decidedOn, '负责人批准决定的日期', name),
      notAfterToday(data, 'makeDate', c.today, name),
    );
  },

  [FORM.hearingNotice]: (data, c, name) => {
    const h = c.state.hearing;
    return first(
      () => (h && !h.heldOn && !h.waivedOn ? null : refusal(`当事人尚未要求听证，不能制作《${name}》（行政处罚法 第六十四条）`)),
      () => {
        const notice = day(data, 'makeDate');
        const hearing = day(data, 'hearingTime');
        if (!notice || !hearing) return null;
        const latest = latestHearingNotice(c.periods, hearing);
        return notice > latest ? refusal(`应当在举行听证的七日前通知当事人（行政处罚法 第六十四条第（二）项）：听证定于${fmt(hearing)}的，最迟${fmt(latest)}通知`, 'hearingTime') : null;
      },
      notBefore(data, 'makeDate', h?.requestedOn, '听证申请日期', name),
    );
  },

  [FORM.hearingRecord]: (_data, c, name) => {
    const h = c.state.hearing;
    return h?.noticeOn && !h.heldOn && !h.waivedOn ? null : refusal(`尚未通知听证，不能制作《${name}》`);
  },

  [FORM.instalment]: (_data, c, name) => {
    const s = c.state;
    return (s.service || s.onSpot) && outstanding(s) > 0 && !s.enforcement
      ? null
      : refusal(`《${name}》须在处罚决定送达后、罚款缴清前，经当事人申请制作（行政处罚法 第六十六条第二款）`);
  },

  [FORM.demand]: (data, c, name) => {
    const s = c.state;
    return first(
      () => (s.service || s.onSpot) && unperformed(s) ? null : refusal(`没有未履行的行政决定，不能制作《${name}》`),
      () => (s.demand ? refusal('已催告当事人，不能重复催告') : null),
      () => {
        if (outstanding(s) <= 0) return null;
        const due = paymentDueNow(c.periods, s);
        return due && c.today > due ? null : refusal(`当事人缴款期限（至${due ? fmt(due) : '—'}）尚未届满，不能催告（行政强制法 第三十五、五十四条）`);
      },
      sameDecisionDate(data, s, name),
      () => {
        if (!has(data, 'amountDue')) return null;
        const stated = money(data, 'amountDue');
        const owed = outstanding(s);
        return stated === owed ? null : refusal(`《${name}》载明的应缴罚款（${yuan(stated)}）与未缴金额（${yuan(owed)}）不一致`, 'amountDue');
      },
    );
  },

  [FORM.enforcementDecision]: (data, c, name) => {
    const s = c.state;
    return first(
      () =>
        c.settings.directEnforcement && c.settings.directEnforcementBasis.trim()
          ? null
          : refusal(`本机关未设定行政强制执行权，应当申请人民法院强制执行，不能制作《${name}》（行政强制法 第十三条）`),
      () => (unperformed(s) ? null : refusal(`没有未履行的行政决定，不能制作《${name}》`)),
      () => (s.demand ? null : refusal(`作出强制执行决定前，应当书面催告当事人履行义务（行政强制法 第三十五条）`)),
      () =>
        s.demand && c.today <= s.demand.performBy
          ? refusal(`催告书确定的履行期限（至${fmt(s.demand.performBy)}）尚未届满，不能作出强制执行决定（行政强制法 第三十七条）`)
          : null,
      sameDecisionDate(data, s, name),
    );
  },

  [FORM.substitutePerformance]: (data, c, name) => {
    const s = c.state;
    const immediate = substituteGroundIsImmediate(data);
    if (immediate) {
      return c.facts.procedure === 'general' && !isTerminal(s) ? null : refusal(`案件已终结，不能制作《${name}》`);
    }
    return first(
      () =>
        dutyPending(s)
          ? null
          : refusal(`代履行适用于排除妨碍、恢复原状等义务（行政强制法 第五十条），本案决定没有当事人未履行的此类义务；立即代履行的，请勾选第五十二条的情形`, 'ground'),
      () => (s.demand ? null : refusal('代履行前应当催告当事人履行（行政强制法 第五十条、第五十一条）')),
      () =>
        s.demand && c.today <= s.demand.performBy
          ? refusal(`催告书确定的履行期限（至${fmt(s.demand.performBy)}）尚未届满，不能作出代履行决定（行政强制法 第五十条）`)
          : null,
    );
  },

  [FORM.closingReport]: (_data, c, name) => {
    const s = c.state;
    if (c.facts.procedure === 'simple') return s.onSpot ? null : refusal(`尚未作出当场处罚决定，不能制作《${name}》`);
    return s.decision?.decidedOn || s.revokedOn ? null : refusal(`案件尚未作出决定，不能制作《${name}》（交通运输行政执法程序规定 结案）`);
  },

  [FORM.measureExtension]: (_data, c, name) =>
    c.state.measures.some((m) => !m.releasedOn) ? null : refusal(`没有未解除的行政强制措施，不能制作《${name}》`),

  [FORM.measureRelease]: (_data, c, name) =>
    c.state.measures.some((m) => !m.releasedOn) ? null : refusal(`没有未解除的行政强制措施，不能制作《${name}》`),

  [FORM.preservationRelease]: (_data, c, name) =>
    c.state.preservations.some((p) => !p.decidedOn) ? null : refusal(`没有待处理的先行登记保存证据，不能制作《${name}》`),
};

/** Whether a 代履行决定书 orders 立即代履行 (行政强制法 第五十二条). */
export function substituteGroundIsImmediate(data: DocumentData): boolean {
  // The ground box's 立即代履行 option cites 第五十二条; read by what it says, so reordering the options keeps working.
  const v = data.ground;
  if (!Array.isArray(v) || !v.length) return false;
  const label = String(v[0]);
  return label.includes('第五十二条') || label.includes('立即');
}

/** The hearing right told on form 11 must be the right the party has (行政处罚法 第六十三、六十四条), in both directions. */
function hearingRightAgrees(data: DocumentData, c: MachineContext, name: string): DocumentRefusal | null {
  if (!has(data, 'rights')) return null;
  const told = ticks(data, 'rights').includes(HEARING_RIGHT_OPTION);
  const right = requirementsOf(c.facts.procedure, c.state, c.facts.partyKind, c.settings).hearingRight;
  if (told === right) return null;
  return refusal(
    right
      ? `拟作出的处罚属于听证范围（行政处罚法 第六十三条），《${name}》应当告知当事人要求听证的权利`
      : `拟作出的处罚不属于听证范围（行政处罚法 第六十三条），《${name}》不应勾选要求听证的权利`,
    'rights',
  );
}

/** Null when the form may be issued with this data now; otherwise why not. Forms the procedure does not govern pass. */
export function issueVerdict(formId: number, data: DocumentData, c: MachineContext, formName: string): DocumentRefusal | null {
  const rule = RULES[formId];
  return rule ? rule(data, c, formName) : null;
}

/** The refusal as the API's error. */
export function documentRefusalError(r: DocumentRefusal): AppError {
  return new AppError('DOC_PROCEDURE_MISMATCH', r.message, r.field ? [{ path: `data.${r.field}`, message: r.message }] : undefined);
}

// ---------------------------------------------------------------------------------------------
// Acts against the documents they rest on

function mismatch(message: string, path?: string): never {
  throw new AppError('PROC_DOCUMENT_MISMATCH', message, path ? [{ path: `action.${path}`, message }] : undefined);
}

function fineOf(p: Penalty): number {
  return round2(p.fine);
}

/** Throws PROC_DOCUMENT_MISMATCH when the act disagrees with the issued document it rests on. */
export function checkActAgainstDocuments(c: MachineContext, action: ProcedureAction, _next: ProcedureState): void {
  switch (action.type) {
    case 'notify': {
      const doc = c.facts.documents[FORM.violationNotice];
      if (!doc) return;
      const r = hearingRightAgrees(doc, c, '违法行为通知书');
      if (r) mismatch(`${r.message}；请更正违法行为通知书后再告知`);
      const proposed = c.state.proposal?.penalty.fine ?? 0;
      if (has(doc, 'proposedFine') && money(doc, 'proposedFine') !== round2(proposed)) {
        mismatch(`违法行为通知书载明的拟罚款（${yuan(money(doc, 'proposedFine'))}）与调查终结报告（${yuan(proposed)}）不一致；请更正后再告知`);
      }
      return;
    }
    case 'record_on_spot_decision': {
      const doc = c.facts.documents[FORM.onSpot];
      if (!doc) return;
      if (has(doc, 'fineAmount') && money(doc, 'fineAmount') !== fineOf(action.penalty)) {
        mismatch(`当场处罚的罚款（${yuan(fineOf(action.penalty))}）与已签发的当场行政处罚决定书（${yuan(money(doc, 'fineAmount'))}）不一致`, 'penalty.fine');
      }
      const onSpot = ticks(doc, 'payMode').includes(PAY_ON_SPOT_OPTION);
      if (has(doc, 'payMode') && onSpot !== action.paidOnSpot) {
        mismatch(
          onSpot ? '当场行政处罚决定书载明当场收缴罚款，请记录当场收缴及票据号' : '当场行政处罚决定书载明到指定银行缴纳，不能记录为当场收缴',
          'paidOnSpot',
        );
      }
      if (action.paidOnSpot && has(doc, 'collectionGround')) {
        const ground = ticks(doc, 'collectionGround');
        if (ground.length && ground[0] !== collectionGroundLabel(action.collectionGround)) {
          mismatch(`当场收缴的依据与决定书所载（${ground[0]}）不一致`, 'collectionGround');
        }
      }
      return;
    }
    default:
      return;
  }
}
