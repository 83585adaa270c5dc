/**
 * Electron main process: windows, the app:// protocol serving the built renderer with a strict
 * CSP, and a relay between each window and the backend, which runs in a utility process so
 * SQLite, PDF rendering and device I/O never block the window.
 */
import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell, utilityProcess, webContents, type UtilityProcess } from 'electron';
import fs from 'node:fs';
import path from 'node:path';
import { isCallName } from '../main/contract/api';
import { ERROR_MESSAGES, type Result } from '../main/contract/errors';
import { contentSecurityPolicy } from '../main/security/csp';
import type { BackendReply, BackendRequest } from './backend-messages';
import { DecoderRelay } from './decoder-relay';
import { APP_ORIGIN, intranetHosts, isTrustedSender, mayNavigate, mayUsePermission, windowOpenDecision } from './policy';

// Before anything is written (Chromium's profile, the cookie store): for this user only.
process.umask(0o077);

const externalHosts = intranetHosts();
const rendererDir = path.join(app.getAppPath(), 'build', 'renderer');

// Date and time inputs follow the browser language: Chinese forms want 年/月/日 and a 24-hour clock.
app.commandLine.appendSwitch('lang', 'zh-CN');

protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

let backend: UtilityProcess | null = null;
let nextId = 1;
const pending = new Map<number, (r: Result<unknown>) => void>();

/** The one module the backend may ask the main process to start as a photo decoder. */
const DECODER_MODULE = path.join(__dirname, '..', 'main', 'devices', 'idcard', 'photo-decoder', 'decoder-child.js');

function startBackend(): UtilityProcess {
  const child = utilityProcess.fork(path.join(__dirname, 'backend-process.js'), [], {
    serviceName: '执法工作站后台',
    env: { ...process.env, ZHIFA_DATA_DIR: path.join(app.getPath('userData'), 'data') },
  });
  const decoders = new DecoderRelay(
    (module) => utilityProcess.fork(module, [], { serviceName: '证件相片解码', stdio: 'ignore' }),
    (msg) => child.postMessage(msg),
    DECODER_MODULE,
  );
  child.on('message', (msg: BackendReply) => {
    if (decoders.handle(msg)) return;
    if (msg.kind === 'reply') {
      pending.get(msg.id)?.(msg.result);
      pending.delete(msg.id);
    } else if (msg.kind === 'event') {
      // The backend addresses each event to the windows that are signed in; no other window hears it.
      for (const id of msg.windowIds) webContents.fromId(id)?.send('zhifa:event', msg.name, msg.payload);
    }
  });
  child.on('exit', () => {
    decoders.killAll();
    for (const [, done] of pending) done({ ok: false, error: { code: 'INTERNAL', message: ERROR_MESSAGES.INTERNAL } });
    pending.clear();
    backend = null;
  });
  return child;
}

function callBackend(windowId: number, name: string, input: unknown): Promise<Result<unknown>> {
  backend ??= startBackend();
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    backend!.postMessage({ kind: 'call', id, windowId, name, input } satisfies BackendRequest);
  });
}

function createWindow() {
  const win = new BrowserWindow({
    width: 1366,
    height: 900,
    title: '执法工作站',
    show: false,
    webPreferences: {
      preload: path.join(__dirname, 'preload.js'),
      contextIsolation: true,
      nodeIntegration: false,
      sandbox: true,
      webSecurity: true,
      spellcheck: false,
      // The built-in PDF viewer shows document previews; no other plugin exists in Electron.
      plugins: true,
    },
  });
  win.once('ready-to-show', () => win.show());
  // The editor blocks unload while a document has unsaved changes; ask instead of refusing silently.
  win.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(win, {
      type: 'question',
      buttons: ['留在本页', '放弃修改并关闭'],
      defaultId: 0,
      cancelId: 0,
      title: '执法工作站',
      message: '文书尚有未保存的修改，确定要关闭吗？',
    });
    if (choice === 1) event.preventDefault();
  });
  const windowId = win.webContents.id;
  win.on('closed', () => backend?.postMessage({ kind: 'closed', windowId } satisfies BackendRequest));
  void win.loadURL(`${APP_ORIGIN}/index.html`);
}

app.whenReady().then(() => {
  protocol.handle('app', (req) => {
    let file: string;
    try {
      file = path.resolve(rendererDir, '.' + decodeURIComponent(new URL(req.url).pathname));
    } catch {
      return new Response('', { status: 400 });
    }
    if (!file.startsWith(rendererDir + path.sep) || !fs.existsSync(file)) return new Response('', { status: 404 });
    const type = file.endsWith('.html') ? 'text/html' : file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : 'application/octet-stream';
    return new Response(fs.readFileSync(file), { headers: { 'content-type': type, 'content-security-policy': contentSecurityPolicy("'none'") } });
  });
  session.defaultSession.setPermissionRequestHandler((_wc, permission, done) => done(mayUsePermission(permission)));
  session.defaultSession.setPermissionCheckHandler((_wc, permission) => mayUsePermission(permission));
  session.defaultSession.setDevicePermissionHandler(() => false);

  ipcMain.handle('zhifa:invoke', async (event, name: unknown, input: unknown) => {
    // Only our own page, in its top frame, may call the backend.
    const frame = event.senderFrame;
    if (!isTrustedSender(frame ? { url: frame.url, isTopFrame: frame.parent === null } : null)) {
      return { ok: false, error: { code: 'FORBIDDEN', message: ERROR_MESSAGES.FORBIDDEN } };
    }
    if (!isCallName(name)) return { ok: false, error: { code: 'UNKNOWN_CALL', message: ERROR_MESSAGES.UNKNOWN_CALL } };
    return callBackend(event.sender.id, name, input);
  });

  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

// Every web contents: no webviews, no new windows. An app window never leaves the app; the PDF
// viewer's own contents (its built-in extension page) is left to navigate within itself.
app.on('web-contents-created', (_e, contents) => {
  contents.on('will-attach-webview', (e) => e.preventDefault());
  if (contents.getType() === 'window') {
    contents.on('will-navigate', (e, url) => {
      if (!mayNavigate(url)) e.preventDefault();
    });
    contents.on('will-redirect', (e, url) => {
      if (!mayNavigate(url)) e.preventDefault();
    });
  }
  contents.setWindowOpenHandler(({ url }) => {
    // Never a new app window; a page on the office's intranet opens in the system browser.
    const decision = windowOpenDecision(url, externalHosts);
    if (decision.openExternally) void shell.openExternal(url);
    return { action: decision.action };
  });
});

app.on('window-all-closed', () => {
  backend?.kill();
  if (process.platform !== 'darwin') app.quit();
});
