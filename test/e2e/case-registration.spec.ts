/** 立案登记: a clerk registers cases through the form; what the form refuses never reaches the case list. */
import type { Locator, Page } from '@playwright/test';
import { expect, signIn, test } from './fixtures';
import { choose, daysAgo, openRegistration, typeDate } from './form-helpers';

const OFFICERS_TOO_FEW = '执法人员不得少于两人，须由两名以上持有执法证件的执法人员办理（行政处罚法 第四十二条）';

/** Case information valid for 道路运政; officers are left as the form preselects them (the signed-in clerk). */
async function fillCaseInfo(page: Page, facts: string): Promise<void> {
  await choose(page, page.getByLabel('执法门类'), '道路运政');
  await expect(page.getByTestId('case-number-preview')).toContainText(/预计案号：.*〔\d{4}〕\d+号/);
  await page.getByLabel('案由').click();
  await page.getByRole('option').first().click();
  await expect(page.getByTestId('cause-basis')).toContainText('违法依据');
  await expect(page.getByTestId('cause-basis')).toContainText('处罚幅度');
  await page.getByRole('radio', { name: '普通程序' }).check();
  await choose(page, page.getByLabel('案件来源'), '行政检查中发现');
  await typeDate(page.getByLabel('案发时间'), daysAgo(2));
  await page.getByLabel('案发地点').fill('东州市东城区人民路与解放路交叉口');
  await page.getByLabel('案件基本情况').fill(facts);
}

async function addIndividual(page: Page, index: number, p: { name: string; idNumber: string; phone: string }): Promise<Locator> {
  await page.getByRole('button', { name: '添加个人当事人' }).click();
  const card = page.getByTestId(`party-${index}`);
  await card.getByLabel('姓名').fill(p.name);
  await card.getByLabel('证件号码').fill(p.idNumber);
  await card.getByLabel('住址').fill('浙江省东州市东城区建设路18号3幢201室');
  await card.getByLabel('联系电话').fill(p.phone);
  return card;
}

async function caseTotal(page: Page): Promise<number> {
  await page.getByRole('link', { name: '案件列表' }).click();
  const total = page.getByTestId('case-total');
  await expect(total).toHaveAttribute('data-total', /^\d+$/);
  return Number(await total.getAttribute('data-total'));
}

async function searchList(page: Page, text: string): Promise<void> {
  const box = page.getByPlaceholder('当事人、证件号码、车牌、案由、案号');
  await box.fill(text);
  await box.press('Enter');
}

test('registers a case with an individual and an organisation party, restarts, and finds it by name, ID number and plate', async ({ page, host }) => {
  await signIn(page, host, 'clerk');
  await openRegistration(page);
  await fillCaseInfo(page, '当事人驾驶浙AK7391号重型货车从事道路货物运输经营，未能出示道路运输经营许可证。');

  // The signed-in clerk is preselected; the second officer is added.
  const officers = page.getByRole('combobox', { name: '执法人员' });
  await officers.click();
  await page.getByRole('option', { name: /^王芳（执法证号/ }).click();
  await page.keyboard.press('Escape');

  const person = await addIndividual(page, 0, { name: '柯岚', idNumber: '11010519491231002X', phone: '13857104321' });
  // The ID number fills in birth date and sex (17th digit 2: female).
  await expect(person.getByLabel('出生日期')).toHaveValue('1949年12月31日');
  await expect(person.getByLabel('性别')).toHaveValue('女');
  await expect(person.getByLabel('民族')).toHaveValue('汉族');

  await page.getByRole('button', { name: '添加单位当事人' }).click();
  const firm = page.getByTestId('party-1');
  await firm.getByLabel('单位名称').fill('东州岚川货运有限公司');
  await firm.getByLabel('统一社会信用代码').fill('91350100M000100Y43');
  await firm.getByLabel('法定代表人').fill('唐知远');
  await firm.getByLabel('职务').fill('执行董事');
  await firm.getByLabel('地址').fill('浙江省东州市港口区滨江大道88号');
  await firm.getByLabel('联系电话').fill('0570-8812345');

  await page.getByRole('button', { name: '添加车辆' }).click();
  const vehicle = page.getByTestId('conveyance-0');
  await vehicle.getByLabel('车牌号').fill('浙AK7391');
  await choose(page, vehicle.getByLabel('车牌颜色'), '黄色');
  await vehicle.getByLabel('车型').fill('重型厢式货车');

  await page.getByRole('button', { name: '提交立案' }).click();

  const caseNumber = page.getByTestId('case-number');
  await expect(caseNumber).toHaveText(/〔\d{4}〕\d+号$/);
  const number = (await caseNumber.textContent())!.trim();
  await expect(page.getByText(`立案成功，案号：${number}`)).toBeVisible();
  await expect(page).toHaveURL(/#\/cases\/\d+$/);

  // The workspace shows the parties with identifiers masked until asked.
  const savedPerson = page.getByTestId('party-0');
  await expect(savedPerson).toContainText('柯岚');
  await expect(savedPerson).toContainText('1949年12月31日');
  await expect(savedPerson.getByTestId('party-id-number')).toHaveText('110105********002X');
  await savedPerson.getByRole('button', { name: '显示' }).click();
  await expect(savedPerson.getByTestId('party-id-number')).toHaveText('11010519491231002X');
  await expect(page.getByTestId('party-1')).toContainText('91350100M000100Y43');
  await expect(page.getByTestId('case-officers')).toContainText('王芳');
  await expect(page.getByTestId('case-conveyances')).toContainText('浙AK7391');

  await host.restart();
  await signIn(page, host, 'clerk');
  await expect(page.getByTestId('case-total')).toBeVisible();

  for (const term of ['柯岚', '11010519491231002X', '浙AK7391', '东州岚川货运有限公司']) {
    await searchList(page, term);
    await expect(page.getByTestId('case-row').filter({ hasText: number }), `search for ${term}`).toBeVisible();
  }
  // The ID number search found the row, but the list itself shows it masked.
  await expect(page.getByTestId('case-row').filter({ hasText: number })).toContainText('柯岚（110105********002X）');
});

test('refuses an invalid ID number with the Chinese message', async ({ page, host }) => {
  await signIn(page, host, 'clerk');
  const before = await caseTotal(page);

  await openRegistration(page);
  await fillCaseInfo(page, '当事人驾驶车辆未随车携带道路运输证。');
  await page.getByRole('combobox', { name: '执法人员' }).click();
  await page.getByRole('option', { name: /^陈刚（执法证号/ }).click();
  await page.keyboard.press('Escape');
  const person = await addIndividual(page, 0, { name: '柯岚', idNumber: '110105194912310021', phone: '13857104321' });
  await person.getByLabel('证件号码').press('Tab');

  await expect(person.getByText(/校验/)).toBeVisible();
  // A number that fails its check digit fills nothing in.
  await expect(person.getByLabel('出生日期')).toHaveValue('');

  await page.getByRole('button', { name: '提交立案' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '填写的内容有误' })).toBeVisible();
  await expect(person.getByText(/校验/)).toBeVisible();
  await expect(person.getByLabel('证件号码')).toBeFocused();
  await expect(page).toHaveURL(/#\/cases\/new$/);
  // What the clerk typed is all still there.
  await expect(page.getByLabel('案发地点')).toHaveValue('东州市东城区人民路与解放路交叉口');

  expect(await caseTotal(page)).toBe(before);
});

test('refuses a general-procedure case with only one officer', async ({ page, host }) => {
  await signIn(page, host, 'clerk');
  const before = await caseTotal(page);

  await openRegistration(page);
  await fillCaseInfo(page, '当事人驾驶车辆超越许可范围从事道路运输经营。');
  // Only the preselected clerk is named as officer.
  await expect(page.getByText(/^李明（执法证号/)).toBeVisible();
  await expect(page.getByText(/^王芳（执法证号/)).toHaveCount(0);
  const person = await addIndividual(page, 0, { name: '柯岚', idNumber: '11010519491231002X', phone: '13857104321' });
  await expect(person.getByLabel('性别')).toHaveValue('女');

  // Submitted from the keyboard.
  await person.getByLabel('姓名').press('Control+Enter');
  await expect(page.getByText(OFFICERS_TOO_FEW)).toBeVisible();
  await expect(page.getByRole('combobox', { name: '执法人员' })).toBeFocused();
  await expect(page).toHaveURL(/#\/cases\/new$/);
  await expect(person.getByLabel('姓名')).toHaveValue('柯岚');

  expect(await caseTotal(page)).toBe(before);
});

test('shows the backend refusal next to the field it concerns and keeps the form', async ({ page, host }) => {
  // The form's own checks pass; the number is spoiled on its way to the backend, whose answer the form must place.
  await page.routeWebSocket(/\/api(\?|$)/, (ws) => {
    const server = ws.connectToServer();
    ws.onMessage((message) => {
      const msg = JSON.parse(String(message)) as { call?: string; input?: { parties?: { idNumber?: string }[] } };
      if (msg.call === 'cases.create' && msg.input?.parties?.[0]) msg.input.parties[0].idNumber = '110105194912310021';
      server.send(JSON.stringify(msg));
    });
  });
  await signIn(page, host, 'clerk');
  const before = await caseTotal(page);

  await openRegistration(page);
  await fillCaseInfo(page, '当事人驾驶车辆未按规定携带道路运输证。');
  await page.getByRole('combobox', { name: '执法人员' }).click();
  await page.getByRole('option', { name: /^刘洋（执法证号/ }).click();
  await page.keyboard.press('Escape');
  const person = await addIndividual(page, 0, { name: '柯岚', idNumber: '11010519491231002X', phone: '13857104321' });
  await page.getByRole('button', { name: '提交立案' }).click();

  await expect(page.getByRole('alert').filter({ hasText: '填写的内容有误' })).toBeVisible();
  await expect(person.getByText('身份证号码校验位不正确（应为 X）')).toBeVisible();
  await expect(person.getByLabel('证件号码')).toBeFocused();
  await expect(person.getByLabel('证件号码')).toHaveValue('11010519491231002X');
  await expect(page).toHaveURL(/#\/cases\/new$/);

  expect(await caseTotal(page)).toBe(before);
});
