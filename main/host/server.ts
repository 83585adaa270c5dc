/**
 * The browser host: the same backend on loopback HTTP + WebSocket, serving the built renderer.
 * Binds 127.0.0.1 only; every API connection must present the per-launch random token and come
 * from our own origin, so other local pages and processes cannot drive it.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Backend } from '../backend';
import type { Connection } from '../rpc/dispatcher';
import { contentSecurityPolicy } from '../security/csp';
import { parseClientMessage, type ServerMessage } from './wire';

export interface BrowserHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

const MAX_MESSAGE_BYTES = 4 * 1024 * 1024;

export async function startBrowserHost(backend: Backend, opts: { rendererDir: string; port?: number }): Promise<BrowserHost> {
  const token = randomBytes(24).toString('base64url');
  const tokenBuf = Buffer.from(token);
  const root = path.resolve(opts.rendererDir);
  let port = 0;
  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  const server = http.createServer((req, res) => {
    if (!allowedHosts().has(req.headers.host ?? '')) {
      res.writeHead(421).end();
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = path.resolve(root, '.' + (urlPath === '/' ? '/index.html' : urlPath));
    if (!file.startsWith(root + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) file = path.join(root, 'index.html');
    if (!fs.existsSync(file)) {
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('界面文件缺失：请先构建界面（npm start 会自动构建）。');
      return;
    }
    res.writeHead(200, {
      'content-type': MIME[path.extname(file)] ?? 'application/octet-stream',
      'content-security-policy': contentSecurityPolicy(`'self' ws://127.0.0.1:${port} ws://localhost:${port}`),
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': file.endsWith('index.html') ? 'no-store' : 'max-age=3600',
    });
    if (req.method === 'HEAD') res.end();
    else fs.createReadStream(file).pipe(res);
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const given = Buffer.from(url.searchParams.get('token') ?? '');
    const origin = req.headers.origin ?? '';
    const originOk = origin === '' || origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
    if (
      url.pathname !== '/api' ||
      !allowedHosts().has(req.headers.host ?? '') ||
      !originOk ||
      given.length !== tokenBuf.length ||
      !timingSafeEqual(given, tokenBuf)
    ) {
      socket.write('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => serveConnection(ws));
  });

  const live = new Map<WebSocket, Connection>();
  const unsubscribe = backend.onEvent((name, payload) => {
    const msg = JSON.stringify({ event: name, payload } satisfies ServerMessage);
    for (const [ws, conn] of live) if (conn.session && ws.readyState === ws.OPEN) ws.send(msg);
  });

  function serveConnection(ws: WebSocket) {
    const conn: Connection = { session: null };
    live.set(ws, conn);
    ws.on('close', () => {
      live.delete(ws);
      backend.release(conn);
    });
    ws.on('message', async (data, isBinary) => {
      const msg = isBinary ? null : parseClientMessage(data.toString());
      if (!msg) {
        ws.send(JSON.stringify({ id: null, result: { ok: false, error: { code: 'VALIDATION_FAILED', message: '请求格式不正确' } } } satisfies ServerMessage));
        return;
      }
      const result = await backend.dispatch(msg.call, msg.input, conn);
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ id: msg.id, result } satisfies ServerMessage));
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as { port: number }).port;

  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    port,
    token,
    close: async () => {
      unsubscribe();
      for (const ws of live.keys()) ws.terminate();
      wss.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
