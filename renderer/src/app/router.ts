/**
 * Hash routing: #/cases, #/cases/new, #/cases/:id, #/cases/:caseId/documents/:docId,
 * #/settings/documents, #/settings/procedure, #/settings/calendar, #/settings/causes, #/settings/devices,
 * #/dashboard, #/audit, #/welcome (after the first-run setup), #/admin/accounts, #/admin/officers,
 * #/settings/access, #/admin/diagnostics.
 *
 * A page holding unsaved work may install a leave guard: a hash change it refuses is undone
 * before any page sees it, and the page decides (e.g. after asking the clerk) whether to go on.
 */
import { useEffect, useState } from 'react';

export type Route =
  | { name: 'cases' }
  | { name: 'register' }
  | { name: 'case'; id: number }
  | { name: 'document'; caseId: number; docId: number }
  | { name: 'documentSettings' }
  | { name: 'procedureSettings' }
  | { name: 'calendar' }
  | { name: 'causeCatalog' }
  | { name: 'deviceSettings' }
  | { name: 'dashboard' }
  | { name: 'audit' }
  | { name: 'welcome' }
  | { name: 'accounts' }
  | { name: 'officers' }
  | { name: 'accessSettings' }
  | { name: 'diagnostics' }
  | { name: 'not-found'; path: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/cases';
  if (path === '/' || path === '/cases') return { name: 'cases' };
  if (path === '/cases/new') return { name: 'register' };
  if (path === '/settings/documents') return { name: 'documentSettings' };
  if (path === '/settings/procedure') return { name: 'procedureSettings' };
  if (path === '/settings/calendar') return { name: 'calendar' };
  if (path === '/settings/causes') return { name: 'causeCatalog' };
  if (path === '/settings/devices') return { name: 'deviceSettings' };
  if (path === '/dashboard') return { name: 'dashboard' };
  if (path === '/audit') return { name: 'audit' };
  if (path === '/welcome') return { name: 'welcome' };
  if (path === '/admin/accounts') return { name: 'accounts' };
  if (path === '/admin/officers') return { name: 'officers' };
  if (path === '/settings/access') return { name: 'accessSettings' };
  if (path === '/admin/diagnostics') return { name: 'diagnostics' };
  const m = /^\/cases\/(\d{1,12})$/.exec(path);
  if (m) return { name: 'case', id: Number(m[1]) };
  const d = /^\/cases\/(\d{1,12})\/documents\/(\d{1,12})$/.exec(path);
  if (d) return { name: 'document', caseId: Number(d[1]), docId: Number(d[2]) };
  return { name: 'not-found', path };
}

export function hrefOf(route: Route): string {
  switch (route.name) {
    case 'cases':
      return '#/cases';
    case 'register':
      return '#/cases/new';
    case 'case':
      return `#/cases/${route.id}`;
    case 'document':
      return `#/cases/${route.caseId}/documents/${route.docId}`;
    case 'documentSettings':
      return '#/settings/documents';
    case 'procedureSettings':
      return '#/settings/procedure';
    case 'calendar':
      return '#/settings/calendar';
    case 'causeCatalog':
      return '#/settings/causes';
    case 'deviceSettings':
      return '#/settings/devices';
    case 'dashboard':
      return '#/dashboard';
    case 'audit':
      return '#/audit';
    case 'welcome':
      return '#/welcome';
    case 'accounts':
      return '#/admin/accounts';
    case 'officers':
      return '#/admin/officers';
    case 'accessSettings':
      return '#/settings/access';
    case 'diagnostics':
      return '#/admin/diagnostics';
    case 'not-found':
      return `#${route.path}`;
  }
}

export function navigate(route: Route): void {
  const href = hrefOf(route);
  if (window.location.hash !== href) window.location.hash = href;
}

/**
 * Asked before the current page is left. Returns true to let it go at once; false to keep the
 * page, in which case the guard keeps `proceed` and calls it if the clerk decides to leave after all.
 */
export type LeaveGuard = (proceed: () => void) => boolean;

let leaveGuard: LeaveGuard | null = null;
/** The hash the shown page belongs to: where a refused hash change is put back to. */
let shownHash = '';
/** Set while a leave the guard agreed to is under way, so its own hash change is not asked about again. */
let leaving = false;

/** Installs the guard; the returned function removes it (only if it is still the installed one). */
export function setLeaveGuard(guard: LeaveGuard): () => void {
  leaveGuard = guard;
  return () => {
    if (leaveGuard === guard) leaveGuard = null;
  };
}

/** Drops the guard at once, e.g. when the clerk has agreed to discard the changes. */
export function clearLeaveGuard(): void {
  leaveGuard = null;
}

/** Runs `proceed` (which leaves the page some way other than a link, e.g. logging out) once the guard allows. */
export function requestLeave(proceed: () => void): void {
  if (!leaveGuard || leaveGuard(proceed)) proceed();
}

export function useRoute(): Route {
  const [route, setRoute] = useState<Route>(() => {
    shownHash = window.location.hash;
    return parseRoute(window.location.hash);
  });
  useEffect(() => {
    const onChange = () => {
      const target = window.location.hash;
      if (target !== shownHash && !leaving && leaveGuard) {
        const go = () => {
          leaving = true;
          window.location.hash = target;
        };
        if (!leaveGuard(go)) {
          // Undo the change without a new history entry and without another hashchange.
          history.replaceState(history.state, '', shownHash || window.location.pathname + window.location.search);
          return;
        }
      }
      leaving = false;
      shownHash = target;
      setRoute(parseRoute(target));
    };
    window.addEventListener('hashchange', onChange);
    onChange();
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
