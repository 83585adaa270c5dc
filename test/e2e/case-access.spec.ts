/** Authorization per case: a clerk who is not among a case's officers may look at it, not work on it. */
import { apiAs } from './api-client';
import { expect, signIn, test } from './fixtures';
import { goToHash } from './form-helpers';
import { chinaDay } from './procedure-setup';

test('a clerk not on the case sees it read-only: the banner, and no 制作文书, 签发 or procedural acts', async ({ page, host }) => {
  // 李明 (clerk) and 陈刚 handle the case; 王芳 (clerk2) is not on it.
  const clerk = await apiAs(host, 'clerk');
  const officers = await clerk.call('officers.list', {});
  const byName = (name: string) => officers.find((o) => o.name === name)!.id;
  const causes = await clerk.call('catalog.causes', { category: 'road_transport' });
  const created = await clerk.call('cases.create', {
    category: 'road_transport',
    causeId: causes[0].id,
    procedure: 'general',
    source: 'inspection',
    occurredAt: `${chinaDay(-1)}T09:30`,
    place: '东州市G104国道收费站出口',
    facts: '执法人员在检查中发现当事人驾驶车辆从事道路货物运输经营，未能出示道路运输经营许可证。',
    officerIds: [byName('李明'), byName('陈刚')],
    parties: [
      {
        kind: 'individual',
        name: '柯岚',
        gender: 'female',
        ethnicity: '01',
        birthDate: '1949-12-31',
        idType: 'resident_id',
        idNumber: '11010519491231002x',
        address: '北京市朝阳区建国路88号',
        phone: '13812345678',
      },
    ],
    conveyances: [],
  });
  const draft = await clerk.call('documents.create', { caseId: created.id, formId: 1 });
  clerk.close();

  await signIn(page, host, 'clerk2');
  await goToHash(page, `#/cases/${created.id}`);
  await expect(page.getByTestId('case-number')).toHaveText(created.caseNumber);
  await expect(page.getByTestId('case-read-only')).toBeVisible();
  await expect(page.getByTestId('case-read-only')).toContainText(/只能查看/);
  await expect(page.getByTestId('procedure-panel')).toBeVisible();
  await expect(page.getByTestId('procedure-stage')).toBeVisible();
  await expect(page.getByTestId('procedure-actions')).toHaveCount(0);
  await expect(page.getByRole('button', { name: '制作文书' })).toHaveCount(0);

  // Its documents open for reading only.
  await page.getByTestId('doc-row').first().click();
  await expect(page.getByTestId('doc-title')).toBeVisible();
  await expect(page.getByText(/只能查看/)).toBeVisible();
  await expect(page.getByRole('button', { name: '签发' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '保存草稿' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '制作更正版本' })).toHaveCount(0);
  expect(draft.caseId).toBe(created.id);

  // The clerk on the case is offered all of it.
  await page.getByRole('button', { name: '退出登录' }).click();
  await signIn(page, host, 'clerk');
  await goToHash(page, `#/cases/${created.id}`);
  await expect(page.getByTestId('case-number')).toHaveText(created.caseNumber);
  await expect(page.getByRole('button', { name: '制作文书' })).toBeVisible();
  await expect(page.getByTestId('case-read-only')).toHaveCount(0);
});
