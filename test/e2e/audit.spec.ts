/** 执法全过程记录: the office's log with its 校验, and each case's trail in its workspace. */
import { apiAs } from './api-client';
import { expect, signIn, test } from './fixtures';
import { openCase, registerGeneralCase } from './procedure-setup';

/** 18 characters of an ID number, unmasked. */
const FULL_ID_NUMBER = /\d{17}[\dXx]/;

test('an admin opens 执法全过程记录, verifies the chain and finds it complete', async ({ page, host }) => {
  await signIn(page, host, 'admin');
  await page.getByRole('link', { name: '执法全过程记录' }).click();
  await expect(page).toHaveURL(/#\/audit$/);
  await expect(page.getByRole('heading', { name: '执法全过程记录' })).toBeVisible();

  // The sample cases' registrations (and what the seed did with them since) are in the office log.
  const entries = page.getByTestId('audit-entry');
  await expect(entries.first()).toBeVisible();
  const registrations = page.locator('[data-testid="audit-entry"][data-action="case.register"]');
  expect(await registrations.count()).toBeGreaterThanOrEqual(3);
  await expect(registrations.first()).toContainText('立案登记');
  // The object is the case as a clerk names it, by its 案号, never by a row id.
  await expect(registrations.first()).toContainText(/〔\d{4}〕\d+号/);
  await expect(registrations.first()).not.toContainText('#');
  const ids = (await entries.evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-id')))));
  expect(ids).toEqual([...ids].sort((a, b) => b - a));
  const count = ids[0];

  await page.getByRole('button', { name: '校验', exact: true }).click();
  const verdict = page.getByTestId('audit-verdict');
  await expect(verdict).toHaveAttribute('data-intact', 'true');
  await expect(verdict).toContainText('完整');
  await expect(verdict).toContainText(`共 ${count} 条记录`);
});

test('a clerk is not offered the office log', async ({ page, host }) => {
  await signIn(page, host, 'clerk');
  await expect(page.getByRole('link', { name: '案件列表' })).toBeVisible();
  await expect(page.getByRole('link', { name: '执法全过程记录' })).toHaveCount(0);
});

test('the case workspace shows the case’s trail with what registration entered, identifiers masked', async ({ page, host }) => {
  await signIn(page, host, 'clerk');
  await page.getByTestId('case-row').first().getByRole('link').click();
  const trail = page.getByTestId('case-audit-trail');
  await expect(trail.getByRole('heading', { name: '执法全过程记录' })).toBeVisible();
  const registration = trail.locator('[data-testid="audit-entry"][data-action="case.register"]');
  await expect(registration).toHaveCount(1);
  await expect(registration).toContainText('立案登记');
  await expect(registration).toContainText('李明');

  await registration.getByRole('button', { name: /^查看变更（\d+项）$/ }).click();
  const changes = trail.getByTestId('audit-changes');
  await expect(changes).toBeVisible();
  await expect(changes).toContainText('案号');
  await expect(changes.getByRole('row', { name: /当事人 › 第1项 › 地址/ })).toBeVisible();
  const text = (await changes.textContent()) ?? '';
  expect(text).not.toMatch(FULL_ID_NUMBER);
  await trail.getByRole('button', { name: '收起变更' }).click();
  await expect(changes).toHaveCount(0);
});

test('the trail takes in an approval made on the page and a draft made at another workstation, without a reload', async ({ page, host }) => {
  const clerkApi = await apiAs(host, 'clerk');
  const created = await registerGeneralCase(clerkApi, '司马青');

  await signIn(page, host, 'head');
  await openCase(page, created.id);
  const trail = page.getByTestId('case-audit-trail');
  const entries = trail.getByTestId('audit-entry');
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toHaveAttribute('data-action', 'case.register');

  const panel = page.getByTestId('procedure-panel');
  await panel.getByTestId('action-approve_registration').click();
  await page.getByTestId('action-dialog').getByTestId('action-submit').click();
  await expect(entries.first()).toHaveAttribute('data-action', 'procedure.approve_registration');
  await expect(entries.first()).toContainText('批准立案');
  await expect(entries.first()).toContainText('孙建国（head）');

  await clerkApi.call('documents.create', { caseId: created.id, formId: 2 });
  clerkApi.close();
  await expect(entries.first()).toHaveAttribute('data-action', 'document.create');
  await expect(entries.first()).toContainText('制作文书草稿');
  await expect(entries).toHaveCount(3);
});
