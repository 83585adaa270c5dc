import { useCallback, useEffect, useRef, useState } from 'react';
import type { AuditEntryView } from '../../../main/contract/audit';
import type { Backend } from '../api/backend';

export const AUDIT_PAGE_SIZE = 30;

export interface AuditPages {
  items: AuditEntryView[] | null;
  hasMore: boolean;
  error: string | null;
  loadingMore: boolean;
  loadMore(): void;
}

/**
 * Newest entries first, older pages on request. A change of `reloadKey` reads the first page
 * again (new entries appear on top); the list on screen stays until the new page arrives.
 */
export function useAuditPages(backend: Backend, query: { caseId?: number; entity?: string }, reloadKey: number): AuditPages {
  const [items, setItems] = useState<AuditEntryView[] | null>(null);
  const [hasMore, setHasMore] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  // A page that arrives after a reload started belongs to the old list and is dropped.
  const generation = useRef(0);
  const { caseId, entity } = query;

  useEffect(() => {
    const gen = ++generation.current;
    setLoadingMore(false);
    void backend.call('audit.list', { caseId, entity, limit: AUDIT_PAGE_SIZE }).then((r) => {
      if (gen !== generation.current) return;
      if (r.ok) {
        setItems(r.value.items);
        setHasMore(r.value.hasMore);
        setError(null);
      } else setError(r.error.message);
    });
  }, [backend, caseId, entity, reloadKey]);

  const loadMore = useCallback(() => {
    const last = items?.[items.length - 1];
    if (!last || loadingMore) return;
    const gen = generation.current;
    setLoadingMore(true);
    void backend.call('audit.list', { caseId, entity, beforeId: last.id, limit: AUDIT_PAGE_SIZE }).then((r) => {
      if (gen !== generation.current) return;
      setLoadingMore(false);
      if (r.ok) {
        setItems((prev) => [...(prev ?? []), ...r.value.items]);
        setHasMore(r.value.hasMore);
        setError(null);
      } else setError(r.error.message);
    });
  }, [backend, caseId, entity, items, loadingMore]);

  return { items, hasMore, error, loadingMore, loadMore };
}
