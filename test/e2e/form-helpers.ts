/** Steps the 立案登记 specs share: Mantine selects, the case-time input, opening the form. */
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** A China-time wall clock value some days back, as the datetime-local input takes it. */
export function daysAgo(days: number, time = '09:30'): string {
  const d = new Date(Date.now() - days * 86_400_000);
  return `${new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(d)}T${time}`;
}

/** Opens a Mantine select and clicks one of its options. */
export async function choose(page: Page, field: Locator, option: string | RegExp): Promise<void> {
  await field.click();
  await page.getByRole('option', typeof option === 'string' ? { name: option, exact: true } : { name: option }).first().click();
}

export async function openRegistration(page: Page): Promise<void> {
  await page.getByRole('link', { name: '立案登记' }).click();
  await expect(page.getByRole('heading', { name: '立案登记' })).toBeVisible();
}

/** Goes to a page of the workstation by its address, as a bookmark or a typed URL would. */
export async function goToHash(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => {
    (globalThis as unknown as { location: { hash: string } }).location.hash = h;
  }, hash);
}
