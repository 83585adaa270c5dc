/**
 * While a party form is open the backend watches the reader (`idcard.watch`), and a card laid on
 * it is reported as `cardPresent`. This hook keeps the watch on for as long as the form is
 * mounted and calls `onCardPlaced` once per placement.
 */
import { useEffect, useRef } from 'react';
import { useWorkstation } from '../app/context';
import { readerStatusStore } from './reader-status';

export function useCardWatch(onCardPlaced: () => void): void {
  const { backend } = useWorkstation();
  const placed = useRef(onCardPlaced);
  placed.current = onCardPlaced;

  useEffect(() => {
    const store = readerStatusStore(backend);
    const watch = (on: boolean) =>
      void backend.call('idcard.watch', { on }).then((r) => {
        if (r.ok) store.accept(r.value);
      });
    watch(true);
    // The backend forgets a connection's watch when the connection drops; a resumed session asks again.
    const offSession = backend.onSession((session) => {
      if (session) watch(true);
    });

    // Only a card that arrives while the form is open counts: `cardPresent` going from false to
    // true. A card already lying there when the form opens is reported by the first poll the
    // same way, since the last seen value starts as false.
    let present = false;
    const offStatus = store.subscribe(() => {
      const now = store.get()?.cardPresent ?? false;
      if (now && !present) placed.current();
      present = now;
    });

    return () => {
      offStatus();
      offSession();
      watch(false);
    };
  }, [backend]);
}
