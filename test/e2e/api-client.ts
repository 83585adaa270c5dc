/**
 * A signed-in account on the browser host's API socket, from the test process: sets up what the
 * page under test is not about (cases, issued documents, earlier acts) in milliseconds instead of
 * clicking through it.
 */
import WebSocket from 'ws';
import type { CallInput, CallName, CallOutput } from '../../main/contract/api';
import type { Result } from '../../main/contract/errors';
import type { ApiEndpoint } from '../support/host-process';
import { DEMO_PASSWORD } from './fixtures';

export interface ApiSession {
  call<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>>;
  close(): void;
}

/** Opens a connection with the launch's cookie (no Origin header, as a local tool would) and signs in. */
export async function apiAs(host: { readonly api: ApiEndpoint }, username: string): Promise<ApiSession> {
  const ws = await new Promise<WebSocket>((resolve, reject) => {
    const socket = new WebSocket(host.api.url, { headers: host.api.headers });
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
  });
  let nextId = 1;
  const pending = new Map<number, (r: Result<unknown>) => void>();
  ws.on('message', (data) => {
    const msg = JSON.parse(data.toString()) as { id?: number | null; result?: Result<unknown> };
    // Events ({ event, payload }) arrive on the same socket; only answers carry an id.
    if (typeof msg.id === 'number' && msg.result) {
      pending.get(msg.id)?.(msg.result);
      pending.delete(msg.id);
    }
  });
  const session: ApiSession = {
    call(name, input) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, (r) => {
          if (r.ok) resolve(r.value as never);
          else reject(new Error(`${name} (${username}) failed: ${r.error.code} ${r.error.message} ${JSON.stringify(r.error.issues ?? [])}`));
        });
        ws.send(JSON.stringify({ id, call: name, input }));
      });
    },
    close: () => ws.close(),
  };
  await session.call('session.login', { username, password: DEMO_PASSWORD });
  return session;
}
