/**
 * The renderer's WebSocket client under every way a connection can misbehave, against a fake
 * socket whose host behaves as told: each call ends within the bound, with its answer or a Chinese
 * message, and the client finds its way back when the host does.
 */
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { ERROR_MESSAGES } from '../../../main/contract/errors';
import { WebSocketClient, type ConnectionState, type SocketLike } from '../../../renderer/src/api/socket-client';

/** How the fake host treats the next socket opened to it. */
type Behaviour = 'answer' | 'silent' | 'flap' | 'refuse' | 'hang';

class FakeSocket implements SocketLike {
  readyState = 0;
  onopen: ((ev: unknown) => void) | null = null;
  onclose: ((ev: unknown) => void) | null = null;
  onerror: ((ev: unknown) => void) | null = null;
  onmessage: ((ev: { data: unknown }) => void) | null = null;
  readonly sent: { id: number; call: string }[] = [];

  constructor(readonly behaviour: Behaviour) {
    setTimeout(() => {
      if (behaviour === 'hang') return;
      if (behaviour === 'refuse') {
        this.onerror?.({});
        this.serverClose();
        return;
      }
      this.readyState = 1;
      this.onopen?.({});
      // Opened and closed at once, before anything could be answered.
      if (behaviour === 'flap') this.serverClose();
    }, 1);
  }

  send(data: string) {
    if (this.readyState !== 1) return;
    const msg = JSON.parse(data) as { id: number; call: string };
    this.sent.push(msg);
    if (this.behaviour === 'answer') setTimeout(() => this.onmessage?.({ data: JSON.stringify({ id: msg.id, result: { ok: true, value: msg.call } }) }), 1);
  }

  serverClose() {
    if (this.readyState === 3) return;
    this.readyState = 3;
    this.onclose?.({});
  }

  close() {
    this.readyState = 3;
  }
}

class FakeHost {
  /** What each new socket does; the last entry repeats. */
  plan: Behaviour[] = ['answer'];
  probeSays: 'ok' | 'relaunch' | 'down' = 'ok';
  readonly sockets: FakeSocket[] = [];

  open = () => {
    const b = this.plan.length > 1 ? this.plan.shift()! : this.plan[0];
    const s = new FakeSocket(b);
    this.sockets.push(s);
    return s;
  };
}

const clients: WebSocketClient[] = [];
afterEach(() => {
  for (const c of clients.splice(0)) c.close();
});

function clientOn(host: FakeHost, timeoutMs = 400) {
  const states: ConnectionState[] = [];
  const c = new WebSocketClient({
    url: 'ws://127.0.0.1:1/api',
    openSocket: host.open,
    probe: async () => host.probeSays,
    callTimeoutMs: timeoutMs,
    retryMs: { first: 5, max: 20 },
    stableMs: 50,
  });
  c.onConnection((s) => states.push(s));
  clients.push(c);
  return { c, states };
}

async function timed<T>(p: Promise<T>): Promise<{ value: T; ms: number }> {
  const t0 = Date.now();
  const value = await p;
  return { value, ms: Date.now() - t0 };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('the renderer transport when the backend connection drops and comes back', () => {
  it('answers calls over a working connection', async () => {
    const host = new FakeHost();
    const { c } = clientOn(host);
    assert.deepEqual(await c.invoke('app.info', {}), { ok: true, value: 'app.info' });
    assert.equal(c.connection, 'connected');
  });

  it('fails a call in flight at once with 连接已断开 when its socket closes, and sends the next call on a new socket', async () => {
    const host = new FakeHost();
    host.plan = ['silent', 'answer'];
    const { c } = clientOn(host, 2000);
    const inFlight = c.invoke('app.info', {});
    await sleep(20);
    host.sockets[0].serverClose();
    const { value, ms } = await timed(inFlight);
    assert.deepEqual(value, { ok: false, error: { code: 'TRANSPORT_CLOSED', message: ERROR_MESSAGES.TRANSPORT_CLOSED } });
    assert.ok(ms < 100, `failed after ${ms} ms`);
    assert.match(ERROR_MESSAGES.TRANSPORT_CLOSED, /连接已断开/);
    assert.deepEqual(await c.invoke('office.get', {}), { ok: true, value: 'office.get' });
  });

  it('never leaves a call hanging while sockets open and close at once, again and again, and answers once one stays', async () => {
    const host = new FakeHost();
    host.plan = ['flap'];
    const { c, states } = clientOn(host, 300);
    const results = await Promise.all(Array.from({ length: 5 }, () => timed(c.invoke('app.info', {}))));
    for (const { value, ms } of results) {
      assert.equal(value.ok, false);
      assert.ok(!value.ok && ['TRANSPORT_CLOSED', 'TRANSPORT_TIMEOUT'].includes(value.error.code), JSON.stringify(value));
      assert.ok(!value.ok && /[\u4e00-\u9fff]/.test(value.error.message), 'a Chinese message');
      assert.ok(ms <= 300 + 50, `ended after ${ms} ms, over the bound`);
    }
    assert.ok(host.sockets.length >= 3, `kept trying (${host.sockets.length} sockets)`);
    assert.ok(states.includes('reconnecting'));
    host.plan = ['answer'];
    assert.deepEqual(await c.invoke('app.info', {}), { ok: true, value: 'app.info' });
    assert.equal(c.connection, 'connected');
  });

  it('fails a call the backend never answers with 长时间没有应答 at the bound', async () => {
    const host = new FakeHost();
    host.plan = ['silent'];
    const { c } = clientOn(host, 200);
    const { value, ms } = await timed(c.invoke('app.info', {}));
    assert.deepEqual(value, { ok: false, error: { code: 'TRANSPORT_TIMEOUT', message: ERROR_MESSAGES.TRANSPORT_TIMEOUT } });
    assert.ok(ms >= 190 && ms < 300, `timed out after ${ms} ms`);
  });

  it('fails a call within the bound when the host takes the connection but never completes it', async () => {
    const host = new FakeHost();
    host.plan = ['hang'];
    const { c } = clientOn(host, 200);
    const { value, ms } = await timed(c.invoke('app.info', {}));
    assert.equal(!value.ok && value.error.code, 'TRANSPORT_CLOSED');
    assert.ok(ms < 300, `ended after ${ms} ms`);
  });

  it('holds a call made while the host is down and sends it when the host is back within the bound', async () => {
    const host = new FakeHost();
    host.plan = ['answer'];
    const { c } = clientOn(host, 1000);
    await c.invoke('app.info', {});
    host.plan = ['refuse'];
    host.probeSays = 'down';
    host.sockets[0].serverClose();
    const reconnected: string[] = [];
    c.onReconnect = () => reconnected.push('again');
    const waiting = timed(c.invoke('office.get', {}));
    await sleep(100);
    host.plan = ['answer'];
    host.probeSays = 'ok';
    const { value, ms } = await waiting;
    assert.deepEqual(value, { ok: true, value: 'office.get' });
    assert.ok(ms < 1000);
    assert.deepEqual(reconnected, ['again'], 'the app is told, so it resumes its session');
  });

  it('says at once that a new launch link is needed when the host refuses this window, and reconnects after one was opened', async () => {
    const host = new FakeHost();
    const { c, states } = clientOn(host, 5000);
    await c.invoke('app.info', {});
    // The host restarted with a new secret: it answers, but not to this window's cookie.
    host.plan = ['refuse'];
    host.probeSays = 'relaunch';
    host.sockets[0].serverClose();
    await sleep(50);
    assert.equal(c.connection, 'relaunch');
    const { value, ms } = await timed(c.invoke('app.info', {}));
    assert.deepEqual(value, { ok: false, error: { code: 'TRANSPORT_RELAUNCH', message: ERROR_MESSAGES.TRANSPORT_RELAUNCH } });
    assert.ok(ms < 200, `said so after ${ms} ms, not at the bound`);
    assert.match(ERROR_MESSAGES.TRANSPORT_RELAUNCH, /启动链接/);
    // A new launch link opened in this browser renews the cookie: the next attempt gets through.
    host.plan = ['answer'];
    host.probeSays = 'ok';
    await sleep(100);
    assert.equal(c.connection, 'connected');
    assert.deepEqual(states.slice(states.indexOf('relaunch')), ['relaunch', 'connected']);
    assert.deepEqual(await c.invoke('app.info', {}), { ok: true, value: 'app.info' });
  });
});
