/** 案由与裁量基准 edited in the page: an admin adds, edits and retires a 案由 and its tiers; a head only looks. */
import type { Page } from '@playwright/test';
import { expect, signIn, test } from './fixtures';

async function openCatalog(page: Page): Promise<void> {
  await page.getByRole('link', { name: '案由与裁量基准' }).click();
  await expect(page).toHaveURL(/#\/settings\/causes$/);
  await expect(page.getByTestId('catalog-table')).toBeVisible();
}

function row(page: Page, code: string) {
  return page.locator(`[data-testid="catalog-row"][data-code="${code}"]`);
}

test('an admin adds a 案由 with its tiers, edits it, has a tier outside the law refused, and retires it', async ({ page, host }) => {
  await signIn(page, host, 'admin');
  await openCatalog(page);
  await expect(page.getByTestId('catalog-count')).toHaveText('共 38 个案由（目录中共 38 个，其中停用 0 个）');

  // 新增: a new 案由 of 道路运政 with one tier.
  await page.getByTestId('cause-add').click();
  const dialog = page.getByTestId('cause-dialog');
  await expect(dialog.getByRole('heading', { name: '新增案由' })).toBeVisible();
  // Saving an empty form says what is missing, field by field, and saves nothing.
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByText('请填写案由编码')).toBeVisible();
  await expect(dialog.getByText('请填写案由名称')).toBeVisible();

  await dialog.getByLabel('编码').fill('RT-90');
  await dialog.getByLabel('执法门类').click();
  await page.getByRole('option', { name: '道路运政', exact: true }).click();
  await dialog.getByLabel('罚款下限（元）').fill('20');
  await dialog.getByLabel('罚款上限（元）').fill('200');
  await dialog.getByLabel('案由名称').fill('未按规定携带道路运输证');
  await dialog.getByLabel('违法依据').fill('《中华人民共和国道路运输条例》第三十三条');
  await dialog.getByLabel('处罚依据').fill('《中华人民共和国道路运输条例》第六十八条');
  await dialog.getByLabel('处罚种类和幅度').fill('责令改正，处20元以上200元以下的罚款');
  await expect(dialog.getByText('请填写案由编码')).toHaveCount(0);
  await dialog.getByRole('button', { name: '添加一档' }).click();
  await dialog.getByLabel('第1档情节').fill('轻微');
  await dialog.getByLabel('第1档罚款上限（元）').fill('100');
  await dialog.getByLabel('第1档适用情形').fill('首次被查');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByRole('button', { name: '保存' })).toBeHidden();
  await expect(page.getByTestId('catalog-notice')).toContainText('已新增案由 RT-90 未按规定携带道路运输证');
  await expect(page.getByTestId('catalog-count')).toHaveText('共 39 个案由（目录中共 39 个，其中停用 0 个）');
  await expect(row(page, 'RT-90')).toContainText('20—200 元');
  await expect(row(page, 'RT-90')).toContainText('1 档');

  // The code cannot be taken twice.
  await page.getByTestId('cause-add').click();
  await dialog.getByLabel('编码').fill('RT-90');
  await dialog.getByLabel('案由名称').fill('重复编码');
  await dialog.getByLabel('违法依据').fill('某条');
  await dialog.getByLabel('处罚依据').fill('某条');
  await dialog.getByLabel('处罚种类和幅度').fill('罚款');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByTestId('cause-dialog-error')).toContainText('编码“RT-90”已被使用');
  await dialog.getByRole('button', { name: '取消' }).click();

  // 编辑: a second tier above the statutory maximum is refused under that tier, then corrected.
  await page.getByRole('button', { name: '编辑 RT-90' }).click();
  await expect(dialog.getByRole('heading', { name: '编辑案由 RT-90' })).toBeVisible();
  await expect(dialog.getByLabel('编码')).toBeDisabled();
  await dialog.getByRole('button', { name: '添加一档' }).click();
  await dialog.getByLabel('第2档情节').fill('一般');
  await dialog.getByLabel('第2档罚款下限（元）').fill('100');
  await dialog.getByLabel('第2档罚款上限（元）').fill('500');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByTestId('cause-dialog-error')).toContainText('超出法定罚款幅度');
  await dialog.getByLabel('第2档罚款上限（元）').fill('200');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByRole('button', { name: '保存' })).toBeHidden();
  await expect(page.getByTestId('catalog-notice')).toContainText('已保存案由 RT-90');
  await expect(row(page, 'RT-90')).toContainText('2 档');
  await page.getByRole('button', { name: '展开 RT-90 的详细内容' }).click();
  await expect(page.locator('[data-testid="catalog-detail"][data-code="RT-90"]').getByTestId('catalog-tiers')).toContainText('100—200 元');

  // 停用: kept in the catalogue as 停用, never deleted; and 启用 again.
  await page.getByRole('button', { name: '停用 RT-90' }).click();
  await expect(page.getByTestId('catalog-notice')).toContainText('已停用案由 RT-90');
  await expect(row(page, 'RT-90').getByTestId('catalog-inactive')).toBeVisible();
  await expect(page.getByTestId('catalog-count')).toHaveText('共 39 个案由（目录中共 39 个，其中停用 1 个）');
  await page.getByRole('button', { name: '启用 RT-90' }).click();
  await expect(page.getByTestId('catalog-count')).toHaveText('共 39 个案由（目录中共 39 个，其中停用 0 个）');

  // Each change is in the 执法全过程记录.
  await page.getByRole('link', { name: '执法全过程记录' }).click();
  await expect(page.getByText('新增案由').first()).toBeVisible();
  await expect(page.getByText('修改案由与裁量基准').first()).toBeVisible();
  await expect(page.getByText('停用或启用案由').first()).toBeVisible();
});

test('a head is offered no 新增, 编辑 or 停用', async ({ page, host }) => {
  await signIn(page, host, 'head');
  await openCatalog(page);
  await expect(page.getByTestId('cause-add')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^编辑 / })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^停用 / })).toHaveCount(0);
});
