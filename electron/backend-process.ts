/**
 * Runs in Electron's utility process: the same backend the browser host and tests use, with one
 * connection (and so one session) per window.
 */
import { createBackend } from '../main/backend';
import { ERROR_MESSAGES, type Result } from '../main/contract/errors';
import { defaultDataDir } from '../main/paths';
import type { Connection } from '../main/rpc/dispatcher';
import type { BackendReply, BackendRequest } from './backend-messages';
import { relayedDecoderLauncher } from './decoder-relay';
import { eventRecipients } from './policy';

// Before the database is opened: its files and the blobs are for this user only.
process.umask(0o077);

interface ParentPort {
  on(event: 'message', listener: (e: { data: BackendRequest }) => void): void;
  postMessage(msg: BackendReply): void;
}

const parentPort = (process as unknown as { parentPort: ParentPort }).parentPort;
// The photo decoder runs in a utility process the main process starts for us (RunAsNode is fused off).
const decoders = relayedDecoderLauncher((msg) => parentPort.postMessage(msg));

async function run() {
  const backend = await createBackend({ dataDir: defaultDataDir(), host: 'electron', decoderLauncher: decoders.launcher });
  const connections = new Map<number, Connection>();
  backend.onEvent((name, payload) => {
    const windowIds = eventRecipients(connections, (conn) => backend.signedIn(conn));
    if (windowIds.length) parentPort.postMessage({ kind: 'event', windowIds, name, payload });
  });
  parentPort.on('message', async ({ data }) => {
    if (data.kind === 'decoder.reply' || data.kind === 'decoder.exit') {
      decoders.receive(data);
      return;
    }
    if (data.kind === 'closed') {
      const gone = connections.get(data.windowId);
      if (gone) backend.release(gone);
      connections.delete(data.windowId);
      return;
    }
    let conn = connections.get(data.windowId);
    if (!conn) connections.set(data.windowId, (conn = { session: null }));
    let result: Result<unknown>;
    try {
      result = await backend.dispatch(data.name, data.input, conn);
    } catch {
      // dispatch answers every refusal itself; a throw is a bug, and it fails this call only.
      result = { ok: false, error: { code: 'INTERNAL', message: ERROR_MESSAGES.INTERNAL } };
    }
    parentPort.postMessage({ kind: 'reply', id: data.id, result });
  });
}

run().catch((e: unknown) => {
  console.error('[执法工作站] 后台启动失败', e);
  process.exit(1);
});
