/** Signing in and out, and what a reload keeps. */
import { DEMO_PASSWORD, expect, signIn, test } from './fixtures';

test('a wrong password is refused, a reload keeps the session, and signing out returns to the login page', async ({ page, host }) => {
  await page.goto(await host.launchUrl());
  await expect(page.getByText('演示账户如下，密码均为 demo1234：')).toBeVisible();
  await expect(page.getByTestId('login-demo-account')).toHaveText([
    'clerk 李明（承办人）', 'clerk2 王芳（承办人）', 'reviewer 赵敏（法制审核员）', 'head 孙建国（负责人）', 'archivist 周红（档案管理员）', 'admin 系统管理员（系统管理员）',
  ]);
  await page.getByLabel('用户名').fill('clerk');
  await page.getByLabel('密码').fill('wrong-password');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('alert')).toContainText('用户名或密码不正确');

  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByTestId('current-user')).toHaveText('李明（承办人）');
  await expect(page.getByText('东州市交通运输综合行政执法支队')).toBeVisible();

  // A reload resumes the session on the new connection and stays on the same case.
  await page.getByTestId('case-row').first().click();
  const number = (await page.getByTestId('case-number').textContent())!;
  await page.reload();
  await expect(page.getByTestId('case-number')).toHaveText(number);
  await expect(page.getByTestId('current-user')).toHaveText('李明（承办人）');

  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page.getByLabel('用户名')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('用户名')).toBeVisible();
  await expect(page.getByTestId('current-user')).toHaveCount(0);
});

test('a reviewer sees the case list but is not offered 立案登记', async ({ page, host }) => {
  await signIn(page, host, 'reviewer');
  await expect(page.getByTestId('current-user')).toHaveText('赵敏（法制审核员）');
  await expect(page.getByTestId('case-row').first()).toBeVisible();
  await expect(page.getByRole('link', { name: '立案登记' })).toHaveCount(0);
});
