/**
 * 文书: a clerk makes documents from a case workspace, previews, issues, downloads and corrects them.
 * The 行政处罚决定书 is issued once the 负责人 has approved the decision (the steps before it are set up
 * over the API while the clerk works on the 询问笔录).
 */
import { apiAs } from './api-client';
import { caseNumberInput, docRow, downloadAndCheck, fillMissing, form, issue, makeDocument, previewReady } from './document-helpers';
import { expect, signIn, test } from './fixtures';
import { act, chinaToday, openCase, proposeDecision, registerGeneralCase } from './procedure-setup';

test('creates a 询问笔录 and a 行政处罚决定书, previews, issues and downloads them', async ({ page, host }) => {
  test.setTimeout(90_000);
  const [clerk, reviewer, head] = await Promise.all([apiAs(host, 'clerk'), apiAs(host, 'reviewer'), apiAs(host, 'head')]);
  const created = await registerGeneralCase(clerk, '柯岚');
  await signIn(page, host, 'clerk');
  await openCase(page, created.id);
  const caseNumber = (await page.getByTestId('case-number').textContent())!.trim();
  const officers = await page.getByTestId('case-officers').locator('tbody tr td:first-child').allTextContents();
  expect(officers.length).toBeGreaterThan(0);
  await expect(page.getByTestId('documents-empty')).toBeVisible();

  // --- 询问笔录 (式样之二)
  await makeDocument(page, '询问笔录');
  const caseNumberField = form(page).locator('[data-label="案号"]');
  await expect(caseNumberField).toHaveAttribute('data-prefilled', 'true');
  await expect(caseNumberField).toContainText('取自案件');
  await expect(caseNumberInput(page)).toHaveValue(caseNumber);
  const prefilled: string[] = [];
  for (const input of await form(page).locator('[data-prefilled] input, [data-prefilled] textarea').all()) prefilled.push(await input.inputValue());
  expect(prefilled.some((v) => v.includes(officers[0])), `an officer's name among ${JSON.stringify(prefilled)}`).toBe(true);
  // Signature lines are printed blanks, not inputs.
  await expect(form(page).getByTestId('signature-line').first()).toHaveText('（签名处）');

  const blankPreview = await previewReady(page);
  await fillMissing(page);
  // The preview follows the unsaved form.
  await previewReady(page, blankPreview);
  await expect(page.getByTestId('doc-save-state')).toHaveText('有尚未保存的修改');
  await page.getByRole('button', { name: '保存草稿' }).click();
  await expect(page.getByTestId('doc-save-state')).toContainText('草稿已保存');

  const inquirySha = await issue(page);
  await downloadAndCheck(page, '询问笔录', inquirySha);

  // --- 行政处罚决定书 (式样之十五), once the decision is approved.
  const { penalty } = await proposeDecision({ clerk, reviewer, head }, created);
  await act(head, created.id, { type: 'approve_decision', on: chinaToday() });
  await page.getByRole('button', { name: '返回案件' }).click();
  await expect(docRow(page, 2, 1).getByTestId('doc-status')).toHaveText('已签发');
  await makeDocument(page, '行政处罚决定书');
  await expect(caseNumberInput(page)).toHaveValue(caseNumber);
  await expect(form(page).locator('[data-label="罚款金额"]').getByLabel('罚款金额')).toHaveValue(String(penalty.fine));
  // The approved decision and the office settings fill every required blank; the clerk adds the execution note.
  await expect(page.getByTestId('doc-missing')).toHaveAttribute('data-count', '0');
  const decisionFilled = await previewReady(page);
  await form(page).locator('[data-label="其他执行方式和期限"]').getByLabel('其他执行方式和期限').fill('无');
  await previewReady(page, decisionFilled);
  // Saved from the keyboard this time.
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('doc-save-state')).toContainText('草稿已保存');
  const decisionSha = await issue(page);
  await downloadAndCheck(page, '行政处罚决定书', decisionSha);

  // --- 更正: a new draft version of the 询问笔录; the issued first version stays as it is.
  await page.getByRole('button', { name: '返回案件' }).click();
  await expect(docRow(page, 15, 1).getByTestId('doc-status')).toHaveText('已签发');
  await page.getByRole('link', { name: '打开《询问笔录》第1版' }).click();
  await expect(page.getByTestId('doc-status')).toHaveText('已签发');
  await page.getByRole('button', { name: '制作更正版本' }).click();
  const reasonDialog = page.getByRole('dialog', { name: '制作更正版本' });
  await reasonDialog.getByRole('textbox', { name: '更正原因' }).fill('案号后应注明更正');
  await reasonDialog.getByRole('button', { name: '制作更正版本' }).click();
  await expect(page.getByTestId('doc-version')).toHaveText('第2版');
  await expect(page.getByTestId('doc-status')).toHaveText('草稿');
  await expect(page.getByText('本文书更正第1版')).toBeVisible();

  // Unsaved changes are not dropped silently on the way out.
  await expect(caseNumberInput(page)).toBeEditable();
  await caseNumberInput(page).fill(`${caseNumber}（更正）`);
  await page.getByRole('button', { name: '返回案件' }).click();
  const leave = page.getByRole('dialog', { name: '有尚未保存的修改' });
  await expect(leave).toBeVisible();
  await leave.getByRole('button', { name: '放弃修改并离开' }).click();

  await expect(page.getByTestId('case-number')).toHaveText(caseNumber);
  await expect(docRow(page, 2, 1).getByTestId('doc-status')).toHaveText('已签发');
  await expect(docRow(page, 2, 2).getByTestId('doc-status')).toHaveText('草稿');
  await expect(docRow(page, 2, 1)).toContainText(inquirySha.slice(0, 8));
  clerk.close();
  reviewer.close();
  head.close();
});
