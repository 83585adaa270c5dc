/** 账户管理: a new account's one-time password, its forced change, and a disabled account's session. */
import { expect, signIn, test } from './fixtures';
import { choose, goToHash } from './form-helpers';

test('an admin creates a clerk, who must change the one-time password at first login before anything else', async ({ page, host, browser }) => {
  await signIn(page, host, 'admin');
  // The admin configures and does not work cases.
  await expect(page.getByRole('link', { name: '案件列表' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: '立案登记' })).toHaveCount(0);
  await page.getByRole('link', { name: '账户管理' }).click();
  await expect(page.getByTestId('account-row').filter({ hasText: 'clerk2' })).toContainText('王芳');

  await page.getByRole('button', { name: '新建账户' }).click();
  const dialog = page.getByTestId('account-dialog');
  // A username already in use is refused under its box, in Chinese.
  await dialog.getByLabel('用户名').fill('clerk');
  await dialog.getByLabel('姓名').fill('陈刚');
  await choose(page, dialog.getByLabel('角色'), '承办人');
  await choose(page, dialog.getByLabel('关联执法人员'), /^陈刚（执法证号/);
  await dialog.getByRole('button', { name: '创建' }).click();
  await expect(dialog.getByText(/用户名“clerk”已被使用/)).toBeVisible();
  await dialog.getByLabel('用户名').fill('chengang');
  await dialog.getByRole('button', { name: '创建' }).click();

  const oneTime = (await page.getByTestId('one-time-password').textContent())!.trim();
  await expect(page.getByTestId('one-time-password-dialog')).toContainText('首次登录时必须修改');
  await page.getByRole('button', { name: '我已记下，关闭' }).click();
  await expect(page.getByTestId('account-row').filter({ hasText: 'chengang' })).toContainText('陈刚');

  const ctx = await browser.newContext();
  const clerk = await ctx.newPage();
  await clerk.goto(await host.launchUrl());
  await clerk.getByLabel('用户名').fill('chengang');
  await clerk.getByLabel('密码').fill(oneTime);
  await clerk.getByRole('button', { name: '登录' }).click();
  await expect(clerk.getByTestId('forced-password-change')).toBeVisible();

  // No other screen is reachable first, not even by its address.
  await goToHash(clerk, '#/cases/new');
  await expect(clerk.getByTestId('forced-password-change')).toBeVisible();
  await expect(clerk.getByRole('heading', { name: '立案登记' })).toHaveCount(0);
  await expect(clerk.getByTestId('current-user')).toHaveCount(0);

  // The new password must differ from the one-time one and meet the policy.
  await clerk.getByLabel('一次性密码').fill(oneTime);
  await clerk.getByLabel(/^新密码( \*)?$/).fill('abc');
  await clerk.getByLabel('再次输入新密码').fill('abc');
  await clerk.getByRole('button', { name: '修改密码' }).click();
  await expect(clerk.getByText(/密码不符合本单位的密码要求/)).toBeVisible();

  await clerk.getByLabel('一次性密码').fill(oneTime);
  await clerk.getByLabel(/^新密码( \*)?$/).fill('Dongzhou#Road77');
  await clerk.getByLabel('再次输入新密码').fill('Dongzhou#Road77');
  await clerk.getByRole('button', { name: '修改密码' }).click();
  await expect(clerk.getByTestId('current-user')).toHaveText('陈刚（承办人）');
  await expect(clerk.getByRole('heading', { name: '立案登记' })).toBeVisible();

  // The one-time password is spent; the new one signs in.
  await clerk.getByRole('button', { name: '退出登录' }).click();
  await clerk.getByLabel('用户名').fill('chengang');
  await clerk.getByLabel('密码').fill(oneTime);
  await clerk.getByRole('button', { name: '登录' }).click();
  await expect(clerk.getByRole('alert')).toContainText('用户名或密码不正确');
  await clerk.getByLabel('密码').fill('Dongzhou#Road77');
  await clerk.getByRole('button', { name: '登录' }).click();
  await expect(clerk.getByTestId('current-user')).toHaveText('陈刚（承办人）');
  await ctx.close();
});

test('an admin disables an account and its open session ends at once', async ({ page, host, browser }) => {
  const ctx = await browser.newContext();
  const clerk = await ctx.newPage();
  await signIn(clerk, host, 'clerk2');
  await expect(clerk.getByTestId('current-user')).toHaveText('王芳（承办人）');

  await signIn(page, host, 'admin');
  await page.getByRole('link', { name: '账户管理' }).click();
  const row = page.getByTestId('account-row').filter({ hasText: 'clerk2' });
  await row.getByRole('button', { name: '停用' }).click();
  await page.getByTestId('account-confirm').getByRole('button', { name: '停用' }).click();
  await expect(page.getByTestId('accounts-done')).toContainText('账户 clerk2 已停用');
  await expect(row.getByTestId('account-state')).toHaveText('已停用');

  // The clerk's next step meets the ended session and lands on the login page, told why.
  await clerk.getByRole('link', { name: '待办与期限' }).click();
  await expect(clerk.getByLabel('用户名')).toBeVisible();
  await expect(clerk.getByTestId('current-user')).toHaveCount(0);
  await expect(clerk.getByText('请重新登录', { exact: true })).toBeVisible();
  await clerk.getByLabel('用户名').fill('clerk2');
  await clerk.getByLabel('密码').fill('demo1234');
  await clerk.getByRole('button', { name: '登录' }).click();
  await expect(clerk.getByRole('alert')).toContainText('该账户已停用');

  // The admin cannot disable the last admin, and is told so in Chinese.
  await page.getByTestId('account-row').filter({ hasText: '系统管理员' }).getByRole('button', { name: '停用' }).click();
  await page.getByTestId('account-confirm').getByRole('button', { name: '停用' }).click();
  await expect(page.getByTestId('accounts-refusal')).toContainText(/不能停用/);
  await ctx.close();
});

test('安全设置: a password minimum under 8 is refused under its box; a saved lockout policy is kept after a reload', async ({ page, host }) => {
  await signIn(page, host, 'admin');
  await page.getByRole('link', { name: '安全设置' }).click();
  await expect(page.getByRole('heading', { name: '安全设置' })).toBeVisible();
  const minLength = page.getByLabel('密码最短长度');
  await expect(minLength).toHaveValue('10');
  await minLength.fill('6');
  await page.getByLabel('锁定前允许的失败次数').fill('5');
  await page.keyboard.press('Control+s');
  await expect(page.getByText('密码最短长度不能少于8位')).toBeVisible();
  await expect(minLength).toBeFocused();
  await expect(page.getByTestId('access-settings-save-state')).toHaveText('有未保存的修改');

  await minLength.fill('12');
  await page.getByRole('button', { name: '保存设置' }).click();
  await expect(page.getByTestId('access-settings-save-state')).toHaveText('已保存');
  await page.reload();
  await expect(page.getByLabel('密码最短长度')).toHaveValue('12');
  await expect(page.getByLabel('锁定前允许的失败次数')).toHaveValue('5');
});
