/**
 * The documents follow the procedure: a clerk who tries to issue the 行政处罚决定书 while the decision
 * still waits for the 负责人 is told why not, on screen and in Chinese; once the head has approved
 * the decision, a new 行政处罚决定书 opens with the approved fine already in it and can be issued.
 */
import { apiAs } from './api-client';
import { caseNumberInput, docRow, fillMissing, form, issue, makeDocument, previewReady } from './document-helpers';
import { expect, signIn, test } from './fixtures';
import { openCase, proposeDecision, registerGeneralCase, switchUser } from './procedure-setup';

test('a 行政处罚决定书 before the decision is approved is refused with the reason; after approval it opens with the approved fine', async ({ page, host }) => {
  test.setTimeout(90_000);
  const [clerk, reviewer, head] = await Promise.all([apiAs(host, 'clerk'), apiAs(host, 'reviewer'), apiAs(host, 'head')]);
  const created = await registerGeneralCase(clerk, '欧阳岚');
  const { penalty } = await proposeDecision({ clerk, reviewer, head }, created);
  expect(penalty.fine).toBeGreaterThan(0);

  const panel = page.getByTestId('procedure-panel');
  const stage = panel.getByTestId('procedure-stage');
  await signIn(page, host, 'clerk');
  await openCase(page, created.id);
  await expect(stage).toHaveText('决定审批');

  // The picker lists the added 不予行政处罚决定书 beside form 15 under 决定, marked as outside the 24 式样.
  await page.getByRole('button', { name: '制作文书' }).click();
  const picker = page.getByRole('dialog', { name: '制作文书' });
  const decide = picker.getByRole('region', { name: '决定', exact: true });
  await expect(decide.getByRole('button', { name: '式样之十五 行政处罚决定书' })).toBeVisible();
  await expect(decide.getByRole('button', { name: '补充式样 不予行政处罚决定书' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(picker).toHaveCount(0);

  // --- Before approval: the draft can be made and filled, but issuing it is refused with the rule.
  await makeDocument(page, '行政处罚决定书');
  await expect(caseNumberInput(page)).toHaveValue(created.caseNumber);
  // Nothing is approved yet, so there is no approved fine to fill in.
  await expect(form(page).locator('[data-label="罚款金额"]').getByLabel('罚款金额')).toHaveValue('');
  await previewReady(page);
  await fillMissing(page);
  await page.getByRole('button', { name: '保存草稿' }).click();
  await expect(page.getByTestId('doc-save-state')).toContainText('草稿已保存');
  await page.getByRole('button', { name: '签发', exact: true }).click();
  await page.getByRole('dialog', { name: '签发文书' }).getByRole('button', { name: '确认签发' }).click();

  const banner = page.getByTestId('doc-banner');
  await expect(banner).toBeVisible();
  await expect(banner).toBeInViewport();
  await expect(banner).toContainText('不符合办案程序，文书未签发');
  // The documents' rule names what is missing: the 负责人's approval of the decision.
  await expect(banner).toContainText('批准');
  await expect(banner).toContainText('行政处罚决定书');
  await expect(page.getByTestId('doc-status')).toHaveText('草稿');
  await expect(page.getByRole('button', { name: '签发', exact: true })).toBeVisible();

  // --- The head approves the decision on the case's 程序 panel.
  await switchUser(page, 'head', created.id);
  await panel.getByTestId('action-approve_decision').click();
  await page.getByTestId('action-dialog').getByTestId('action-submit').click();
  await expect(page.getByTestId('action-dialog')).toHaveCount(0);
  await expect(stage).toHaveText('决定');
  await expect(panel.getByTestId('procedure-decision')).toContainText('批准');

  // --- After approval: a new 行政处罚决定书 carries the approved fine and is issued.
  await switchUser(page, 'clerk', created.id);
  await makeDocument(page, '行政处罚决定书');
  const fine = form(page).locator('[data-label="罚款金额"]');
  await expect(fine).toHaveAttribute('data-prefilled', 'true');
  await expect(fine.getByLabel('罚款金额')).toHaveValue(String(penalty.fine));
  await expect(form(page).locator('[data-label="处罚内容"]').getByLabel('处罚内容')).toHaveValue(new RegExp(`${penalty.fine}`));
  await previewReady(page);
  if ((await page.getByTestId('missing-item').count()) > 0) await fillMissing(page);

  // A fine other than the approved one is refused, under the field, which takes the focus.
  const fineBox = fine.getByLabel('罚款金额');
  await fineBox.fill(String(penalty.fine + 100));
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('doc-save-state')).toContainText('草稿已保存');
  await page.getByRole('button', { name: '签发', exact: true }).click();
  await page.getByRole('dialog', { name: '签发文书' }).getByRole('button', { name: '确认签发' }).click();
  await expect(banner).toContainText('不符合办案程序，文书未签发');
  await expect(banner).toContainText('罚款');
  await expect(fineBox).toHaveAttribute('aria-invalid', 'true');
  await expect(fineBox).toBeFocused();
  await fineBox.fill(String(penalty.fine));
  await issue(page);

  // The refused draft stays a draft beside the issued one.
  await page.getByRole('button', { name: '返回案件' }).click();
  const rows = docRow(page, 15, 1).getByTestId('doc-status');
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: '已签发' })).toHaveCount(1);
  await expect(rows.filter({ hasText: '草稿' })).toHaveCount(1);

  clerk.close();
  reviewer.close();
  head.close();
});
