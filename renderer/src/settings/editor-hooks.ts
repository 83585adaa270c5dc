/** What every settings editor does alike: Ctrl+S to save, and bringing the first refused box into view. */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

/** Ctrl+S saves wherever the focus is on the page (never the browser's "save page as"). */
export function useSaveShortcut(save: () => Promise<unknown>): void {
  const saveRef = useRef(save);
  saveRef.current = save;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return;
      if (e.key === 's' || e.key === 'S') {
        e.preventDefault();
        void saveRef.current();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

/**
 * Returns `focusPath(path)`: once the page has rendered, the box marked `data-path={path}` inside
 * `root` is scrolled into view and its input focused (the first box a message points at).
 */
export function usePathFocus(root: RefObject<HTMLElement | null>): (path: string) => void {
  const [path, setPath] = useState<string | null>(null);
  useEffect(() => {
    if (!path) return;
    setPath(null);
    const box = root.current?.querySelector<HTMLElement>(`[data-path="${CSS.escape(path)}"]`);
    if (!box) return;
    box.scrollIntoView({ block: 'center' });
    box.querySelector<HTMLElement>('input, textarea')?.focus({ preventScroll: true });
  }, [path, root]);
  return useCallback((p: string) => setPath(p), []);
}
