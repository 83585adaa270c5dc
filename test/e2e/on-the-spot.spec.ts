/**
 * 简易程序 on the 程序 panel: the 当场处罚决定 dialog asks where the decision was made, offers 当场收缴 only
 * for a fine and only on a ground of 行政处罚法 第六十八、六十九条, and then wants the number of the
 * 财政部门统一制发的专用票据 (第七十条).
 */
import type { Locator, Page } from '@playwright/test';
import { COLLECTION_GROUNDS } from '../../main/contract/procedure';
import { apiAs } from './api-client';
import { expect, signIn, test } from './fixtures';
import { issueForm, openCase, registerSimpleCase } from './procedure-setup';

async function choose(page: Page, field: Locator, option: string): Promise<void> {
  await field.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

const SMALL = COLLECTION_GROUNDS.find((g) => g.code === 'small')!.label;

test('a 50-yuan fine collected on the spot needs its ground and the receipt number; a warning offers no collection', async ({ page, host }) => {
  test.setTimeout(60_000);
  const clerkApi = await apiAs(host, 'clerk');
  const created = await registerSimpleCase(clerkApi, '诸葛岚');
  // The 当场行政处罚决定书 the officers filled in and handed over says what the act will record.
  await issueForm(clerkApi, created.id, 14, { penalty: '罚款人民币50元', fineAmount: 50, payMode: ['当场缴纳'], collectionGround: [SMALL] });
  clerkApi.close();

  const panel = page.getByTestId('procedure-panel');
  const dialog = page.getByTestId('action-dialog');
  const submit = dialog.getByTestId('action-submit');
  await signIn(page, host, 'clerk');
  await openCase(page, created.id);

  await panel.getByTestId('action-record_on_spot_decision').click();
  // Where the case happened, to start from.
  await expect(dialog.getByLabel('作出决定的地点')).toHaveValue('东州市G104国道收费站出口');
  const ground = dialog.getByLabel('是否当场收缴罚款');
  // A warning alone: nothing to collect, so no collection boxes.
  await dialog.getByLabel('警告', { exact: true }).check();
  await expect(ground).toHaveCount(0);
  await dialog.getByLabel('警告', { exact: true }).uncheck();

  await dialog.getByLabel('罚款', { exact: true }).fill('50');
  await expect(ground).toBeVisible();
  const paid = dialog.getByLabel('已当场收缴罚款');
  await expect(paid).toHaveCount(0);
  // Choosing a ground means the fine is collected on the spot: the box is ticked with it.
  await choose(page, ground, SMALL);
  await expect(paid).toBeChecked();
  const receipt = dialog.getByLabel('专用票据号码');
  await expect(receipt).toBeVisible();
  await submit.click();
  await expect(dialog.getByTestId('action-error')).toBeVisible();
  await expect(receipt).toHaveAccessibleDescription(/请填写票据号码/);
  await receipt.fill('浙财罚No.00012345');
  await submit.click();
  await expect(dialog).toHaveCount(0);

  const history = panel.getByTestId('history');
  await expect(history).toContainText('依法给予一百元以下罚款');
  await expect(history).toContainText('专用票据浙财罚No.00012345');
  await expect(history).toContainText('已当场收缴');
  await expect(panel.getByTestId('procedure-steps').locator('[data-step="on_spot"]')).toHaveAttribute('data-state', 'done');
});
