import { Center, Loader, Stack, Text } from '@mantine/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AppInfo, SessionInfo } from '../../main/contract/schemas';
import type { Backend } from './api/backend';
import { WorkstationContext, type Flash, type Keep, type Workstation } from './app/context';
import { Shell } from './app/Shell';
import { t } from './i18n';
import { LoginPage } from './pages/LoginPage';

export function App({ backend }: { backend: Backend }) {
  const [session, setSession] = useState<SessionInfo | null>(null);
  const [resuming, setResuming] = useState(backend.hasStoredSession);
  const [notice, setNotice] = useState<string | null>(null);
  const [appInfo, setAppInfo] = useState<AppInfo | null>(null);
  const [flash, setFlash] = useState<Flash | null>(null);
  const kept = useRef(new Map<string, unknown>());

  useEffect(() => {
    const off = backend.onSession((s, n) => {
      setSession(s);
      setNotice(n);
      if (!s) {
        kept.current.clear();
        setFlash(null);
      }
    });
    if (backend.hasStoredSession) void backend.resume().finally(() => setResuming(false));
    return off;
  }, [backend]);

  useEffect(() => {
    let live = true;
    void backend.call('app.info', {}).then((r) => {
      if (live && r.ok) setAppInfo(r.value);
    });
    return () => {
      live = false;
    };
  }, [backend]);

  const keep = useMemo<Keep>(
    () => ({
      get: <T,>(key: string) => kept.current.get(key) as T | undefined,
      set: <T,>(key: string, value: T | undefined) => {
        if (value === undefined) kept.current.delete(key);
        else kept.current.set(key, value);
      },
    }),
    [],
  );
  const setFlashStable = useCallback((f: Flash | null) => setFlash(f), []);

  const workstation = useMemo<Workstation | null>(
    () => (session ? { backend, session, appInfo, flash, setFlash: setFlashStable, keep } : null),
    [backend, session, appInfo, flash, setFlashStable, keep],
  );

  if (resuming) {
    return (
      <Center h="100%">
        <Stack align="center" gap="xs">
          <Loader size="sm" />
          <Text c="dimmed" size="sm">
            {t('app.resuming')}
          </Text>
        </Stack>
      </Center>
    );
  }
  if (!workstation) return <LoginPage backend={backend} notice={notice} appInfo={appInfo} />;
  return (
    <WorkstationContext.Provider value={workstation}>
      <Shell />
    </WorkstationContext.Provider>
  );
}
