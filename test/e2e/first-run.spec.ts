/**
 * A real first start: an empty data directory opens on the first-run setup, and the office it makes
 * can take its first case once the admin has entered the team and a clerk's account.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { choose, daysAgo, typeDate } from './form-helpers';

test.use({ demo: false });

const ADMIN = { username: 'zhouzheng', name: '周正', password: 'Nanjiang#Setup2026' };

async function addOfficer(page: Page, o: { name: string; certNo: string }): Promise<void> {
  await page.getByRole('button', { name: '添加执法人员', exact: true }).click();
  const dialog = page.getByTestId('officer-dialog');
  await dialog.getByLabel('姓名').fill(o.name);
  await expect(dialog.getByLabel('所在单位')).toHaveValue('南江市交通运输综合行政执法大队');
  await dialog.getByLabel('执法证号').fill(o.certNo);
  await dialog.getByLabel('发证机关').fill('南江市人民政府');
  await typeDate(dialog.getByLabel('有效期自'), '2024-03-01');
  await typeDate(dialog.getByLabel('有效期至'), '2029-02-28');
  await dialog.getByRole('combobox', { name: '执法门类' }).click();
  await page.getByRole('option', { name: '道路运政', exact: true }).click();
  await page.keyboard.press('Escape');
  await dialog.getByRole('button', { name: '添加培训记录' }).click();
  await dialog.getByLabel('第1条培训的课程').fill('行政处罚法专题培训');
  await dialog.getByLabel('第1条培训的学时').fill('16');
  await typeDate(dialog.getByLabel('第1条培训的日期'), '2025-05-20');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('officers-saved')).toContainText(`执法人员 ${o.name} 已保存`);
  await expect(page.getByTestId('officer-row').filter({ hasText: o.name })).toContainText(o.certNo);
}

test('from an empty data directory: setup, two officers, a clerk account, and the clerk registers the first case', async ({ page, host }) => {
  await page.goto(await host.launchUrl());
  await expect(page.getByRole('heading', { name: '初始设置' })).toBeVisible();
  await expect(page.getByText('demo1234')).toHaveCount(0);

  await page.getByLabel('机构名称').fill('南江市交通运输综合行政执法大队');
  await page.getByLabel('案号用机关简称').fill('南');
  await page.getByLabel('行政区划代码').fill('330200');
  await page.getByLabel('用户名').fill(ADMIN.username);
  await page.getByLabel('姓名').fill(ADMIN.name);
  // A password the policy refuses is named under its box; the form keeps what was typed.
  await page.getByLabel(/^密码( \*)?$/).fill('short');
  await page.getByLabel('再次输入密码').fill('short');
  await page.getByRole('button', { name: '完成设置并登录' }).click();
  await expect(page.getByText(/密码至少需要10位，当前只有5位/)).toBeVisible();
  await expect(page.getByLabel(/^密码( \*)?$/)).toHaveAttribute('data-invalid', 'true');
  await expect(page.getByLabel('机构名称')).toHaveValue('南江市交通运输综合行政执法大队');

  await page.getByLabel(/^密码( \*)?$/).fill(ADMIN.password);
  await page.getByLabel('再次输入密码').fill(ADMIN.password);
  await page.getByRole('button', { name: '完成设置并登录' }).click();

  // Signed in as the admin, on what is left to do; the admin's menu has no case work.
  await expect(page.getByTestId('current-user')).toHaveText('周正（系统管理员）');
  await expect(page.getByRole('heading', { name: '下一步' })).toBeVisible();
  await expect(page.getByTestId('next-steps')).toContainText('添加执法人员');
  await expect(page.getByTestId('next-steps')).toContainText('创建账户');
  await expect(page.getByTestId('next-steps')).toContainText('填写文书设置');
  await expect(page.getByRole('link', { name: '案件列表' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: '立案登记' })).toHaveCount(0);
  await expect(page.getByTestId('office-name')).toHaveText('南江市交通运输综合行政执法大队');

  await page.getByTestId('next-step-officers').getByRole('link').click();
  await expect(page.getByRole('heading', { name: '执法队伍' })).toBeVisible();
  await addOfficer(page, { name: '何静', certNo: 'NJ33020001' });
  await addOfficer(page, { name: '蒋涛', certNo: 'NJ33020002' });

  await page.getByRole('link', { name: '账户管理' }).click();
  await page.getByRole('button', { name: '新建账户' }).click();
  const dialog = page.getByTestId('account-dialog');
  await dialog.getByLabel('用户名').fill('hejing');
  await dialog.getByLabel('姓名').fill('何静');
  await choose(page, dialog.getByLabel('角色'), '承办人');
  await choose(page, dialog.getByLabel('关联执法人员'), /^何静（执法证号 NJ33020001）/);
  await dialog.getByRole('button', { name: '创建' }).click();

  const shown = page.getByTestId('one-time-password-dialog');
  await expect(shown).toContainText('只显示这一次');
  await expect(shown).toContainText('首次登录时必须修改');
  const oneTime = (await page.getByTestId('one-time-password').textContent())!.trim();
  expect(oneTime.length).toBeGreaterThanOrEqual(10);
  await shown.getByRole('button', { name: '我已记下，关闭' }).click();
  const row = page.getByTestId('account-row').filter({ hasText: 'hejing' });
  await expect(row).toContainText('何静');
  await expect(row).toContainText('承办人');
  await expect(row.getByTestId('account-state')).toHaveText('正常');
  await expect(row).toContainText('待修改密码');

  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page.getByLabel('用户名')).toBeVisible();
  // A real office's login page prints no accounts and no passwords.
  await expect(page.getByTestId('login-demo')).toHaveCount(0);
  await expect(page.getByText('演示单位')).toHaveCount(0);

  // The clerk's first login: only the change of the one-time password is open.
  await page.getByLabel('用户名').fill('hejing');
  await page.getByLabel('密码').fill(oneTime);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByTestId('forced-password-change')).toBeVisible();
  await expect(page.getByRole('link', { name: '立案登记' })).toHaveCount(0);
  await page.getByLabel('一次性密码').fill(oneTime);
  await page.getByLabel(/^新密码( \*)?$/).fill('Lanshan!Case2026');
  await page.getByLabel('再次输入新密码').fill('Lanshan!Case2026');
  await page.getByRole('button', { name: '修改密码' }).click();
  await expect(page.getByTestId('current-user')).toHaveText('何静（承办人）');

  // 立案 with the two officers entered above; the clerk's own officer is preselected.
  await page.getByRole('link', { name: '立案登记' }).click();
  await expect(page.getByRole('heading', { name: '立案登记' })).toBeVisible();
  await choose(page, page.getByLabel('执法门类'), '道路运政');
  await expect(page.getByTestId('case-number-preview')).toContainText(/预计案号：南.*〔\d{4}〕\d+号/);
  await page.getByLabel('案由').click();
  await page.getByRole('option').first().click();
  await page.getByRole('radio', { name: '普通程序' }).check();
  await choose(page, page.getByLabel('案件来源'), '行政检查中发现');
  await typeDate(page.getByLabel('案发时间'), daysAgo(1));
  await page.getByLabel('案发地点').fill('南江市北仑区港城大道与明州路交叉口');
  await page.getByLabel('案件基本情况').fill('当事人驾驶浙BK2201号重型货车从事道路货物运输经营，未能出示道路运输经营许可证。');
  const officers = page.getByRole('combobox', { name: '执法人员' });
  await officers.click();
  await page.getByRole('option', { name: /^蒋涛（执法证号 NJ33020002）/ }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: '添加个人当事人' }).click();
  const party = page.getByTestId('party-0');
  await party.getByLabel('姓名').fill('柯岚');
  await party.getByLabel('证件号码').fill('11010519491231002X');
  await party.getByLabel('住址').fill('浙江省南江市北仑区新碶街道明州路18号');
  await party.getByLabel('联系电话').fill('13857104321');
  await page.getByRole('button', { name: '提交立案' }).click();

  await expect(page.getByTestId('case-number')).toHaveText(/^南.*〔\d{4}〕\d+号$/);
  await expect(page.getByTestId('case-officers')).toContainText('何静');
  await expect(page.getByTestId('case-officers')).toContainText('蒋涛');
});
