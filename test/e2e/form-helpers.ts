/** Steps the 立案登记 specs share: Mantine selects, the date and case-time boxes, opening the form. */
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** A China-time wall clock value some days back, as the forms store it (`YYYY-MM-DDTHH:mm`). */
export function daysAgo(days: number, time = '09:30'): string {
  const d = new Date(Date.now() - days * 86_400_000);
  return `${new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(d)}T${time}`;
}

/** How a date box shows a stored `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`: 2026年12月4日, 2026年12月4日 09:30. */
export function shownDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  const day = `${y}年${m}月${d}日`;
  return iso.length > 10 ? `${day} ${iso.slice(11, 16)}` : day;
}

/**
 * Types a date (or date and time) into a date box the way a clerk reads it off the screen,
 * 2026年12月4日 14:30, then leaves the box with Tab so its calendar closes, as a clerk's next
 * keystroke would, and does not cover the button below.
 */
export async function typeDate(field: Locator, iso: string): Promise<void> {
  await field.fill(shownDate(iso));
  await field.press('Tab');
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
