/** Moves a case through procedural steps over the API, for end-to-end tests about a later step. */
import type { Page } from '@playwright/test';
import type { CallInput, CallOutput } from '../../main/contract/api';
import type { DocumentData } from '../../main/contract/documents';
import type { Penalty, ProcedureActionInput, ProcedureView } from '../../main/contract/procedure';
import { fillRequired } from '../support/fill-form';
import type { ApiSession } from './api-client';
import { DEMO_PASSWORD, expect } from './fixtures';

/** Today in China, the host's clock: the day every act here takes effect. */
export function chinaToday(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

export function chinaDay(offsetDays: number): string {
  const d = new Date(`${chinaToday()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offsetDays);
  return d.toISOString().slice(0, 10);
}

/** A 普通程序 case against one individual, registered by the clerk; it then waits for the head's 立案 approval. */
export async function registerGeneralCase(clerk: ApiSession, party = '柯岚', procedure: 'general' | 'simple' = 'general'): Promise<CallOutput<'cases.create'>> {
  const causes = await clerk.call('catalog.causes', { category: 'road_transport' });
  const officers = await clerk.call('officers.list', {});
  const input: CallInput<'cases.create'> = {
    category: 'road_transport',
    causeId: causes[0].id,
    procedure,
    source: 'inspection',
    occurredAt: `${chinaDay(-1)}T09:30`,
    place: '东州市G104国道收费站出口',
    facts: '执法人员在检查中发现当事人驾驶车辆从事道路货物运输经营，未能出示道路运输经营许可证。',
    officerIds: [officers[0].id, officers[1].id],
    parties: [
      {
        kind: 'individual',
        name: party,
        gender: 'female',
        ethnicity: '01',
        birthDate: '1949-12-31',
        idType: 'resident_id',
        idNumber: '11010519491231002x',
        address: '北京市朝阳区建国路88号',
        phone: '13812345678',
      },
    ],
    conveyances: [{ kind: 'vehicle', plate: '浙AD12345', plateColor: '渐变绿', model: '轻型厢式货车' }],
  };
  return clerk.call('cases.create', input);
}

/** A penalty inside the cause's first 裁量基准 tier (or its statutory minimum), with the tier it falls in. */
export function penaltyWithinDiscretion(c: CallOutput<'cases.create'>): { penalty: Penalty; circumstance: string; departureReason: string } {
  const tier = c.cause.discretion[0];
  const fine = tier ? Math.max(tier.fineMin, Math.min(tier.fineMax, 1000)) : (c.cause.fineMin ?? 1000);
  return {
    penalty: { warning: false, fine, confiscatedGain: 0, confiscatedPropertyValue: 0, licenceAction: 'none', businessRestriction: false, other: '' },
    circumstance: tier?.circumstance ?? '',
    departureReason: tier || fine >= (c.cause.fineMin ?? 0) ? '' : '按处罚依据酌定',
  };
}

/** Performs an act against the case's current version. */
export async function act(s: ApiSession, caseId: number, action: ProcedureActionInput): Promise<ProcedureView> {
  const { caseVersion } = await s.call('procedure.get', { caseId });
  return s.call('procedure.act', { caseId, caseVersion, action });
}

/** 简易程序: the same case decided on the spot by its two officers. */
export function registerSimpleCase(clerk: ApiSession, party = '柯岚'): Promise<CallOutput<'cases.create'>> {
  return registerGeneralCase(clerk, party, 'simple');
}

/** Makes a document of the form with `content` written on it, fills its other required blanks and issues it. */
export async function issueForm(s: ApiSession, caseId: number, formId: number, content: DocumentData = {}): Promise<void> {
  const form = (await s.call('documents.forms', {})).find((f) => f.id === formId);
  if (!form) throw new Error(`no form ${formId}`);
  const draft = await s.call('documents.create', { caseId, formId });
  await s.call('documents.saveDraft', { id: draft.id, data: fillRequired(form, { ...draft.data, ...content }) });
  await s.call('documents.issue', { id: draft.id });
}

/** Opens the case's workspace in the signed-in page. */
export async function openCase(page: Page, caseId: number): Promise<void> {
  // A string, because the test process is compiled without the DOM's types.
  await page.evaluate(`window.location.hash = '#/cases/${caseId}'`);
  await expect(page.getByTestId('procedure-panel')).toBeVisible();
}

/** Signs the current account out and another in, on the same page, and comes back to the case. */
export async function switchUser(page: Page, username: string, caseId: number): Promise<void> {
  await page.getByRole('button', { name: '退出登录' }).click();
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByTestId('current-user')).toBeVisible();
  await openCase(page, caseId);
}

/** The API sessions a walk through the 普通程序 needs: each act is done by its own role. */
export interface Staff {
  clerk: ApiSession;
  reviewer: ApiSession;
  head: ApiSession;
}

/**
 * 立案 approved, 调查终结 with a penalty inside the 裁量基准, 法制审核 passed, 告知 with its issued
 * 违法行为通知书, the party's waiver of 陈述申辩 and (when the penalty carries one) of the hearing, and
 * the decision proposed to the 负责人: the case then waits for the head's approval.
 */
export async function proposeDecision(staff: Staff, c: CallOutput<'cases.create'>, on = chinaToday()): Promise<{ penalty: Penalty; view: ProcedureView }> {
  const { penalty, circumstance, departureReason } = penaltyWithinDiscretion(c);
  await act(staff.head, c.id, { type: 'approve_registration', on });
  await act(staff.clerk, c.id, {
    type: 'close_investigation',
    on,
    summary: '当事人未取得道路运输经营许可擅自从事道路普通货物运输经营，事实清楚，证据确凿。',
    outcome: 'penalty',
    penalty,
    circumstance,
    departureReason,
  });
  const closed = await staff.clerk.call('procedure.get', { caseId: c.id });
  if (closed.requirements.legalReview) {
    await act(staff.clerk, c.id, { type: 'submit_review', on });
    await act(staff.reviewer, c.id, { type: 'review_approve', on, opinion: '事实清楚，证据确凿，适用依据正确，程序合法，同意。' });
  }
  await issueForm(staff.clerk, c.id, 11);
  const told = await act(staff.clerk, c.id, { type: 'notify', on });
  await act(staff.clerk, c.id, { type: 'record_statement', on, waived: true });
  // Waiving 陈述申辩 leaves the hearing window open: without a written waiver the decision would wait 5 days.
  if (told.state.hearingRightTold) await act(staff.clerk, c.id, { type: 'waive_hearing', on });
  const view = await act(staff.clerk, c.id, { type: 'propose_decision', on, outcome: 'penalty', penalty, circumstance, departureReason });
  return { penalty, view };
}
