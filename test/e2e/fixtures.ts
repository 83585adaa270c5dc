/** Every end-to-end test gets a fresh data directory and its own browser-host process. */
import { test as base, expect, type Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startHostProcess, type HostProcess } from '../support/host-process';

export interface HostFixture {
  readonly url: string;
  readonly dataDir: string;
  /** The host's API socket with this launch's token, for setting up data from the test process. */
  readonly apiUrl: string;
  /** Stops the host (SIGTERM) and starts a new one on the same data directory; `url` changes (new token). */
  restart(): Promise<void>;
}

export const test = base.extend<{ host: HostFixture }>({
  host: async ({}, use) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhifa-e2e-'));
    let proc: HostProcess = await startHostProcess(dataDir);
    const fixture: HostFixture = {
      get url() {
        return proc.url;
      },
      get apiUrl() {
        return proc.apiUrl;
      },
      dataDir,
      async restart() {
        await proc.stop();
        proc = await startHostProcess(dataDir);
      },
    };
    await use(fixture);
    await proc.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect };

export const DEMO_PASSWORD = 'demo1234';

/** Opens the workstation and signs in with a demo account (clerk, clerk2, reviewer, head, archivist, admin). */
export async function signIn(page: Page, host: HostFixture, username = 'clerk'): Promise<void> {
  await page.goto(host.url);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByTestId('current-user')).toBeVisible();
}
