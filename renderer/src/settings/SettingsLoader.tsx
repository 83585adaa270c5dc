/**
 * Loads a settings page's data once for a role allowed to see it, and shows the forbidden notice,
 * the load error or the spinner until the page's editor can take over.
 */
import { Alert, Group, Loader, Text } from '@mantine/core';
import { useEffect, useState, type ReactNode } from 'react';
import type { CallName, CallOutput } from '../../../main/contract/api';
import { mayCall, useWorkstation } from '../app/context';

type SettingsCall = 'settings.documents.get' | 'settings.procedure.get' | 'settings.devices.get' | 'settings.access.get';

export interface SettingsLoaderProps<K extends SettingsCall> {
  call: K;
  /** The call whose access decides who may open the page (the save call for admin-only pages); `call` by default. */
  gate?: CallName;
  texts: { forbidden: string; loadFailed: string; loading: string };
  forbiddenTestId: string;
  children: (loaded: CallOutput<K>) => ReactNode;
}

export function SettingsLoader<K extends SettingsCall>({ call, gate, texts, forbiddenTestId, children }: SettingsLoaderProps<K>) {
  const { backend, session } = useWorkstation();
  const allowed = mayCall(session.account.role, gate ?? call);
  const [loaded, setLoaded] = useState<CallOutput<K> | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!allowed) return;
    let live = true;
    // Every settings call takes an empty input.
    void backend.call(call as SettingsCall, {}).then((r) => {
      if (!live) return;
      if (r.ok) setLoaded(r.value as CallOutput<K>);
      else setError(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [backend, allowed, call]);

  if (!allowed) {
    return (
      <Alert color="yellow" maw={720} data-testid={forbiddenTestId}>
        {texts.forbidden}
      </Alert>
    );
  }
  if (error) {
    return (
      <Alert color="red" title={texts.loadFailed} maw={720}>
        {error}
      </Alert>
    );
  }
  if (!loaded) {
    return (
      <Group gap="xs">
        <Loader size="xs" />
        <Text size="sm" c="dimmed">
          {texts.loading}
        </Text>
      </Group>
    );
  }
  return <>{children(loaded)}</>;
}
