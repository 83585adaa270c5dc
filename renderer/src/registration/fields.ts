/**
 * How the form's inputs talk to the form: each input registers its element under its field path
 * (so the first invalid one can take the focus), reads its message, and reports blur/changes.
 */
import { useCallback, useMemo, useRef } from 'react';

export interface FieldKit {
  /** The message to show under the field, if any. */
  error(path: string): string | undefined;
  /** Ref callback that records the field's focusable element. */
  register(path: string): (el: HTMLElement | null) => void;
  /** The clerk left the field: check it now. */
  blur(path: string): void;
}

/** Keeps path → element, and focuses the first of a set of paths in document order. */
export function useFieldRegistry() {
  const elements = useRef(new Map<string, HTMLElement>());
  const callbacks = useRef(new Map<string, (el: HTMLElement | null) => void>());

  const register = useCallback((path: string) => {
    let cb = callbacks.current.get(path);
    if (!cb) {
      cb = (el: HTMLElement | null) => {
        if (el) elements.current.set(path, el);
        else elements.current.delete(path);
      };
      callbacks.current.set(path, cb);
    }
    return cb;
  }, []);

  const has = useCallback((path: string) => elements.current.has(path), []);

  /** Focuses the field of `paths` that comes first on screen; returns whether one was found. */
  const focusFirst = useCallback((paths: readonly string[]) => {
    const els = paths.map((p) => elements.current.get(p)).filter((e): e is HTMLElement => Boolean(e && e.isConnected));
    els.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    const first = els[0];
    if (!first) return false;
    first.scrollIntoView({ block: 'center' });
    first.focus({ preventScroll: true });
    return true;
  }, []);

  return useMemo(() => ({ register, has, focusFirst }), [register, has, focusFirst]);
}
