/**
 * 期限: every time limit that follows from a case's procedural facts, computed without the
 * database so that the procedure, the dashboard and the bench all count the same way.
 *
 * How periods are counted (民事诉讼法 第八十五条, applied by analogy as administrative practice does):
 * the day a period starts from is not counted, so "n days from D" ends on D + n; a period that ends
 * on a holiday ends on the next working day when the office's settings say so. The short periods of
 * 行政处罚法 第八十五条 (2, 3, 5, 7 days) and 行政强制法 第六十九条 (≤ 10 days) are working days when
 * the settings say so. Periods fixed by law to end on a day (强制措施, 公告送达, months) never roll over.
 *
 * Each deadline is one of three natures (`DEADLINE_NATURE`):
 * - a window the party may use (陈述申辩, 听证申请, 公告送达, 催告期限). A window is 'met' when the
 *   fact it waits for occurs; otherwise it stays 'open', because without today's date a pure
 *   function cannot tell a running window from one that simply passed. The dashboard therefore
 *   shows running windows among the deadlines due soon but never counts a window as overdue.
 * - an obligation of the office (备案, 强制措施期限, 紧急强制措施的24小时报告, 先行登记保存的处理决定, 听证通知, 决定,
 *   送达, 申请法院强制执行).
 * - an obligation of the party (缴纳罚款, 分期缴纳). These and the office's become overdue.
 */
import type { Procedure } from '../contract/domain';
import type { Deadline, DeadlineKind, MeasureState, ProcedureSettings, ProcedureState } from '../contract/procedure';
import { DEADLINE_KINDS } from '../contract/procedure';
import { dayNumber, daysBetween, plusDays, plusMonths, type WorkCalendar } from './calendar';

export interface Periods {
  settings: ProcedureSettings;
  calendar: WorkCalendar;
}

export type DeadlineNature = 'window' | 'office' | 'party';

export const DEADLINE_NATURE: Readonly<Record<DeadlineKind, DeadlineNature>> = {
  on_spot_filing: 'office',
  measure_expiry: 'office',
  measure_report: 'office',
  evidence_decision: 'office',
  statement_period: 'window',
  hearing_request: 'window',
  hearing_notice: 'office',
  decision: 'office',
  service: 'office',
  deemed_service: 'window',
  payment: 'party',
  instalment: 'party',
  demand_period: 'window',
  court_application: 'office',
};

/** Kinds that never become overdue (see the file comment). */
export const WINDOW_KINDS: readonly DeadlineKind[] = DEADLINE_KINDS.map((k) => k.code).filter((k) => DEADLINE_NATURE[k] === 'window');

/** Longest period 行政强制法 第六十九条 treats as short (working days). */
const LONGEST_SHORT_PERIOD = 10;
const DECISION_DAYS = 90;
const PAYMENT_DAYS = 15;
const SERVICE_DAYS = 7;
const HEARING_REQUEST_DAYS = 5;
const HEARING_NOTICE_DAYS = 7;
const ON_SPOT_FILING_DAYS = 5;
/** 行政复议法 第二十条 (60 days) and 行政诉讼法 第四十六条 (6 months), then 行政强制法 第五十三条 (3 months). */
const REVIEW_DAYS = 60;
const LITIGATION_MONTHS = 6;
const COURT_APPLICATION_MONTHS = 3;
/** 行政强制法 第五十四条: the court application comes after the 催告书 has been served for 10 days. */
const DEMAND_TO_COURT_DAYS = 10;
/** 行政处罚法 第五十六条: the decision on items under 先行登记保存, 7 days (a short period of 第八十五条). */
const PRESERVATION_DAYS = 7;
/** 行政处罚法 第三十六条: 2 years, 5 where public life, health or financial safety was endangered with harm. */
const LIMITATION_MONTHS = 24;
const LONG_LIMITATION_MONTHS = 60;
/** 加处罚款 (行政处罚法 第七十二条): 3 % of the fine per day. */
const LATE_FEE_PERCENT_PER_DAY = 3;

/**
 * A "short period" of n days under 行政处罚法 第八十五条 (2,3,5,7 days) or 行政强制法 第六十九条 (≤10 days): working days
 * when settings.shortPeriodsInWorkingDays, else calendar days (rolled over when settings.rollOverHolidays). Returns
 * {dueOn, rule} where rule is Chinese like '5个工作日' or '5日'. A longer period is not short and counts calendar days.
 */
export function shortPeriod(p: Periods, from: string, n: number): { dueOn: string; rule: string } {
  if (p.settings.shortPeriodsInWorkingDays && n <= LONGEST_SHORT_PERIOD) {
    return { dueOn: p.calendar.addWorkingDays(from, n), rule: `${n}个工作日` };
  }
  return calendarPeriod(p, from, n);
}

/** A calendar period (15, 30, 90 days …), rolled over to the next working day when settings.rollOverHolidays. */
export function calendarPeriod(p: Periods, from: string, n: number): { dueOn: string; rule: string } {
  return { dueOn: p.calendar.addDays(from, n, p.settings.rollOverHolidays), rule: `${n}日` };
}

/** 听证申请: 5 days after being told (行政处罚法 第六十四条). */
export function hearingRequestDue(p: Periods, notifiedOn: string): string {
  return shortPeriod(p, notifiedOn, HEARING_REQUEST_DAYS).dueOn;
}

/** 陈述申辩: the office's number of working days after being told, always working days. */
export function statementDue(p: Periods, notifiedOn: string): string {
  return p.calendar.addWorkingDays(notifiedOn, p.settings.statementWorkingDays);
}

/**
 * Latest day the hearing notice may be given so that it is ≥ 7 days before the hearing: with working days,
 * the 7th working day before the hearing; with calendar days, 7 days before, moved back to the previous
 * working day when that is a holiday and holidays roll over (a period counted backwards can only end earlier).
 */
export function latestHearingNotice(p: Periods, hearingOn: string): string {
  if (p.settings.shortPeriodsInWorkingDays) return p.calendar.subtractWorkingDays(hearingOn, HEARING_NOTICE_DAYS);
  const day = plusDays(hearingOn, -HEARING_NOTICE_DAYS);
  return p.settings.rollOverHolidays ? p.calendar.workdayOnOrBefore(day) : day;
}

function extensionDays(state: ProcedureState): number {
  return state.decisionExtensions.reduce((sum, e) => sum + e.days, 0);
}

/** 90 days from 立案 (registeredOn) plus the sum of approved extensions (state.decisionExtensions[].days), calendar. */
export function decisionDue(p: Periods, registeredOn: string, state: ProcedureState): string {
  return calendarPeriod(p, registeredOn.slice(0, 10), DECISION_DAYS + extensionDays(state)).dueOn;
}

/** 送达 of the decision to an absent party: 7 days (行政处罚法 第六十一条). */
export function serviceDue(p: Periods, decidedOn: string): string {
  return shortPeriod(p, decidedOn, SERVICE_DAYS).dueOn;
}

/** 公告送达: deemed served 30 days after publication (60 when abroad), calendar, no rollover. */
export function deemedServiceOn(publishedOn: string, abroad: boolean): string {
  return plusDays(publishedOn, abroad ? 60 : 30);
}

/** 缴纳罚款: 15 days from receipt of the decision (行政处罚法 第六十七条). */
export function paymentDue(p: Periods, servedOn: string): string {
  return calendarPeriod(p, servedOn, PAYMENT_DAYS).dueOn;
}

/**
 * The last day of a 查封/扣押: a 30-day measure started on day D ends on D + 30 (the start day is not
 * counted), an extension adds its days. Never rolled over: the measure ends by law on that day and the
 * items must be released, holiday or not (行政强制法 第二十五、二十八条).
 */
export function measureExpiry(_p: Periods, m: MeasureState): string {
  return plusDays(m.startedOn, m.days + (m.extendedDays ?? 0));
}

/** 当场处罚决定 filed with the agency: 5 days (2021 程序规定 第六十一条). */
export function onSpotFilingDue(p: Periods, decidedOn: string): string {
  return shortPeriod(p, decidedOn, ON_SPOT_FILING_DAYS).dueOn;
}

/**
 * 申请法院强制执行 without a payment plan: within 3 months after the 复议 (60 days) and 诉讼 (6 months) periods expire,
 * counted from the effective service date: serviceOn + 6 months + 3 months (each step ending on the month's last day
 * when the day number does not exist). The whole window, with the plan and the 催告, is `courtApplicationWindow`.
 */
export function courtApplicationDue(servedOn: string): string {
  return plusMonths(plusMonths(servedOn, LITIGATION_MONTHS), COURT_APPLICATION_MONTHS);
}

/**
 * When the court application may lawfully be made (申请人民法院强制执行), as one window both the procedure and the
 * deadline list read:
 * - it opens the day after the later of: the 复议 period (60 days, 行政复议法 第二十条) and the 诉讼 period (6 months,
 *   行政诉讼法 第四十六条) counted from the effective service, and the 10th day after a served 催告书 (行政强制法
 *   第五十四条, a short period of 第六十九条). Against an on-the-spot decision the party must apply for 复议 first
 *   (行政复议法 第二十三条第一款第（一）项) and may sue only after it: with no 复议 in its 60 days there is no suit to
 *   wait for, so only the 复议 period counts;
 * - it closes 3 months after those periods ran (第五十三条), or 3 months after the end of an approved 分期/延期 plan
 *   when that is later (行政处罚法 第七十二条第二款).
 * Null before the decision reached the party. `fromOn` is the day the closing period counts from.
 */
export function courtApplicationWindow(
  p: Periods,
  state: ProcedureState,
): { opensOn: string; closesOn: string; fromOn: string; rule: string; periodsEndOn: string } | null {
  const received = receivedOn(state);
  if (!received) return null;
  const reviewEnds = calendarPeriod(p, received, REVIEW_DAYS).dueOn;
  const onSpot = Boolean(state.onSpot);
  const litigationEnds = onSpot ? reviewEnds : plusMonths(received, LITIGATION_MONTHS);
  const periodsEndOn = reviewEnds > litigationEnds ? reviewEnds : litigationEnds;
  const demandReady = state.demand ? shortPeriod(p, state.demand.on, DEMAND_TO_COURT_DAYS).dueOn : null;
  const lastBar = demandReady && demandReady > periodsEndOn ? demandReady : periodsEndOn;
  const afterPeriods = plusMonths(periodsEndOn, COURT_APPLICATION_MONTHS);
  const planEnd = state.paymentPlan?.schedule.reduce((last, e) => (e.dueOn > last ? e.dueOn : last), '') || null;
  const afterPlan = planEnd ? plusMonths(planEnd, COURT_APPLICATION_MONTHS) : null;
  const fromPlan = afterPlan !== null && afterPlan > afterPeriods;
  return {
    opensOn: plusDays(lastBar, 1),
    closesOn: fromPlan ? afterPlan : afterPeriods,
    fromOn: fromPlan ? planEnd! : received,
    rule: fromPlan
      ? `缴款计划届满后${COURT_APPLICATION_MONTHS}个月`
      : onSpot
        ? `复议期限${REVIEW_DAYS}日+${COURT_APPLICATION_MONTHS}个月`
        : `${LITIGATION_MONTHS}个月+${COURT_APPLICATION_MONTHS}个月`,
    periodsEndOn,
  };
}

/** 先行登记保存: the decision on the items is due 7 days after they were preserved (a short period). */
export function preservationDecisionDue(p: Periods, startedOn: string): { dueOn: string; rule: string } {
  return shortPeriod(p, startedOn, PRESERVATION_DAYS);
}

/** An emergency coercive measure is reported to the 负责人 within 24 hours (行政强制法 第十九条): by the next day. */
export function measureReportDue(startedOn: string): string {
  return plusDays(startedOn, 1);
}

/**
 * 行政处罚法 第三十六条: the last day on which a violation that happened on `occurredOn` may still be discovered
 * (立案) and penalised: 2 years later, 5 with `long`.
 */
export function limitationEndsOn(occurredOn: string, long: boolean): string {
  return plusMonths(occurredOn.slice(0, 10), long ? LONG_LIMITATION_MONTHS : LIMITATION_MONTHS);
}

const fen = (yuan: number) => Math.round(yuan * 100);

/** The date the decision reached the party: the service, or for 当场处罚 the decision handed over on the spot. */
function receivedOn(state: ProcedureState): string | null {
  return state.service?.effectiveOn ?? state.onSpot?.on ?? null;
}

/** Payments in date order, in fen; paid on the spot counts as the whole amount paid that day. */
function paymentsOf(state: ProcedureState): { on: string; fen: number }[] {
  if (state.onSpot?.paidOnSpot) return [{ on: state.onSpot.on, fen: fen(state.amountDue) }];
  return state.payments.map((x) => ({ on: x.on, fen: fen(x.amount) })).sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
}

/** The day the payments first reach `targetFen`, or null while they fall short. */
function coveredOn(payments: readonly { on: string; fen: number }[], targetFen: number): string | null {
  let sum = 0;
  for (const x of payments) {
    sum += x.fen;
    if (sum >= targetFen) return x.on;
  }
  return targetFen <= 0 ? (payments[0]?.on ?? null) : null;
}

/** What the party must pay and by when: the approved plan's schedule, or everything 15 days after receipt. */
function paymentSchedule(p: Periods, state: ProcedureState): { dueOn: string; fen: number }[] {
  const received = receivedOn(state);
  if (!received) return [];
  const whole = { dueOn: paymentDue(p, received), fen: fen(state.amountDue) };
  if (!state.paymentPlan) return [whole];
  // A plan schedules what was still owed when it was granted; what had been paid before was due on the original date.
  const plan = state.paymentPlan.schedule.map((e) => ({ dueOn: e.dueOn, fen: fen(e.amount) }));
  const before = whole.fen - plan.reduce((n, e) => n + e.fen, 0);
  return before > 0 ? [{ dueOn: whole.dueOn, fen: before }, ...plan] : plan;
}

/** The payment due date now running: the first part of the schedule the payments do not cover yet; null when all is paid. */
export function paymentDueNow(p: Periods, state: ProcedureState): string | null {
  const paid = paymentsOf(state).reduce((n, x) => n + x.fen, 0);
  let cumulative = 0;
  for (const e of paymentSchedule(p, state)) {
    cumulative += e.fen;
    if (paid < cumulative) return e.dueOn;
  }
  return null;
}

/**
 * 加处罚款: 3 % of the unpaid fine per day after the payment due date up to `today`, capped at the fine; 0 when
 * nothing is overdue. Use paymentPlan dues when a plan exists (each instalment's overdue part accrues from its own
 * due date). Round to fen.
 *
 * Only the 罚款 bears the fee, not 没收违法所得: a day's fee is 3 % of the part of the fine that is both overdue and
 * unpaid. Payments are taken against the fine first (in doubt, the reading that costs the party less). A payment
 * made on a day counts from the next day, so paying one day late costs one day's fee.
 */
export function lateFee(p: Periods, state: ProcedureState, today: string): number {
  const fineFen = fen(state.decision ? state.decision.penalty.fine : state.amountDue);
  if (fineFen <= 0) return 0;
  const schedule = paymentSchedule(p, state);
  if (!schedule.length) return 0;
  const payments = paymentsOf(state);
  const end = dayNumber(today);
  // The amount owed changes on the day after each due date and after each payment: sum the segments between.
  const breaks = new Set<number>();
  for (const e of schedule) breaks.add(dayNumber(e.dueOn) + 1);
  for (const x of payments) breaks.add(dayNumber(x.on) + 1);
  const points = [...breaks].filter((d) => d <= end).sort((a, b) => a - b);
  let percentFenDays = 0;
  for (let i = 0; i < points.length; i++) {
    const day = points[i];
    const until = i + 1 < points.length ? points[i + 1] : end + 1;
    const dueBefore = schedule.reduce((s, e) => (dayNumber(e.dueOn) < day ? s + e.fen : s), 0);
    const paidBefore = payments.reduce((s, x) => (dayNumber(x.on) < day ? s + x.fen : s), 0);
    const overdueFine = Math.min(Math.max(0, fineFen - paidBefore), Math.max(0, dueBefore - paidBefore));
    percentFenDays += overdueFine * LATE_FEE_PERCENT_PER_DAY * (until - day);
    if (percentFenDays >= fineFen * 100) break;
  }
  return Math.min(fineFen, Math.round(percentFenDays / 100)) / 100;
}

export interface DeadlineInput {
  procedure: Procedure;
  registeredOn: string;
  state: ProcedureState;
}

type Row = Deadline & { seq: number };

function row(kind: DeadlineKind, seq: number, fromOn: string, dueOn: string, rule: string, metOn: string | null): Row {
  return { kind, seq, fromOn, dueOn, rule, status: metOn ? 'met' : 'open', metOn };
}

function earliest(...days: (string | null | undefined)[]): string | null {
  let out: string | null = null;
  for (const d of days) if (d && (out === null || d < out)) out = d;
  return out;
}

const KIND_ORDER = new Map(DEADLINE_KINDS.map((k, i) => [k.code as DeadlineKind, i]));

/**
 * Every deadline that follows from the case's facts, open or met, in due-date order. Terminated cases
 * (revokedOn / transferredOn / closedOn / archivedOn) keep only met deadlines (drop open ones). seq distinguishes
 * several of one kind (instalments, measures).
 */
export function computeDeadlines(p: Periods, c: DeadlineInput): Row[] {
  const s = c.state;
  const out: Row[] = [];

  if (c.procedure === 'simple' && s.onSpot) {
    const { dueOn, rule } = shortPeriod(p, s.onSpot.on, ON_SPOT_FILING_DAYS);
    out.push(row('on_spot_filing', 0, s.onSpot.on, dueOn, rule, s.onSpot.filedOn));
  }

  for (const m of s.measures) {
    const rule = m.extendedDays ? `${m.days}日+延长${m.extendedDays}日` : `${m.days}日`;
    out.push(row('measure_expiry', m.id, m.startedOn, measureExpiry(p, m), rule, m.releasedOn));
    // Taken in an emergency: reported and approved afterwards, within 24 hours (行政强制法 第十九条).
    if (m.emergency) out.push(row('measure_report', m.id, m.startedOn, measureReportDue(m.startedOn), '24小时', m.approvedOn));
  }

  for (const x of s.preservations) {
    const { dueOn, rule } = preservationDecisionDue(p, x.startedOn);
    out.push(row('evidence_decision', x.id, x.startedOn, dueOn, rule, x.decidedOn));
  }

  if (s.notifiedOn) {
    out.push(row('statement_period', 0, s.notifiedOn, statementDue(p, s.notifiedOn), `${p.settings.statementWorkingDays}个工作日`, s.statement?.on ?? null));
    if (s.hearingRightTold) {
      const { dueOn, rule } = shortPeriod(p, s.notifiedOn, HEARING_REQUEST_DAYS);
      // An express waiver (第六十二条) ends the window as a request does.
      out.push(row('hearing_request', 0, s.notifiedOn, dueOn, rule, s.hearing?.requestedOn ?? s.hearingWaivedOn));
    }
  }

  if (s.hearing?.hearingOn) {
    const rule = p.settings.shortPeriodsInWorkingDays ? `听证${HEARING_NOTICE_DAYS}个工作日前` : `听证${HEARING_NOTICE_DAYS}日前`;
    out.push(row('hearing_notice', 0, s.hearing.hearingOn, latestHearingNotice(p, s.hearing.hearingOn), rule, s.hearing.noticeOn));
  }

  if (c.procedure === 'general') {
    const from = (s.registrationApprovedOn ?? c.registeredOn).slice(0, 10);
    const ext = extensionDays(s);
    const rule = ext ? `${DECISION_DAYS}日+延长${ext}日` : `${DECISION_DAYS}日`;
    out.push(row('decision', 0, from, decisionDue(p, from, s), rule, s.decision?.decidedOn ?? null));
  }

  // A case handed to the judiciary has no decision document to serve.
  if (s.decision?.decidedOn && s.decision.outcome !== 'transfer') {
    const { dueOn, rule } = shortPeriod(p, s.decision.decidedOn, SERVICE_DAYS);
    out.push(row('service', 0, s.decision.decidedOn, dueOn, rule, s.service?.on ?? null));
  }

  const payments = paymentsOf(s);
  const dueFen = fen(s.amountDue);
  const paidFen = payments.reduce((sum, x) => sum + x.fen, 0);
  const paidInFullOn = dueFen > 0 ? coveredOn(payments, dueFen) : null;

  if (s.service?.method === 'publication') {
    const dueOn = deemedServiceOn(s.service.on, s.service.abroad);
    // Nobody records the day a publication takes effect; once the case has moved on it evidently did.
    const movedOn = earliest(payments[0]?.on, s.demand?.on, s.enforcement?.on, s.closedOn, s.archivedOn);
    out.push(row('deemed_service', 0, s.service.on, dueOn, s.service.abroad ? '60日（境外）' : '30日', movedOn ? earliest(movedOn, dueOn) : null));
  }

  const received = receivedOn(s);
  if (dueFen > 0 && received) {
    if (s.paymentPlan) {
      // Payments made before the plan count towards what was owed before it, not towards its instalments.
      let cumulative = dueFen - s.paymentPlan.schedule.reduce((n, e) => n + fen(e.amount), 0);
      const n = s.paymentPlan.schedule.length;
      s.paymentPlan.schedule.forEach((e, i) => {
        cumulative += fen(e.amount);
        const rule = s.paymentPlan!.kind === 'deferral' ? '批准延期缴纳' : `分期第${i + 1}期（共${n}期）`;
        out.push(row('instalment', i, s.paymentPlan!.on, e.dueOn, rule, coveredOn(payments, cumulative)));
      });
    } else {
      const { dueOn, rule } = calendarPeriod(p, received, PAYMENT_DAYS);
      out.push(row('payment', 0, received, dueOn, rule, paidInFullOn));
    }

    const court = paidFen < dueFen ? courtApplicationWindow(p, s) : null;
    if (court) out.push(row('court_application', 0, court.fromOn, court.closesOn, court.rule, s.enforcement?.on ?? null));
  }

  if (s.demand) {
    out.push(row('demand_period', 0, s.demand.on, s.demand.performBy, '催告书载明的履行期限', earliest(paidInFullOn, s.enforcement?.on)));
  }

  const terminated = Boolean(s.revokedOn || s.transferredOn || s.closedOn || s.archivedOn);
  const kept = terminated ? out.filter((d) => d.status === 'met') : out;
  return kept.sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : KIND_ORDER.get(a.kind)! - KIND_ORDER.get(b.kind)! || a.seq - b.seq));
}

/** Calendar days from `today` to `dueOn`; negative when overdue. */
export function daysLeft(today: string, dueOn: string): number {
  return daysBetween(today, dueOn);
}
