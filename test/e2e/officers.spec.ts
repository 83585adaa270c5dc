/** 执法队伍: certificate warnings, the roster's export and all-or-nothing import; a head may only look. */
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, signIn, test } from './fixtures';

async function openTeam(page: Page): Promise<void> {
  await page.getByRole('link', { name: '执法队伍' }).click();
  await expect(page.getByRole('heading', { name: '执法队伍' })).toBeVisible();
  await expect(page.getByTestId('officers-table')).toBeVisible();
}

const officerRow = (page: Page, name: string) => page.locator(`[data-testid="officer-row"][data-name="${name}"]`);

async function upload(page: Page, content: string): Promise<void> {
  await page.getByTestId('roster-import').locator('input[type="file"]').setInputFiles({ name: '执法人员.csv', mimeType: 'text/csv', buffer: Buffer.from(content, 'utf8') });
}

test('the admin sees a certificate about to expire, exports the roster, and has a file with bad rows refused row by row before importing it corrected', async ({ page, host }) => {
  await signIn(page, host, 'admin');
  await openTeam(page);
  // 黄磊's certificate runs out within the office's 60-day window.
  await expect(page.getByTestId('certificate-warnings')).toContainText('黄磊');
  await expect(officerRow(page, '黄磊').getByTestId('officer-flag')).toHaveText('即将到期');
  await expect(officerRow(page, '李明')).toContainText('clerk');
  await expect(officerRow(page, '李明').getByTestId('officer-flag')).toHaveCount(0);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出名册（CSV）' }).click();
  const download = await downloading;
  const lines = fs.readFileSync(await download.path()).toString('utf8').split('\r\n');
  expect(lines[0]).toContain('姓名,所在单位,执法证号');
  const template = lines.find((l) => l.startsWith('刘洋,'))!;

  // Two new officers; one with a certificate number too short, one with an impossible date.
  const good = template.replace('刘洋', '钱坤').replace('14330100004', '14330100091');
  const badNumber = template.replace('刘洋', '孔亮').replace('14330100004', '12');
  const badDate = template.replace('刘洋', '宋佳').replace('14330100004', '14330100093').replace(/,\d{4}-\d{2}-\d{2},/, ',2026-02-30,');
  const body = lines.filter((l) => l !== '');
  await upload(page, [...body, good, badNumber, badDate].join('\r\n'));
  const problems = page.getByTestId('roster-import-problems');
  await expect(problems).toContainText('未作任何更改');
  await expect(problems.getByTestId('roster-problem')).toHaveCount(2);
  await expect(problems).toContainText('执法证号应为6至20位数字或字母');
  await expect(officerRow(page, '钱坤')).toHaveCount(0);

  await upload(page, [...body, good].join('\r\n'));
  await expect(page.getByTestId('roster-import-counts')).toContainText('新增 1 人');
  await page.getByRole('button', { name: '确认导入' }).click();
  await expect(page.getByTestId('roster-import-done')).toContainText('新增 1 人');
  await expect(officerRow(page, '钱坤')).toContainText('14330100091');
});

test('a head sees the team and its warnings but is offered no editing or import', async ({ page, host }) => {
  await signIn(page, host, 'head');
  await openTeam(page);
  await expect(page.getByTestId('officers-readonly')).toBeVisible();
  await expect(page.getByTestId('certificate-warnings')).toContainText('黄磊');
  await expect(page.getByRole('button', { name: '添加执法人员' })).toHaveCount(0);
  await expect(page.getByTestId('roster-import')).toHaveCount(0);
  await expect(page.getByRole('button', { name: '编辑' })).toHaveCount(0);
});
