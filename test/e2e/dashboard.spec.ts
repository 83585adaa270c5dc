/** 待办与期限: the head's queue lists a case waiting for 立案 approval, and the row opens the case. */
import { apiAs } from './api-client';
import { expect, signIn, test } from './fixtures';
import { registerGeneralCase } from './procedure-setup';

test("the head's dashboard lists a case awaiting 立案 approval and opens it; once approved it leaves the queue", async ({ page, host }) => {
  test.setTimeout(45_000);
  const clerkApi = await apiAs(host, 'clerk');
  const created = await registerGeneralCase(clerkApi, '司马青');
  clerkApi.close();

  await signIn(page, host, 'head');
  await page.getByRole('link', { name: '待办与期限' }).click();
  await expect(page).toHaveURL(/#\/dashboard$/);
  await expect(page.getByTestId('dashboard-counts')).toContainText('已逾期');
  const queue = page.getByTestId('dashboard-queue');
  await expect(queue).toContainText('待我批准');
  const row = queue.getByTestId('queue-row').filter({ hasText: created.caseNumber });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('司马青');
  await expect(row).toContainText(created.cause.title);

  await row.getByRole('link', { name: created.caseNumber }).click();
  await expect(page).toHaveURL(new RegExp(`#/cases/${created.id}$`));
  await expect(page.getByTestId('case-number')).toHaveText(created.caseNumber);
  const panel = page.getByTestId('procedure-panel');
  await expect(panel.getByTestId('procedure-stage')).toHaveText('立案');
  await panel.getByTestId('action-approve_registration').click();
  await page.getByTestId('action-dialog').getByTestId('action-submit').click();
  await expect(panel.getByTestId('procedure-stage')).toHaveText('调查取证');

  await page.getByRole('link', { name: '待办与期限' }).click();
  await expect(page.getByTestId('dashboard-queue')).toBeVisible();
  await expect(page.getByTestId('dashboard-queue').getByTestId('queue-row').filter({ hasText: created.caseNumber })).toHaveCount(0);
});
