/** 案件列表 against the sample cases a fresh host is seeded with. */
import type { Locator, Page } from '@playwright/test';
import { expect, signIn, test, type HostFixture } from './fixtures';

const CATEGORY_LABELS = ['公路路政', '道路运政', '水路运政', '航道行政', '港口行政', '海事行政', '质量安全监督', '综合执法'];
const STAGE_LABELS = ['立案', '调查取证', '行政强制措施', '调查终结', '法制审核', '告知', '听证', '决定', '送达', '执行', '结案', '归档'];
/** 18 characters of an ID number or a credit code, unmasked. */
const FULL_IDENTIFIER = /[0-9A-HJ-NP-RTUWXY]{18}/;

async function choose(page: Page, field: Locator, option: string): Promise<void> {
  await field.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

function rows(page: Page): Locator {
  return page.getByTestId('case-row');
}

async function listed(page: Page): Promise<number> {
  const total = page.getByTestId('case-total');
  await expect(total).toHaveAttribute('data-total', /^\d+$/);
  return Number(await total.getAttribute('data-total'));
}

test('filters by category and by stage narrow the list', async ({ page, host }) => {
  await signIn(page, host, 'clerk');
  await expect(rows(page).first()).toBeVisible();
  const all = await listed(page);
  expect(all).toBeGreaterThanOrEqual(3);
  await expect(rows(page)).toHaveCount(all);
  const categories = await rows(page).locator('td:nth-child(2)').allTextContents();
  const stages = await rows(page).getByTestId('case-stage').allTextContents();

  // A category the sample cases have: exactly its cases remain.
  const present = categories[0];
  const expected = categories.filter((c) => c === present).length;
  await choose(page, page.getByLabel('执法门类'), present);
  await expect(page.getByTestId('case-total')).toHaveAttribute('data-total', String(expected));
  await expect(rows(page).locator('td:nth-child(2)')).toHaveText(Array(expected).fill(present));

  // A category none of them has: the empty state, not a stale table.
  const absent = CATEGORY_LABELS.find((c) => !categories.includes(c))!;
  await choose(page, page.getByLabel('执法门类'), absent);
  await expect(page.getByTestId('case-list-empty')).toContainText('没有符合条件的案件');
  await expect(page.getByTestId('case-total')).toHaveAttribute('data-total', '0');
  await expect(rows(page)).toHaveCount(0);

  await page.getByRole('button', { name: '重置条件' }).click();
  await expect(rows(page)).toHaveCount(all);

  const stage = stages[0];
  const inStage = stages.filter((s) => s === stage).length;
  await choose(page, page.getByLabel('案件环节'), stage);
  await expect(page.getByTestId('case-total')).toHaveAttribute('data-total', String(inStage));
  await expect(rows(page).getByTestId('case-stage')).toHaveText(Array(inStage).fill(stage));

  const noStage = STAGE_LABELS.find((s) => !stages.includes(s))!;
  await choose(page, page.getByLabel('案件环节'), noStage);
  await expect(page.getByTestId('case-list-empty')).toBeVisible();
  await expect(rows(page)).toHaveCount(0);
});

test('a one-character search keeps the current list and shows the hint', async ({ page, host }) => {
  await signIn(page, host, 'clerk');
  await expect(rows(page).first()).toBeVisible();
  const all = await listed(page);
  const box = page.getByPlaceholder('当事人、证件号码、车牌、案由、案号');

  await box.fill('王');
  await box.press('Enter');
  await expect(page.getByText(/请至少输入两个字/)).toBeVisible();
  // The cases shown stay: a hint about the box is no reason to empty the list.
  await expect(rows(page)).toHaveCount(all);
  await expect(page.getByTestId('case-total')).toHaveAttribute('data-total', String(all));
  await page.getByRole('button', { name: '检索', exact: true }).click();
  await expect(rows(page)).toHaveCount(all);

  // Clearing the term takes the message away and the list is as it was.
  await box.fill('');
  await page.getByRole('button', { name: '检索', exact: true }).click();
  await expect(page.getByText(/请至少输入两个字/)).toHaveCount(0);
  await expect(rows(page)).toHaveCount(all);
});

test('the list shows ID numbers masked and never in full', async ({ page, host }) => {
  await signIn(page, host, 'clerk');
  await expect(rows(page).first()).toBeVisible();
  const table = page.getByTestId('case-table');
  await expect(table).toContainText('*');
  expect(await table.innerText()).not.toMatch(FULL_IDENTIFIER);

  // Take one individual's full number from the case workspace, then look for it in the list.
  const withPerson = rows(page).filter({ hasText: /\d{6}\*{8}\d{3}[\dX]/ }).first();
  const masked = (await withPerson.innerText()).match(/\d{6}\*{8}\d{3}[\dX]/)![0];
  await withPerson.click();
  const shown = page.getByTestId(/^party-\d+$/).filter({ has: page.getByTestId('party-id-number').getByText(masked, { exact: true }) }).first();
  const party = page.getByTestId((await shown.getAttribute('data-testid'))!);
  await party.getByRole('button', { name: '显示' }).click();
  const full = (await party.getByTestId('party-id-number').innerText()).trim();
  expect(full).toMatch(/^\d{17}[\dX]$/);
  expect(full.slice(0, 6) + '********' + full.slice(14)).toBe(masked);

  await page.getByRole('button', { name: '返回列表' }).click();
  await expect(table).toContainText(masked);
  expect(await table.innerText()).not.toContain(full);
});

/** Another workstation window, driven over the host's own API: signs in and registers a case. */
async function registerElsewhere(host: HostFixture, partyName: string): Promise<string> {
  const { default: WebSocket } = await import('ws');
  const ws = new WebSocket(host.api.url, { origin: host.api.origin, headers: host.api.headers });
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  let next = 1;
  const call = (name: string, input: unknown) =>
    new Promise<unknown>((resolve, reject) => {
      const id = next++;
      const onMessage = (data: Buffer) => {
        const msg = JSON.parse(data.toString()) as { id?: number; result?: { ok: boolean; value?: unknown; error?: unknown } };
        if (msg.id !== id) return;
        ws.off('message', onMessage);
        if (msg.result?.ok) resolve(msg.result.value);
        else reject(new Error(`${name}: ${JSON.stringify(msg.result?.error)}`));
      };
      ws.on('message', onMessage);
      ws.send(JSON.stringify({ id, call: name, input }));
    });
  try {
    await call('session.login', { username: 'clerk2', password: 'demo1234' });
    const causes = (await call('catalog.causes', { category: 'highway' })) as { id: number }[];
    const officers = (await call('officers.list', {})) as { id: number }[];
    const created = (await call('cases.create', {
      category: 'highway',
      causeId: causes[0].id,
      procedure: 'general',
      source: 'inspection',
      occurredAt: '2026-01-05T10:00',
      place: '东州市G330线K12+300处',
      facts: '巡查发现当事人擅自在公路用地范围内堆放物品。',
      officerIds: [officers[0].id, officers[1].id],
      parties: [
        {
          kind: 'individual',
          name: partyName,
          gender: 'female',
          birthDate: '1949-12-31',
          idType: 'resident_id',
          idNumber: '11010519491231002X',
          address: '浙江省东州市青山县城关镇',
          phone: '13857104321',
        },
      ],
    })) as { caseNumber: string };
    return created.caseNumber;
  } finally {
    ws.close();
  }
}

test('the list refreshes when another window registers a case', async ({ page, host }) => {
  await signIn(page, host, 'clerk');
  await expect(rows(page).first()).toBeVisible();
  const before = await listed(page);

  const number = await registerElsewhere(host, '庞晓筠');
  await expect(page.getByTestId('case-total')).toHaveAttribute('data-total', String(before + 1));
  await expect(rows(page).filter({ hasText: number })).toContainText('庞晓筠（110105********002X）');
});
