/** 立案登记 without dead ends: the 简易程序 warning of 第五十一条, and the officer picker after a refused submit. */
import type { Page } from '@playwright/test';
import { expect, signIn, test } from './fixtures';
import { choose, openRegistration } from './form-helpers';

/** RT-06 (客运班车不按批准的站点停靠…): a fine of 1000 元 at the least, over the 200 元 a 公民 may be fined on the spot. */
const OVER_LIMIT_CAUSE = /^客运班车不按批准的站点停靠/;

async function chooseCause(page: Page, cause: RegExp): Promise<void> {
  await choose(page, page.getByLabel('执法门类'), '道路运政');
  await page.getByLabel('案由').click();
  await page.getByRole('option', { name: cause }).click();
  await expect(page.getByTestId('cause-basis')).toBeVisible();
}

test('warns when 简易程序 is chosen for a 案由 whose lowest fine exceeds the 简易 limit, naming 第五十一条, without blocking', async ({ page, host }) => {
  await signIn(page, host, 'clerk');
  await openRegistration(page);
  await chooseCause(page, OVER_LIMIT_CAUSE);
  const warning = page.getByTestId('simple-procedure-warning');

  await page.getByRole('radio', { name: '普通程序' }).check();
  await expect(warning).toHaveCount(0);

  await page.getByRole('radio', { name: '简易程序' }).check();
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('法定罚款最低1000元');
  await expect(warning).toContainText('公民200元以下');
  await expect(warning).toContainText('行政处罚法 第五十一条');
  // A warning, not a block: the choice stays and the form can still be sent.
  await expect(page.getByRole('radio', { name: '简易程序' })).toBeChecked();
  await expect(page.getByRole('button', { name: '提交立案' })).toBeEnabled();

  // For an organisation the limit is 3000 元, which this 案由's lowest fine does not exceed.
  await page.getByRole('button', { name: '添加单位当事人' }).click();
  await expect(warning).toHaveCount(0);

  // Back to 普通程序: the warning goes.
  await page.getByRole('radio', { name: '普通程序' }).check();
  await expect(warning).toHaveCount(0);
});

test('the 执法人员 picker does not open over its own error after a failed submit', async ({ page, host }) => {
  await signIn(page, host, 'clerk');
  await openRegistration(page);
  const officers = page.getByRole('combobox', { name: '执法人员' });
  // Only one officer (the preselected clerk) under 普通程序, and nothing else filled in yet.
  await officers.click();
  await page.keyboard.press('Escape');
  for (const chip of await page.getByText(/^李明（执法证号/).all()) await expect(chip).toBeVisible();
  await page.getByRole('button', { name: '提交立案' }).click();

  await expect(page.getByTestId('form-error')).toBeVisible();
  // Whatever field took the focus, the officer list is closed and its message readable.
  await page.getByRole('combobox', { name: '执法人员' }).focus();
  await expect(page.getByText(/执法人员不得少于两人/).first()).toBeVisible();
  await expect(page.getByRole('listbox')).toHaveCount(0);

  // A click still opens it to add the second officer, and the message goes once there are two.
  await officers.click();
  await page.getByRole('option', { name: /^王芳（执法证号/ }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByText(/执法人员不得少于两人/)).toHaveCount(0);
});
