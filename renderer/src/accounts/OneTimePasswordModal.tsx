/**
 * A one-time password, shown once to hand over in person: the backend keeps only its hash, and
 * the user must replace it at the first login.
 */
import { Alert, Button, CopyButton, Group, Modal, Paper, Stack, Text } from '@mantine/core';
import { t } from '../i18n';

export interface IssuedPassword {
  username: string;
  displayName: string;
  password: string;
  /** Made for a new account, or a reset of an existing one. */
  kind: 'created' | 'reset';
}

export function OneTimePasswordModal({ issued, onClose }: { issued: IssuedPassword | null; onClose(): void }) {
  return (
    <Modal
      opened={issued !== null}
      onClose={onClose}
      title={issued?.kind === 'reset' ? t('otp.titleReset') : t('otp.titleCreated')}
      centered
      closeOnClickOutside={false}
    >
      {issued && (
        <Stack gap="md" data-testid="one-time-password-dialog">
          <Text size="sm">{t('otp.for', { name: issued.displayName, username: issued.username })}</Text>
          <Paper withBorder p="md" radius="sm" bg="gray.0">
            <Group justify="space-between" wrap="nowrap">
              <Text ff="monospace" fz={22} fw={600} className="zf-mono" data-testid="one-time-password" style={{ letterSpacing: '0.06em' }}>
                {issued.password}
              </Text>
              <CopyButton value={issued.password}>
                {({ copied, copy }) => (
                  <Button size="xs" variant={copied ? 'light' : 'default'} color={copied ? 'green' : undefined} onClick={copy}>
                    {copied ? t('otp.copied') : t('otp.copy')}
                  </Button>
                )}
              </CopyButton>
            </Group>
          </Paper>
          <Alert color="yellow" variant="light">
            {t('otp.note')}
          </Alert>
          <Group justify="flex-end">
            <Button onClick={onClose}>{t('otp.close')}</Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
