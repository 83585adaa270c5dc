/** 文书: a clerk makes documents from a case workspace, previews, issues, downloads and corrects them. */
import type { Locator, Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { expect, signIn, test } from './fixtures';

/** Today in China, as the date inputs take it. */
function chinaToday(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

/** Plausible answers for blanks the templates leave to the clerk; other text fields get a marked filler. */
const TEXT_ANSWERS: Record<string, string> = {
  性别: '男',
  年龄: '42',
  身份证件号: '11010519491231002X',
  地点: '东州市交通运输综合行政执法支队询问室',
  记录人: '王芳',
  处罚内容: '罚款人民币贰仟元整',
};

function form(page: Page): Locator {
  return page.getByTestId('doc-form');
}

function preview(page: Page): Locator {
  return page.getByTestId('doc-preview');
}

/** 制作文书 → the form in the picker → the editor of the new draft. */
async function makeDocument(page: Page, formName: string): Promise<void> {
  await page.getByRole('button', { name: '制作文书' }).click();
  const picker = page.getByRole('dialog', { name: '制作文书' });
  await picker.getByLabel('查找文书式样').fill(formName);
  await picker.getByRole('button', { name: new RegExp(`^式样之\\S+ ${formName}$`) }).click();
  await expect(page.getByTestId('doc-title')).toHaveText(formName);
  await expect(page).toHaveURL(/#\/cases\/\d+\/documents\/\d+$/);
  await expect(page.getByTestId('doc-version')).toHaveText('第1版');
  await expect(page.getByTestId('doc-status')).toHaveText('草稿');
}

/** Waits until the preview shows a rendering of at least one page that is not `previous`. */
async function previewReady(page: Page, previous = ''): Promise<string> {
  await expect(preview(page)).toHaveAttribute('aria-busy', 'false');
  await expect(preview(page)).toHaveAttribute('data-pages', /^[1-9]\d*$/);
  if (previous) await expect(preview(page)).not.toHaveAttribute('data-sha256', previous);
  return (await preview(page).getAttribute('data-sha256'))!;
}

/** Fills every blank the form lists under 尚未填写, each by its label and the kind of its input. */
async function fillMissing(page: Page): Promise<string[]> {
  const labels = await page.getByTestId('missing-item').allTextContents();
  expect(labels.length).toBeGreaterThan(0);
  let minutes = 9 * 60 + 30;
  for (const label of labels) {
    const box = form(page).locator(`[data-label="${label}"]`);
    const kind = await box.getAttribute('data-kind');
    switch (kind) {
      case 'date':
        await box.getByLabel(label).fill(chinaToday());
        break;
      case 'datetime': {
        // Successive times, so that an end never comes before its start.
        const hhmm = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
        minutes += 45;
        await box.getByLabel(label).fill(`${chinaToday()}T${hhmm}`);
        break;
      }
      case 'money':
        await box.getByLabel(label).fill('2000');
        break;
      case 'checkbox':
        await box.locator('input[type="checkbox"], input[type="radio"]').first().check();
        break;
      case 'party':
        await box.getByRole('radio', { name: '个人' }).check();
        await box.getByLabel('姓名').fill('柯岚');
        break;
      case 'table':
        if ((await box.getByRole('textbox').count()) === 0) await box.getByRole('button', { name: '添加一行' }).click();
        for (const cell of await box.getByRole('textbox').all()) await cell.fill('已核对');
        break;
      default:
        await box.getByLabel(label).fill(TEXT_ANSWERS[label] ?? `${label}（测试填写）`);
        await page.keyboard.press('Escape');
    }
  }
  await expect(page.getByTestId('doc-missing')).toHaveAttribute('data-count', '0');
  await expect(page.getByTestId('doc-missing')).toContainText('必填项均已填写');
  return labels;
}

/** 签发 through the confirmation; afterwards the document is read-only and shows its stored file. */
async function issue(page: Page): Promise<string> {
  await page.getByRole('button', { name: '签发', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '签发文书' });
  await expect(dialog).toContainText('不能再作任何修改');
  await expect(dialog).toContainText('更正版本');
  await dialog.getByRole('button', { name: '确认签发' }).click();

  await expect(page.getByTestId('doc-status')).toHaveText('已签发');
  await expect(page.getByTestId('doc-readonly')).toContainText('内容不可更改');
  await expect(caseNumberInput(page)).not.toBeEditable();
  await expect(page.getByRole('button', { name: '保存草稿' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '签发', exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '制作更正版本' })).toBeVisible();

  const sha = page.getByTestId('doc-sha');
  await expect(sha).toHaveAttribute('data-sha256', /^[0-9a-f]{64}$/);
  const full = (await sha.getAttribute('data-sha256'))!;
  // Abbreviated on screen; the preview now shows the stored file itself.
  await expect(sha).toContainText(`${full.slice(0, 8)}…${full.slice(-8)}`);
  await expect(preview(page)).toHaveAttribute('data-sha256', full);
  return full;
}

/** 下载PDF: the file is a PDF whose SHA-256 is the one the editor shows. */
async function downloadAndCheck(page: Page, formName: string, sha: string): Promise<void> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载PDF' }).click()]);
  expect(download.suggestedFilename()).toContain(formName);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const bytes = fs.readFileSync((await download.path())!);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(createHash('sha256').update(bytes).digest('hex')).toBe(sha);
}

function caseNumberInput(page: Page): Locator {
  return form(page).locator('[data-label="案号"]').getByLabel('案号');
}

function docRow(page: Page, formId: number, version: number): Locator {
  return page.locator(`[data-testid="doc-row"][data-form-id="${formId}"][data-version="${version}"]`);
}

test('creates a 询问笔录 and a 行政处罚决定书, previews, issues and downloads them', async ({ page, host }) => {
  test.setTimeout(60_000);
  await signIn(page, host, 'clerk');
  await page.getByTestId('case-row').first().getByRole('link').click();
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

  // --- 行政处罚决定书 (式样之十五)
  await page.getByRole('button', { name: '返回案件' }).click();
  await expect(docRow(page, 2, 1).getByTestId('doc-status')).toHaveText('已签发');
  await makeDocument(page, '行政处罚决定书');
  await expect(caseNumberInput(page)).toHaveValue(caseNumber);
  const decisionBlank = await previewReady(page);
  await fillMissing(page);
  await previewReady(page, decisionBlank);
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
});
