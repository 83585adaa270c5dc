/**
 * The connection to the backend drops and comes back: a host frozen, then killed and restarted
 * on the same port (with a new secret, as every launch has), and a socket that opens and closes at
 * once, again and again. No call keeps a spinner turning past the bound, every failure is said in
 * Chinese, the page is never reloaded and what the clerk typed stays in the form.
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { ERROR_MESSAGES } from '../../main/contract/errors';
import { CALL_TIMEOUT_MS } from '../../renderer/src/api/socket-client';
import { startHostProcess, type HostProcess } from '../support/host-process';
import { DEMO_PASSWORD, expect, test } from './fixtures';
import { openRegistration } from './form-helpers';

const DRAFT = '当事人驾驶车辆从事道路货物运输经营，未能出示道路运输经营许可证（尚未保存）。';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

async function signInAt(page: Page, launchUrl: string): Promise<void> {
  await page.goto(launchUrl);
  await page.getByLabel('用户名').fill('clerk');
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByTestId('current-user')).toBeVisible();
}

/** A registration with typed, unsaved facts and one party, and a mark that a reload would wipe. */
async function startDraft(page: Page): Promise<void> {
  await openRegistration(page);
  await page.getByLabel('案件基本情况').fill(DRAFT);
  await page.getByRole('button', { name: '添加个人当事人' }).click();
  await page.getByTestId('party-0').getByLabel(/^姓名/).fill('张三');
  await page.evaluate(() => ((globalThis as unknown as { notReloaded: boolean }).notReloaded = true));
}

async function draftKept(page: Page): Promise<void> {
  await expect(page.getByLabel('案件基本情况')).toHaveValue(DRAFT);
  await expect(page.getByTestId('party-0').getByLabel(/^姓名/)).toHaveValue('张三');
  expect(await page.evaluate(() => (globalThis as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
}

test.describe('reconnection', () => {
  let dataDir: string;
  let proc: HostProcess | null = null;

  test.beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhifa-e2e-reconnect-'));
  });

  test.afterEach(async () => {
    await proc?.stop('SIGKILL');
    proc = null;
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  test('calls in flight when the host freezes or is killed fail in Chinese within the bound; the restarted host asks for a new launch link and the page reconnects', async ({ page, context }) => {
    test.setTimeout(150_000);
    const port = await freePort();
    const args = ['--port', String(port)];
    proc = await startHostProcess(dataDir, { args });
    await signInAt(page, await proc.launchUrl());
    await startDraft(page);
    const read = page.getByTestId('party-0-read');
    const readError = page.getByTestId('party-0-read-error');

    // Frozen: the socket stays open and nothing answers. The read fails at the bound, not never.
    proc.child.kill('SIGSTOP');
    const t0 = Date.now();
    await read.click();
    await expect(readError).toHaveText(ERROR_MESSAGES.TRANSPORT_TIMEOUT, { timeout: CALL_TIMEOUT_MS + 5000 });
    const waited = Date.now() - t0;
    expect(waited).toBeGreaterThanOrEqual(CALL_TIMEOUT_MS - 500);
    expect(waited).toBeLessThan(CALL_TIMEOUT_MS + 3000);
    await draftKept(page);

    // Killed with a read in flight: that read fails at once, and the page says it is reconnecting.
    await read.click();
    await page.waitForTimeout(300);
    proc.child.kill('SIGKILL');
    await expect(readError).toHaveText(ERROR_MESSAGES.TRANSPORT_CLOSED, { timeout: 3000 });
    const notice = page.getByTestId('connection-notice');
    await expect(notice).toHaveAttribute('data-state', 'reconnecting');
    await expect(notice).toContainText('正在重新连接');
    await draftKept(page);

    // Restarted on the same port: a new secret, so this window's launch is no longer honoured. The page says so plainly.
    await proc.stop('SIGKILL');
    proc = await startHostProcess(dataDir, { args });
    await expect(notice).toHaveAttribute('data-state', 'relaunch', { timeout: 15_000 });
    await expect(notice).toContainText('需要新的启动链接');
    await expect(notice).toContainText('launch');
    // A call made now says the same at once rather than waiting.
    const t1 = Date.now();
    await read.click();
    await expect(readError).toHaveText(ERROR_MESSAGES.TRANSPORT_RELAUNCH, { timeout: 5000 });
    expect(Date.now() - t1).toBeLessThan(5000);
    await draftKept(page);

    // The new launch link opened in this browser renews the cookie: the old page reconnects by itself, without a reload.
    const fresh = await context.newPage();
    await fresh.goto(await proc.launchUrl());
    await expect(notice).toHaveCount(0, { timeout: 15_000 });
    // The restarted backend knows no session of before: the page says so and asks to sign in, in the same page.
    await expect(page.getByText(ERROR_MESSAGES.SESSION_EXPIRED)).toBeVisible();
    expect(await page.evaluate(() => (globalThis as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    await fresh.close();
  });

  test('sockets that open and close at once, again and again, leave no call hanging; the form is kept and work goes on once the connection holds', async ({ page }) => {
    test.setTimeout(120_000);
    proc = await startHostProcess(dataDir);
    // The page's socket passes through a relay that can cut it and, while flapping, accepts each new socket only to close it at once.
    let flapping = false;
    let live: { close(): void } | null = null;
    let flaps = 0;
    await page.routeWebSocket(/\/api$/, (ws) => {
      if (flapping) {
        flaps++;
        ws.close();
        return;
      }
      ws.connectToServer();
      live = ws;
    });
    await signInAt(page, await proc.launchUrl());
    await startDraft(page);
    const read = page.getByTestId('party-0-read');
    const readError = page.getByTestId('party-0-read-error');

    flapping = true;
    (live as { close(): void } | null)?.close();
    const notice = page.getByTestId('connection-notice');
    await expect(notice).toHaveAttribute('data-state', 'reconnecting');
    const t0 = Date.now();
    await read.click();
    await expect(readError).toHaveText(/连接已断开|长时间没有应答/, { timeout: CALL_TIMEOUT_MS + 5000 });
    expect(Date.now() - t0).toBeLessThan(CALL_TIMEOUT_MS + 3000);
    expect(flaps).toBeGreaterThanOrEqual(3);
    await draftKept(page);

    // The connection holds again: the page resumes its session on its own, and 读卡 works (it asks for a card).
    flapping = false;
    await expect(notice).toHaveCount(0, { timeout: 15_000 });
    await read.click();
    await expect(readError).toHaveText('请放置证件');
    await draftKept(page);
    await expect(page.getByTestId('current-user')).toBeVisible();
  });
});
