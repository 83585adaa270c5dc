import { Center, Loader, Stack, Text } from '@mantine/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AppInfo, SessionInfo } from '../../main/contract/schemas';
import type { Backend } from './api/backend';
import { WorkstationContext, type Flash, type Keep, type Workstation } from './app/context';
import { Shell } from './app/Shell';
import { t } from './i18n';
import { LoginPage } from './pages/LoginPage';
import { ForcedPasswordPage } from './session/ForcedPasswordPage';
import { SetupPage } from './setup/SetupPage';

/**
 * What the window shows: the first-run setup on an empty data directory, else the login page
 * (after a silent attempt at the session this OS user asked to keep), the one-time password's
 * change while it is pending, and then the workstation.
 */
export function App({ backend }: { backend: Backend }) {
  const [session, setSession] = useState<SessionInfo | null>(null);
  const [starting, setStarting] = useState(true);
  const [notice, setNotice] = useState<string | null>(null);
  const [appInfo, setAppInfo] = useState<AppInfo | null>(null);
  const [infoLoaded, setInfoLoaded] = useState(false);
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
    // This tab's own session first; otherwise one kept in the keychain. Either failing is silent here.
    const attempt = backend.hasStoredSession ? backend.resume() : backend.restore();
    void attempt.finally(() => setStarting(false));
    return off;
  }, [backend]);

  // Asked again when the session changes: the setup, once done, is no longer needed.
  const signedInAs = session?.account.id ?? null;
  useEffect(() => {
    let live = true;
    void backend.call('app.info', {}).then((r) => {
      if (!live) return;
      if (r.ok) setAppInfo(r.value);
      setInfoLoaded(true);
    });
    return () => {
      live = false;
    };
  }, [backend, signedInAs]);

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

  if (starting || (!session && !infoLoaded)) {
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
  if (!workstation) {
    if (appInfo?.setupNeeded) return <SetupPage backend={backend} appInfo={appInfo} />;
    return <LoginPage backend={backend} notice={notice} appInfo={appInfo} />;
  }
  if (workstation.session.account.mustChangePassword) return <ForcedPasswordPage backend={backend} session={workstation.session} appInfo={appInfo} />;
  return (
    <WorkstationContext.Provider value={workstation}>
      <Shell />
    </WorkstationContext.Provider>
  );
}
