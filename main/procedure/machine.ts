/**
 * The legal procedure as a state machine over a case's facts. Each act has
 * - a precondition on where the case stands (`pre`): either the act does not belong here at all
 *   (hidden from the UI, PROC_NOT_ALLOWED) or the law refuses it now (shown with its reason,
 *   PROC_GUARD), e.g. 「未告知当事人陈述申辩权利，不能作出处罚决定」;
 * - checks of what was entered (`run`), and the new facts it establishes.
 * Pure: no database, no clock. The service gathers the case's facts and persists the outcome.
 */
import { SIMPLE_FINE_LIMITS } from '../contract/catalog';
import type { Role } from '../contract/domain';
import { AppError } from '../contract/errors';
import {
  ACTIONS,
  ACTION_TYPES,
  NO_PENALTY_OUTCOMES,
  type ActionType,
  type AvailableAction,
  type Penalty,
  type ProcedureAction,
  type ProcedureState,
} from '../contract/procedure';
import { checkActAgainstDocuments, substituteGroundIsImmediate } from './document-rules';
import type { MachineContext } from './context';
import { officerQualification } from './officer-qualification';
import { FORM, FORM_NAMES } from './forms';
import { assessDiscretion } from '../contract/discretion';
import {
  courtApplicationWindow,
  decisionDue,
  deemedServiceOn,
  hearingRequestDue,
  latestHearingNotice,
  limitationEndsOn,
  measureExpiry,
  paymentDue,
  paymentDueNow,
  preservationDecisionDue,
  statementDue,
  type Periods,
} from './deadlines';
import { plusDays } from './calendar';
import { requirementsOf } from './requirements';
import { activeMeasures, dutyPending, isTerminal, outstanding, round2, undecidedPreservations, unperformed } from './stage';

export type { CaseFacts, MachineContext } from './context';

type Verdict = { ok: true } | { ok: false; hidden: boolean; message: string };
const OK: Verdict = { ok: true };
const hide = (message = '案件当前所处环节不能进行该操作'): Verdict => ({ ok: false, hidden: true, message });
const refuse = (message: string): Verdict => ({ ok: false, hidden: false, message });

type ActionOf<T extends ActionType> = Extract<ProcedureAction, { type: T }>;
interface Rule<T extends ActionType> {
  pre(c: MachineContext): Verdict;
  run(c: MachineContext, a: ActionOf<T>): ProcedureState;
}

function needsForm(c: MachineContext, form: number, count = 1): Verdict {
  return (c.facts.issued[form] ?? 0) >= count ? OK : refuse(`须先制作并签发《${FORM_NAMES[form]}》`);
}

function guard(v: Verdict): void {
  if (!v.ok) throw new AppError(v.hidden ? 'PROC_NOT_ALLOWED' : 'PROC_GUARD', v.message);
}

function all(...vs: (() => Verdict)[]): Verdict {
  for (const v of vs) {
    const r = v();
    if (!r.ok) return r;
  }
  return OK;
}

function fmt(day: string): string {
  return `${Number(day.slice(0, 4))}年${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`;
}

function yuan(n: number): string {
  return `${round2(n).toLocaleString('zh-CN')}元`;
}

/** An act's date: not in the future, not before the step it follows. */
function dateCheck(c: MachineContext, on: string, after: [string | null | undefined, string][]): void {
  if (on > c.today) throw new AppError('PROC_DATE_INVALID', `日期不能晚于今天（${fmt(c.today)}）`, [{ path: 'action.on', message: '日期不能晚于今天' }]);
  for (const [day, what] of after) {
    if (day && on < day) {
      throw new AppError('PROC_DATE_INVALID', `日期不能早于${what}（${fmt(day)}）`, [{ path: 'action.on', message: `不能早于${what}` }]);
    }
  }
}

function input(path: string, message: string): never {
  throw new AppError('PROC_GUARD', message, [{ path: `action.${path}`, message }]);
}

const general = (c: MachineContext): Verdict => (c.facts.procedure === 'general' ? OK : hide('简易程序案件没有该环节'));
const simple = (c: MachineContext): Verdict => (c.facts.procedure === 'simple' ? OK : hide('该操作只适用于简易程序案件'));
const open = (c: MachineContext): Verdict => (isTerminal(c.state) ? hide('案件已终结') : OK);
const registered = (c: MachineContext): Verdict => (c.state.registrationApprovedOn ? OK : hide('立案尚未经负责人批准'));
const undecided = (c: MachineContext): Verdict => (c.state.decision ? hide('已提请或作出决定') : OK);
/**
 * The case's officers who may act on `on`, and why the others may not. Before the act's date is known
 * (`on` null: what the UI offers) a certificate that has since expired may still have covered it, so
 * only the act's own date refuses it.
 */
function officersWhoMayAct(c: MachineContext, on: string | null): { count: number; problems: string[] } {
  if (!c.facts.officers) return { count: c.facts.validOfficers, problems: [] };
  let count = 0;
  const problems: string[] = [];
  for (const o of c.facts.officers) {
    const q = officerQualification(o, c.facts.cause.category, on ?? c.today, 'act');
    if (q.qualified || (on === null && q.problem === 'expired')) count++;
    else problems.push(q.message);
  }
  return { count, problems };
}

const tooFewOfficers = (what: string, r: { count: number; problems: string[] }) =>
  `${what}须由两名以上持有有效执法证件的执法人员进行（行政处罚法 第四十二条），本案现有 ${r.count} 名${r.problems.length ? `：${r.problems.join('；')}` : ''}`;

const twoOfficers = (c: MachineContext, what: string): Verdict => {
  const r = officersWhoMayAct(c, null);
  return r.count >= 2 ? OK : refuse(tooFewOfficers(what, r));
};

/** The acts the case's officers carry out themselves: checked again at the act's date. */
const OFFICER_ACTS: Partial<Record<ActionType, string>> = {
  approve_registration: '立案调查',
  impose_measure: '实施行政强制措施',
  preserve_evidence: '先行登记保存证据',
  close_investigation: '调查取证',
  record_on_spot_decision: '当场作出行政处罚决定',
};

function checkOfficersOn(c: MachineContext, type: ActionType, on: string): void {
  const what = OFFICER_ACTS[type];
  if (!what || !c.facts.officers) return;
  const r = officersWhoMayAct(c, on);
  if (r.count >= 2) return;
  const message = tooFewOfficers(what, r);
  throw new AppError('OFFICER_NOT_QUALIFIED', message, [{ path: 'action.on', message }]);
}

/** A penalty once the violation is past the limitation period is unlawful (行政处罚法 第三十六条). */
function checkLimitation(c: MachineContext, long: boolean, path: string): void {
  const occurred = c.facts.occurredOn;
  if (!occurred) return;
  const last = limitationEndsOn(occurred, long);
  if (c.facts.registeredOn > last) {
    const years = long ? '五' : '二';
    input(
      path,
      `违法行为发生于${fmt(occurred)}，至${fmt(c.facts.registeredOn)}立案时已超过${years}年未被发现，不再给予行政处罚（行政处罚法 第三十六条）；` +
        (long ? '请以“违法行为在法定期限内未被发现，不再给予行政处罚”作出处理' : '请以“违法行为在法定期限内未被发现，不再给予行政处罚”作出处理；涉及公民生命健康安全、金融安全且有危害后果的，期限为五年，须写明理由'),
    );
  }
}

const isNoPenalty = (outcome: string): boolean => (NO_PENALTY_OUTCOMES as readonly string[]).includes(outcome);

/** A 普通程序 case after 立案 approval, still open, with no decision proposed or made. */
const beforeDecision = (c: MachineContext): Verdict => all(() => general(c), () => open(c), () => registered(c), () => undecided(c));

/**
 * 行政处罚法 第六十条 allows a limit other than 90 days only where a 法律、法规、规章 provides one: the office names it in
 * its settings before any extension.
 */
function extensionsAllowed(c: MachineContext): boolean {
  const s = c.settings;
  return s.decisionExtensionEnabled && s.decisionExtensionBasis.trim() !== '' && s.decisionExtensionDays > 0 && s.decisionExtensionsMax > 0;
}

const EXTENSION_REFUSAL =
  '行政处罚应当自立案之日起九十日内作出决定，只有法律、法规、规章另有规定的才能延长（行政处罚法 第六十条）；本单位未在程序设置中写明延长办案期限的依据，不能延长';

function extensionHint(c: MachineContext): string {
  return extensionsAllowed(c) ? '，须先经负责人批准延长办案期限' : '；本单位未设置延长办案期限的依据（第六十条：法律、法规、规章另有规定的除外）';
}

function decisionDeadline(c: MachineContext): string {
  return decisionDue(c.periods, c.state.registrationApprovedOn ?? c.facts.registeredOn, c.state);
}

/** The penalty may only be what the law and the catalogue allow, and a departure from 裁量基准 needs reasons. */
function checkPenalty(c: MachineContext, p: Penalty, circumstance: string, departureReason: string, path: string): void {
  if (!p.warning && p.fine <= 0 && p.confiscatedGain <= 0 && p.confiscatedPropertyValue <= 0 && p.licenceAction === 'none' && !p.businessRestriction && !p.other) {
    input(`${path}.fine`, '请填写处罚内容（警告、罚款或其他处罚）');
  }
  if (p.fine > 0 || c.facts.cause.discretion.length) {
    const a = assessDiscretion(c.facts.cause, circumstance, p.fine);
    if ((a.departs || a.outsideStatutory) && !departureReason) {
      input('departureReason', a.message ?? '罚款金额与裁量基准不符，须说明理由');
    }
  }
}

function heavierThan(a: Penalty, b: Penalty): boolean {
  const rank = { none: 0, suspend: 1, downgrade: 2, revoke: 3 } as const;
  return (
    a.fine > b.fine ||
    a.confiscatedGain > b.confiscatedGain ||
    a.confiscatedPropertyValue > b.confiscatedPropertyValue ||
    rank[a.licenceAction] > rank[b.licenceAction] ||
    (a.businessRestriction && !b.businessRestriction)
  );
}

/** Whether the party may still be heard before a decision: the statement and hearing-request windows. */
function hearingWindowsVerdict(c: MachineContext): Verdict {
  const s = c.state;
  if (!s.notifiedOn) return refuse('未告知当事人陈述申辩权利，不能作出处罚决定');
  if (s.hearing && !s.hearing.heldOn && !s.hearing.waivedOn) return refuse('当事人已申请听证，听证结束前不能作出处罚决定');
  // Waiving 陈述申辩 leaves the hearing right alone: only an express hearing waiver ends its window (第六十二、六十四条).
  const waived = Boolean(s.hearingWaivedOn);
  if (!s.statement) {
    const due = statementDue(c.periods, s.notifiedOn);
    if (c.today <= due) return refuse(`陈述申辩期限（至${fmt(due)}）尚未届满，当事人也未陈述申辩或明确放弃，不能作出处罚决定`);
  }
  if (s.hearingRightTold && !s.hearing && !waived) {
    const due = hearingRequestDue(c.periods, s.notifiedOn);
    if (c.today <= due) return refuse(`听证申请期限（至${fmt(due)}）尚未届满，不能作出处罚决定`);
  }
  return OK;
}

function reviewVerdict(c: MachineContext): Verdict {
  const req = requirementsOf(c.facts.procedure, c.state, c.facts.partyKind, c.settings);
  const r = c.state.review;
  if (req.legalReview) {
    if (r.status !== 'approved') return refuse('本案须经法制审核，未经法制审核或者审核未通过的，不得作出决定');
    const heard = c.state.hearing?.heldOn;
    if (heard && r.decidedOn && r.decidedOn < heard) return refuse('本案经过听证，须在听证后重新进行法制审核');
  }
  if (req.collectiveDiscussion && !c.state.discussionOn) return refuse('本案须经负责人集体讨论决定，尚未记录集体讨论');
  return OK;
}

const RULES: { [T in ActionType]: Rule<T> } = {
  approve_registration: {
    pre: (c) => all(() => general(c), () => open(c), () => (c.state.registrationApprovedOn ? hide('立案已批准') : OK), () => twoOfficers(c, '立案调查')),
    run: (c, a) => {
      dateCheck(c, a.on, [[c.facts.registeredOn, '立案登记日期']]);
      return { ...c.state, registrationApprovedOn: a.on };
    },
  },

  approve_measure: {
    pre: (c) =>
      all(
        () => beforeDecision(c),
        () => (c.state.investigationClosedOn ? hide('已调查终结') : OK),
        () => (c.state.measureApprovalOn ? hide('已批准采取强制措施，尚未实施') : OK),
      ),
    run: (c, a) => {
      dateCheck(c, a.on, [[c.state.registrationApprovedOn, '立案批准日期']]);
      return { ...c.state, measureApprovalOn: a.on };
    },
  },

  impose_measure: {
    // Not `beforeDecision`: on the emergency path a roadside 暂扣 comes before 立案 is approved (行政强制法 第十九条).
    pre: (c) =>
      all(
        () => general(c),
        () => open(c),
        () => undecided(c),
        () => (c.state.investigationClosedOn ? hide('已调查终结') : OK),
        () => twoOfficers(c, '实施行政强制措施'),
        () => needsForm(c, FORM.measure, c.state.measures.length + 1),
      ),
    run: (c, a) => {
      if (a.days > 30) input('days', '查封、扣押的期限不得超过30日（行政强制法 第二十五条）');
      const id = c.state.nextMeasureId;
      const base = { id, kind: a.kind, items: a.items, startedOn: a.on, days: a.days, extendedDays: null, extendedOn: null, releasedOn: null, releaseGround: null };
      if (a.emergency) {
        if (!a.emergencyReason) input('emergencyReason', '情况紧急当场实施的，请写明不能事先报批的理由（行政强制法 第十九条）');
        dateCheck(c, a.on, [[c.facts.registeredOn, '立案登记日期']]);
        // A prior approval waiting for its measure stays for that one.
        return { ...c.state, nextMeasureId: id + 1, measures: [...c.state.measures, { ...base, emergency: true, approvedOn: null }] };
      }
      if (!c.state.registrationApprovedOn) {
        input('emergency', '立案尚未经负责人批准：立案前当场扣押的，须按情况紧急当场实施，并在24小时内报告负责人补办批准手续（行政强制法 第十九条）');
      }
      if (!c.state.measureApprovalOn) {
        input(
          'emergency',
          '实施行政强制措施前须向行政机关负责人报告并经批准（行政强制法 第十八条第（一）项）；情况紧急需要当场实施的，请选择紧急实施并写明理由，24小时内补办批准手续（第十九条）',
        );
      }
      dateCheck(c, a.on, [[c.state.registrationApprovedOn, '立案批准日期'], [c.state.measureApprovalOn, '负责人批准强制措施的日期']]);
      return {
        ...c.state,
        nextMeasureId: id + 1,
        measureApprovalOn: null,
        measures: [...c.state.measures, { ...base, emergency: false, approvedOn: c.state.measureApprovalOn }],
      };
    },
  },

  ratify_measure: {
    pre: (c) => (!isTerminal(c.state) && c.state.measures.some((m) => m.emergency && !m.approvedOn) ? OK : hide('没有待补办批准的紧急强制措施')),
    run: (c, a) => {
      const m = c.state.measures.find((x) => x.id === a.measureId && x.emergency && !x.approvedOn);
      if (!m) input('measureId', '请选择待补办批准手续的紧急强制措施');
      dateCheck(c, a.on, [[m.startedOn, '采取强制措施的日期']]);
      return { ...c.state, measures: c.state.measures.map((x) => (x.id === m.id ? { ...x, approvedOn: a.on } : x)) };
    },
  },

  extend_measure: {
    pre: (c) => {
      if (!activeMeasures(c.state).length) return hide('没有未解除的行政强制措施');
      if (activeMeasures(c.state).every((m) => m.extendedDays !== null)) return refuse('查封、扣押期限只能延长一次（行政强制法 第二十五条）');
      const extended = c.state.measures.filter((m) => m.extendedDays !== null).length;
      return needsForm(c, FORM.measureExtension, extended + 1);
    },
    run: (c, a) => {
      const m = c.state.measures.find((x) => x.id === a.measureId && !x.releasedOn);
      if (!m) input('measureId', '请选择未解除的强制措施');
      if (m.extendedDays !== null) input('measureId', '查封、扣押期限只能延长一次（行政强制法 第二十五条）');
      if (!m.approvedOn) input('measureId', '紧急实施的强制措施尚未补办批准手续，不能延长；负责人应先补办批准（行政强制法 第十九条）');
      if (a.days > 30) input('days', '延长期限不得超过30日（行政强制法 第二十五条）');
      const expiry = measureExpiry(c.periods, m);
      dateCheck(c, a.on, [[m.startedOn, '采取强制措施的日期'], [m.approvedOn, '批准强制措施的日期']]);
      if (a.on > expiry) input('on', `强制措施期限已于${fmt(expiry)}届满，不能再延长，应当解除`);
      return { ...c.state, measures: c.state.measures.map((x) => (x.id === m.id ? { ...x, extendedDays: a.days, extendedOn: a.on } : x)) };
    },
  },

  preserve_evidence: {
    pre: (c) =>
      all(
        () => general(c),
        () => open(c),
        () => undecided(c),
        () => (c.state.investigationClosedOn ? hide('已调查终结') : OK),
        () => twoOfficers(c, '先行登记保存证据'),
        () => needsForm(c, FORM.preservation, c.state.preservations.length + 1),
      ),
    run: (c, a) => {
      dateCheck(c, a.on, [[c.facts.registeredOn, '立案登记日期']]);
      if (a.approvedOn > a.on) input('approvedOn', '先行登记保存应当事先经行政机关负责人批准（行政处罚法 第五十六条），批准日期不能晚于登记保存日期');
      if (a.approvedOn < c.facts.registeredOn) input('approvedOn', `批准日期不能早于立案登记日期（${fmt(c.facts.registeredOn)}）`);
      const id = c.state.nextPreservationId;
      return {
        ...c.state,
        nextPreservationId: id + 1,
        preservations: [...c.state.preservations, { id, items: a.items, startedOn: a.on, approvedOn: a.approvedOn, decidedOn: null, disposition: null }],
      };
    },
  },

  decide_preservation: {
    pre: (c) => (!isTerminal(c.state) && undecidedPreservations(c.state).length ? OK : hide('没有待处理的登记保存证据')),
    run: (c, a) => {
      const x = c.state.preservations.find((y) => y.id === a.preservationId && !y.decidedOn);
      if (!x) input('preservationId', '请选择待处理的登记保存证据');
      dateCheck(c, a.on, [[x.startedOn, '登记保存日期']]);
      const due = preservationDecisionDue(c.periods, x.startedOn).dueOn;
      // Past the period the preservation has lapsed: all that is left is to give the items back.
      if (a.on > due && a.disposition !== 'release') {
        input('disposition', `先行登记保存应当在七日内（至${fmt(due)}）作出处理决定（行政处罚法 第五十六条）；期限已过，只能解除登记保存并退还`);
      }
      if (a.disposition === 'release') {
        const released = c.state.preservations.filter((y) => y.disposition === 'release').length;
        guard(needsForm(c, FORM.preservationRelease, released + 1));
      }
      return { ...c.state, preservations: c.state.preservations.map((y) => (y.id === x.id ? { ...y, decidedOn: a.on, disposition: a.disposition } : y)) };
    },
  },

  release_measure: {
    pre: (c) => {
      if (!activeMeasures(c.state).length) return hide('没有未解除的行政强制措施');
      return needsForm(c, FORM.measureRelease, c.state.measures.filter((m) => m.releasedOn).length + 1);
    },
    run: (c, a) => {
      const m = c.state.measures.find((x) => x.id === a.measureId && !x.releasedOn);
      if (!m) input('measureId', '请选择未解除的强制措施');
      dateCheck(c, a.on, [[m.extendedOn ?? m.startedOn, '强制措施的日期']]);
      return { ...c.state, measures: c.state.measures.map((x) => (x.id === m.id ? { ...x, releasedOn: a.on, releaseGround: a.ground } : x)) };
    },
  },

  close_investigation: {
    pre: (c) =>
      all(
        () => beforeDecision(c),
        () => (c.state.notifiedOn ? hide('已告知当事人，调查终结报告不能再修改') : OK),
        () => (c.state.review.status === 'pending' ? hide('法制审核中，不能修改调查终结报告') : OK),
        () => twoOfficers(c, '调查取证'),
      ),
    run: (c, a) => {
      const reopened = c.state.reopenings.length ? c.state.reopenings[c.state.reopenings.length - 1].on : null;
      dateCheck(c, a.on, [[c.state.registrationApprovedOn, '立案批准日期'], [reopened, '补充调查日期']]);
      if (a.longLimitation && !a.longLimitationReason) {
        input('longLimitationReason', '适用五年期限的，请写明涉及公民生命健康安全、金融安全且有危害后果的理由（行政处罚法 第三十六条）');
      }
      if (a.outcome === 'penalty') {
        checkLimitation(c, a.longLimitation, 'outcome');
        checkPenalty(c, a.penalty, a.circumstance, a.departureReason, 'penalty');
      }
      const proposal = {
        outcome: a.outcome, penalty: a.penalty, circumstance: a.circumstance, departureReason: a.departureReason,
        majorPublicInterest: a.majorPublicInterest, complex: a.complex, serious: a.serious,
        longLimitation: a.longLimitation, longLimitationReason: a.longLimitation ? a.longLimitationReason : '',
      };
      // An amended report needs the review again: the approval was of the old one.
      const review = c.state.review.status === 'approved' ? { ...c.state.review, status: 'none' as const, decidedOn: null } : c.state.review;
      return { ...c.state, investigationClosedOn: a.on, proposal, review };
    },
  },

  submit_review: {
    pre: (c) =>
      all(
        () => beforeDecision(c),
        () => (c.state.investigationClosedOn ? OK : refuse('尚未调查终结，不能提交法制审核')),
        () => (c.state.review.status === 'pending' ? hide('已提交法制审核') : OK),
        () => {
          const r = c.state.review;
          const heard = c.state.hearing?.heldOn;
          return r.status === 'approved' && !(heard && r.decidedOn && r.decidedOn < heard) ? hide('法制审核已通过') : OK;
        },
      ),
    run: (c, a) => {
      dateCheck(c, a.on, [[c.state.investigationClosedOn, '调查终结日期']]);
      return { ...c.state, review: { status: 'pending', submittedOn: a.on, decidedOn: null, rounds: c.state.review.rounds + 1 } };
    },
  },

  review_approve: {
    pre: (c) => (c.state.review.status === 'pending' && !isTerminal(c.state) ? OK : hide('没有待审核的事项')),
    run: (c, a) => {
      dateCheck(c, a.on, [[c.state.review.submittedOn, '提交审核日期']]);
      return { ...c.state, review: { ...c.state.review, status: 'approved', decidedOn: a.on } };
    },
  },

  review_return: {
    pre: (c) => (c.state.review.status === 'pending' && !isTerminal(c.state) ? OK : hide('没有待审核的事项')),
    run: (c, a) => {
      dateCheck(c, a.on, [[c.state.review.submittedOn, '提交审核日期']]);
      return { ...c.state, review: { ...c.state.review, status: 'returned', decidedOn: a.on } };
    },
  },

  record_discussion: {
    pre: (c) =>
      all(
        () => general(c),
        () => open(c),
        () => (c.state.decision?.decidedOn ? hide('已作出决定') : OK),
        () => (c.state.investigationClosedOn ? OK : refuse('尚未调查终结，不能集体讨论')),
      ),
    run: (c, a) => {
      dateCheck(c, a.on, [[c.state.investigationClosedOn, '调查终结日期']]);
      return { ...c.state, discussionOn: a.on };
    },
  },

  notify: {
    pre: (c) =>
      all(
        () => beforeDecision(c),
        () => (c.state.notifiedOn ? hide('已告知当事人') : OK),
        () => (c.state.investigationClosedOn ? OK : refuse('尚未调查终结，不能告知拟作出的行政处罚')),
        () => (c.state.proposal && c.state.proposal.outcome !== 'penalty' ? hide('拟不予处罚或移送的案件无需告知') : OK),
        () => (c.state.review.status === 'pending' ? refuse('法制审核中，审核通过后方可告知') : OK),
        () => {
          const req = requirementsOf(c.facts.procedure, c.state, c.facts.partyKind, c.settings);
          return req.legalReview && c.state.review.status !== 'approved' ? refuse('本案须经法制审核，审核通过后方可告知当事人') : OK;
        },
        // Each 告知 (and 重新告知 after a 补充调查) is made with its own 违法行为通知书.
        () => needsForm(c, FORM.violationNotice, c.state.notifications + 1),
      ),
    run: (c, a) => {
      const lastReopening = c.state.reopenings.length ? c.state.reopenings[c.state.reopenings.length - 1].on : null;
      dateCheck(c, a.on, [[c.state.investigationClosedOn, '调查终结日期'], [c.state.review.decidedOn, '法制审核日期'], [lastReopening, '补充调查日期']]);
      const req = requirementsOf(c.facts.procedure, c.state, c.facts.partyKind, c.settings);
      return { ...c.state, notifiedOn: a.on, hearingRightTold: req.hearingRight, notifications: c.state.notifications + 1 };
    },
  },

  waive_hearing: {
    pre: (c) =>
      all(
        () => beforeDecision(c),
        () => (c.state.notifiedOn ? OK : hide('尚未告知当事人')),
        () => (c.state.hearingRightTold ? OK : hide('当事人无听证权利')),
        () => (c.state.hearing ? hide('当事人已申请听证') : OK),
        () => (c.state.hearingWaivedOn ? hide('已记录放弃听证') : OK),
      ),
    run: (c, a) => {
      dateCheck(c, a.on, [[c.state.notifiedOn, '告知日期']]);
      return { ...c.state, hearingWaivedOn: a.on };
    },
  },

  reopen_investigation: {
    pre: (c) =>
      all(
        () => beforeDecision(c),
        () => (c.state.notifiedOn ? OK : hide('尚未告知当事人，可直接修改调查终结报告')),
        () => (c.state.review.status === 'pending' ? refuse('法制审核中，不能补充调查') : OK),
      ),
    run: (c, a) => {
      const s = c.state;
      dateCheck(c, a.on, [[s.notifiedOn, '告知日期'], [s.hearing?.heldOn, '听证日期']]);
      // 告知 and its periods start again; a hearing already held still counts for 法制审核 (第五十八条第（二）项).
      return {
        ...s,
        reopenings: [...s.reopenings, { on: a.on, reason: a.reason }],
        investigationClosedOn: null,
        notifiedOn: null,
        hearingRightTold: false,
        statement: null,
        hearingWaivedOn: null,
        pastHearingHeldOn: s.hearing?.heldOn ?? s.pastHearingHeldOn,
        hearing: null,
        review: s.review.status === 'approved' ? { ...s.review, status: 'none', decidedOn: null } : s.review,
      };
    },
  },

  record_statement: {
    pre: (c) => all(() => beforeDecision(c), () => (c.state.notifiedOn ? OK : hide('尚未告知当事人'))),
    run: (c, a) => {
      dateCheck(c, a.on, [[c.state.notifiedOn, '告知日期']]);
      if (!a.waived && !a.summary) input('summary', '请填写当事人陈述申辩的主要内容');
      return { ...c.state, statement: { on: a.on, waived: a.waived, adopted: a.adopted } };
    },
  },

  request_hearing: {
    pre: (c) =>
      all(
        () => beforeDecision(c),
        () => (c.state.notifiedOn ? OK : hide('尚未告知当事人')),
        () => (c.state.hearing ? hide('已记录听证申请') : OK),
        () => (c.state.hearingRightTold ? OK : refuse('拟作出的处罚不属于听证范围，当事人无听证权利（行政处罚法 第六十三条）')),
        () => (c.state.hearingWaivedOn ? refuse(`当事人已于${fmt(c.state.hearingWaivedOn)}明确放弃听证（行政处罚法 第六十四条）`) : OK),
      ),
    run: (c, a) => {
      const notified = c.state.notifiedOn as string;
      dateCheck(c, a.on, [[notified, '告知日期']]);
      const due = hearingRequestDue(c.periods, notified);
      if (a.on > due) input('on', `当事人应在告知后5日内（至${fmt(due)}）提出听证申请，逾期视为放弃`);
      return { ...c.state, hearing: { requestedOn: a.on, noticeOn: null, hearingOn: null, hostOfficerId: null, heldOn: null, waivedOn: null } };
    },
  },

  schedule_hearing: {
    pre: (c) => {
      const h = c.state.hearing;
      if (!h || h.heldOn || h.waivedOn || isTerminal(c.state)) return hide('没有待举行的听证');
      return needsForm(c, FORM.hearingNotice);
    },
    run: (c, a) => {
      const h = c.state.hearing!;
      dateCheck(c, a.on, [[h.requestedOn, '听证申请日期']]);
      const latest = latestHearingNotice(c.periods, a.hearingOn);
      if (a.on > latest) input('hearingOn', `应当在举行听证的7日前通知当事人：${fmt(a.on)}通知的，听证最早可定于${fmt(earliestHearing(c, a.on))}`);
      if (c.facts.officerIds.includes(a.hostOfficerId)) input('hostOfficerId', '听证主持人不得由本案的调查人员担任');
      return { ...c.state, hearing: { ...h, noticeOn: a.on, hearingOn: a.hearingOn, hostOfficerId: a.hostOfficerId } };
    },
  },

  record_hearing: {
    pre: (c) => {
      const h = c.state.hearing;
      if (!h || h.heldOn || h.waivedOn || isTerminal(c.state)) return hide('没有待举行的听证');
      return OK;
    },
    run: (c, a) => {
      const h = c.state.hearing!;
      if (a.held) {
        if (!h.hearingOn) input('held', '尚未通知听证，不能记录听证');
        if ((c.facts.issued[FORM.hearingRecord] ?? 0) < 1) throw new AppError('PROC_GUARD', `须先制作并签发《${FORM_NAMES[FORM.hearingRecord]}》`);
        dateCheck(c, a.on, [[h.hearingOn, '通知的听证日期']]);
        return { ...c.state, hearing: { ...h, heldOn: a.on } };
      }
      // 当事人无正当理由拒不出席或中途退出, or withdrawal: the right is waived.
      dateCheck(c, a.on, [[h.requestedOn, '听证申请日期']]);
      return { ...c.state, hearing: { ...h, waivedOn: a.on } };
    },
  },

  propose_decision: {
    pre: (c) =>
      all(
        () => beforeDecision(c),
        () => (c.state.investigationClosedOn ? OK : refuse('尚未调查终结，不能提请决定')),
        () => (c.state.review.status === 'pending' ? refuse('法制审核中，不能提请决定') : OK),
        () => {
          if (c.state.proposal?.outcome !== 'penalty') return OK;
          return all(() => hearingWindowsVerdict(c), () => reviewVerdict(c));
        },
      ),
    run: (c, a) => {
      dateCheck(c, a.on, [[c.state.investigationClosedOn, '调查终结日期'], [c.state.notifiedOn, '告知日期'], [c.state.hearing?.heldOn, '听证日期']]);
      if (a.outcome === 'penalty') {
        const s = c.state;
        if (!s.notifiedOn) throw new AppError('PROC_GUARD', '未告知当事人陈述申辩权利，不能作出处罚决定');
        guard(hearingWindowsVerdict(c));
        checkLimitation(c, s.proposal?.longLimitation ?? false, 'outcome');
        checkPenalty(c, a.penalty, a.circumstance, a.departureReason, 'penalty');
        if (s.proposal && heavierThan(a.penalty, s.proposal.penalty)) {
          input(
            'penalty.fine',
            '拟作出的处罚重于已告知的处罚，须先进行“补充调查（重新告知）”，重新告知当事人并听取陈述申辩（行政处罚法 第四十四、四十五条）',
          );
        }
      }
      if (a.outcome === 'transfer' && !a.transferTo) input('transferTo', '请填写接收移送的司法机关');
      const due = decisionDeadline(c);
      if (a.on > due) input('on', `已超过作出决定的期限（${fmt(due)}，行政处罚法 第六十条）${extensionHint(c)}`);
      const decision = {
        outcome: a.outcome, penalty: a.penalty, circumstance: a.circumstance, departureReason: a.departureReason,
        transferTo: a.transferTo, duty: a.outcome === 'penalty' || isNoPenalty(a.outcome) ? a.duty : '', proposedOn: a.on, decidedOn: null,
      };
      const next = { ...c.state, decision };
      // The decision on the table may call for a review or discussion the proposal did not.
      guard(reviewVerdict({ ...c, state: next }));
      return next;
    },
  },

  approve_decision: {
    pre: (c) => (c.state.decision && !c.state.decision.decidedOn && !isTerminal(c.state) ? OK : hide('没有待批准的决定')),
    run: (c, a) => {
      const d = c.state.decision!;
      dateCheck(c, a.on, [[d.proposedOn, '提请决定日期']]);
      const due = decisionDeadline(c);
      if (a.on > due) input('on', `已超过作出决定的期限（${fmt(due)}，行政处罚法 第六十条）${extensionHint(c)}`);
      guard(reviewVerdict(c));
      const amountDue = d.outcome === 'penalty' ? round2(d.penalty.fine + d.penalty.confiscatedGain) : 0;
      const decided = { ...c.state, decision: { ...d, decidedOn: a.on }, amountDue };
      return d.outcome === 'transfer' ? { ...decided, transferredOn: a.on, transferTo: d.transferTo } : decided;
    },
  },

  return_decision: {
    pre: (c) => (c.state.decision && !c.state.decision.decidedOn && !isTerminal(c.state) ? OK : hide('没有待批准的决定')),
    run: (c, a) => {
      dateCheck(c, a.on, [[c.state.decision!.proposedOn, '提请决定日期']]);
      return { ...c.state, decision: null };
    },
  },

  extend_decision_deadline: {
    pre: (c) =>
      all(
        () => general(c),
        () => open(c),
        () => (c.state.decision?.decidedOn ? hide('已作出决定') : OK),
        () =>
          extensionsAllowed(c)
            ? OK
            : refuse(c.settings.decisionExtensionEnabled && c.settings.decisionExtensionBasis.trim() ? '本单位设置的延长办案期限天数或次数为0，不能延长' : EXTENSION_REFUSAL),
        () =>
          c.state.decisionExtensions.length >= c.settings.decisionExtensionsMax
            ? refuse(`办案期限已延长${c.state.decisionExtensions.length}次，不能再延长`)
            : OK,
        () =>
          c.state.decisionExtensions.length >= 1 && !(c.state.discussionOn && c.state.discussionOn >= c.state.decisionExtensions[c.state.decisionExtensions.length - 1].on)
            ? refuse('再次延长办案期限须经集体讨论决定，请先记录集体讨论')
            : OK,
      ),
    run: (c, a) => {
      dateCheck(c, a.on, [[c.state.registrationApprovedOn, '立案批准日期']]);
      if (a.days > c.settings.decisionExtensionDays) input('days', `每次延长不得超过${c.settings.decisionExtensionDays}日`);
      const due = decisionDeadline(c);
      if (a.on > due) input('on', `办案期限已于${fmt(due)}届满，延长应在期限届满前批准`);
      return { ...c.state, decisionExtensions: [...c.state.decisionExtensions, { on: a.on, days: a.days }] };
    },
  },

  record_service: {
    pre: (c) =>
      all(
        () => general(c),
        () => open(c),
        () => (c.state.decision?.decidedOn ? OK : hide('尚未作出决定')),
        () => (c.state.service ? hide('已送达') : OK),
        () => {
          const outcome = c.state.decision?.outcome;
          if (outcome === 'penalty') return needsForm(c, FORM.penaltyDecision);
          // A decision not to penalise is served in writing too (行政处罚法 第五十七条, 第六十一条).
          return outcome && isNoPenalty(outcome) ? needsForm(c, FORM.noPenaltyDecision) : OK;
        },
      ),
    run: (c, a) => {
      dateCheck(c, a.on, [[c.state.decision!.decidedOn, '决定日期']]);
      if (a.method === 'electronic' && !a.consent) input('consent', '电子送达须经当事人同意并签订送达地址确认书（行政处罚法 第六十一条第二款）');
      const effectiveOn = a.method === 'publication' ? deemedServiceOn(a.on, a.abroad) : a.on;
      return { ...c.state, service: { method: a.method, on: a.on, effectiveOn, abroad: a.abroad } };
    },
  },

  grant_payment_plan: {
    pre: (c) =>
      all(
        () => open(c),
        () => (c.state.service && outstanding(c.state) > 0 ? OK : hide('没有未缴的罚款')),
        () => (c.state.paymentPlan ? refuse('已批准分期或延期缴纳') : OK),
        () => (c.state.enforcement ? refuse('已进入强制执行') : OK),
        () => needsForm(c, FORM.instalment),
      ),
    run: (c, a) => {
      dateCheck(c, a.on, [[c.state.service!.on, '送达日期']]);
      const owed = outstanding(c.state);
      const total = round2(a.schedule.reduce((n, x) => n + x.amount, 0));
      if (a.kind === 'deferral' && a.schedule.length !== 1) input('schedule', '延期缴纳只能有一个缴款日期');
      if (total !== owed) input('schedule', `缴款计划合计${yuan(total)}，应等于未缴金额${yuan(owed)}`);
      let prev = a.on;
      for (const [i, x] of a.schedule.entries()) {
        if (x.amount <= 0) input(`schedule.${i}.amount`, '每期金额应大于0');
        if (x.dueOn <= prev) input(`schedule.${i}.dueOn`, '缴款日期应晚于批准日期并逐期递增');
        prev = x.dueOn;
      }
      return { ...c.state, paymentPlan: { kind: a.kind, on: a.on, schedule: a.schedule } };
    },
  },

  record_payment: {
    pre: (c) => all(() => open(c), () => (c.state.service && outstanding(c.state) > 0 ? OK : hide('没有未缴的罚款'))),
    run: (c, a) => {
      dateCheck(c, a.on, [[c.state.onSpot?.on ?? c.state.decision?.decidedOn, '决定日期']]);
      if (a.amount <= 0) input('amount', '缴款金额应大于0');
      const owed = outstanding(c.state);
      if (a.amount > owed) input('amount', `缴款金额超过未缴的罚款（${yuan(owed)}）；加处罚款请另行记录`);
      return { ...c.state, payments: [...c.state.payments, { on: a.on, amount: a.amount }] };
    },
  },

  issue_demand: {
    pre: (c) =>
      all(
        () => open(c),
        () => (c.state.service && unperformed(c.state) && !c.state.executionDoneOn ? OK : hide('没有未履行的决定')),
        () => (c.state.demand ? hide('已催告') : OK),
        () => {
          // A duty alone (排除妨碍、恢复原状) may be demanded once the decision is served; money once its due date has passed.
          if (outstanding(c.state) <= 0) return OK;
          const due = currentPaymentDue(c);
          return due && c.today > due ? OK : refuse(`当事人缴款期限（至${due ? fmt(due) : '—'}）尚未届满，不能催告`);
        },
        () => needsForm(c, FORM.demand),
      ),
    run: (c, a) => {
      const due = outstanding(c.state) > 0 ? currentPaymentDue(c) : null;
      dateCheck(c, a.on, [due ? [plusDays(due, 1), '缴款期限届满次日'] : [c.state.service!.on, '送达日期']]);
      if (a.performBy <= a.on) input('performBy', '催告书确定的履行期限应晚于催告日期');
      return { ...c.state, demand: { on: a.on, performBy: a.performBy } };
    },
  },

  enforce: {
    pre: (c) => {
      if (isTerminal(c.state)) return hide('案件已终结');
      const s = c.state;
      const regular = Boolean(s.service && unperformed(s) && !s.executionDoneOn && !s.enforcement);
      // 立即代履行 (行政强制法 第五十二条) needs no decision or 催告 first: it is offered once its 代履行决定书 on that ground is issued.
      const immediate = !s.immediateSubstitution && substituteGroundIsImmediate(c.facts.documents[FORM.substitutePerformance] ?? {});
      return regular || immediate ? OK : hide('没有未履行的决定');
    },
    run: (c, a) => {
      const s = c.state;
      if (a.immediate) {
        if (a.kind !== 'substitute') input('kind', '立即实施的只能是代履行（行政强制法 第五十二条）');
        if (s.immediateSubstitution) input('immediate', '已记录立即代履行');
        if (!a.note) input('note', '请写明需要立即清除的遗洒物、障碍物或者污染物及其所在的道路、河道、航道或者公共场所（行政强制法 第五十二条）');
        dateCheck(c, a.on, [[c.facts.registeredOn, '立案登记日期']]);
        guard(needsForm(c, FORM.substitutePerformance));
        return { ...s, immediateSubstitution: { on: a.on } };
      }
      if (!(s.service && unperformed(s) && !s.executionDoneOn && !s.enforcement)) {
        throw new AppError('PROC_NOT_ALLOWED', s.enforcement ? '已采取执行措施' : '没有未履行的决定');
      }
      if (!s.demand) {
        throw new AppError('PROC_GUARD', '作出强制执行决定或申请法院强制执行前，应当先书面催告当事人履行义务（行政强制法 第三十五条）');
      }
      const d = s.demand;
      dateCheck(c, a.on, [[d.on, '催告日期']]);
      if (a.kind === 'court') {
        const w = courtApplicationWindow(c.periods, s)!;
        if (a.on < w.opensOn) {
          input(
            'on',
            `申请人民法院强制执行须在${periodsText(s)}届满（${fmt(w.periodsEndOn)}）后，且催告书送达满10日当事人仍未履行（行政强制法 第五十三、五十四条）：最早可于${fmt(w.opensOn)}申请`,
          );
        }
        if (a.on > w.closesOn) input('on', `申请人民法院强制执行的期限已于${fmt(w.closesOn)}届满（行政强制法 第五十三条；分期、延期缴纳的自期限届满之日起计算，行政处罚法 第七十二条第二款）`);
      } else if (a.kind === 'direct') {
        if (!c.settings.directEnforcement || !c.settings.directEnforcementBasis.trim()) {
          input(
            'kind',
            '行政强制执行由法律设定，本单位未在程序设置中写明授予强制执行权的法律条款；没有强制执行权的，应当申请人民法院强制执行（行政强制法 第十三、四十七条），多数交通运输执法部门须申请法院执行',
          );
        }
        if (a.on <= d.performBy) input('on', `催告书确定的履行期限（至${fmt(d.performBy)}）尚未届满，不能作出强制执行决定（行政强制法 第三十七条）`);
        if (outstanding(s) > 0) {
          const due = currentPaymentDue(c) ?? paymentDue(c.periods, s.service!.effectiveOn);
          const after30 = plusDays(due, 30);
          if (d.on <= after30) {
            input('on', `加处罚款超过三十日（${fmt(after30)}以后）经催告当事人仍不履行的，方可强制执行；本案催告早于该日，须重新催告或申请人民法院强制执行（行政强制法 第四十六条）`);
          }
        }
        guard(needsForm(c, FORM.enforcementDecision));
      } else {
        if (!dutyPending(s)) {
          input('kind', '代履行只适用于排除妨碍、恢复原状等义务（行政强制法 第五十条），不能用于执行罚款；本案决定未责令履行此类义务或义务已履行');
        }
        if (a.on <= d.performBy) input('on', `催告书确定的履行期限（至${fmt(d.performBy)}）尚未届满，不能代履行（行政强制法 第五十条）`);
        const threeDays = plusDays(d.on, 3);
        if (a.on < threeDays) input('on', `代履行三日前应当催告当事人履行（行政强制法 第五十一条）：最早${fmt(threeDays)}`);
        const immediate = s.immediateSubstitution ? 1 : 0;
        guard(needsForm(c, FORM.substitutePerformance, immediate + 1));
      }
      return { ...s, enforcement: { on: a.on, kind: a.kind } };
    },
  },

  record_duty_performed: {
    pre: (c) => all(() => open(c), () => (dutyPending(c.state) ? OK : hide('没有待履行的义务'))),
    run: (c, a) => {
      dateCheck(c, a.on, [[c.state.decision!.decidedOn, '决定日期']]);
      return { ...c.state, dutyDoneOn: a.on };
    },
  },

  record_execution_done: {
    pre: (c) => all(() => open(c), () => (c.state.enforcement && !c.state.executionDoneOn ? OK : hide('没有进行中的强制执行'))),
    run: (c, a) => {
      dateCheck(c, a.on, [[c.state.enforcement!.on, '执行决定日期']]);
      return { ...c.state, executionDoneOn: a.on };
    },
  },

  record_on_spot_decision: {
    pre: (c) =>
      all(
        () => simple(c),
        () => open(c),
        () => (c.state.onSpot ? hide('已作出当场处罚决定') : OK),
        () => twoOfficers(c, '当场作出行政处罚决定'),
        () => needsForm(c, FORM.onSpot),
      ),
    run: (c, a) => {
      dateCheck(c, a.on, [[c.facts.registeredOn, '立案登记日期']]);
      const p = a.penalty;
      if (p.confiscatedGain > 0 || p.confiscatedPropertyValue > 0 || p.licenceAction !== 'none' || p.businessRestriction || p.other) {
        input('penalty', '简易程序只能给予警告或者罚款；其他处罚应当适用普通程序（行政处罚法 第五十一条）');
      }
      const limit = SIMPLE_FINE_LIMITS[c.facts.partyKind];
      if (p.fine > limit) {
        input('penalty.fine', `当场处罚的罚款不得超过${limit}元（${c.facts.partyKind === 'organisation' ? '法人或者其他组织' : '公民'}，行政处罚法 第五十一条），应当适用普通程序`);
      }
      if (!p.warning && p.fine <= 0) input('penalty.fine', '请填写警告或罚款');
      if (!a.place) input('place', '请填写作出当场处罚决定的地点（行政处罚法 第五十二条）');
      if (!a.partySigned && !a.refusalNote) input('refusalNote', '当事人拒绝签收的，应当在决定书上注明（行政处罚法 第五十二条）');
      checkLimitation(c, false, 'penalty');
      if (p.fine <= 0) {
        // A warning has no payment: no 当场收缴 and no ground for it.
        if (a.paidOnSpot || a.collectionGround !== 'none') input('collectionGround', '仅给予警告的，没有罚款可当场收缴，也不写当场收缴的依据（行政处罚法 第六十八、六十九条）');
      } else if (a.paidOnSpot) {
        if (a.collectionGround === 'none') {
          input('collectionGround', '当场收缴罚款须有法定情形：一百元以下罚款、不当场收缴事后难以执行（行政处罚法 第六十八条），或边远、水上、交通不便地区经当事人提出（第六十九条）；否则当事人应在15日内到指定银行缴纳（第六十七条）');
        }
        if (a.collectionGround === 'small' && p.fine > 100) {
          input('collectionGround', `依法给予一百元以下罚款的方可据此当场收缴（行政处罚法 第六十八条第（一）项），本案罚款${yuan(p.fine)}`);
        }
        if (!a.receiptNo) {
          input('receiptNo', '当场收缴罚款的，必须向当事人出具国务院财政部门或者省级财政部门统一制发的专用票据，请填写票据号码（行政处罚法 第七十条）');
        }
      } else if (a.collectionGround !== 'none') {
        input('paidOnSpot', '已选择当场收缴的依据，但未记录当场收缴；不当场收缴的，当事人应在15日内到指定银行缴纳，不写当场收缴的依据（行政处罚法 第六十七至六十九条）');
      }
      const collectionGround = p.fine > 0 && a.paidOnSpot ? a.collectionGround : 'none';
      return {
        ...c.state,
        onSpot: {
          on: a.on, partySigned: a.partySigned, paidOnSpot: p.fine > 0 && a.paidOnSpot, filedOn: null,
          place: a.place, collectionGround, receiptNo: p.fine > 0 && a.paidOnSpot ? a.receiptNo : '',
        },
        decision: { outcome: 'penalty', penalty: p, circumstance: '', departureReason: '', transferTo: '', duty: '', proposedOn: a.on, decidedOn: a.on },
        service: { method: 'direct', on: a.on, effectiveOn: a.on, abroad: false },
        amountDue: p.fine,
        payments: a.paidOnSpot && p.fine > 0 ? [{ on: a.on, amount: p.fine }] : [],
      };
    },
  },

  file_on_spot_decision: {
    pre: (c) => all(() => simple(c), () => open(c), () => (c.state.onSpot ? OK : hide('尚未作出当场处罚决定')), () => (c.state.onSpot?.filedOn ? hide('已备案') : OK)),
    run: (c, a) => {
      dateCheck(c, a.on, [[c.state.onSpot!.on, '当场处罚日期']]);
      return { ...c.state, onSpot: { ...c.state.onSpot!, filedOn: a.on } };
    },
  },

  close_case: {
    pre: (c) => {
      const s = c.state;
      if (isTerminal(s)) return hide('案件已终结');
      if (c.facts.procedure === 'simple') {
        if (!s.onSpot) return hide('尚未作出当场处罚决定');
        if (!s.onSpot.filedOn) return refuse('当场处罚决定书尚未报所属行政机关备案');
      } else {
        if (!s.decision?.decidedOn) return hide('尚未作出决定');
        if (!s.service) return refuse('决定书尚未送达，不能结案');
      }
      if (outstanding(s) > 0 && !s.executionDoneOn) return refuse(`罚款尚有${yuan(outstanding(s))}未缴纳，执行完毕后方可结案`);
      if (dutyPending(s) && !s.executionDoneOn) return refuse(`决定责令履行的义务（${s.decision!.duty}）尚未履行或执行完毕，不能结案`);
      if (activeMeasures(s).length) return refuse('尚有未解除的行政强制措施，不能结案');
      if (undecidedPreservations(s).length) return refuse('尚有先行登记保存的证据未作出处理决定，不能结案（行政处罚法 第五十六条）');
      return c.facts.procedure === 'general' ? needsForm(c, FORM.closingReport) : OK;
    },
    run: (c, a) => {
      const s = c.state;
      const lastPaid = s.payments.length ? s.payments[s.payments.length - 1].on : null;
      dateCheck(c, a.on, [[s.service?.on, '送达日期'], [lastPaid, '最后一次缴款日期'], [s.executionDoneOn, '执行完毕日期'], [s.onSpot?.filedOn, '备案日期'], [s.dutyDoneOn, '履行义务日期']]);
      return { ...s, closedOn: a.on };
    },
  },

  archive: {
    pre: (c) => (c.state.closedOn && !c.state.archivedOn ? OK : hide('案件尚未结案')),
    run: (c, a) => {
      dateCheck(c, a.on, [[c.state.closedOn, '结案日期']]);
      return { ...c.state, archivedOn: a.on, retention: a.retention };
    },
  },

  revoke: {
    pre: (c) =>
      all(
        () => general(c),
        () => open(c),
        () => (c.state.decision?.decidedOn ? hide('已作出决定，不能撤销立案') : OK),
        () => (activeMeasures(c.state).length ? refuse('尚有未解除的行政强制措施，请先解除后再撤销立案') : OK),
        () => (undecidedPreservations(c.state).length ? refuse('尚有先行登记保存的证据未作出处理决定，请先处理后再撤销立案（行政处罚法 第五十六条）') : OK),
      ),
    run: (c, a) => {
      dateCheck(c, a.on, [[c.facts.registeredOn, '立案登记日期']]);
      return { ...c.state, revokedOn: a.on, decision: null };
    },
  },

  transfer: {
    pre: (c) =>
      all(
        () => general(c),
        () => open(c),
        () => (c.state.decision?.decidedOn ? hide('已作出决定') : OK),
        () => (activeMeasures(c.state).length ? refuse('尚有未解除的行政强制措施，请先解除或随案移交后再移送') : OK),
      ),
    run: (c, a) => {
      dateCheck(c, a.on, [[c.facts.registeredOn, '立案登记日期']]);
      return { ...c.state, transferredOn: a.on, transferTo: a.to, decision: null };
    },
  },
};

/** The remedy periods a court application waits for (see `courtApplicationWindow`). */
function periodsText(s: ProcedureState): string {
  return s.onSpot
    ? '复议期限（60日；当场处罚决定须先申请行政复议，行政复议法 第二十三条）'
    : '复议期限（60日）和诉讼期限（6个月，行政诉讼法 第四十六条）';
}

/** The earliest hearing date a notice given on `noticeOn` allows. */
function earliestHearing(c: MachineContext, noticeOn: string): string {
  let day = plusDays(noticeOn, 1);
  while (latestHearingNotice(c.periods, day) < noticeOn) day = plusDays(day, 1);
  return day;
}

/** The payment due date now running: the first unpaid instalment, else the 15-day limit. */
export function currentPaymentDue(c: { state: ProcedureState; periods: Periods }): string | null {
  return c.state.service ? paymentDueNow(c.periods, c.state) : null;
}

/** Applies an act performed by `role`: checks role, place in the procedure, guards and input; returns the new facts. */
export function applyAction(c: MachineContext, role: Role, action: ProcedureAction): ProcedureState {
  const spec = ACTIONS[action.type];
  if (!(spec.roles as readonly string[]).includes(role)) {
    throw new AppError('FORBIDDEN', `您的角色不能进行“${spec.label}”操作`);
  }
  const rule = RULES[action.type] as Rule<typeof action.type>;
  guard(rule.pre(c));
  const next = (rule.run as (c: MachineContext, a: ProcedureAction) => ProcedureState)(c, action);
  // After `run`, whose date checks come first: a date in the future is a wrong date, not an expired certificate.
  checkOfficersOn(c, action.type, action.on);
  // What the issued documents say must be what the act records (违法行为通知书 vs the hearing right, 当场处罚决定书 vs the act …).
  checkActAgainstDocuments(c, action, next);
  return next;
}

/** The acts open to `role` at this point: hidden ones are left out, refused ones carry their reason. */
export function availableActions(c: MachineContext, role: Role): AvailableAction[] {
  const out: AvailableAction[] = [];
  for (const type of ACTION_TYPES) {
    if (!(ACTIONS[type].roles as readonly string[]).includes(role)) continue;
    const v = RULES[type].pre(c);
    if (v.ok) out.push({ type, enabled: true, reason: null });
    else if (!v.hidden) out.push({ type, enabled: false, reason: v.message });
  }
  return out;
}
