import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import WebSocket from 'ws';
import { LAUNCH_CODE_TTL_MS, startBrowserHost, type BrowserHost } from '../../main/host/server';
import { startTestBackend, tempDir, type TestBackend } from '../support/backend';
import { exchangeLaunchCode, startHostProcess, type HostProcess } from '../support/host-process';

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

/** A GET with headers of our choosing (fetch would refuse a Host header or follow redirects). */
function get(port: number, urlPath: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: urlPath, headers }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      })
      .on('error', reject);
  });
}

const pathOf = (launchUrl: string) => {
  const u = new URL(launchUrl);
  return u.pathname + u.search;
};

describe('browser host', () => {
  let tb: TestBackend;
  let host: BrowserHost;
  let rendererDir: string;
  let cookie: string;
  let clock = Date.now();

  before(async () => {
    tb = await startTestBackend();
    rendererDir = tempDir('zhifa-renderer-');
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>执法工作站</title>');
    host = await startBrowserHost(tb.backend, { rendererDir, now: () => clock });
    cookie = await exchangeLaunchCode(host.launchUrl());
  });
  after(async () => {
    await host.close();
    await tb.close();
  });

  it('listens on 127.0.0.1 only and serves the page with a strict CSP', async () => {
    assert.equal(host.url, `http://127.0.0.1:${host.port}/`);
    const res = await fetch(host.url, { headers: { cookie } });
    assert.equal(res.status, 200);
    const csp = res.headers.get('content-security-policy') ?? '';
    assert.match(csp, /script-src 'self'/);
    assert.match(csp, /object-src 'none'/);
    assert.doesNotMatch(csp, /unsafe-eval/);
  });

  it('shows a page opened without the launch cookie a Chinese refusal, not the app', async () => {
    const res = await get(host.port, '/');
    assert.equal(res.status, 403);
    assert.match(res.body, /请从启动程序打开/);
    assert.doesNotMatch(res.body, /<title>执法工作站<\/title>/);
  });

  it('trades a launch code once for an HttpOnly SameSite=Strict cookie and a redirect to the app', async () => {
    const launch = pathOf(host.launchUrl());
    const first = await get(host.port, launch);
    assert.equal(first.status, 303);
    assert.equal(first.headers.location, '/');
    const set = first.headers['set-cookie']?.[0] ?? '';
    assert.match(set, new RegExp(`^zhifa-host-${host.port}=[A-Za-z0-9_-]{40,}; HttpOnly; SameSite=Strict; Path=/$`));

    const again = await get(host.port, launch);
    assert.equal(again.status, 403, 'a spent code signs nobody in');
    assert.match(again.body, /启动链接已失效/);
    assert.equal(again.headers['set-cookie'], undefined);

    // The same window reloading its launch address already holds the cookie: it simply goes on.
    const reload = await get(host.port, launch, { cookie: set.split(';')[0] });
    assert.equal(reload.status, 303);
    assert.equal(reload.headers['set-cookie'], undefined);
  });

  it('refuses a launch code older than a minute', async () => {
    const launch = pathOf(host.launchUrl());
    clock += LAUNCH_CODE_TTL_MS + 1;
    const res = await get(host.port, launch);
    assert.equal(res.status, 403);
    assert.match(res.body, /启动链接已失效/);
    assert.equal((await get(host.port, '/launch?code=made-up')).status, 403);
  });

  it('refuses paths outside the renderer folder', async () => {
    const res = await fetch(`http://127.0.0.1:${host.port}/..%2f..%2f..%2fetc%2fpasswd`, { headers: { cookie } });
    assert.notEqual(res.status, 200, 'traversal refused');
  });

  it('refuses a request naming another host (DNS rebinding)', async () => {
    assert.equal((await get(host.port, '/', { host: 'evil.example:80', cookie })).status, 421);
  });

  it('refuses an API connection without the launch cookie or from another origin', async () => {
    const api = `ws://127.0.0.1:${host.port}/api`;
    const secret = cookie.split('=')[1];
    await assert.rejects(connect(api), /403/);
    await assert.rejects(connect(api, { cookie: `zhifa-host-${host.port}=wrong` }), /403/);
    await assert.rejects(connect(`${api}?token=${secret}`), /403/, 'the secret is not accepted in the address');
    await assert.rejects(connect(api, { cookie, origin: 'http://evil.example' }), /403/);
    await assert.rejects(connect(api, { cookie, origin: `http://127.0.0.1:${host.port}.evil` }), /403/);
    (await connect(api, { cookie, origin: `http://127.0.0.1:${host.port}` })).close();
  });

  it('answers malformed messages with a typed error and keeps serving', async () => {
    const ws = await connect(`ws://127.0.0.1:${host.port}/api`, { cookie });
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
    const ws = await connect(`ws://127.0.0.1:${host.port}/api`, { cookie });
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

/** An upgraded connection as raw bytes, to send frames no well-behaved client library would. */
async function rawSocket(proc: HostProcess): Promise<net.Socket> {
  const u = new URL(proc.url);
  const socket = net.connect(Number(u.port), '127.0.0.1');
  await new Promise<void>((resolve, reject) => {
    socket.once('error', reject);
    socket.once('connect', () => {
      socket.write(
        [
          'GET /api HTTP/1.1',
          `Host: ${u.host}`,
          'Upgrade: websocket',
          'Connection: Upgrade',
          'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
          'Sec-WebSocket-Version: 13',
          `Cookie: ${proc.api.headers.cookie}`,
          '',
          '',
        ].join('\r\n'),
      );
    });
    socket.once('data', (d: Buffer) => (d.toString().startsWith('HTTP/1.1 101') ? resolve() : reject(new Error(d.toString()))));
  });
  return socket;
}

/** One masked client frame (payload under 126 bytes). */
function frame(opcode: number, payload: Buffer): Buffer {
  const mask = Buffer.from([1, 2, 3, 4]);
  const masked = Buffer.from(payload.map((b, i) => b ^ mask[i % 4]));
  return Buffer.concat([Buffer.from([0x80 | opcode, 0x80 | payload.length]), mask, masked]);
}

const closed = (s: net.Socket) => new Promise<void>((resolve) => (s.destroyed ? resolve() : s.once('close', () => resolve())));

describe('browser host process under hostile input', () => {
  let proc: HostProcess;
  let dataDir: string;

  before(async () => {
    dataDir = tempDir('zhifa-host-proc-');
    const rendererDir = tempDir('zhifa-renderer-');
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>执法工作站</title>');
    proc = await startHostProcess(dataDir, { demoCases: 0, args: ['--renderer-dir', rendererDir] });
  });
  after(async () => {
    await proc.stop();
  });

  const alive = async () => {
    const ws = await connect(proc.api.url, proc.api.headers);
    const info = await request(ws, JSON.stringify({ id: 1, call: 'app.info', input: {} }));
    ws.close();
    return info.result.ok;
  };

  it('the host answers 400 to malformed percent-encoding and keeps serving', async () => {
    const port = Number(new URL(proc.url).port);
    for (const bad of ['/%E0%A4%A', '/%zz', '/launch%', '/%C0%AF']) {
      assert.equal((await get(port, bad, { cookie: proc.api.headers.cookie })).status, 400, bad);
    }
    assert.equal(proc.child.exitCode, null, 'the process is still running');
    assert.equal(await alive(), true);
    assert.equal((await get(port, '/', { cookie: proc.api.headers.cookie })).status, 200);
  });

  it('an oversized frame closes only that socket', async () => {
    const [big, other] = await Promise.all([connect(proc.api.url, proc.api.headers), connect(proc.api.url, proc.api.headers)]);
    big.on('error', () => undefined);
    const closedWith = new Promise<number>((resolve) => big.once('close', (code) => resolve(code)));
    big.send('x'.repeat(5 * 1024 * 1024));
    assert.equal(await closedWith, 1009, 'closed as "message too big"');
    const reply = await request(other, JSON.stringify({ id: 7, call: 'app.info', input: {} }));
    assert.equal(reply.id, 7);
    assert.equal(reply.result.ok, true);
    other.close();
    assert.equal(proc.child.exitCode, null);
  });

  it('invalid UTF-8 in a text frame and a reserved opcode each close only their socket', async () => {
    const other = await connect(proc.api.url, proc.api.headers);
    for (const bytes of [frame(0x1, Buffer.from([0x7b, 0xff, 0xfe, 0x7d])), frame(0x3, Buffer.from('hi'))]) {
      const s = await rawSocket(proc);
      s.on('error', () => undefined);
      s.write(bytes);
      await closed(s);
      const reply = await request(other, JSON.stringify({ id: 8, call: 'app.info', input: {} }));
      assert.equal(reply.result.ok, true);
    }
    other.close();
    assert.equal(await alive(), true);
  });
});

describe('the launch secret stays inside the host', () => {
  it('the launch token is in no spawned process\'s argv', async () => {
    const dir = tempDir('zhifa-argv-');
    const record = path.join(dir, 'chromium-argv.json');
    // Stands in for Chromium: records how it was started and stays alive like a browser window.
    const stub = path.join(dir, 'chromium');
    fs.writeFileSync(
      stub,
      `#!${process.execPath}\nrequire('fs').writeFileSync(${JSON.stringify(record)}, JSON.stringify({ pid: process.pid, argv: process.argv.slice(2) }));\nsetInterval(() => {}, 1000);\n`,
      { mode: 0o700 },
    );
    const proc = await startHostProcess(path.join(dir, 'data'), { demoCases: 0, args: ['--open'], env: { CHROMIUM_PATH: stub, DISPLAY: ':99' } });
    let stubPid = 0;
    try {
      const deadline = Date.now() + 20_000;
      while (!fs.existsSync(record) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      const started = JSON.parse(fs.readFileSync(record, 'utf8')) as { pid: number; argv: string[] };
      stubPid = started.pid;
      const app = started.argv.find((a) => a.startsWith('--app='));
      assert.match(app ?? '', /^--app=http:\/\/127\.0\.0\.1:\d+\/launch\?code=[A-Za-z0-9_-]+$/);

      // The browser's way in: follow the code it was given, keep the cookie.
      const cookie = await exchangeLaunchCode(app!.slice('--app='.length));
      const token = cookie.slice(cookie.indexOf('=') + 1);
      assert.ok(token.length >= 40);
      await assert.rejects(exchangeLaunchCode(app!.slice('--app='.length)), /403/, 'the code on the command line is spent');

      const seen: string[] = [];
      for (const pid of fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
        for (const file of ['cmdline', 'environ']) {
          try {
            if (fs.readFileSync(`/proc/${pid}/${file}`).toString('latin1').includes(token)) seen.push(`${pid}/${file}`);
          } catch {
            // Processes of other users, or ones that ended while we looked.
          }
        }
      }
      assert.deepEqual(seen, [], 'no process shows the secret');
      assert.ok(!proc.stdout().includes(token) && !proc.stderr().includes(token), 'the host never writes the secret');
      assert.ok(fs.readFileSync(`/proc/${stubPid}/cmdline`).toString().includes('launch?code='), 'the stub really was scanned');
    } finally {
      if (stubPid) process.kill(stubPid, 'SIGTERM');
      await proc.stop();
    }
  });
});
