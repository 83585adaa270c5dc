/**
 * 法制审核 on the case's 程序 panel: the clerk submits the 调查终结 report, the reviewer returns it
 * with an opinion, the clerk amends and resubmits, the reviewer approves, and after 告知 the head
 * approves the decision. Each person sees only the acts of their own role. The steps around the
 * review that need issued documents (告知 needs the 违法行为通知书) are set up over the API.
 */
import { apiAs } from './api-client';
import { expect, signIn, test } from './fixtures';
import { shownDate, typeDate } from './form-helpers';
import { act, chinaDay, chinaToday, issueForm, openCase, penaltyWithinDiscretion, registerGeneralCase, switchUser } from './procedure-setup';

test('a report returned by the reviewer is amended, approved, and the head approves the decision', async ({ page, host }) => {
  test.setTimeout(60_000);
  const today = chinaToday();
  const [clerkApi, headApi] = await Promise.all([apiAs(host, 'clerk'), apiAs(host, 'head')]);
  const created = await registerGeneralCase(clerkApi);
  const caseId = created.id;
  const { penalty, circumstance, departureReason } = penaltyWithinDiscretion(created);
  const tier = created.cause.discretion.find((d) => d.circumstance === circumstance);
  await act(headApi, caseId, { type: 'approve_registration', on: today });
  await act(clerkApi, caseId, {
    type: 'close_investigation',
    on: today,
    summary: '当事人未取得道路运输经营许可擅自从事道路普通货物运输经营，事实清楚。',
    outcome: 'penalty',
    penalty,
    circumstance,
    departureReason,
  });

  const panel = page.getByTestId('procedure-panel');
  const stage = panel.getByTestId('procedure-stage');
  const dialog = page.getByTestId('action-dialog');
  const submit = dialog.getByTestId('action-submit');

  // --- The clerk submits the report for review.
  await signIn(page, host, 'clerk');
  await openCase(page, caseId);
  await expect(stage).toHaveText('调查终结');
  await expect(panel.getByTestId('req-legal-review')).toHaveText('须法制审核');
  await expect(panel.getByTestId('action-notify')).toBeDisabled();
  await expect(panel.getByTestId('action-reason-notify')).toContainText('须经法制审核');
  await panel.getByTestId('action-submit_review').click();
  await expect(dialog.getByLabel('日期')).toHaveValue(shownDate(today));
  await submit.click();
  await expect(dialog).toHaveCount(0);
  await expect(stage).toHaveText('法制审核');
  await expect(panel.getByTestId('review-status')).toHaveText('待审核');
  await expect(page.getByTestId('case-stage')).toHaveText('法制审核');
  await expect(panel.getByTestId('action-submit_review')).toHaveCount(0);
  await expect(panel.getByTestId('action-review_approve')).toHaveCount(0);

  // --- The reviewer sees only the review acts and returns the report with an opinion.
  await switchUser(page, 'reviewer', caseId);
  const actionButtons = panel.getByTestId('procedure-actions').getByRole('button');
  await expect(actionButtons).toHaveText(['审核通过', '退回修改']);
  await expect(panel.getByTestId('action-review_approve')).toBeEnabled();
  await expect(panel.getByTestId('action-approve_decision')).toHaveCount(0);
  await expect(panel.getByTestId('action-close_investigation')).toHaveCount(0);
  await panel.getByTestId('action-review_return').click();
  await submit.click();
  await expect(dialog).toContainText('请填写退回意见');

  const opinion = '违法所得未查清，请补充调取运单和收款记录后重新报审。';
  await dialog.getByLabel('退回意见').fill(opinion);
  await typeDate(dialog.getByLabel('日期'), chinaDay(1));
  await submit.click();
  await expect(dialog.getByTestId('action-error')).toBeVisible();
  await expect(dialog).toContainText('日期不能晚于今天');
  await expect(dialog.getByLabel('退回意见')).toHaveValue(opinion);
  await typeDate(dialog.getByLabel('日期'), today);
  await submit.click();
  await expect(dialog).toHaveCount(0);
  await expect(stage).toHaveText('调查终结');
  await expect(panel.getByTestId('review-status')).toHaveText('已退回');

  // --- The clerk reads the opinion, amends the report (a fine outside the tier needs a reason) and resubmits.
  await switchUser(page, 'clerk', caseId);
  await expect(panel.getByTestId('review-opinion').first()).toContainText(opinion);
  await expect(panel.getByTestId('action-close_investigation')).toBeEnabled();
  await expect(panel.getByTestId('action-submit_review')).toBeEnabled();
  await panel.getByTestId('action-close_investigation').click();
  await expect(dialog.getByLabel('罚款', { exact: true })).toHaveValue(String(penalty.fine));
  await dialog.getByLabel('调查结论').fill('已补充调取运单和收款记录，未发现违法所得。当事人未取得道路运输经营许可擅自从事道路普通货物运输经营，事实清楚。');
  if (tier) {
    await dialog.getByLabel('罚款', { exact: true }).fill(String(tier.fineMax + 1000));
    await expect(dialog.getByTestId('departure-warning')).toContainText(tier.circumstance);
    await submit.click();
    await expect(dialog.getByTestId('action-error')).toBeVisible();
    await expect(dialog.getByLabel('偏离裁量基准的理由')).toHaveAttribute('aria-invalid', 'true');
    await dialog.getByLabel('罚款', { exact: true }).fill(String(penalty.fine));
    await expect(dialog.getByTestId('departure-warning')).toHaveCount(0);
  }
  await submit.click();
  await expect(dialog).toHaveCount(0);
  await panel.getByTestId('action-submit_review').click();
  await submit.click();
  await expect(dialog).toHaveCount(0);
  await expect(stage).toHaveText('法制审核');

  // --- The reviewer approves; the first opinion stays in the history.
  await switchUser(page, 'reviewer', caseId);
  await expect(panel.getByTestId('review-status')).toContainText('待审核');
  await panel.getByTestId('action-review_approve').click();
  await dialog.getByLabel('审核意见').fill('事实清楚，证据确凿，适用依据正确，程序合法，同意。');
  await submit.click();
  await expect(dialog).toHaveCount(0);
  await expect(panel.getByTestId('review-status')).toContainText('已通过');
  await expect(panel.getByTestId('review-opinion')).toHaveCount(2);
  await expect(panel.getByTestId('history')).toContainText(opinion);
  await expect(actionButtons).toHaveCount(0);

  // 告知 (with the issued 违法行为通知书); the party waives 陈述申辩, which leaves the hearing window running.
  await issueForm(clerkApi, caseId, 11);
  await act(clerkApi, caseId, { type: 'notify', on: today });
  await switchUser(page, 'clerk', caseId);
  await expect(panel.getByTestId('req-hearing')).toBeVisible();
  await panel.getByTestId('action-record_statement').click();
  const waiver = dialog.getByLabel('当事人明确放弃陈述、申辩', { exact: false });
  await expect(waiver).toBeVisible();
  await expect(dialog).toContainText('不含听证');
  await waiver.check();
  await submit.click();
  await expect(dialog).toHaveCount(0);
  await expect(panel.getByTestId('history')).toContainText('听证申请期限照常计算');
  await expect(panel.getByTestId('action-propose_decision')).toBeDisabled();
  await expect(panel.getByTestId('action-reason-propose_decision')).toContainText('听证申请期限');

  // The party's written waiver of the hearing ends the window; then the clerk proposes the decision.
  await panel.getByTestId('action-waive_hearing').click();
  await submit.click();
  await expect(dialog).toHaveCount(0);
  await expect(panel.getByTestId('badge-hearing-waived')).toBeVisible();
  await expect(panel.getByTestId('procedure-steps').locator('[data-step="hearing_waived"]')).toHaveAttribute('data-state', 'done');
  await panel.getByTestId('action-propose_decision').click();
  await expect(dialog.getByLabel('罚款', { exact: true })).toHaveValue(String(penalty.fine));
  await submit.click();
  await expect(dialog).toHaveCount(0);
  await expect(stage).toHaveText('决定审批');
  await expect(panel.getByTestId('action-approve_decision')).toHaveCount(0);

  // --- The head approves the decision: the case is decided and the 7-day service period starts.
  await switchUser(page, 'head', caseId);
  await expect(panel.getByTestId('action-approve_decision')).toBeEnabled();
  await expect(panel.getByTestId('action-review_approve')).toHaveCount(0);
  await expect(panel.getByTestId('action-submit_review')).toHaveCount(0);
  await panel.getByTestId('action-approve_decision').click();
  await submit.click();
  await expect(dialog).toHaveCount(0);
  await expect(stage).toHaveText('决定');
  await expect(page.getByTestId('case-stage')).toHaveText('决定');
  await expect(panel.getByTestId('procedure-decision')).toContainText('批准');
  await expect(panel.getByTestId('deadline-service')).toBeVisible();

  clerkApi.close();
  headApi.close();
});
