/**
 * Dates and times are typed the way the app prints them (2026年12月4日, 24-hour clock), key by key
 * as a clerk types, and reach the backend as the ISO values the forms always sent.
 */
import { apiAs } from './api-client';
import { expect, signIn, test } from './fixtures';
import { choose, daysAgo, openRegistration, shownDate } from './form-helpers';

test('a date typed as 2026年12月4日 is stored as ISO', async ({ page, host }) => {
  await signIn(page, host, 'admin');
  await page.getByRole('link', { name: '执法队伍' }).click();
  await page.getByRole('button', { name: '添加执法人员', exact: true }).click();
  const dialog = page.getByTestId('officer-dialog');
  await dialog.getByLabel('姓名').fill('沈清禾');
  await dialog.getByLabel('执法证号').fill('33010026120401');
  await dialog.getByLabel('发证机关').fill('东州市人民政府');

  const from = dialog.getByLabel('有效期自');
  // The box shows the wording it expects before anything is typed.
  await expect(from).toHaveAttribute('placeholder', '如 2026年12月4日');
  await from.pressSequentially('2026年12月4日');
  await from.press('Tab');
  await expect(from).toHaveValue('2026年12月4日');

  // A day no calendar has is not stored as some other day: the box says what it could not read.
  const to = dialog.getByLabel('有效期至');
  await to.pressSequentially('2031年2月30日');
  await to.press('Tab');
  await expect(to).toHaveValue('');
  await expect(dialog).toContainText('未能识别“2031年2月30日”，请按 2026年12月4日 的样式输入日期');
  // Other systems' forms are read too, and shown the app's way once the box is left.
  await to.pressSequentially('2031/12/3');
  await to.press('Tab');
  await expect(to).toHaveValue('2031年12月3日');
  await expect(dialog).not.toContainText('未能识别');

  await dialog.getByRole('combobox', { name: '执法门类' }).click();
  await page.getByRole('option', { name: '道路运政', exact: true }).click();
  await page.keyboard.press('Escape');
  await dialog.getByRole('button', { name: '添加培训记录' }).click();
  await dialog.getByLabel('第1条培训的课程').fill('行政处罚法专题培训');
  await dialog.getByLabel('第1条培训的学时').fill('16');
  const trained = dialog.getByLabel('第1条培训的日期');
  await trained.pressSequentially('20250520');
  await trained.press('Tab');
  await expect(trained).toHaveValue('2025年5月20日');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('officers-saved')).toContainText('执法人员 沈清禾 已保存');

  const api = await apiAs(host, 'admin');
  try {
    const saved = (await api.call('officers.records', {})).find((o) => o.certNo === '33010026120401');
    expect(saved?.certValidFrom).toBe('2026-12-04');
    expect(saved?.certValidTo).toBe('2031-12-03');
    expect(saved?.trainings.map((tr) => tr.on)).toEqual(['2025-05-20']);
  } finally {
    api.close();
  }
});

test('a case time typed on the 24-hour clock is stored as it was typed, not as a 12-hour time', async ({ page, host }) => {
  await signIn(page, host, 'clerk');
  await openRegistration(page);
  await choose(page, page.getByLabel('执法门类'), '道路运政');
  await page.getByLabel('案由').click();
  await page.getByRole('option').first().click();
  await page.getByRole('radio', { name: '普通程序' }).check();
  await choose(page, page.getByLabel('案件来源'), '行政检查中发现');

  // Two days back at 14:30, typed as the box shows it: 2026年12月6日 14:30.
  const occurred = daysAgo(2, '14:30');
  const box = page.getByLabel('案发时间');
  await expect(box).toHaveAttribute('placeholder', '如 2026年12月4日 14:30');
  await box.pressSequentially(shownDate(occurred));
  await box.press('Tab');
  await expect(box).toHaveValue(shownDate(occurred));

  await page.getByLabel('案发地点').fill('东州市东城区人民路与解放路交叉口');
  await page.getByLabel('案件基本情况').fill('当事人驾驶重型货车从事道路货物运输经营，未能出示道路运输经营许可证。');
  await page.getByRole('combobox', { name: '执法人员' }).click();
  await page.getByRole('option', { name: /^王芳（执法证号/ }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: '添加个人当事人' }).click();
  const person = page.getByTestId('party-0');
  await person.getByLabel('姓名').fill('柯岚');
  await person.getByLabel('证件号码').fill('11010519491231002X');
  await person.getByLabel('住址').fill('浙江省东州市东城区建设路18号3幢201室');
  await person.getByLabel('联系电话').fill('13857104321');
  await page.getByRole('button', { name: '提交立案' }).click();
  await expect(page).toHaveURL(/#\/cases\/\d+$/);

  const caseId = Number(/#\/cases\/(\d+)$/.exec(page.url())![1]);
  const api = await apiAs(host, 'clerk');
  try {
    const detail = await api.call('cases.get', { id: caseId });
    expect(detail.occurredAt.slice(0, 16)).toBe(occurred);
  } finally {
    api.close();
  }
});
