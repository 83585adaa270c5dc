/** What every settings editor does alike: Ctrl+S to save, and bringing the first refused box into view. */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { FieldIssue, Result } from '../../../main/contract/errors';
import { useLeaveGuard } from '../app/useLeaveGuard';

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
    box.querySelector<HTMLElement>('input, textarea, [contenteditable="true"]')?.focus({ preventScroll: true });
  }, [path, root]);
  return useCallback((p: string) => setPath(p), []);
}

/** Problems to show: under their boxes (`byKey`), the rest above the form. */
export interface PlacedIssues<K extends string> {
  byKey: Partial<Record<K, string>>;
  others: string[];
}

export interface FieldEditorSpec<D, S, K extends string> {
  initial: S;
  editable: boolean;
  draftOf(settings: S): D;
  sameDraft(a: D, b: D): boolean;
  /** Checked before sending: refused here, nothing goes to the backend. */
  check(draft: D): { ok: true; settings: S } | { ok: false; errors: Partial<Record<K, string>> };
  send(settings: S): Promise<Result<S>>;
  /** The backend's refusal placed under the boxes of the draft that was sent. */
  place(issues: readonly FieldIssue[], sent: D): PlacedIssues<K>;
  /** In screen order: the first one with a message takes the focus. */
  keys: readonly K[];
  /** The banner's wording for n refused boxes. */
  invalid(n: number): string;
}

/**
 * A settings page of plain boxes, one per key: what was typed stays until saved, a refused save
 * keeps it with the messages under the boxes and the first one focused, Ctrl+S saves, and
 * leaving with unsaved changes asks first (`guard`).
 */
export function useFieldSettingsEditor<D, S, K extends string>(spec: FieldEditorSpec<D, S, K>, root: RefObject<HTMLElement | null>) {
  const [draft, setDraft] = useState<D>(() => spec.draftOf(spec.initial));
  /** As the backend last stored it: the page is "dirty" while `draft` differs. */
  const [saved, setSaved] = useState<D>(() => spec.draftOf(spec.initial));
  const [errors, setErrors] = useState<Partial<Record<K, string>>>({});
  const [banner, setBanner] = useState<{ message: string; items: string[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const [justSaved, setJustSaved] = useState(false);
  const focus = usePathFocus(root);
  const dirty = !spec.sameDraft(draft, saved);

  const change = useCallback(<F extends K>(key: F, value: D[F & keyof D]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setErrors((e) => {
      if (!(key in e)) return e;
      const rest = { ...e };
      delete rest[key];
      return rest;
    });
    setJustSaved(false);
  }, []);

  const showErrors = (byKey: Partial<Record<K, string>>, message: string, others: string[]) => {
    setErrors(byKey);
    setJustSaved(false);
    setBanner({ message, items: others });
    const first = spec.keys.find((k) => k in byKey);
    if (first) focus(first);
  };

  const save = async (): Promise<boolean> => {
    if (!spec.editable || busy) return false;
    const sent = draft;
    const checked = spec.check(sent);
    if (!checked.ok) {
      showErrors(checked.errors, spec.invalid(Object.keys(checked.errors).length), []);
      return false;
    }
    setBusy(true);
    const r = await spec.send(checked.settings);
    setBusy(false);
    if (!r.ok) {
      const { byKey, others } = spec.place(r.error.issues ?? [], sent);
      const placed = Object.keys(byKey).length;
      showErrors(byKey, r.error.code === 'VALIDATION_FAILED' && placed > 0 ? spec.invalid(placed) : r.error.message, others);
      return false;
    }
    const stored = spec.draftOf(r.value);
    setSaved(stored);
    // Whatever was typed while the call was under way stays, and still counts as unsaved.
    setDraft((d) => (spec.sameDraft(d, sent) ? stored : d));
    setErrors({});
    setBanner(null);
    setJustSaved(true);
    return true;
  };

  useSaveShortcut(save);
  const guard = useLeaveGuard(dirty, save);
  return { draft, setDraft, errors, banner, closeBanner: () => setBanner(null), busy, justSaved, dirty, change, save, guard };
}
