/**
 * Unsaved changes: while `dirty`, leaving the page (another route, a reload, closing the window)
 * is held until the person chooses. `pending` is the held navigation; the page shows its dialog
 * while it is set and answers with `stay`, `discard` or `saveThenLeave`.
 */
import { useEffect, useState } from 'react';
import { clearLeaveGuard, setLeaveGuard } from './router';

export interface LeaveGuard {
  pending: (() => void) | null;
  stay(): void;
  discard(): void;
  saveThenLeave(): Promise<void>;
}

export function useLeaveGuard(dirty: boolean, save: () => Promise<boolean>): LeaveGuard {
  const [pending, setPending] = useState<(() => void) | null>(null);

  useEffect(() => {
    if (!dirty) return;
    const onUnload = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', onUnload);
    const removeGuard = setLeaveGuard((proceed) => {
      setPending(() => proceed);
      return false;
    });
    return () => {
      window.removeEventListener('beforeunload', onUnload);
      removeGuard();
    };
  }, [dirty]);

  const leave = (proceed: (() => void) | null) => {
    setPending(null);
    clearLeaveGuard();
    proceed?.();
  };
  return {
    pending,
    stay: () => setPending(null),
    discard: () => leave(pending),
    saveThenLeave: async () => {
      const proceed = pending;
      setPending(null);
      if (await save()) leave(proceed);
    },
  };
}
