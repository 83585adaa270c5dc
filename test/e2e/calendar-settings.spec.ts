/** 工作日历 and 程序设置: the admin marks a day a holiday and back, changes a threshold; a clerk is not offered either page. */
import type { Locator, Page } from '@playwright/test';
import { expect, signIn, test } from './fixtures';

/** A day's cell in the month grids. */
function cell(page: Page, day: string): Locator {
  return page.locator(`[data-testid="calendar-day"][data-day="${day}"]`);
}

/** Steps the year switcher to `year`. */
async function showYear(page: Page, year: number): Promise<void> {
  const heading = page.getByTestId('calendar-year');
  await expect(heading).toHaveText(/^\d{4}年$/);
  for (let i = 0; i < 200; i++) {
    const shown = Number((await heading.textContent())!.slice(0, 4));
    if (shown === year) return;
    await page.getByRole('button', { name: shown < year ? '下一年' : '上一年' }).click();
    await expect(heading).toHaveText(`${shown < year ? shown + 1 : shown - 1}年`);
  }
}

test('an admin marks a weekday a holiday, sees it kept after a reload, and returns it to normal', async ({ page, host }) => {
  await signIn(page, host, 'admin');
  await page.getByRole('link', { name: '工作日历' }).click();
  await expect(page).toHaveURL(/#\/settings\/calendar$/);
  await expect(page.getByRole('heading', { name: '工作日历', exact: true })).toBeVisible();
  await expect(page.getByTestId('calendar-notice')).toContainText('国务院办公厅关于部分节假日安排的通知');
  await showYear(page, 2026);

  // The published schedule is there: 国庆节 in red with its name, the 调休 Saturday in blue (班).
  await expect(cell(page, '2026-10-01')).toHaveAttribute('data-state', 'holiday');
  await expect(cell(page, '2026-10-01')).toContainText('国庆节');
  await expect(cell(page, '2026-10-10')).toHaveAttribute('data-state', 'makeup');
  await expect(cell(page, '2026-10-10')).toContainText('班');
  await expect(cell(page, '2026-03-14')).toHaveAttribute('data-state', 'weekend');

  const day = cell(page, '2026-03-11');
  await expect(day).toHaveAttribute('data-state', 'workday');
  await day.click();
  const dialog = page.getByRole('dialog', { name: '2026年3月11日（星期三）' });
  await expect(dialog.getByTestId('calendar-day-current')).toHaveText('目前：工作日');
  await expect(dialog.getByRole('radio', { name: '节假日' })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: '调休上班' })).toHaveCount(0);
  await dialog.getByLabel('名称').fill('本地假日');
  await dialog.getByRole('button', { name: '保存' }).click();

  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('calendar-result')).toContainText(/2026年3月11日已标记为节假日。已重新计算 \d+ 个案件的期限/);
  await expect(day).toHaveAttribute('data-state', 'holiday');
  await expect(day).toContainText('本地假日');
  await expect(page.locator('[data-testid="calendar-marked-day"][data-day="2026-03-11"]')).toContainText('本地假日');

  await page.reload();
  await showYear(page, 2026);
  await expect(day).toHaveAttribute('data-state', 'holiday');

  await day.click();
  await expect(dialog.getByTestId('calendar-day-current')).toHaveText('目前：节假日（本地假日）');
  await dialog.getByRole('radio', { name: '恢复正常' }).check();
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('calendar-result')).toContainText(/2026年3月11日已恢复正常。已重新计算 \d+ 个案件的期限/);
  await expect(day).toHaveAttribute('data-state', 'workday');
  await expect(page.locator('[data-testid="calendar-marked-day"][data-day="2026-03-11"]')).toHaveCount(0);
});

test('an admin raises the hearing threshold, saves with Ctrl+S, and finds it after a reload', async ({ page, host }) => {
  await signIn(page, host, 'admin');
  await page.getByRole('link', { name: '程序设置' }).click();
  await expect(page).toHaveURL(/#\/settings\/procedure$/);
  await expect(page.getByRole('heading', { name: '程序设置', exact: true })).toBeVisible();

  const row = page.locator('[data-testid="setting"][data-key="hearingFineIndividual"]');
  const threshold = page.getByLabel('公民罚款听证标准');
  await expect(threshold).toHaveValue('2,000');
  await expect(row.getByTestId('setting-default')).toHaveText('默认：2,000 元');
  await expect(row).toContainText('较大数额');
  await expect(row.getByRole('button', { name: '恢复默认' })).toBeDisabled();

  await threshold.fill('3000');
  await expect(page.getByTestId('proc-settings-save-state')).toHaveText('有尚未保存的修改');
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('proc-settings-save-state')).toContainText('程序设置已保存');

  await page.reload();
  await expect(threshold).toHaveValue('3,000');
  await expect(row.getByRole('button', { name: '恢复默认' })).toBeEnabled();

  // A period outside its bounds is refused under its box; nothing is stored.
  const statement = page.getByLabel('陈述申辩期限');
  await statement.fill('0');
  await page.getByRole('button', { name: '保存设置' }).click();
  await expect(page.getByTestId('proc-settings-banner')).toContainText('填写的内容有误');
  await expect(statement).toHaveAttribute('aria-invalid', 'true');
  await expect(statement).toHaveAccessibleDescription(/陈述申辩期限应为 1 至 30 之间的整数/);

  await page.locator('[data-testid="setting"][data-key="statementWorkingDays"]').getByRole('button', { name: '恢复默认' }).click();
  await row.getByRole('button', { name: '恢复默认' }).click();
  await expect(threshold).toHaveValue('2,000');
  await page.getByRole('button', { name: '保存设置' }).click();
  await expect(page.getByTestId('proc-settings-save-state')).toContainText('程序设置已保存');
  await page.reload();
  await expect(threshold).toHaveValue('2,000');
});

test('延长办案期限 and 直接强制执行 are off by default and switch on only with their legal basis named', async ({ page, host }) => {
  await signIn(page, host, 'admin');
  await page.getByRole('link', { name: '程序设置' }).click();
  await expect(page.getByRole('heading', { name: '程序设置', exact: true })).toBeVisible();

  const extension = page.getByRole('switch', { name: '允许延长办案期限' });
  const extensionBasis = page.getByLabel('延长办案期限的依据');
  const extensionDays = page.getByLabel('每次延长办案期限');
  await expect(extension).not.toBeChecked();
  await expect(page.locator('[data-testid="setting"][data-key="decisionExtensionEnabled"]')).toContainText('行政处罚法 第六十条');
  // While extensions are off, their days and count say nothing and cannot be edited.
  await expect(extensionDays).toBeDisabled();
  await expect(extensionBasis).toBeDisabled();

  await extension.check();
  await expect(extensionDays).toBeEnabled();
  await page.getByRole('button', { name: '保存设置' }).click();
  await expect(extensionBasis).toHaveAttribute('aria-invalid', 'true');
  await expect(extensionBasis).toHaveAccessibleDescription(/须填写延长办案期限的依据/);
  await expect(extensionBasis).toBeFocused();
  await expect(page.getByTestId('proc-settings-save-state')).toHaveText('有尚未保存的修改');

  const basis = '《某省行政程序规定》第××条（测试用依据）';
  await extensionBasis.fill(basis);
  const enforcement = page.getByRole('switch', { name: '本单位享有直接强制执行权（划拨、拍卖等）' });
  const enforcementBasis = page.getByLabel('强制执行权的法律依据');
  await expect(enforcement).not.toBeChecked();
  await expect(page.locator('[data-testid="setting"][data-key="directEnforcement"]')).toContainText('行政强制法 第十三条');
  await enforcement.check();
  await page.keyboard.press('Control+s');
  await expect(enforcementBasis).toHaveAttribute('aria-invalid', 'true');
  await enforcement.uncheck();
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('proc-settings-save-state')).toContainText('程序设置已保存');

  await page.reload();
  await expect(extension).toBeChecked();
  await expect(extensionBasis).toHaveValue(basis);
  await expect(extensionDays).toBeEnabled();
  await expect(enforcement).not.toBeChecked();
  await expect(enforcementBasis).toBeDisabled();
});

test('a clerk is offered neither 程序设置 nor 工作日历', async ({ page, host }) => {
  await signIn(page, host, 'clerk');
  await expect(page.getByRole('link', { name: '案件列表' })).toBeVisible();
  await expect(page.getByRole('link', { name: '程序设置' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: '工作日历' })).toHaveCount(0);
  // Typed by hand, the addresses only say the pages are not for this role.
  await page.evaluate(() => {
    (globalThis as unknown as { location: { hash: string } }).location.hash = '#/settings/calendar';
  });
  await expect(page.getByTestId('calendar-forbidden')).toBeVisible();
  await page.evaluate(() => {
    (globalThis as unknown as { location: { hash: string } }).location.hash = '#/settings/procedure';
  });
  await expect(page.getByTestId('proc-settings-forbidden')).toBeVisible();
});
