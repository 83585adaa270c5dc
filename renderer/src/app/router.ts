/**
 * Hash routing: #/cases, #/cases/new, #/cases/:id. The launch URL's #token=… fragment is taken
 * away by the transport before the first route is read, so routing starts after createClient().
 */
import { useEffect, useState } from 'react';

export type Route =
  | { name: 'cases' }
  | { name: 'register' }
  | { name: 'case'; id: number }
  | { name: 'not-found'; path: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/cases';
  if (path === '/' || path === '/cases') return { name: 'cases' };
  if (path === '/cases/new') return { name: 'register' };
  const m = /^\/cases\/(\d{1,12})$/.exec(path);
  if (m) return { name: 'case', id: Number(m[1]) };
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
    case 'not-found':
      return `#${route.path}`;
  }
}

export function navigate(route: Route): void {
  const href = hrefOf(route);
  if (window.location.hash !== href) window.location.hash = href;
}

export function useRoute(): Route {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    onChange();
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
