/**
 * The only bridge between the sandboxed page and the app: one `zhifa` object with `invoke` and
 * `on`, both restricted to the names the contract lists. A sandboxed preload cannot load
 * modules, so the build bundles this file and writes the contract's names in as constants
 * (scripts/build.ts) instead of shipping the schemas to every window.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { CallName, EventName } from '../main/contract/api';

declare const __ZHIFA_CALL_NAMES__: CallName[];
declare const __ZHIFA_EVENT_NAMES__: EventName[];

const calls = new Set<string>(__ZHIFA_CALL_NAMES__);
const events = new Set<string>(__ZHIFA_EVENT_NAMES__);

contextBridge.exposeInMainWorld('zhifa', {
  invoke(name: string, input: unknown) {
    if (!calls.has(name)) return Promise.resolve({ ok: false, error: { code: 'UNKNOWN_CALL', message: '未知的操作' } });
    return ipcRenderer.invoke('zhifa:invoke', name, input);
  },
  on(name: string, listener: (payload: unknown) => void) {
    if (!events.has(name)) return () => undefined;
    const handler = (_e: IpcRendererEvent, event: string, payload: unknown) => {
      if (event === name) listener(payload);
    };
    ipcRenderer.on('zhifa:event', handler);
    return () => ipcRenderer.removeListener('zhifa:event', handler);
  },
});
