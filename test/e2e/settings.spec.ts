/** 文书设置: the admin sets the office's particulars and notice wording; a head may only look; a clerk is not offered the page. */
import type { Locator, Page } from '@playwright/test';
import { expect, signIn, test } from './fixtures';

/** The notice card of one notice key (e.g. remedyWithEnforcement: 当场行政处罚决定书、行政处罚决定书). */
function notice(page: Page, key: string): Locator {
  return page.locator(`[data-testid="notice"][data-key="${key}"]`);
}

function ownSwitch(card: Locator): Locator {
  return card.getByRole('switch', { name: '使用本机关文字' });
}

/** The office's wording box: placeholders show as chips; `data-value` is the text as stored. */
function ownText(card: Locator): Locator {
  return card.getByRole('textbox', { name: '本机关文字', exact: true });
}

async function openSettings(page: Page): Promise<void> {
  await page.getByRole('link', { name: '文书设置' }).click();
  await expect(page).toHaveURL(/#\/settings\/documents$/);
  await expect(page.getByRole('heading', { name: '文书设置' })).toBeVisible();
}

const COURT = '东州市铁路运输法院';
const REMEDY =
  '当事人如不服本决定，可以自收到本决定书之日起六十日内向{reconsiderationOrgan:text:10}申请行政复议，' +
  '或者自收到本决定书之日起六个月内向{litigationCourt:text:10}提起行政诉讼；复议和诉讼期间本决定不停止执行。' +
  '逾期不申请复议、不起诉又不履行的，本机关将依法申请人民法院强制执行。';
/** The same wording without the court-enforcement warning the law makes form 15 state. */
const REMEDY_WITHOUT_WARNING = REMEDY.slice(0, REMEDY.indexOf('逾期不申请复议'));

test('an admin changes 管辖法院 and one notice’s wording; both are kept after a reload', async ({ page, host }) => {
  await signIn(page, host, 'admin');
  await openSettings(page);

  await expect(page.getByLabel('执法部门全称')).toHaveValue('东州市交通运输综合行政执法支队');
  await page.getByLabel('管辖法院', { exact: true }).fill(COURT);

  // Form 14 has its own 复议前置 clause (行政复议法 第二十三条), so the 复议-or-诉讼 wording is form 15's alone.
  const onSpot = notice(page, 'remedyReconsiderationFirst');
  await expect(onSpot.getByTestId('notice-forms')).toHaveText('用于：当场行政处罚决定书');
  await expect(onSpot.getByTestId('notice-default')).toContainText('应当先申请行政复议');
  const card = notice(page, 'remedyWithEnforcement');
  await expect(card.getByTestId('notice-forms')).toHaveText('用于：行政处罚决定书');
  await expect(card.getByTestId('notice-default')).toContainText('申请行政复议');
  await expect(ownText(card)).toHaveCount(0);
  await ownSwitch(card).check();
  await expect(ownSwitch(card)).toBeChecked();
  // Starts from the default wording, to be edited.
  await expect(ownText(card)).toHaveAttribute('data-value', /申请行政复议/);
  await ownText(card).fill(REMEDY);
  await expect(page.getByTestId('settings-save-state')).toHaveText('有尚未保存的修改');

  // Unsaved changes are not dropped silently on the way out.
  await page.getByRole('link', { name: '账户管理' }).click();
  const leave = page.getByRole('dialog', { name: '有尚未保存的修改' });
  await expect(leave).toBeVisible();
  await leave.getByRole('button', { name: '留在本页' }).click();
  await expect(page).toHaveURL(/#\/settings\/documents$/);

  // The wording may change, but not lose what the law makes the decision state.
  await ownText(card).fill(REMEDY_WITHOUT_WARNING);
  await page.keyboard.press('Control+s');
  await expect(ownText(card)).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('settings-save-state')).toHaveText('有尚未保存的修改');
  await ownText(card).fill(REMEDY);

  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('settings-save-state')).toHaveText('设置已保存');

  await page.reload();
  await expect(page.getByLabel('管辖法院', { exact: true })).toHaveValue(COURT);
  await expect(ownSwitch(card)).toBeChecked();
  await expect(ownText(card)).toHaveAttribute('data-value', REMEDY);
  await expect(page.getByTestId('notice-count')).toContainText('其中 1 项使用本机关文字');
});

test('a wording naming a field the forms do not have is refused under its box and nothing is saved', async ({ page, host }) => {
  await signIn(page, host, 'admin');
  await openSettings(page);

  const court = page.getByLabel('管辖法院', { exact: true });
  const storedCourt = await court.inputValue();
  await court.fill(COURT);
  const card = notice(page, 'remedy');
  await ownSwitch(card).check();
  await ownText(card).fill('当事人如不服本决定，可以向{没有这一栏}申请行政复议。');
  await page.getByRole('button', { name: '保存设置' }).click();

  await expect(page.getByTestId('settings-banner')).toContainText('填写的内容有误');
  await expect(ownText(card)).toHaveAttribute('aria-invalid', 'true');
  await expect(ownText(card)).toHaveAccessibleDescription(/没有这一栏/);
  await expect(ownText(card)).toBeFocused();
  // What was typed stays on the page.
  await expect(court).toHaveValue(COURT);
  await expect(page.getByTestId('settings-save-state')).toHaveText('有尚未保存的修改');

  // Leaving asks (the browser's own question on a reload); the stored settings are the old ones.
  const asked = new Promise<string>((resolve) => page.once('dialog', (d) => (resolve(d.type()), void d.accept())));
  await page.reload();
  expect(await asked).toBe('beforeunload');
  await expect(court).toHaveValue(storedCourt);
  await expect(ownSwitch(card)).not.toBeChecked();
  await expect(ownText(card)).toHaveCount(0);
});

test('a clerk is not offered 文书设置; a head sees it read-only', async ({ page, context, host }) => {
  await signIn(page, host, 'head');
  await openSettings(page);
  await expect(page.getByTestId('settings-readonly')).toContainText('只有系统管理员可以修改');
  await expect(page.getByLabel('管辖法院', { exact: true })).not.toBeEditable();
  await expect(ownSwitch(notice(page, 'remedy'))).toBeDisabled();
  await expect(page.getByRole('button', { name: '保存设置' })).toHaveCount(0);

  const clerk = await context.newPage();
  await signIn(clerk, host, 'clerk');
  await expect(clerk.getByRole('link', { name: '案件列表' })).toBeVisible();
  await expect(clerk.getByRole('link', { name: '文书设置' })).toHaveCount(0);
  // Typed by hand, the address only says the page is not for this role.
  await clerk.evaluate(() => {
    (globalThis as unknown as { location: { hash: string } }).location.hash = '#/settings/documents';
  });
  await expect(clerk.getByTestId('settings-forbidden')).toBeVisible();
});

test('notices are shown by their Chinese names with fields as chips; a field is inserted by name and stored as its placeholder', async ({ page, host }) => {
  await signIn(page, host, 'admin');
  await openSettings(page);

  const charge = notice(page, 'charge');
  await expect(charge.getByTestId('notice-title')).toHaveText('违法事实与拟处罚');
  await expect(charge.getByTestId('notice-default').getByTestId('field-chip').first()).toHaveText('违法行为');
  // Nothing of the stored form shows: no key, no braces.
  await expect(page.getByTestId('settings-notices')).not.toContainText('标识');
  await expect(page.getByTestId('settings-notices')).not.toContainText('{');

  await ownSwitch(charge).check();
  const box = ownText(charge);
  await expect(box.getByTestId('field-chip').first()).toHaveText('违法行为');
  const stored = await box.getAttribute('data-value');
  expect(stored).toContain('{illegalAct:text:12}');

  // Typed text at the end, then a field put in from the menu by its name.
  await box.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('另查明，');
  await charge.getByRole('button', { name: '插入栏目' }).click();
  await page.getByRole('menuitem', { name: '拟罚款金额', exact: true }).click();
  await expect(box).toHaveAttribute('data-value', `${stored}另查明，{proposedFine:moneyBoth:10}`);
  await expect(box.getByTestId('field-chip').last()).toHaveText('拟罚款金额');

  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('settings-save-state')).toHaveText('设置已保存');
  await page.reload();
  await expect(ownText(notice(page, 'charge'))).toHaveAttribute('data-value', `${stored}另查明，{proposedFine:moneyBoth:10}`);
});

test('three bad wordings are each refused under their own notice, all in one save', async ({ page, host }) => {
  await signIn(page, host, 'admin');
  await openSettings(page);

  const wrong: [string, string][] = [
    ['remedy', '当事人如不服本通知书，可以向{没有这一栏}申请行政复议。'],
    ['hearing', '要求举行听证的权利。'],
    ['charge', '经调查，本机关认为你（单位）{不存在}的行为违法。'],
  ];
  for (const [key, text] of wrong) {
    const card = notice(page, key);
    await ownSwitch(card).check();
    await ownText(card).fill(text);
  }
  await page.getByRole('button', { name: '保存设置' }).click();
  await expect(page.getByTestId('settings-banner')).toContainText('填写的内容有误');
  for (const [key] of wrong) await expect(ownText(notice(page, key))).toHaveAttribute('aria-invalid', 'true');
  await expect(notice(page, 'remedy').getByTestId('wording-problems')).toContainText('{没有这一栏}');
  await expect(notice(page, 'hearing').getByTestId('wording-problems')).toContainText('「听证权利」不能删去法定内容');
  await expect(notice(page, 'charge').getByTestId('wording-problems')).toContainText('{不存在}');
  await expect(page.getByTestId('settings-save-state')).toHaveText('有尚未保存的修改');
});

test('timings stay out of the daily screens and are kept in the admin’s 运行诊断', async ({ page, context, host }) => {
  const clerk = await context.newPage();
  await signIn(clerk, host, 'clerk');
  await clerk.getByRole('link', { name: '待办与期限' }).click();
  await expect(clerk.getByText(/^截至\d{4}年/)).toBeVisible();
  await expect(clerk.locator('body')).not.toContainText('毫秒');
  await clerk.getByRole('link', { name: '案件列表' }).click();
  await expect(clerk.getByTestId('case-total')).toBeVisible();
  await expect(clerk.locator('body')).not.toContainText('毫秒');
  await expect(clerk.getByRole('link', { name: '运行诊断' })).toHaveCount(0);

  await signIn(page, host, 'admin');
  await openSettings(page);
  await page.getByRole('link', { name: '运行诊断' }).click();
  await expect(page).toHaveURL(/#\/admin\/diagnostics$/);
  await expect(page.getByTestId('diag-version')).not.toBeEmpty();
  await expect(page.getByTestId('diag-schema')).toHaveText(/^\d+$/);
  await expect(page.getByTestId('diag-data-dir')).not.toBeEmpty();
  await expect(page.getByTestId('diag-keychain-state')).toHaveText(/可用|不可用/);
  const call = page.locator('[data-testid="diag-call"][data-name="settings.documents.get"]').first();
  await expect(call).toContainText('毫秒');
  await expect(call).toContainText('成功');
});
