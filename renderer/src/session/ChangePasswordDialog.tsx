/** 修改密码 from the header, for everyone: the form in a dialog, and a confirmation once changed. */
import { Alert, Button, Modal, Stack } from '@mantine/core';
import { useState } from 'react';
import { useWorkstation } from '../app/context';
import { t } from '../i18n';
import { ChangePasswordForm } from './ChangePasswordForm';

export function ChangePasswordButton() {
  const { backend } = useWorkstation();
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState(false);
  const close = () => {
    setOpen(false);
    setDone(false);
  };
  return (
    <>
      <Button size="xs" variant="subtle" color="white" onClick={() => setOpen(true)}>
        {t('pwd.title')}
      </Button>
      <Modal opened={open} onClose={close} title={t('pwd.title')} centered>
        {done ? (
          <Stack>
            <Alert color="green" role="status" data-testid="password-changed">
              {t('pwd.changed')}
            </Alert>
            <Button onClick={close}>{t('pwd.close')}</Button>
          </Stack>
        ) : (
          open && <ChangePasswordForm backend={backend} onDone={() => setDone(true)} onCancel={close} />
        )}
      </Modal>
    </>
  );
}
