import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { openDatabase } from '../../../db/open';
import { DEFAULT_PROCEDURE_SETTINGS, procedureState, type MeasureState, type ProcedureSettings, type ProcedureState } from '../../../main/contract/procedure';
import { WorkCalendar } from '../../../main/procedure/calendar';
import {
  calendarPeriod, computeDeadlines, courtApplicationDue, courtApplicationWindow, decisionDue, deemedServiceOn, hearingRequestDue, lateFee, latestHearingNotice,
  measureExpiry, onSpotFilingDue, paymentDue, paymentDueNow, serviceDue, shortPeriod, statementDue, WINDOW_KINDS, type Periods,
} from '../../../main/procedure/deadlines';

async function publishedCalendar(): Promise<WorkCalendar> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhifa-deadlines-'));
  const db = await openDatabase(path.join(dir, 'workstation.sqlite'));
  try {
    return new WorkCalendar(await db.read((m) => m.query('SELECT day, kind FROM calendar_day')));
  } finally {
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const state = (facts: Partial<ProcedureState>): ProcedureState => ({ ...procedureState.parse({}), ...facts });

const penalty = (fine: number, confiscatedGain = 0) => ({
  warning: false, fine, confiscatedGain, confiscatedPropertyValue: 0, licenceAction: 'none' as const, businessRestriction: false, other: '',
});

const decided = (on: string, fine: number, confiscatedGain = 0): ProcedureState['decision'] => ({
  outcome: 'penalty', penalty: penalty(fine, confiscatedGain), circumstance: '', departureReason: '', transferTo: '', duty: '', proposedOn: on, decidedOn: on,
});

const measure = (over: Partial<MeasureState>): MeasureState => ({
  id: 1, kind: 'seize', items: '货车一辆', startedOn: '2026-03-04', days: 30, extendedDays: null, extendedOn: null, releasedOn: null, releaseGround: null, emergency: false, approvedOn: '2026-03-04', ...over,
});

const spot = (over: Partial<NonNullable<ProcedureState['onSpot']>>): ProcedureState['onSpot'] => ({
  on: '2026-03-02', partySigned: true, paidOnSpot: false, filedOn: null, place: '东州市G104国道', collectionGround: 'none', receiptNo: '', ...over,
});

const served = (on: string): ProcedureState['service'] => ({ method: 'direct', on, effectiveOn: on, abroad: false });

describe('deadlines of the procedure (期限)', () => {
  let p: Periods;
  const with_ = (settings: Partial<ProcedureSettings>): Periods => ({ ...p, settings: { ...p.settings, ...settings } });
  before(async () => {
    p = { settings: { ...DEFAULT_PROCEDURE_SETTINGS }, calendar: await publishedCalendar() };
  });

  describe('periods', () => {
    it('counts the 5-day hearing request period in working days across 国庆, the 调休 Saturday included', () => {
      assert.equal(hearingRequestDue(p, '2026-09-30'), '2026-10-13');
      assert.deepEqual(shortPeriod(p, '2026-09-30', 5), { dueOn: '2026-10-13', rule: '5个工作日' });
    });

    it('counts a short period in calendar days, rolled over the holiday, when the office does not use working days', () => {
      const calendarDays = with_({ shortPeriodsInWorkingDays: false });
      assert.deepEqual(shortPeriod(calendarDays, '2026-09-30', 5), { dueOn: '2026-10-08', rule: '5日' });
      assert.equal(shortPeriod(with_({ shortPeriodsInWorkingDays: false, rollOverHolidays: false }), '2026-09-30', 5).dueOn, '2026-10-05');
    });

    it('treats a period longer than 10 days as a calendar period even when short periods count working days', () => {
      assert.deepEqual(shortPeriod(p, '2026-03-02', 15), calendarPeriod(p, '2026-03-02', 15));
    });

    it('always counts the statement period in working days, as many as the office set', () => {
      // 04-02 Thu, 04-03 Fri, 04-04..06 清明, 04-07 Tue.
      assert.equal(statementDue(p, '2026-04-01'), '2026-04-07');
      assert.equal(statementDue(with_({ statementWorkingDays: 5, shortPeriodsInWorkingDays: false }), '2026-04-01'), '2026-04-09');
    });

    it('ends the 90-day decision limit on day 90 after 立案, moved past 清明 when it falls on the holiday', () => {
      const s = state({});
      assert.equal(decisionDue(p, '2026-03-03', s), '2026-06-01');
      assert.equal(decisionDue(p, '2026-01-05', s), '2026-04-07', '04-05 is in the 清明 holiday (04-04..04-06)');
      assert.equal(decisionDue(with_({ rollOverHolidays: false }), '2026-01-05', s), '2026-04-05');
    });

    it('adds an approved 30-day extension to the decision limit', () => {
      const s = state({ decisionExtensions: [{ on: '2026-03-20', days: 30 }] });
      assert.equal(decisionDue(p, '2026-01-05', s), '2026-05-06', '120 days is 05-05, the last 劳动节 holiday');
      assert.equal(decisionDue(p, '2026-03-03', s), '2026-07-01');
    });

    it('ends a 30-day measure extended by 30 days on day 60, holiday or not', () => {
      assert.equal(measureExpiry(p, measure({ startedOn: '2026-03-02' })), '2026-04-01');
      assert.equal(measureExpiry(p, measure({ startedOn: '2026-03-02', extendedDays: 30, extendedOn: '2026-03-25' })), '2026-05-01');
    });

    it('deems a publication served after 30 days, 60 for a party abroad, without rollover', () => {
      assert.equal(deemedServiceOn('2026-03-02', false), '2026-04-01');
      assert.equal(deemedServiceOn('2026-03-02', true), '2026-05-01');
      assert.equal(deemedServiceOn('2026-09-01', false), '2026-10-01');
    });

    it('gives 15 days to pay, rolled over when the 15th day is in the 国庆 holiday', () => {
      assert.equal(paymentDue(p, '2026-09-16'), '2026-10-08');
      assert.equal(paymentDue(p, '2026-06-01'), '2026-06-16');
    });

    it('serves the decision within 7 working days and files the on-the-spot decision within 5', () => {
      assert.equal(serviceDue(p, '2026-03-02'), '2026-03-11');
      assert.equal(onSpotFilingDue(p, '2026-03-02'), '2026-03-09');
    });

    it('requires the hearing notice 7 working days before the hearing, or 7 calendar days moved back off a holiday', () => {
      // 10-15, 14, 13, 12, 10 (调休 Saturday), 09, 08.
      assert.equal(latestHearingNotice(p, '2026-10-16'), '2026-10-08');
      assert.equal(latestHearingNotice(with_({ shortPeriodsInWorkingDays: false }), '2026-10-16'), '2026-10-09');
      assert.equal(latestHearingNotice(with_({ shortPeriodsInWorkingDays: false }), '2026-10-12'), '2026-09-30');
    });

    it('allows a court application until 6 + 3 months after service, each month step ending at month end', () => {
      assert.equal(courtApplicationDue('2026-03-04'), '2026-12-04');
      assert.equal(courtApplicationDue('2025-08-31'), '2026-05-28');
    });

    it('opens the court application after the 诉讼 period and 10 working days after the 催告, and closes it 3 months on', () => {
      const served = state({ decision: decided('2026-03-02', 1000), service: { method: 'direct', on: '2026-03-04', effectiveOn: '2026-03-04', abroad: false }, amountDue: 1000 });
      assert.deepEqual(courtApplicationWindow(p, served), {
        opensOn: '2026-09-05', closesOn: '2026-12-04', fromOn: '2026-03-04', rule: '6个月+3个月', periodsEndOn: '2026-09-04',
      });
      // A 催告 served on 08-31: its 10 working days end on 09-14, later than the 诉讼 period.
      assert.equal(courtApplicationWindow(p, { ...served, demand: { on: '2026-08-31', performBy: '2026-09-10' } })?.opensOn, '2026-09-15');
      assert.equal(courtApplicationWindow(p, state({})), null, 'nothing before the decision reached the party');
    });

    it('closes the court application 3 months after the end of a plan that outlasts the periods (行政处罚法 第七十二条第二款)', () => {
      const s = state({
        decision: decided('2026-03-02', 1000), service: { method: 'direct', on: '2026-03-04', effectiveOn: '2026-03-04', abroad: false }, amountDue: 1000,
        paymentPlan: { kind: 'instalments', on: '2026-03-10', schedule: [{ dueOn: '2026-06-10', amount: 500 }, { dueOn: '2026-11-10', amount: 500 }] },
      });
      const w = courtApplicationWindow(p, s)!;
      assert.deepEqual([w.opensOn, w.closesOn, w.fromOn], ['2026-09-05', '2027-02-10', '2026-11-10']);
      const row = computeDeadlines(p, { procedure: 'general', registeredOn: '2026-01-05', state: s }).find((d) => d.kind === 'court_application')!;
      assert.deepEqual([row.fromOn, row.dueOn], [w.fromOn, w.closesOn], 'the deadline list and the procedure read the same window');
    });
  });

  describe('加处罚款 (late fee)', () => {
    // Fine 100 yuan, served 06-01, due 06-16.
    const owing = (facts: Partial<ProcedureState> = {}) =>
      state({ decision: decided('2026-05-28', 100), service: served('2026-06-01'), amountDue: 100, ...facts });

    it('charges nothing up to and on the due date', () => {
      assert.equal(lateFee(p, owing(), '2026-06-16'), 0);
    });

    it('charges 3 % of the fine on the first day late', () => {
      assert.equal(lateFee(p, owing(), '2026-06-17'), 3);
    });

    it('reaches 99 % on day 33 and stops at the fine from day 34', () => {
      assert.equal(lateFee(p, owing(), '2026-07-19'), 99);
      assert.equal(lateFee(p, owing(), '2026-07-20'), 100);
      assert.equal(lateFee(p, owing(), '2027-07-20'), 100);
    });

    it('charges the day of a partial payment on the full amount and the following days on the rest', () => {
      const s = owing({ payments: [{ on: '2026-06-18', amount: 40 }] });
      assert.equal(lateFee(p, s, '2026-06-20'), 9.6);
    });

    it('charges nothing once the fine is paid on time, and stops when it is paid late', () => {
      assert.equal(lateFee(p, owing({ payments: [{ on: '2026-06-16', amount: 100 }] }), '2026-08-01'), 0);
      assert.equal(lateFee(p, owing({ payments: [{ on: '2026-06-19', amount: 100 }] }), '2026-08-01'), 9);
    });

    it('charges the fee on the fine only, not on the confiscated gain still owed', () => {
      const s = state({ decision: decided('2026-05-28', 100, 50), service: served('2026-06-01'), amountDue: 150, payments: [{ on: '2026-06-10', amount: 100 }] });
      assert.equal(lateFee(p, s, '2026-07-01'), 0);
    });

    it('rounds to the fen', () => {
      const s = state({ decision: decided('2026-05-28', 33.33), service: served('2026-06-01'), amountDue: 33.33 });
      assert.equal(lateFee(p, s, '2026-06-17'), 1);
    });

    it('charges each instalment from its own due date', () => {
      const s = owing({
        decision: decided('2026-05-28', 300),
        amountDue: 300,
        paymentPlan: { kind: 'instalments', on: '2026-06-05', schedule: [{ dueOn: '2026-07-01', amount: 100 }, { dueOn: '2026-08-01', amount: 100 }, { dueOn: '2026-09-01', amount: 100 }] },
        payments: [{ on: '2026-07-01', amount: 100 }],
      });
      assert.equal(lateFee(p, s, '2026-08-01'), 0, 'the first instalment was paid on its day');
      assert.equal(lateFee(p, s, '2026-08-03'), 6, 'two days on the 100 yuan second instalment');
    });

    it('charges nothing before the decision reached the party', () => {
      assert.equal(lateFee(p, state({ decision: decided('2026-05-28', 100), amountDue: 100 }), '2026-09-01'), 0);
    });
  });

  describe('computeDeadlines', () => {
    const brief = (rows: ReturnType<typeof computeDeadlines>) => rows.map((d) => `${d.kind}#${d.seq} ${d.dueOn} ${d.status}${d.metOn ? ' ' + d.metOn : ''}`);

    it('gives a simple-procedure case its filing and payment deadlines, met when filed and paid', () => {
      const s = state({ onSpot: spot({ filedOn: '2026-03-04' }), amountDue: 200, payments: [{ on: '2026-03-10', amount: 200 }] });
      assert.deepEqual(brief(computeDeadlines(p, { procedure: 'simple', registeredOn: '2026-03-02', state: s })), [
        'on_spot_filing#0 2026-03-09 met 2026-03-04',
        'payment#0 2026-03-17 met 2026-03-10',
      ]);
    });

    it('keeps a simple case unpaid after the on-the-spot decision open for payment and court application', () => {
      const s = state({ onSpot: spot({}), amountDue: 200 });
      const rows = computeDeadlines(p, { procedure: 'simple', registeredOn: '2026-03-02', state: s });
      // 复议 comes first against an on-the-spot decision (行政复议法 第二十三条): 60 days end on 05-01 in 劳动节, so 05-06;
      // there is no 6-month suit to wait for, and the application is due 3 months later.
      assert.deepEqual(brief(rows), [
        'on_spot_filing#0 2026-03-09 open',
        'payment#0 2026-03-17 open',
        'court_application#0 2026-08-06 open',
      ]);
      assert.equal(rows.at(-1)!.rule, '复议期限60日+3个月');
      assert.equal(courtApplicationWindow(p, s)?.opensOn, '2026-05-07');
    });

    it('treats a fine paid on the spot as paid that day', () => {
      const s = state({ onSpot: spot({ paidOnSpot: true, collectionGround: 'small', receiptNo: 'ZJ0001' }), amountDue: 50 });
      const rows = computeDeadlines(p, { procedure: 'simple', registeredOn: '2026-03-02', state: s });
      assert.deepEqual(brief(rows), ['on_spot_filing#0 2026-03-09 open', 'payment#0 2026-03-17 met 2026-03-02']);
    });

    it('gives a general case mid-way its measure, statement, hearing request and decision deadlines, in due order', () => {
      const s = state({
        registrationApprovedOn: '2026-03-03',
        measures: [measure({ id: 1 })],
        investigationClosedOn: '2026-03-25',
        notifiedOn: '2026-04-01',
        hearingRightTold: true,
      });
      const rows = computeDeadlines(p, { procedure: 'general', registeredOn: '2026-03-02', state: s });
      assert.deepEqual(brief(rows), [
        'measure_expiry#1 2026-04-03 open',
        'statement_period#0 2026-04-07 open',
        'hearing_request#0 2026-04-09 open',
        'decision#0 2026-06-01 open',
      ]);
      assert.deepEqual(rows.map((d) => d.rule), ['30日', '3个工作日', '5个工作日', '90日']);
      assert.equal(rows.find((d) => d.kind === 'decision')!.fromOn, '2026-03-03', 'counted from the approval of 立案');
    });

    it('asks for the hearing notice once the hearing is set, and no hearing request period without the right told', () => {
      const s = state({
        notifiedOn: '2026-09-30',
        hearingRightTold: false,
        hearing: { requestedOn: '2026-10-08', noticeOn: null, hearingOn: '2026-10-16', hostOfficerId: 3, heldOn: null, waivedOn: null },
      });
      const kinds = computeDeadlines(p, { procedure: 'general', registeredOn: '2026-09-01', state: s }).map((d) => `${d.kind} ${d.dueOn}`);
      assert.ok(kinds.includes('hearing_notice 2026-10-08'));
      assert.ok(!kinds.some((k) => k.startsWith('hearing_request')));
    });

    it('follows a decided, served case with instalments: each met when the payments cover it, the court application still open', () => {
      const s = state({
        registrationApprovedOn: '2026-01-05',
        notifiedOn: '2026-02-02',
        statement: { on: '2026-02-03', waived: false, adopted: false },
        decision: decided('2026-03-02', 3000),
        service: served('2026-03-04'),
        amountDue: 3000,
        paymentPlan: { kind: 'instalments', on: '2026-03-10', schedule: [{ dueOn: '2026-04-10', amount: 1000 }, { dueOn: '2026-05-10', amount: 1000 }, { dueOn: '2026-06-10', amount: 1000 }] },
        payments: [{ on: '2026-04-09', amount: 1000 }, { on: '2026-05-12', amount: 500 }],
      });
      const rows = computeDeadlines(p, { procedure: 'general', registeredOn: '2026-01-05', state: s });
      assert.deepEqual(brief(rows), [
        'statement_period#0 2026-02-05 met 2026-02-03',
        'service#0 2026-03-11 met 2026-03-04',
        'decision#0 2026-04-07 met 2026-03-02',
        'instalment#0 2026-04-10 met 2026-04-09',
        'instalment#1 2026-05-10 open',
        'instalment#2 2026-06-10 open',
        'court_application#0 2026-12-04 open',
      ]);
      assert.equal(rows.find((d) => d.kind === 'instalment')!.rule, '分期第1期（共3期）');
      assert.equal(lateFee(p, s, '2026-05-15'), 105, 'two days on 1000 yuan, three on the 500 left');
    });

    it('runs the court application from the end of a deferral that outlasts the litigation period', () => {
      const s = state({
        decision: decided('2026-03-02', 3000), service: served('2026-03-04'), amountDue: 3000,
        paymentPlan: { kind: 'deferral', on: '2026-03-10', schedule: [{ dueOn: '2026-10-30', amount: 3000 }] },
      });
      const court = computeDeadlines(p, { procedure: 'general', registeredOn: '2026-01-05', state: s }).find((d) => d.kind === 'court_application')!;
      assert.deepEqual([court.fromOn, court.dueOn], ['2026-10-30', '2027-01-30']);
    });

    it('counts a payment made before a deferral towards what was owed then, not towards the deferred amount', () => {
      // 1000 yuan due on 19 March; 400 paid on 10 March, the other 600 deferred to 30 June.
      const s = state({
        decision: decided('2026-03-02', 1000), service: served('2026-03-04'), amountDue: 1000,
        payments: [{ on: '2026-03-10', amount: 400 }],
        paymentPlan: { kind: 'deferral', on: '2026-03-12', schedule: [{ dueOn: '2026-06-30', amount: 600 }] },
      });
      assert.equal(paymentDueNow(p, s), '2026-06-30', 'the deferred 600 is what runs now');
      const deferred = computeDeadlines(p, { procedure: 'general', registeredOn: '2026-01-05', state: s }).find((d) => d.kind === 'instalment')!;
      assert.equal(deferred.status, 'open', 'the 400 paid earlier does not pay the deferral');
      assert.equal(lateFee(p, s, '2026-07-01'), 18, 'one day on the 600 deferred: 3 % is 18 yuan');
      const part = { ...s, payments: [...s.payments, { on: '2026-06-20', amount: 200 }] };
      assert.equal(paymentDueNow(p, part), '2026-06-30', '600 paid in all, but only 200 of the deferred 600');
      assert.equal(computeDeadlines(p, { procedure: 'general', registeredOn: '2026-01-05', state: part }).find((d) => d.kind === 'instalment')!.status, 'open');
      const paid = { ...s, payments: [...s.payments, { on: '2026-06-20', amount: 600 }] };
      assert.equal(paymentDueNow(p, paid), null);
      assert.equal(computeDeadlines(p, { procedure: 'general', registeredOn: '2026-01-05', state: paid }).find((d) => d.kind === 'instalment')!.metOn, '2026-06-20');
    });

    it('meets the payment with the payment that completes it, and drops the court application once paid', () => {
      const s = state({
        decision: decided('2026-03-02', 1000), service: served('2026-03-04'), amountDue: 1000,
        payments: [{ on: '2026-03-10', amount: 400 }, { on: '2026-03-15', amount: 600 }],
      });
      const rows = computeDeadlines(p, { procedure: 'general', registeredOn: '2026-01-05', state: s });
      assert.equal(rows.find((d) => d.kind === 'payment')!.metOn, '2026-03-15');
      assert.ok(!rows.some((d) => d.kind === 'court_application'));
    });

    it('keeps a publication open until the case moves on, then meets it no later than the deemed date', () => {
      const base = { decision: decided('2026-03-02', 1000), amountDue: 1000, service: { method: 'publication' as const, on: '2026-03-05', effectiveOn: '2026-04-04', abroad: false } };
      const open = computeDeadlines(p, { procedure: 'general', registeredOn: '2026-01-05', state: state(base) }).find((d) => d.kind === 'deemed_service')!;
      assert.deepEqual([open.dueOn, open.status], ['2026-04-04', 'open']);
      const later = state({ ...base, demand: { on: '2026-05-20', performBy: '2026-05-30' } });
      const met = computeDeadlines(p, { procedure: 'general', registeredOn: '2026-01-05', state: later });
      assert.equal(met.find((d) => d.kind === 'deemed_service')!.metOn, '2026-04-04');
      assert.equal(met.find((d) => d.kind === 'payment')!.dueOn, '2026-04-20', '15 days from the deemed service (04-19 is a Sunday)');
      assert.equal(met.find((d) => d.kind === 'demand_period')!.status, 'open');
    });

    it('keeps only the met deadlines of a revoked case', () => {
      const s = state({
        registrationApprovedOn: '2026-03-03',
        measures: [measure({ id: 1, releasedOn: '2026-03-10', releaseGround: 'no_violation' }), measure({ id: 2 })],
        revokedOn: '2026-03-20',
      });
      assert.deepEqual(brief(computeDeadlines(p, { procedure: 'general', registeredOn: '2026-03-02', state: s })), ['measure_expiry#1 2026-04-03 met 2026-03-10']);
    });

    it('gives no service deadline when the case was decided by transfer to the judiciary', () => {
      const s = state({ decision: { ...decided('2026-03-02', 0)!, outcome: 'transfer', transferTo: '东州市公安局' } });
      assert.ok(!computeDeadlines(p, { procedure: 'general', registeredOn: '2026-01-05', state: s }).some((d) => d.kind === 'service'));
    });

    it('asks an emergency measure to be reported by the next day, met by the 负责人’s ratification; an approved one has no report', () => {
      const rows = computeDeadlines(p, {
        procedure: 'general', registeredOn: '2026-03-02',
        state: state({ measures: [measure({ id: 1, emergency: true, approvedOn: null }), measure({ id: 2, emergency: false, approvedOn: '2026-03-04' })] }),
      });
      assert.deepEqual(brief(rows.filter((d) => d.kind === 'measure_report')), ['measure_report#1 2026-03-05 open']);
      const ratified = computeDeadlines(p, { procedure: 'general', registeredOn: '2026-03-02', state: state({ measures: [measure({ id: 1, emergency: true, approvedOn: '2026-03-05' })] }) });
      assert.deepEqual(brief(ratified.filter((d) => d.kind === 'measure_report')), ['measure_report#1 2026-03-05 met 2026-03-05']);
    });

    it('gives each 先行登记保存 its decision within 7 working days, across 清明', () => {
      const s = state({
        preservations: [
          { id: 1, items: '运单', startedOn: '2026-04-01', approvedOn: '2026-04-01', decidedOn: null, disposition: null },
          { id: 2, items: '车辆', startedOn: '2026-04-02', approvedOn: '2026-04-02', decidedOn: '2026-04-03', disposition: 'release' },
        ],
      });
      const rows = computeDeadlines(p, { procedure: 'general', registeredOn: '2026-03-30', state: s }).filter((d) => d.kind === 'evidence_decision');
      // 04-02 Thu, 03 Fri, (04..06 清明), 07, 08, 09, 10, 13: seven working days from 04-01 end on Monday 04-13.
      assert.deepEqual(brief(rows), ['evidence_decision#1 2026-04-13 open', 'evidence_decision#2 2026-04-14 met 2026-04-03']);
      assert.equal(rows[0].rule, '7个工作日');
    });

    it('meets the hearing-request window with an express waiver', () => {
      const s = state({ notifiedOn: '2026-04-01', hearingRightTold: true, statement: { on: '2026-04-01', waived: true, adopted: false } });
      const open = computeDeadlines(p, { procedure: 'general', registeredOn: '2026-03-02', state: s }).find((d) => d.kind === 'hearing_request')!;
      assert.equal(open.status, 'open', 'waiving 陈述申辩 alone does not end it');
      const waived = computeDeadlines(p, { procedure: 'general', registeredOn: '2026-03-02', state: { ...s, hearingWaivedOn: '2026-04-02' } }).find((d) => d.kind === 'hearing_request')!;
      assert.equal(waived.metOn, '2026-04-02');
    });

    it('classes the party’s windows apart from obligations', () => {
      assert.deepEqual([...WINDOW_KINDS].sort(), ['deemed_service', 'demand_period', 'hearing_request', 'statement_period']);
    });
  });
});
