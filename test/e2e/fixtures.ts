/** Every end-to-end test gets a fresh data directory and its own browser-host process. */
import { test as base, expect, type Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startHostProcess, type ApiEndpoint, type HostProcess } from '../support/host-process';

export interface HostFixture {
  /** The host's origin; it opens nothing by itself. Pages open `await host.launchUrl()`. */
  readonly url: string;
  readonly dataDir: string;
  /** A fresh single-use launch address: each page in its own browser context needs one. */
  launchUrl(): Promise<string>;
  /** The host's API socket and this launch's cookie, for setting up data from the test process. */
  readonly api: ApiEndpoint;
  /** Stops the host (SIGTERM) and starts a new one on the same data directory; `url` and `api` change (new port, new secret). */
  restart(): Promise<void>;
}

export const test = base.extend<{ host: HostFixture; demo: boolean }>({
  /** false: the host starts on an empty data directory without the demo office (the first-run setup). `test.use({ demo: false })`. */
  demo: [true, { option: true }],
  host: async ({ demo }, use) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhifa-e2e-'));
    let proc: HostProcess = await startHostProcess(dataDir, { demo });
    const fixture: HostFixture = {
      get url() {
        return proc.url;
      },
      get api() {
        return proc.api;
      },
      launchUrl: () => proc.launchUrl(),
      dataDir,
      async restart() {
        await proc.stop();
        proc = await startHostProcess(dataDir, { demo });
      },
    };
    await use(fixture);
    await proc.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect };

export const DEMO_PASSWORD = 'demo1234';

/**
 * Opens the workstation and signs in: a demo account (clerk, clerk2, reviewer, head, archivist,
 * admin) with the demo password, or any account with its own password.
 */
export async function signIn(page: Page, host: HostFixture, username = 'clerk', password = DEMO_PASSWORD): Promise<void> {
  await page.goto(await host.launchUrl());
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByTestId('current-user')).toBeVisible();
}
