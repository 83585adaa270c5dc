/** The question asked when a page with unsaved changes is about to be left (see useLeaveGuard). */
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { t } from '../i18n';
import type { LeaveGuard } from './useLeaveGuard';

export function LeaveDialog({ guard, body, saveLabel }: { guard: LeaveGuard; body: string; saveLabel: string | null }) {
  return (
    <Modal opened={guard.pending !== null} onClose={guard.stay} title={t('leave.title')} centered>
      <Stack gap="sm">
        <Text size="sm">{body}</Text>
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={guard.stay} data-autofocus>
            {t('leave.stay')}
          </Button>
          <Button variant="light" color="red" onClick={guard.discard}>
            {t('leave.discard')}
          </Button>
          {saveLabel && <Button onClick={() => void guard.saveThenLeave()}>{saveLabel}</Button>}
        </Group>
      </Stack>
    </Modal>
  );
}
