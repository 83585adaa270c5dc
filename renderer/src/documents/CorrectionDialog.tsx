/**
 * 制作更正版本 asks why: the reason is printed in the new version's 备注 and kept in the version list,
 * so the file shows what was wrong with the version it replaces.
 */
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { DocumentDetail } from '../../../main/contract/documents';
import type { ApiError } from '../../../main/contract/errors';
import { t } from '../i18n';

/** The contract's bounds, checked here first so the clerk is told at once. */
const MIN = 2;
const MAX = 200;

export function CorrectionDialog(props: {
  detail: DocumentDetail;
  opened: boolean;
  busy: boolean;
  onClose(): void;
  /** Resolves to the refusal, if any, to be shown under the field. */
  onConfirm(reason: string): Promise<ApiError | null>;
}) {
  const { detail, opened, busy } = props;
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);

  const close = () => {
    if (busy) return;
    setReason('');
    setError(null);
    props.onClose();
  };

  const confirm = async () => {
    const text = reason.trim();
    if ([...text].length < MIN) return setError(t('doc.correct.reasonShort'));
    setError(null);
    const refused = await props.onConfirm(text);
    if (refused) setError(refused.issues?.find((i) => i.path === 'reason')?.message ?? refused.message);
    else setReason('');
  };

  return (
    <Modal opened={opened} onClose={close} title={t('doc.correct.title')} centered data-testid="correction-dialog">
      <Stack gap="sm">
        <Text size="sm">{t('doc.correct.intro', { n: detail.version + 1, old: detail.version })}</Text>
        <Textarea
          label={t('doc.correct.reason')}
          description={t('doc.correct.reasonHint')}
          value={reason}
          onChange={(e) => {
            setReason(e.currentTarget.value);
            if (error) setError(null);
          }}
          error={error}
          maxLength={MAX}
          autosize
          minRows={2}
          withAsterisk
          data-autofocus
        />
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={close} disabled={busy}>
            {t('doc.correct.cancel')}
          </Button>
          <Button onClick={() => void confirm()} loading={busy}>
            {t('doc.correct.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
