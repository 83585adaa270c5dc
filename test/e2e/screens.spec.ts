/**
 * The daily screens at the two window sizes offices use (1280×720 laptops, 1920×1080 desks): the
 * case list, a case's workspace and the dashboard. No badge may be cut off, and each screen is
 * kept as a screenshot under test-results/screens/ for review.
 */
import type { Page } from '@playwright/test';
import path from 'node:path';
import { expect, signIn, test } from './fixtures';

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];

/** Badges whose text does not fit (Mantine ellipsises a badge's label rather than growing it). */
async function cutOffBadges(page: Page): Promise<string[]> {
  return page.locator('.mantine-Badge-label').evaluateAll((labels) =>
    labels
      .filter((el) => (el as unknown as { offsetParent: unknown }).offsetParent !== null && el.scrollWidth > el.clientWidth + 1)
      .map((el) => el.textContent ?? ''),
  );
}

async function keep(page: Page, name: string, size: { width: number; height: number }) {
  await page.screenshot({ path: path.join('test-results', 'screens', `${name}-${size.width}x${size.height}.png`), fullPage: false });
}

for (const size of SIZES) {
  test(`at ${size.width}×${size.height} the case list, a case and the dashboard show every badge whole`, async ({ page, host }) => {
    await page.setViewportSize(size);
    await signIn(page, host, 'clerk');
    await page.goto(`${host.url}#/cases`);
    await expect(page.getByTestId('case-row').first()).toBeVisible();
    expect(await cutOffBadges(page)).toEqual([]);
    await keep(page, 'case-list', size);

    await page.getByTestId('case-row').first().click();
    await expect(page).toHaveURL(/#\/cases\/\d+$/);
    await expect(page.getByRole('heading').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(await cutOffBadges(page)).toEqual([]);
    await keep(page, 'case-workspace', size);

    await page.goto(`${host.url}#/dashboard`);
    await expect(page.getByTestId('dashboard-counts')).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(await cutOffBadges(page)).toEqual([]);
    await keep(page, 'dashboard', size);
  });
}
