/**
 * 补充调查 / 重新告知 on the 程序 panel: after 告知 the party's statement brings new facts; the clerk reopens
 * the investigation with a reason, the case goes back to 调查取证, and the next 告知 is shown as a 重新告知.
 */
import { apiAs } from './api-client';
import { expect, signIn, test } from './fixtures';
import { act, chinaToday, issueForm, openCase, penaltyWithinDiscretion, registerGeneralCase } from './procedure-setup';

test('a 补充调查 after 告知 reopens the investigation, and the next 告知 is a 重新告知', async ({ page, host }) => {
  test.setTimeout(60_000);
  const today = chinaToday();
  const [clerk, reviewer, head] = await Promise.all([apiAs(host, 'clerk'), apiAs(host, 'reviewer'), apiAs(host, 'head')]);
  const created = await registerGeneralCase(clerk, '慕容岚');
  const p = penaltyWithinDiscretion(created);
  const closeAndReview = async (summary: string) => {
    const v = await act(clerk, created.id, { type: 'close_investigation', on: today, summary, outcome: 'penalty', ...p });
    if (v.requirements.legalReview) {
      await act(clerk, created.id, { type: 'submit_review', on: today });
      await act(reviewer, created.id, { type: 'review_approve', on: today, opinion: '同意。' });
    }
  };
  await act(head, created.id, { type: 'approve_registration', on: today });
  await closeAndReview('当事人未取得道路运输经营许可擅自从事道路普通货物运输经营。');
  await issueForm(clerk, created.id, 11);
  await act(clerk, created.id, { type: 'notify', on: today });

  const panel = page.getByTestId('procedure-panel');
  const dialog = page.getByTestId('action-dialog');
  const steps = panel.getByTestId('procedure-steps');
  await signIn(page, host, 'clerk');
  await openCase(page, created.id);
  await expect(panel.getByTestId('procedure-stage')).toHaveText('告知');

  await panel.getByTestId('action-reopen_investigation').click();
  await dialog.getByTestId('action-submit').click();
  await expect(dialog.getByLabel('补充调查的理由')).toHaveAttribute('aria-invalid', 'true');
  const reason = '当事人陈述称车辆系受他人雇佣驾驶，需补充调查车辆实际经营者。';
  await dialog.getByLabel('补充调查的理由').fill(reason);
  await dialog.getByTestId('action-submit').click();
  await expect(dialog).toHaveCount(0);

  await expect(panel.getByTestId('procedure-stage')).toHaveText('调查取证');
  await expect(steps.locator('[data-step="reopened"]')).toHaveAttribute('data-state', 'done');
  await expect(steps.locator('[data-step="notified"]')).toHaveAttribute('data-state', 'todo');
  await expect(panel.getByTestId('history')).toContainText(reason);
  await expect(panel.getByTestId('history')).toContainText('补充调查，须重新告知');
  await expect(panel.getByTestId('action-close_investigation')).toBeEnabled();

  // The fresh report, its review and a second 违法行为通知书: the party is told again.
  await closeAndReview('经补充调查，车辆实际经营者即为当事人。');
  await issueForm(clerk, created.id, 11);
  await act(clerk, created.id, { type: 'notify', on: today });
  await page.reload();
  await expect(panel.getByTestId('procedure-stage')).toHaveText('告知');
  await expect(panel.locator('[data-testid="history-event"][data-type="notify"]').first()).toContainText('重新告知（第2次告知）');

  clerk.close();
  reviewer.close();
  head.close();
});
