/**
 * The only bridge between the sandboxed page and the app: one `zhifa` object with `invoke` and
 * `on`, both restricted to the names the contract lists. Bundled into a single file at build
 * time because a sandboxed preload cannot load modules.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CALL_NAMES, EVENT_NAMES } from '../main/contract/api';

const calls = new Set<string>(CALL_NAMES);
const events = new Set<string>(EVENT_NAMES);

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
