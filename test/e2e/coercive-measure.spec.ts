/**
 * 行政强制措施 on the 程序 panel (行政强制法 第十八、十九条): a roadside 暂扣 before 立案 is approved cannot be
 * taken as an ordinary measure, only as an emergency one with its reason; the panel then shows it waiting
 * for the 负责人's approval within 24 hours, and the head ratifies it from the picker of such measures.
 */
import type { Locator, Page } from '@playwright/test';
import { apiAs } from './api-client';
import { expect, signIn, test } from './fixtures';
import { issueForm, openCase, registerGeneralCase, switchUser } from './procedure-setup';

async function choose(page: Page, field: Locator, option: string): Promise<void> {
  await field.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('a roadside 暂扣 before 立案 approval goes only the emergency way, and the head ratifies it', async ({ page, host }) => {
  test.setTimeout(60_000);
  const clerkApi = await apiAs(host, 'clerk');
  const created = await registerGeneralCase(clerkApi, '上官岚');
  // The 行政强制措施决定书 is made and handed over on the spot (行政强制法 第二十四条).
  await issueForm(clerkApi, created.id, 8);
  clerkApi.close();

  const panel = page.getByTestId('procedure-panel');
  const dialog = page.getByTestId('action-dialog');
  const submit = dialog.getByTestId('action-submit');
  await signIn(page, host, 'clerk');
  await openCase(page, created.id);
  await expect(panel.getByTestId('procedure-stage')).toHaveText('立案');

  await panel.getByTestId('action-impose_measure').click();
  await choose(page, dialog.getByLabel('强制措施种类'), '暂扣车辆');
  await dialog.getByLabel('查封、扣押的场所、设施或财物').fill('浙AD12345轻型厢式货车一辆');
  await expect(dialog.getByLabel('情况紧急、需要当场实施的理由')).toHaveCount(0);

  // Without the head's approval the ordinary way is refused, with the rule, under the emergency box.
  await submit.click();
  await expect(dialog.getByTestId('action-error')).toBeVisible();
  const emergency = dialog.getByLabel('情况紧急，当场实施', { exact: false });
  await expect(emergency).toHaveAttribute('data-error', 'true');
  await expect(emergency).toHaveAccessibleDescription(/立案尚未经负责人批准/);
  await emergency.check();
  const reason = dialog.getByLabel('情况紧急、需要当场实施的理由');
  await expect(reason).toBeVisible();
  await submit.click();
  await expect(dialog.getByTestId('action-error')).toBeVisible();
  await expect(reason).toHaveAccessibleDescription(/请写明情况紧急/);
  await reason.fill('当事人不能提供车辆营运证，车辆随时可能驶离现场。');
  await submit.click();
  await expect(dialog).toHaveCount(0);

  await expect(panel.getByTestId('badge-measure-awaiting')).toHaveText('紧急措施待补批');
  await expect(panel.getByTestId('measure-awaiting')).toBeVisible();
  await expect(panel.getByTestId('procedure-steps').locator('[data-step="measure_report"]')).toContainText('紧急措施待补批');
  await expect(panel.getByTestId('deadline-measure_report')).toBeVisible();
  await expect(panel.getByTestId('history')).toContainText('情况紧急当场实施，待负责人补批');

  // --- The head ratifies the measure (the only one awaiting is chosen already) and approves 立案.
  await switchUser(page, 'head', created.id);
  await panel.getByTestId('action-ratify_measure').click();
  await expect(dialog.getByLabel('待补批的紧急强制措施')).toHaveValue(/暂扣车辆：浙AD12345轻型厢式货车一辆/);
  await submit.click();
  await expect(dialog).toHaveCount(0);
  await expect(panel.getByTestId('badge-measure-awaiting')).toHaveCount(0);
  await expect(panel.getByTestId('procedure-steps').locator('[data-step="measure_report"]')).toContainText('紧急措施已补批');
  await expect(panel.getByTestId('procedure-measures')).toContainText('补批');
  await expect(panel.getByTestId('action-ratify_measure')).toHaveCount(0);

  await panel.getByTestId('action-approve_registration').click();
  await submit.click();
  await expect(dialog).toHaveCount(0);
  await expect(panel.getByTestId('procedure-stage')).toHaveText('行政强制措施');
});
