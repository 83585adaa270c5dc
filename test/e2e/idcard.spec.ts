/**
 * 读卡: the desk's ID-card reader — in the demo office the built-in simulator, labelled so — shows
 * its state in the status bar, fills party forms from each card layout, and the parties it filled
 * are registered as 读卡核验.
 */
import type { Locator, Page } from '@playwright/test';
import { apiAs } from './api-client';
import { expect, signIn, test } from './fixtures';
import { choose, daysAgo, openRegistration, typeDate } from './form-helpers';

/** The simulator's sample cards, by a part of their label unique among them. */
const CARD = {
  resident: /王建国/,
  residentExpired: /赵志强/,
  foreign2017: /SMITH JOHN/,
  foreign2023: /GARCIA MARIA/,
  hmt: /陈家明/,
  liftedMidRead: /中途移走/,
} as const;

const NO_DECODER = '未配置读卡器厂商的相片解码库';

/** Case information valid for 道路运政 with two officers (the signed-in clerk and 王芳). */
async function fillCaseInfo(page: Page, facts: string): Promise<void> {
  await choose(page, page.getByLabel('执法门类'), '道路运政');
  await page.getByLabel('案由').click();
  await page.getByRole('option').first().click();
  await page.getByRole('radio', { name: '普通程序' }).check();
  await choose(page, page.getByLabel('案件来源'), '行政检查中发现');
  await typeDate(page.getByLabel('案发时间'), daysAgo(1));
  await page.getByLabel('案发地点').fill('东州市东城区人民路与解放路交叉口');
  await page.getByLabel('案件基本情况').fill(facts);
  await page.getByRole('combobox', { name: '执法人员' }).click();
  await page.getByRole('option', { name: /^王芳（执法证号/ }).click();
  await page.keyboard.press('Escape');
}

/** The simulator's panel, opened from the 模拟 badge in the status bar if it is not open yet. */
async function simulator(page: Page): Promise<Locator> {
  const panel = page.getByTestId('sim-panel');
  if (!(await panel.isVisible())) await page.getByTestId('sim-open').click();
  await expect(panel).toContainText('模拟读卡器（演示用，非真实设备）');
  await expect(panel.getByTestId('sim-state')).toBeVisible();
  return panel;
}

/** Lays a sample card on the simulated reader. */
async function placeCard(page: Page, card: RegExp): Promise<void> {
  const panel = await simulator(page);
  await choose(page, panel.getByTestId('sim-fixture'), card);
  await panel.getByTestId('sim-place').click();
  await expect(panel.getByTestId('sim-state')).toContainText(card);
}

async function closeSimulator(page: Page): Promise<void> {
  await page.getByRole('button', { name: '关闭模拟读卡器面板' }).click();
  await expect(page.getByTestId('sim-panel')).toBeHidden();
}

function party(page: Page, index: number): Locator {
  return page.getByTestId(`party-${index}`);
}

/** A party field by its label, whether or not the label carries the required mark. */
function field(card: Locator, label: string): Locator {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return card.getByLabel(new RegExp(`^${escaped}(\\s*\\*)?$`));
}

test('the status bar shows the simulated reader ready, unplugged and plugged in again without a reload', async ({ page, host }) => {
  await signIn(page, host, 'clerk');
  const status = page.getByTestId('reader-status');
  await expect(status).toContainText('读卡器：就绪');
  await expect(status).toContainText('模拟');

  const panel = await simulator(page);
  await panel.getByTestId('sim-unplug').click();
  await expect(status).toContainText('读卡器：未连接');
  await expect(status).toContainText('模拟');
  await expect(panel.getByTestId('sim-state')).toContainText('读卡器：已拔出');

  await panel.getByTestId('sim-plug').click();
  await expect(status).toContainText('读卡器：就绪');
  await expect(panel.getByTestId('sim-state')).toContainText('读卡器：已插入');
});

test('registers a case from a resident card and both foreign permanent resident cards; the case shows 读卡核验', async ({ page, host }) => {
  await signIn(page, host, 'clerk');
  await openRegistration(page);
  await fillCaseInfo(page, '当事人驾驶车辆从事道路货物运输经营，未能出示道路运输经营许可证。');

  // A card laid on the reader while the form is open is read at once; with no party yet, it adds one.
  await placeCard(page, CARD.resident);
  const wang = party(page, 0);
  await expect(field(wang, '姓名')).toHaveValue('王建国');
  await expect(field(wang, '性别')).toHaveValue('男');
  await expect(field(wang, '民族')).toHaveValue('汉族');
  await expect(field(wang, '出生日期')).toHaveValue('1985年6月15日');
  await expect(field(wang, '证件类型')).toHaveValue('居民身份证');
  await expect(field(wang, '证件号码')).toHaveValue('130102198506151230');
  // The card's appended (latest) address takes the place of the printed one, and the form says so.
  await expect(field(wang, '住址')).toHaveValue('河北省石家庄市桥西区自强路22号');
  await expect(wang.getByText('已按证件追加住址（最新住址）填写')).toBeVisible();
  await expect(field(wang, '签发机关')).toHaveValue('石家庄市公安局长安分局');
  await expect(field(wang, '有效期限（起）')).toHaveValue('2015年3月1日');
  await expect(field(wang, '有效期限（止）')).toHaveValue('2035年3月1日');
  await expect(wang.getByTestId('party-0-verified')).toContainText('读卡核验');
  await expect(wang.getByTestId('party-0-verified')).toContainText('居民身份证');
  await expect(wang.getByTestId('party-0-verified')).toContainText('模拟');
  // The demo has no vendor photo decoder: the form says why no photo is shown.
  await expect(wang.getByTestId('party-0-photo-reason')).toContainText(NO_DECODER);
  await expect(wang.getByTestId('party-0-expired')).toHaveCount(0);
  await field(wang, '联系电话').fill('13857104321');

  // 读卡 pressed with no card on the reader asks for one; the next card goes to that party.
  await (await simulator(page)).getByTestId('sim-remove').click();
  await page.getByRole('button', { name: '添加个人当事人' }).click();
  const smith = party(page, 1);
  await smith.getByTestId('party-1-read').click();
  await expect(smith.getByTestId('party-1-read-error')).toHaveText('请放置证件');
  await placeCard(page, CARD.foreign2017);
  await expect(field(smith, '姓名')).toHaveValue('史密斯');
  await expect(smith.getByTestId('party-1-read-error')).toHaveCount(0);
  await expect(field(smith, '英文姓名')).toHaveValue('SMITH JOHN');
  await expect(field(smith, '国籍')).toHaveValue('USA');
  await expect(field(smith, '证件类型')).toHaveValue('外国人永久居留身份证');
  await expect(field(smith, '证件号码')).toHaveValue('USA310075031201');
  await expect(field(smith, '性别')).toHaveValue('男');
  await expect(field(smith, '出生日期')).toHaveValue('1975年3月12日');
  // 民族 is a resident card's field only.
  await expect(field(smith, '民族')).toHaveValue('');
  await expect(smith.getByTestId('party-1-verified')).toContainText('外国人永久居留身份证（2017版）');
  // The resident party read before keeps what it had.
  await expect(field(wang, '姓名')).toHaveValue('王建国');
  await field(smith, '住址').fill('上海市浦东新区世纪大道100号');
  await field(smith, '联系电话').fill('13900000017');

  // An empty individual party takes the next card placed.
  await page.getByRole('button', { name: '添加个人当事人' }).click();
  const garcia = party(page, 2);
  await placeCard(page, CARD.foreign2023);
  await expect(field(garcia, '姓名')).toHaveValue('玛丽亚');
  await expect(field(garcia, '英文姓名')).toHaveValue('GARCIA MARIA');
  await expect(field(garcia, '国籍')).toHaveValue('ESP');
  await expect(field(garcia, '证件类型')).toHaveValue('外国人永久居留身份证');
  await expect(field(garcia, '证件号码')).toHaveValue(/^9\d{17}$/);
  await expect(field(garcia, '性别')).toHaveValue('女');
  await expect(garcia.getByTestId('party-2-verified')).toContainText('外国人永久居留身份证（2023版）');
  await field(garcia, '住址').fill('广东省广州市天河区珠江新城华夏路8号');
  await field(garcia, '联系电话').fill('13900000023');
  await closeSimulator(page);

  await page.getByRole('button', { name: '提交立案' }).click();
  await expect(page.getByTestId('case-number')).toHaveText(/〔\d{4}〕\d+号$/);

  const saved = party(page, 0);
  await expect(saved.getByTestId('party-verified')).toContainText('读卡核验');
  await expect(saved.getByTestId('party-verified')).toContainText('居民身份证');
  await expect(saved.getByTestId('party-verified')).toContainText('模拟');
  await expect(saved).toContainText('石家庄市公安局长安分局');
  await expect(saved.getByTestId('party-validity')).toHaveText('2015年3月1日 至 2035年3月1日');
  await expect(saved.getByTestId('party-photo-reason')).toContainText(NO_DECODER);
  // The ID number stays masked on the case page.
  await expect(saved.getByTestId('party-id-number')).toHaveText('130102********1230');
  // The 证件信息核对单 for the case file opens as a one-page PDF under the case number.
  await saved.getByTestId('party-card-sheet').click();
  const sheet = page.getByTestId('card-sheet');
  await expect(sheet).toHaveAttribute('data-pages', '1');
  await expect(sheet.getByTestId('card-sheet-download')).toHaveAttribute('download', /^.+〔\d{4}〕\d+号-王建国-证件信息核对单\.pdf$/);
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();

  const savedSmith = party(page, 1);
  await expect(savedSmith.getByTestId('party-verified')).toContainText('外国人永久居留身份证（2017版）');
  await expect(savedSmith).toContainText('SMITH JOHN');
  await expect(savedSmith).toContainText('USA');
  await expect(party(page, 2).getByTestId('party-verified')).toContainText('外国人永久居留身份证（2023版）');
  await expect(party(page, 2)).toContainText('GARCIA MARIA');
});

test('a card placed before the form was opened is read by pressing 读卡: a 港澳台居民居住证', async ({ page, host }) => {
  // The reader is asked for a card only every 2 s here, so the card waits for the button.
  const admin = await apiAs(host, 'admin');
  const { settings } = await admin.call('settings.devices.get', {});
  await admin.call('settings.devices.update', { ...settings, pollMs: 2000 });
  admin.close();

  await signIn(page, host, 'clerk');
  await openRegistration(page);
  await page.getByRole('button', { name: '添加个人当事人' }).click();
  await page.getByRole('link', { name: '案件列表' }).click();
  await placeCard(page, CARD.hmt);

  // The form kept its party while the clerk was away.
  await openRegistration(page);
  const chen = party(page, 0);
  await chen.getByTestId('party-0-read').click();
  await expect(field(chen, '姓名')).toHaveValue('陈家明');
  await expect(chen.getByTestId('party-0-read-error')).toHaveCount(0);
  await expect(field(chen, '证件类型')).toHaveValue('港澳台居民居住证');
  await expect(field(chen, '证件号码')).toHaveValue(/^81\d{16}$/);
  await expect(field(chen, '住址')).toHaveValue('广东省深圳市福田区福华三路168号');
  await expect(field(chen, '签发机关')).toHaveValue('深圳市公安局福田分局');
  await expect(field(chen, '民族')).toHaveValue('');
  await expect(chen.getByTestId('party-0-verified')).toContainText('港澳台居民居住证');
  await expect(chen.getByLabel('英文姓名')).toHaveCount(0);
});

test('an expired card is flagged, can still be registered, and a changed name ends its 读卡核验', async ({ page, host }) => {
  await signIn(page, host, 'clerk');
  await openRegistration(page);
  await fillCaseInfo(page, '当事人驾驶未取得道路运输证的车辆从事道路运输经营。');

  await placeCard(page, CARD.residentExpired);
  const zhao = party(page, 0);
  await expect(field(zhao, '姓名')).toHaveValue('赵志强');
  await expect(zhao.getByTestId('party-0-expired')).toHaveText('证件已过有效期（有效期至 2024-05-10），请核实当事人身份');
  await expect(zhao.getByTestId('party-0-verified')).toContainText('读卡核验');
  await field(zhao, '联系电话').fill('13857104321');

  // A second person read, then their name corrected by hand: no longer 读卡核验, and the form says so.
  await placeCard(page, /李秀兰/);
  const li = party(page, 1);
  await expect(field(li, '姓名')).toHaveValue('李秀兰');
  await expect(li.getByLabel('长期')).toBeChecked();
  await expect(field(li, '有效期限（止）')).toHaveValue('');
  await field(li, '姓名').fill('李秀英');
  await expect(li.getByTestId('party-1-unverified')).toHaveText('已手工修改证件信息，不再标记为读卡核验');
  await expect(li.getByTestId('party-1-verified')).toHaveCount(0);
  await field(li, '联系电话').fill('13857104322');
  await closeSimulator(page);

  await page.getByRole('button', { name: '提交立案' }).click();
  await expect(page.getByTestId('case-number')).toHaveText(/〔\d{4}〕\d+号$/);
  const saved = party(page, 0);
  await expect(saved.getByTestId('party-verified')).toContainText('读卡核验');
  await expect(saved.getByTestId('party-expired')).toContainText('2024-05-10');
  const savedLi = party(page, 1);
  await expect(savedLi).toContainText('李秀英');
  await expect(savedLi.getByTestId('party-validity')).toHaveText('2012年5月20日 至 长期');
  await expect(savedLi.getByTestId('party-verified')).toHaveCount(0);
});

test('a card lifted during the read asks for it to be placed again', async ({ page, host }) => {
  await signIn(page, host, 'clerk');
  await openRegistration(page);
  await page.getByRole('button', { name: '添加个人当事人' }).click();

  await placeCard(page, CARD.liftedMidRead);
  const person = party(page, 0);
  await expect(person.getByTestId('party-0-read-error')).toHaveText('读卡失败，请重放证件');
  await expect(field(person, '姓名')).toHaveValue('');
  await expect(person.getByTestId('party-0-verified')).toHaveCount(0);
  // The card left the reader with the failed read, so the fault is over: the status bar says 就绪 again.
  const status = page.getByTestId('reader-status');
  await expect(status).toContainText('读卡器：就绪');

  // Placed properly, the card is read into the same party and the message goes.
  await placeCard(page, CARD.resident);
  await expect(field(person, '姓名')).toHaveValue('王建国');
  await expect(person.getByTestId('party-0-read-error')).toHaveCount(0);
  await expect(status).toContainText('读卡器：就绪');
});

test('pressing 读卡 with a card already on the reader reads it, without lifting and placing it again', async ({ page, host }) => {
  await signIn(page, host, 'clerk');
  await openRegistration(page);
  await placeCard(page, CARD.resident);
  await expect(field(party(page, 0), '姓名')).toHaveValue('王建国');

  // The same card still lies there, already read: 读卡 on a second party reads it into that party.
  await page.getByRole('button', { name: '添加个人当事人' }).click();
  const second = party(page, 1);
  await second.getByTestId('party-1-read').click();
  await expect(field(second, '姓名')).toHaveValue('王建国');
  await expect(second.getByTestId('party-1-read-error')).toHaveCount(0);
  await expect(second.getByTestId('party-1-verified')).toContainText('读卡核验');
});

test('the reader recovers from a fault without unplugging', async ({ page, host, browser }) => {
  await signIn(page, host, 'clerk');
  // Another user's window, on the case list: it hears the reader's status too.
  const other = await browser.newContext();
  const headPage = await other.newPage();
  await signIn(headPage, host, 'head');
  const headStatus = headPage.getByTestId('reader-status');
  await expect(headStatus).toContainText('读卡器：就绪');

  await openRegistration(page);
  await page.getByRole('button', { name: '添加个人当事人' }).click();
  const status = page.getByTestId('reader-status');
  await placeCard(page, /未通过安全模块认证/);
  await expect(party(page, 0).getByTestId('party-0-read-error')).toHaveText('证件未通过安全模块认证，可能是伪造或损坏的证件');
  await expect(status).toContainText('读卡器：错误');
  await expect(headStatus).toContainText('读卡器：错误');

  // The forged card is lifted: the fault is gone for both windows, the reader never unplugged.
  await (await simulator(page)).getByTestId('sim-remove').click();
  await expect(status).toContainText('读卡器：就绪');
  await expect(headStatus).toContainText('读卡器：就绪');

  // A fault again, this time ended by the next good read of a proper card laid in its place.
  await placeCard(page, CARD.liftedMidRead);
  await expect(party(page, 0).getByTestId('party-0-read-error')).toHaveText('读卡失败，请重放证件');
  await placeCard(page, CARD.resident);
  await expect(field(party(page, 0), '姓名')).toHaveValue('王建国');
  await expect(status).toContainText('读卡器：就绪');
  await expect(headStatus).toContainText('读卡器：就绪');
  await other.close();
});

test('the simulator panel opens from its button and closes with Esc', async ({ page, host }) => {
  await signIn(page, host, 'clerk');
  const open = page.getByRole('button', { name: '操作模拟读卡器' });
  await expect(open).toHaveAttribute('aria-expanded', 'false');
  await open.focus();
  await page.keyboard.press('Enter');
  const panel = page.getByTestId('sim-panel');
  await expect(panel).toBeVisible();
  await expect(open).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(open).toHaveAttribute('aria-expanded', 'false');
});

test('设备设置: the admin sees the photo decoder explained and a wrong USB identifier refused under its box; a head may only look', async ({ page, host }) => {
  await signIn(page, host, 'admin');
  await page.getByRole('link', { name: '设备设置' }).click();
  await expect(page).toHaveURL(/#\/settings\/devices$/);
  await expect(page.getByRole('heading', { name: '设备设置' })).toBeVisible();
  await expect(page.getByLabel('连接方式')).toHaveValue('模拟读卡器（演示、培训用）');
  await expect(page.getByTestId('device-settings-photo-hint')).toContainText('厂商');
  await expect(page.getByTestId('device-settings-photo-hint')).toContainText('原始数据');
  await expect(page.getByTestId('device-settings-status')).toContainText(NO_DECODER);

  const usb = page.getByLabel('USB 设备标识（VID:PID）');
  await usb.fill('0400:C35A\n04X0:1234');
  await page.getByRole('button', { name: '保存设置' }).click();
  await expect(page.getByTestId('device-settings-banner')).toContainText('填写的内容有误');
  await expect(usb).toHaveAccessibleDescription(/第2行：USB 设备标识应为 VID:PID/);

  await usb.fill('0400:c35a\n10c4:ea60');
  await page.getByLabel('检测证件间隔').fill('500');
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('device-settings-save-state')).toHaveText('设备设置已保存');
  await page.reload();
  await expect(usb).toHaveValue('0400:C35A\n10C4:EA60');
  await expect(page.getByLabel('检测证件间隔')).toHaveValue('500');

  await page.getByRole('button', { name: '退出登录' }).click();
  await signIn(page, host, 'head');
  await page.getByRole('link', { name: '设备设置' }).click();
  await expect(page.getByTestId('device-settings-readonly')).toBeVisible();
  await expect(page.getByLabel('检测证件间隔')).toHaveValue('500');
  await expect(page.getByRole('button', { name: '保存设置' })).toHaveCount(0);
});

test('a reviewer sees the simulated reader in the status bar but is offered no simulator controls', async ({ page, host }) => {
  await signIn(page, host, 'reviewer');
  await expect(page.getByTestId('reader-status')).toContainText('读卡器：就绪');
  await expect(page.getByTestId('reader-status')).toContainText('模拟');
  await expect(page.getByTestId('sim-open')).toHaveCount(0);
  await expect(page.getByRole('link', { name: '设备设置' })).toHaveCount(0);
});
