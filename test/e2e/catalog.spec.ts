/** 案由与裁量基准: the admin exports the catalogue, imports an edited file (refused whole while one row is wrong); a head may only look. */
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, signIn, test } from './fixtures';

async function openCatalog(page: Page): Promise<void> {
  await page.getByRole('link', { name: '案由与裁量基准' }).click();
  await expect(page).toHaveURL(/#\/settings\/causes$/);
  await expect(page.getByRole('heading', { name: '案由与裁量基准' })).toBeVisible();
  await expect(page.getByTestId('catalog-table')).toBeVisible();
}

function row(page: Page, code: string) {
  return page.locator(`[data-testid="catalog-row"][data-code="${code}"]`);
}

async function upload(page: Page, name: string, content: string): Promise<void> {
  await page.getByTestId('catalog-import').locator('input[type="file"]').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content, 'utf8') });
}

test('an admin exports the CSV, has an edited file with one bad row refused whole, then imports the corrected file', async ({ page, host }) => {
  await signIn(page, host, 'admin');
  await openCatalog(page);
  await expect(page.getByTestId('catalog-count')).toHaveText('共 38 个案由（目录中共 38 个，其中停用 0 个）');

  // The tiers of a row open under it.
  await page.getByRole('button', { name: '展开 RT-04 的详细内容' }).click();
  const detail = page.locator('[data-testid="catalog-detail"][data-code="RT-04"]');
  await expect(detail).toContainText('《中华人民共和国道路运输条例》');
  await expect(detail.getByTestId('catalog-tiers')).toContainText('200—500 元');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^案由目录-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = fs.readFileSync(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const exported = bytes.toString('utf8');
  const lines = exported.split('\r\n');
  expect(lines[0]).toBe('\uFEFF编码,执法门类,案由名称,违法依据,处罚依据,处罚种类和幅度,法定罚款下限,法定罚款上限,裁量基准,状态');

  // One good change (HW-02's title) and one bad row: an RT-04 tier whose range is upside down.
  const hw02 = lines.findIndex((l) => l.startsWith('HW-02,'));
  const rt04 = lines.findIndex((l) => l.startsWith('RT-04,'));
  lines[hw02] = lines[hw02].replace('擅自占用、挖掘公路,', '擅自占用、挖掘公路（本省表述）,');
  const bad = [...lines];
  bad[rt04] = bad[rt04].replace('轻微:200-500', '轻微:500-200');

  await upload(page, '案由目录-修改.csv', bad.join('\r\n'));
  const problems = page.getByTestId('catalog-import-problems');
  await expect(problems).toContainText('文件中有 1 处问题，未作任何更改');
  const problem = problems.getByTestId('catalog-problem');
  await expect(problem).toHaveCount(1);
  await expect(problem.locator('td').nth(0)).toHaveText(String(rt04));
  await expect(problem.locator('td').nth(1)).toHaveText('裁量基准');
  await expect(problem.locator('td').nth(2)).toHaveText('第1档：罚款下限不能高于上限');
  await expect(page.getByRole('button', { name: '确认导入' })).toHaveCount(0);
  // Nothing changed, not even the good row.
  await expect(row(page, 'HW-02')).toContainText('擅自占用、挖掘公路');
  await expect(row(page, 'HW-02')).not.toContainText('本省表述');

  // The corrected file is checked first, then imported on confirmation.
  await upload(page, '案由目录-修改.csv', lines.join('\r\n'));
  await expect(page.getByTestId('catalog-import-counts')).toHaveText('新增 0 个 / 更新 1 个 / 未变 37 个');
  await expect(row(page, 'HW-02')).not.toContainText('本省表述');
  await page.getByRole('button', { name: '确认导入' }).click();
  await expect(page.getByTestId('catalog-import-done')).toHaveText('已导入：新增 0 个，更新 1 个，未变 37 个。');
  await expect(row(page, 'HW-02')).toContainText('擅自占用、挖掘公路（本省表述）');

  await page.reload();
  await expect(row(page, 'HW-02')).toContainText('擅自占用、挖掘公路（本省表述）');
});

test('a file that is not a catalogue is refused with a Chinese explanation', async ({ page, host }) => {
  await signIn(page, host, 'admin');
  await openCatalog(page);
  await upload(page, '名单.csv', '姓名,电话\r\n张三,13800000000\r\n');
  await expect(page.getByTestId('catalog-import-error')).toContainText('第一行不是案由目录的表头');
  await upload(page, '照片.png', 'PNG');
  await expect(page.getByTestId('catalog-import-error')).toContainText('请选择 .csv 或 .json 文件');
});

test('a head sees the catalogue and may export it, but is offered no import', async ({ page, host }) => {
  await signIn(page, host, 'head');
  await openCatalog(page);
  await expect(page.getByTestId('catalog-readonly')).toBeVisible();
  await expect(page.getByRole('button', { name: '导出 JSON' })).toBeVisible();
  await expect(page.getByTestId('catalog-import')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /导入/ })).toHaveCount(0);

  // Searching by title narrows the table to the matching rows under their 执法门类.
  await page.getByLabel('查找案由').fill('超限');
  await expect(page.getByTestId('catalog-row')).toHaveCount(4);
  await expect(page.getByTestId('catalog-group')).toHaveText(/公路路政/);
});
