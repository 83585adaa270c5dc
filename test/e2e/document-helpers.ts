/** The 文书 editor driven as a clerk drives it: make a document from the picker, fill its blanks, issue it. */
import type { Locator, Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { expect } from './fixtures';
import { typeDate } from './form-helpers';
import { chinaToday } from './procedure-setup';

/** Plausible answers for blanks the templates leave to the clerk; other text fields get a marked filler. */
const TEXT_ANSWERS: Record<string, string> = {
  性别: '男',
  年龄: '42',
  身份证件号: '11010519491231002X',
  地点: '东州市交通运输综合行政执法支队询问室',
  记录人: '王芳',
  处罚内容: '罚款人民币贰仟元整',
};

export function form(page: Page): Locator {
  return page.getByTestId('doc-form');
}

export function preview(page: Page): Locator {
  return page.getByTestId('doc-preview');
}

/** 制作文书 → the form in the picker → the editor of the new draft. */
export async function makeDocument(page: Page, formName: string): Promise<void> {
  await page.getByRole('button', { name: '制作文书' }).click();
  const picker = page.getByRole('dialog', { name: '制作文书' });
  await picker.getByLabel('查找文书式样').fill(formName);
  // The 24 式样 go by their number; an added form (不予行政处罚决定书) is marked 补充式样.
  await picker.getByRole('button', { name: new RegExp(`^(式样之\\S+|补充式样) ${formName}$`) }).click();
  await expect(page.getByTestId('doc-title')).toHaveText(formName);
  await expect(page).toHaveURL(/#\/cases\/\d+\/documents\/\d+$/);
  await expect(page.getByTestId('doc-version')).toHaveText('第1版');
  await expect(page.getByTestId('doc-status')).toHaveText('草稿');
}

/** Waits until the preview shows a rendering of at least one page that is not `previous`. */
export async function previewReady(page: Page, previous = ''): Promise<string> {
  await expect(preview(page)).toHaveAttribute('aria-busy', 'false');
  await expect(preview(page)).toHaveAttribute('data-pages', /^[1-9]\d*$/);
  if (previous) await expect(preview(page)).not.toHaveAttribute('data-sha256', previous);
  return (await preview(page).getAttribute('data-sha256'))!;
}

/** Fills every blank the form lists under 尚未填写, each by its label and the kind of its input. */
export async function fillMissing(page: Page): Promise<string[]> {
  const labels = await page.getByTestId('missing-item').allTextContents();
  expect(labels.length).toBeGreaterThan(0);
  let minutes = 9 * 60 + 30;
  for (const label of labels) {
    const box = form(page).locator(`[data-label="${label}"]`);
    const kind = await box.getAttribute('data-kind');
    switch (kind) {
      case 'date':
        await typeDate(box.getByLabel(label), chinaToday());
        break;
      case 'datetime': {
        // Successive times, so that an end never comes before its start.
        const hhmm = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
        minutes += 45;
        await typeDate(box.getByLabel(label), `${chinaToday()}T${hhmm}`);
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
export async function issue(page: Page): Promise<string> {
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
export async function downloadAndCheck(page: Page, formName: string, sha: string): Promise<void> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载PDF' }).click()]);
  expect(download.suggestedFilename()).toContain(formName);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const bytes = fs.readFileSync((await download.path())!);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(createHash('sha256').update(bytes).digest('hex')).toBe(sha);
}

export function caseNumberInput(page: Page): Locator {
  return form(page).locator('[data-label="案号"]').getByLabel('案号');
}

export function docRow(page: Page, formId: number, version: number): Locator {
  return page.locator(`[data-testid="doc-row"][data-form-id="${formId}"][data-version="${version}"]`);
}
