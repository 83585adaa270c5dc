/**
 * 文书 without dead ends, as a clerk meets them: a draft made in error is deleted (and the case's
 * 执法全过程记录 says so); a correction asks for its reason, which then shows on the correction, in the
 * case's list of versions and in the trail; on a case against several parties, 制作文书 asks for whom.
 */
import { apiAs } from './api-client';
import { docRow, form, makeDocument } from './document-helpers';
import { expect, signIn, test } from './fixtures';
import { chinaDay, issueForm, openCase, registerGeneralCase } from './procedure-setup';

test('a draft deleted from its editor is gone from the case, and the trail records it', async ({ page, host }) => {
  const clerk = await apiAs(host, 'clerk');
  const created = await registerGeneralCase(clerk, '柯岚');
  await signIn(page, host, 'clerk');
  await openCase(page, created.id);
  await expect(page.getByTestId('documents-empty')).toBeVisible();

  await makeDocument(page, '询问笔录');
  const draftUrl = page.url();
  await page.getByRole('button', { name: '删除草稿' }).click();
  const dialog = page.getByRole('dialog', { name: '删除草稿' });
  await expect(dialog).toContainText('删除《询问笔录》第1版草稿？');
  // Keeping it is the default: Esc or 保留草稿 leaves the draft as it was.
  await dialog.getByRole('button', { name: '保留草稿' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('doc-status')).toHaveText('草稿');

  await page.getByRole('button', { name: '删除草稿' }).click();
  await dialog.getByRole('button', { name: '删除', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`#/cases/${created.id}$`));
  await expect(page.getByTestId('documents-empty')).toBeVisible();
  const trail = page.getByTestId('case-audit-trail');
  const entry = trail.locator('[data-testid="audit-entry"][data-action="document.deleteDraft"]');
  await expect(entry).toContainText('删除文书草稿');
  await expect(entry).toContainText('删除《询问笔录》草稿');

  // The deleted draft's address leads nowhere now, and says so in Chinese.
  await page.goto(draftUrl);
  await expect(page.getByText('未找到该文书')).toBeVisible();
  clerk.close();
});

test('a correction asks for its reason, which then shows on the correction, in the versions and in the trail', async ({ page, host }) => {
  const clerk = await apiAs(host, 'clerk');
  const created = await registerGeneralCase(clerk, '柯岚');
  await issueForm(clerk, created.id, 2);
  await signIn(page, host, 'clerk');
  await openCase(page, created.id);
  await expect(docRow(page, 2, 1).getByTestId('doc-status')).toHaveText('已签发');
  // An issued document cannot be deleted: its page offers no such button.
  await page.getByRole('link', { name: '打开《询问笔录》第1版' }).click();
  await expect(page.getByTestId('doc-status')).toHaveText('已签发');
  await expect(page.getByRole('button', { name: '删除草稿' })).toHaveCount(0);

  await page.getByRole('button', { name: '制作更正版本' }).click();
  const dialog = page.getByRole('dialog', { name: '制作更正版本' });
  await expect(dialog).toContainText('更正原因印在新版本的备注中');
  const reasonBox = dialog.getByRole('textbox', { name: '更正原因' });
  await expect(reasonBox).toBeFocused();
  // Too short: told under the field, nothing made.
  await reasonBox.fill('错');
  await dialog.getByRole('button', { name: '制作更正版本' }).click();
  await expect(dialog).toContainText('请填写更正原因（至少2个字）');
  await expect(page.getByTestId('doc-version')).toHaveText('第1版');

  const reason = '被询问人工作单位写错，应为东州市顺捷物流有限公司';
  await reasonBox.fill(reason);
  await dialog.getByRole('button', { name: '制作更正版本' }).click();
  await expect(page.getByTestId('doc-version')).toHaveText('第2版');
  await expect(page.getByTestId('doc-status')).toHaveText('草稿');
  await expect(page.getByTestId('doc-correction-reason')).toHaveText(`更正原因：${reason}`);

  await page.getByRole('button', { name: '返回案件' }).click();
  await expect(docRow(page, 2, 2).getByTestId('doc-row-reason')).toHaveText(`更正原因：${reason}`);
  await expect(docRow(page, 2, 1).getByTestId('doc-row-reason')).toHaveCount(0);
  const entry = page.getByTestId('case-audit-trail').locator('[data-testid="audit-entry"][data-action="document.correct"]');
  await expect(entry).toContainText(`更正原因：${reason}`);
  clerk.close();
});

test('制作文书 on a case against a person and a company asks which party the form is for', async ({ page, host }) => {
  const clerk = await apiAs(host, 'clerk');
  const causes = await clerk.call('catalog.causes', { category: 'road_transport' });
  const officers = await clerk.call('officers.list', {});
  const created = await clerk.call('cases.create', {
    category: 'road_transport',
    causeId: causes[0].id,
    procedure: 'general',
    source: 'inspection',
    occurredAt: `${chinaDay(-1)}T09:30`,
    place: '东州市G104国道收费站出口',
    facts: '执法人员在检查中发现当事人驾驶车辆从事道路货物运输经营，未能出示道路运输经营许可证。',
    officerIds: [officers[0].id, officers[1].id],
    parties: [
      { kind: 'individual', name: '柯岚', gender: 'female', ethnicity: '01', birthDate: '1949-12-31', idType: 'resident_id', idNumber: '11010519491231002x', address: '北京市朝阳区建国路88号', phone: '13812345678' },
      { kind: 'organisation', name: '东州市顺捷物流有限公司', creditCode: '91350100M000100Y43', legalRep: '周振华', address: '东州市经开区物流大道1号', phone: '0571-88886666' },
    ],
    conveyances: [{ kind: 'vehicle', plate: '浙AD12345', plateColor: '渐变绿', model: '轻型厢式货车' }],
  });
  await signIn(page, host, 'clerk');
  await openCase(page, created.id);

  await page.getByRole('button', { name: '制作文书' }).click();
  const picker = page.getByRole('dialog', { name: '制作文书' });
  await picker.getByLabel('查找文书式样').fill('行政处罚决定书');
  await picker.getByRole('button', { name: '式样之十五 行政处罚决定书' }).click();
  const choice = page.getByRole('dialog', { name: '为哪一位当事人制作' });
  await expect(choice).toContainText('本案有2名当事人');
  await expect(choice.getByTestId('party-option')).toHaveText(['个人柯岚', '单位东州市顺捷物流有限公司']);
  await choice.getByTestId('party-option').filter({ hasText: '东州市顺捷物流有限公司' }).click();

  await expect(page.getByTestId('doc-title')).toHaveText('行政处罚决定书');
  const party = form(page).locator('[data-field="party"]');
  await expect(party.getByRole('radio', { name: '单位' })).toBeChecked();
  await expect(party.getByRole('textbox').first()).toHaveValue('东州市顺捷物流有限公司');
  clerk.close();
});
