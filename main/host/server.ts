/**
 * The browser host: the same backend on loopback HTTP + WebSocket, serving the built renderer.
 * Binds 127.0.0.1 only; every page and API connection must carry the per-launch secret and come
 * from our own origin, so other local pages and processes cannot drive it.
 *
 * The secret never leaves this process in a URL: a command line (Chromium's `--app=…`) and a
 * terminal are readable by others on the machine. What is handed out is a single-use launch code
 * (`/launch?code=…`, valid for a minute); the browser trades it for an HttpOnly cookie holding the
 * secret, which then rides along with every request and the WebSocket upgrade.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { Duplex } from 'node:stream';
import path from 'node:path';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Backend } from '../backend';
import type { Connection } from '../rpc/dispatcher';
import { contentSecurityPolicy } from '../security/csp';
import { internalError, parseClientMessage, type ServerMessage } from './wire';

export interface BrowserHost {
  /** The host's origin with a trailing slash, e.g. http://127.0.0.1:PORT/ — opens nothing by itself. */
  url: string;
  port: number;
  /** Name of the cookie that carries the secret (one per port: cookies are not kept apart by port). */
  cookieName: string;
  /** A fresh single-use address that signs a browser into this host. */
  launchUrl(): string;
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
/** Long enough for a slow Chromium start, short enough that a code read off a process list is stale. */
export const LAUNCH_CODE_TTL_MS = 60_000;

export async function startBrowserHost(
  backend: Backend,
  opts: { rendererDir: string; port?: number; now?: () => number },
): Promise<BrowserHost> {
  const now = opts.now ?? Date.now;
  const secret = Buffer.from(randomBytes(32).toString('base64url'));
  const root = path.resolve(opts.rendererDir);
  let port = 0;
  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const cookieName = () => `zhifa-host-${port}`;
  const codes = new Map<string, number>();

  function issueCode(): string {
    const t = now();
    for (const [c, expires] of codes) if (expires <= t) codes.delete(c);
    const code = randomBytes(24).toString('base64url');
    codes.set(code, t + LAUNCH_CODE_TTL_MS);
    return code;
  }

  /** Spends a code: true once, if it was issued and has not expired. */
  function redeem(code: string | null): boolean {
    if (!code) return false;
    const expires = codes.get(code);
    codes.delete(code);
    return expires !== undefined && expires > now();
  }

  function carriesSecret(req: http.IncomingMessage): boolean {
    const given = cookieValue(req.headers.cookie, cookieName());
    if (given === null) return false;
    const buf = Buffer.from(given);
    return buf.length === secret.length && timingSafeEqual(buf, secret);
  }

  const securityHeaders = () => ({
    'content-security-policy': contentSecurityPolicy(`'self' ws://127.0.0.1:${port} ws://localhost:${port}`),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  });

  function refuse(res: http.ServerResponse, status: number, title: string, detail: string) {
    res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...securityHeaders() });
    res.end(chinesePage(title, detail));
  }

  function handleRequest(req: http.IncomingMessage, res: http.ServerResponse) {
    if (!allowedHosts().has(req.headers.host ?? '')) {
      res.writeHead(421).end();
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    let urlPath: string;
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://x');
      urlPath = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('请求地址格式不正确');
      return;
    }
    if (urlPath === '/launch') {
      const fresh = redeem(url.searchParams.get('code'));
      if (!fresh && !carriesSecret(req)) {
        refuse(res, 403, '启动链接已失效', '此启动链接只能使用一次，且须在一分钟内打开。请重新启动执法工作站，或在启动窗口中输入 launch 获取新的链接。');
        return;
      }
      const headers: http.OutgoingHttpHeaders = { location: '/', 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' };
      if (fresh) headers['set-cookie'] = `${cookieName()}=${secret.toString()}; HttpOnly; SameSite=Strict; Path=/`;
      res.writeHead(303, headers).end();
      return;
    }
    if (!carriesSecret(req)) {
      refuse(res, 403, '请从启动程序打开', '执法工作站只接受由本机启动程序打开的窗口。请通过启动程序（npm start）打开，或在启动窗口中输入 launch 获取新的链接。');
      return;
    }
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
      ...securityHeaders(),
      'cache-control': file.endsWith('index.html') ? 'no-store' : 'max-age=3600',
    });
    if (req.method === 'HEAD') res.end();
    // A file removed or unreadable mid-stream ends this response, not the process.
    else fs.createReadStream(file).on('error', () => res.destroy()).pipe(res);
  }

  const server = http.createServer((req, res) => {
    // A throw in a listener of the server's 'request' event would reach the top of the process
    // and end every window's session; whatever went wrong, it ends this request only.
    try {
      handleRequest(req, res);
    } catch {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('内部错误');
      else res.destroy();
    }
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  function handleUpgrade(req: http.IncomingMessage, socket: Duplex, head: Buffer) {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    const origin = req.headers.origin ?? '';
    const originOk = origin === '' || origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
    if (pathname !== '/api' || !allowedHosts().has(req.headers.host ?? '') || !originOk || !carriesSecret(req)) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => serveConnection(ws));
  }
  server.on('upgrade', (req: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    // A reset connection must not raise an unhandled 'error' on the raw socket.
    socket.on('error', () => socket.destroy());
    try {
      handleUpgrade(req, socket, head);
    } catch {
      if (socket.writable) socket.end('HTTP/1.1 500 Internal Server Error\r\nConnection: close\r\n\r\n');
      else socket.destroy();
    }
  });

  const live = new Map<WebSocket, Connection>();
  const unsubscribe = backend.onEvent((name, payload) => {
    const msg = JSON.stringify({ event: name, payload } satisfies ServerMessage);
    for (const [ws, conn] of live) if (backend.signedIn(conn) && ws.readyState === ws.OPEN) ws.send(msg);
  });

  function serveConnection(ws: WebSocket) {
    const conn: Connection = { session: null };
    live.set(ws, conn);
    // A protocol error (a frame over maxPayload, invalid UTF-8, a bad opcode) is emitted here;
    // without a listener it would be thrown and end the process. It ends this socket only: ws has
    // already begun closing it with the matching status (1009, 1007, 1002), which the peer should see.
    ws.on('error', () => undefined);
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
      let reply: string;
      try {
        reply = JSON.stringify({ id: msg.id, result: await backend.dispatch(msg.call, msg.input, conn) } satisfies ServerMessage);
      } catch {
        // dispatch answers every refusal itself; reaching here is a bug, and still only this call fails.
        reply = JSON.stringify(internalError(msg.id));
      }
      if (ws.readyState === ws.OPEN) ws.send(reply);
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as { port: number }).port;
  const origin = `http://127.0.0.1:${port}/`;

  return {
    url: origin,
    port,
    cookieName: cookieName(),
    launchUrl: () => `${origin}launch?code=${issueCode()}`,
    close: async () => {
      unsubscribe();
      for (const ws of live.keys()) ws.terminate();
      wss.close();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Idle keep-alive connections of the page would otherwise hold the close open until they time out.
      server.closeAllConnections();
      await closed;
    },
  };
}

/** The value of cookie `name` in a Cookie header, or null. */
export function cookieValue(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}

function chinesePage(title: string, detail: string): string {
  return `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>${title}</title><body><h1>${title}</h1><p>${detail}</p></body></html>`;
}
