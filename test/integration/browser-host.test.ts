import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import WebSocket from 'ws';
import { startBrowserHost, type BrowserHost } from '../../main/host/server';
import { startTestBackend, tempDir, type TestBackend } from '../support/backend';

function connect(url: string, headers: Record<string, string> = {}): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers });
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
  });
}

function request(ws: WebSocket, payload: string): Promise<{ id: number | null; result: { ok: boolean; error?: { code: string } } }> {
  return new Promise((resolve) => {
    ws.once('message', (d) => resolve(JSON.parse(d.toString())));
    ws.send(payload);
  });
}

describe('browser host', () => {
  let tb: TestBackend;
  let host: BrowserHost;
  let rendererDir: string;

  before(async () => {
    tb = await startTestBackend();
    rendererDir = tempDir('zhifa-renderer-');
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>执法工作站</title>');
    host = await startBrowserHost(tb.backend, { rendererDir });
  });
  after(async () => {
    await host.close();
    await tb.close();
  });

  it('listens on 127.0.0.1 only and serves the page with a strict CSP', async () => {
    assert.match(host.url, /^http:\/\/127\.0\.0\.1:\d+\/#token=/);
    const res = await fetch(`http://127.0.0.1:${host.port}/`);
    assert.equal(res.status, 200);
    const csp = res.headers.get('content-security-policy') ?? '';
    assert.match(csp, /script-src 'self'/);
    assert.match(csp, /object-src 'none'/);
    assert.doesNotMatch(csp, /unsafe-eval/);
  });

  it('refuses paths outside the renderer folder', async () => {
    const res = await fetch(`http://127.0.0.1:${host.port}/..%2f..%2f..%2fetc%2fpasswd`);
    assert.notEqual(res.status, 200, 'traversal refused');
  });

  it('refuses a request naming another host (DNS rebinding)', async () => {
    const res = await new Promise<number>((resolve) => {
      http.get({ host: '127.0.0.1', port: host.port, path: '/', headers: { host: 'evil.example:80' } }, (r) => resolve(r.statusCode ?? 0));
    });
    assert.equal(res, 421);
  });

  it('refuses an API connection without the launch token or from another origin', async () => {
    await assert.rejects(connect(`ws://127.0.0.1:${host.port}/api`), /403/);
    await assert.rejects(connect(`ws://127.0.0.1:${host.port}/api?token=wrong`), /403/);
    await assert.rejects(connect(`ws://127.0.0.1:${host.port}/api?token=${host.token}`, { origin: 'http://evil.example' }), /403/);
  });

  it('answers malformed messages with a typed error and keeps serving', async () => {
    const ws = await connect(`ws://127.0.0.1:${host.port}/api?token=${host.token}`);
    assert.equal((await request(ws, '{not json')).result.error?.code, 'VALIDATION_FAILED');
    assert.equal((await request(ws, JSON.stringify({ id: 'x', call: 1 }))).result.error?.code, 'VALIDATION_FAILED');
    assert.equal((await request(ws, JSON.stringify({ id: 1, call: 'no.such.call' }))).result.error?.code, 'UNKNOWN_CALL');
    assert.equal((await request(ws, JSON.stringify({ id: 2, call: 'cases.search', input: {} }))).result.error?.code, 'NOT_AUTHENTICATED');
    const login = await request(ws, JSON.stringify({ id: 3, call: 'session.login', input: { username: 'clerk', password: 'demo1234' } }));
    assert.equal(login.result.ok, true);
    const bad = await request(ws, JSON.stringify({ id: 4, call: 'cases.search', input: { limit: 'all' } }));
    assert.equal(bad.result.error?.code, 'VALIDATION_FAILED');
    ws.close();
  });

  it('fuzz: 2,000 random frames never crash the host or go unanswered', async () => {
    const ws = await connect(`ws://127.0.0.1:${host.port}/api?token=${host.token}`);
    let seed = 42;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    const samples = ['{', '[]', 'null', '{"id":1}', '{"id":1,"call":"cases.create","input":{"parties":[{"kind":"x"}]}}', '{"id":1e400,"call":"x"}'];
    for (let i = 0; i < 2000; i++) {
      let frame: string;
      if (rnd() < 0.5) frame = samples[Math.floor(rnd() * samples.length)];
      else frame = Array.from({ length: Math.floor(rnd() * 64) }, () => String.fromCharCode(Math.floor(rnd() * 0x3000))).join('');
      const reply = await request(ws, frame);
      assert.equal(reply.result.ok, false);
    }
    assert.equal((await request(ws, JSON.stringify({ id: 9, call: 'app.info', input: {} }))).result.ok, true);
    ws.close();
  });
});
