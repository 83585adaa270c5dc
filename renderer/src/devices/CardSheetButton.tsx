/**
 * 证件信息核对单 of a verified party: the backend renders it (fields as read, the photo where the
 * vendor decoder gives one) and it opens here in the PDF viewer, to print into the case file or
 * download.
 */
import { Alert, Anchor, Box, Button, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { PdfFile } from '../../../main/contract/documents';
import { useWorkstation } from '../app/context';
import { useBlobUrl } from '../documents/PdfPreview';
import { t } from '../i18n';

export function CardSheetButton({ readId, partyName }: { readId: number; partyName: string }) {
  const { backend } = useWorkstation();
  const [open, setOpen] = useState(false);
  const [file, setFile] = useState<PdfFile | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    let live = true;
    setFile(null);
    setError(null);
    void backend.call('idcard.sheet', { readId }).then((r) => {
      if (!live) return;
      if (r.ok) setFile(r.value);
      else setError(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [backend, open, readId]);
  const url = useBlobUrl(file);

  return (
    <>
      <Button size="compact-xs" variant="subtle" onClick={() => setOpen(true)} data-testid="party-card-sheet">
        {t('card.sheet')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} size="xl" title={t('card.sheetTitle', { name: partyName })}>
        <Stack gap="xs" data-testid="card-sheet" data-pages={file?.pages ?? ''}>
          {error && (
            <Alert color="red" p="xs" role="alert" data-testid="card-sheet-error">
              {t('card.sheetFailed', { message: error })}
            </Alert>
          )}
          {!file && !error && (
            <Group gap="xs">
              <Loader size="xs" />
              <Text size="sm" c="dimmed">
                {t('card.sheetLoading')}
              </Text>
            </Group>
          )}
          {file && url && (
            <>
              <Group justify="space-between">
                <Text size="xs" c="dimmed">
                  {t('card.sheetHint')}
                </Text>
                <Anchor href={url} download={file.fileName} size="sm" data-testid="card-sheet-download">
                  {t('card.sheetDownload')}
                </Anchor>
              </Group>
              <Box h="70vh" bg="gray.2">
                <iframe src={`${url}#navpanes=0`} title={t('card.sheetFrame')} className="zf-doc-frame" />
              </Box>
            </>
          )}
        </Stack>
      </Modal>
    </>
  );
}
