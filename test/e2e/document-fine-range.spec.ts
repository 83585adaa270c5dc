/** A document's fine amount shows the 案由's 裁量 tier and statutory range beside it, as the 提请决定 dialog does. */
import { apiAs } from './api-client';
import { form, makeDocument } from './document-helpers';
import { expect, signIn, test } from './fixtures';
import { openCase, penaltyWithinDiscretion, proposeDecision, registerGeneralCase } from './procedure-setup';

test('the 行政处罚决定书 shows the tier the decision chose and the statutory range next to 罚款金额, and says when the amount leaves them', async ({ page, host }) => {
  test.setTimeout(90_000);
  const [clerk, reviewer, head] = await Promise.all([apiAs(host, 'clerk'), apiAs(host, 'reviewer'), apiAs(host, 'head')]);
  const created = await registerGeneralCase(clerk, '欧阳岚');
  const { circumstance } = penaltyWithinDiscretion(created);
  const tier = created.cause.discretion.find((d) => d.circumstance === circumstance)!;
  await proposeDecision({ clerk, reviewer, head }, created);

  await signIn(page, host, 'clerk');
  await openCase(page, created.id);
  await makeDocument(page, '行政处罚决定书');
  const fine = form(page).locator('[data-field="fineAmount"]');
  const note = fine.getByTestId('cause-fine-note');
  await expect(note.getByTestId('tier-range')).toContainText(`裁量情节“${circumstance}”建议罚款`);
  if (created.cause.fineMax !== null) await expect(note.getByTestId('statutory-range')).toContainText('法定罚款幅度');

  // Inside the tier: no remark. Above it: the same words the 提请决定 dialog uses.
  await fine.getByLabel('罚款金额').fill(String(tier.fineMin));
  await expect(note.getByTestId('fine-departure')).toHaveCount(0);
  await fine.getByLabel('罚款金额').fill(String(tier.fineMax + 1));
  await expect(note.getByTestId('fine-departure').first()).toContainText(`超出裁量情节“${circumstance}”的建议幅度`);
});
