/** 删除草稿 asks first: a deleted draft cannot be brought back (the deletion is in the 执法全过程记录). */
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { DocumentDetail } from '../../../main/contract/documents';
import { t } from '../i18n';

export function DeleteDraftDialog(props: { detail: DocumentDetail; opened: boolean; busy: boolean; onClose(): void; onConfirm(): void }) {
  const { detail, opened, busy } = props;
  return (
    <Modal opened={opened} onClose={() => !busy && props.onClose()} title={t('doc.delete.title')} centered data-testid="delete-draft-dialog">
      <Stack gap="sm">
        <Text fw={600}>{t('doc.delete.which', { name: detail.formName, n: detail.version })}</Text>
        <Text size="sm">{t('doc.delete.body')}</Text>
        {detail.supersedesId && (
          <Text size="sm" c="dimmed">
            {t('doc.delete.bodyCorrection', { n: detail.version - 1 })}
          </Text>
        )}
        <Group justify="flex-end" mt="xs">
          {/* Keeping the draft has the focus: deleting takes a deliberate click. */}
          <Button variant="default" onClick={props.onClose} disabled={busy} data-autofocus>
            {t('doc.delete.cancel')}
          </Button>
          <Button color="red" onClick={props.onConfirm} loading={busy}>
            {t('doc.delete.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
