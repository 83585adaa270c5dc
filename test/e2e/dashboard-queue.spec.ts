/** 待办: the clerk's queue says of every row why it is there and what is awaited. */
import { expect, signIn, test } from './fixtures';

test("every row of the clerk's 待办 says 承办 and what is awaited; no 事项 is blank", async ({ page, host }) => {
  await signIn(page, host, 'clerk');
  await page.goto(`${host.url}#/dashboard`);
  const queue = page.getByTestId('dashboard-queue');
  const rows = queue.getByTestId('queue-row');
  await expect(rows.first()).toBeVisible();
  const count = await rows.count();
  await expect(queue.getByTestId('queue-reason')).toHaveText(Array(count).fill('承办'));
  for (const note of await queue.getByTestId('queue-note').allTextContents()) expect(note.trim()).toMatch(/^(待|法制审核退回|负责人退回)/);
});
