/**
 * What the desktop shell allows, as pure functions (no `electron` import) so that each decision
 * is unit-tested here even though no Electron runtime can run on the development machines.
 * main.ts only wires these into Electron's handlers.
 */
import type { Connection } from '../main/rpc/dispatcher';

/** The origin the built renderer is served from by the app:// protocol handler. */
export const APP_ORIGIN = 'app://workstation';

/**
 * True for an address inside the app. Compared with the origin AND its trailing slash: a bare
 * prefix test would let `app://workstation.evil/…` or `app://workstation@evil/…` through.
 */
export function isAppUrl(url: string, origin: string = APP_ORIGIN): boolean {
  return url.startsWith(origin + '/');
}

/** A window may only move within the app; anything else (a dropped file, a link, a redirect) is stopped. */
export function mayNavigate(url: string, origin: string = APP_ORIGIN): boolean {
  return isAppUrl(url, origin);
}

/** Only our own page, in its top frame, may call the backend. */
export function isTrustedSender(frame: { url: string; isTopFrame: boolean } | null, origin: string = APP_ORIGIN): boolean {
  return frame !== null && frame.isTopFrame && isAppUrl(frame.url, origin);
}

/**
 * The office's intranet hosts whose https pages may open in the system browser (a regulation on
 * the office's own portal, say). Empty unless configured: `ZHIFA_INTRANET_HOSTS`, comma-separated
 * host names (a port may be given, `oa.example.gov.cn:8443`).
 */
export function intranetHosts(env: NodeJS.ProcessEnv = process.env): string[] {
  return (env.ZHIFA_INTRANET_HOSTS ?? '')
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter((h) => h.length > 0);
}

/**
 * Whether `url` may be handed to the operating system's browser: https only, no user name or
 * password in it, and its host exactly one of the allowed ones. Everything else stays closed —
 * `shell.openExternal` with a `file:`, `smb:` or custom-scheme address can start programs.
 */
export function mayOpenExternally(url: string, allowedHosts: readonly string[]): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol !== 'https:' || u.username !== '' || u.password !== '') return false;
  return allowedHosts.includes(u.host.toLowerCase());
}

/** A page's window.open / target=_blank: never a new app window; an allowed intranet page goes to the system browser. */
export function windowOpenDecision(url: string, allowedHosts: readonly string[]): { action: 'deny'; openExternally: boolean } {
  return { action: 'deny', openExternally: mayOpenExternally(url, allowedHosts) };
}

/**
 * Camera, microphone, geolocation, notifications, clipboard reads, HID/USB/serial from the page:
 * the app needs none of them (the card reader is driven by the backend, not the page), so every
 * permission check and request is answered no.
 */
export function mayUsePermission(_permission: string): boolean {
  return false;
}

/**
 * Which windows a backend event may reach: only those whose connection is signed in, as the
 * browser host does. A window still on the login page learns nothing about cases or readers.
 */
export function eventRecipients(connections: ReadonlyMap<number, Connection>, signedIn: (conn: Connection) => boolean = (c) => c.session !== null): number[] {
  const to: number[] = [];
  for (const [windowId, conn] of connections) if (signedIn(conn)) to.push(windowId);
  return to;
}
