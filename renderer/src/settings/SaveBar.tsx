/** The bar at the foot of a settings page: whether it is saved, Ctrl+S, and the save button. */
import { Button, Group, Kbd, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export interface SaveBarProps {
  busy: boolean;
  dirty: boolean;
  justSaved: boolean;
  texts: { saving: string; unsaved: string; saved: string; save: string };
  /** On the state line, for the tests. */
  testId: string;
  onSave(): void;
  /** Buttons before Ctrl+S, e.g. restoring the defaults. */
  extra?: ReactNode;
}

export function SaveBar({ busy, dirty, justSaved, texts, testId, onSave, extra }: SaveBarProps) {
  return (
    <Group className="zf-submit-bar" justify="space-between" px="md" py="sm" wrap="nowrap">
      <Text size="sm" c={busy ? 'dimmed' : dirty ? 'orange.8' : justSaved ? 'green.8' : 'dimmed'} role="status" data-testid={testId}>
        {busy ? texts.saving : dirty ? texts.unsaved : justSaved ? texts.saved : ''}
      </Text>
      <Group gap="sm" wrap="nowrap">
        {extra}
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          <Kbd size="xs">Ctrl</Kbd> + <Kbd size="xs">S</Kbd>
        </Text>
        <Button onClick={onSave} loading={busy} px="xl">
          {texts.save}
        </Button>
      </Group>
    </Group>
  );
}
