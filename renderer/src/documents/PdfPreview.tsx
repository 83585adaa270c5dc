/**
 * The PDF on the right of the editor, shown by the browser's own PDF viewer from a Blob URL.
 * Where there is no viewer (navigator.pdfViewerEnabled false, e.g. Electron without plugins) or
 * the page's Content-Security-Policy refuses blob: frames, the page count and a download link
 * still tell the clerk what was generated.
 */
import { Alert, Anchor, Box, Group, Loader, Paper, Stack, Text, Title, Tooltip } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { PdfFile } from '../../../main/contract/documents';
import { t } from '../i18n';
import { pdfBlob, shortSha } from './data';

/** Viewer parameters: no thumbnail pane, page width fitted to the narrow column. */
const VIEW = '#navpanes=0&view=FitH';

/** A blob: URL for the file while it is shown, revoked when it changes or goes. */
export function useBlobUrl(file: PdfFile | null): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!file) {
      setUrl(null);
      return;
    }
    const u = URL.createObjectURL(pdfBlob(file));
    setUrl(u);
    return () => URL.revokeObjectURL(u);
  }, [file]);
  return url;
}

/** Whether the CSP has refused to frame a blob: URL on this page (it reports rather than throws). */
function useBlobFramesBlocked(): boolean {
  const [blocked, setBlocked] = useState(false);
  useEffect(() => {
    const onViolation = (e: SecurityPolicyViolationEvent) => {
      if (e.blockedURI.startsWith('blob') && /^(frame|child|default|object)-src/.test(e.effectiveDirective)) setBlocked(true);
    };
    document.addEventListener('securitypolicyviolation', onViolation);
    return () => document.removeEventListener('securitypolicyviolation', onViolation);
  }, []);
  return blocked;
}

export interface PdfPreviewProps {
  file: PdfFile | null;
  /** A newer rendering is on its way; the last one stays on screen meanwhile. */
  pending: boolean;
  error: string | null;
  /** The stored (issued) file rather than a rendering of the form as it stands. */
  stored: boolean;
}

export function PdfPreview({ file, pending, error, stored }: PdfPreviewProps) {
  const url = useBlobUrl(file);
  const blocked = useBlobFramesBlocked();
  const viewer = navigator.pdfViewerEnabled !== false && !blocked;

  return (
    <Paper withBorder radius="sm" className="zf-doc-preview" data-testid="doc-preview" data-pages={file?.pages ?? ''} data-sha256={file?.sha256 ?? ''} aria-busy={pending}>
      <Group justify="space-between" px="sm" py={6} wrap="nowrap" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Group gap="sm" wrap="nowrap">
          <Title order={6}>{stored ? t('doc.preview.storedTitle') : t('doc.preview.title')}</Title>
          {file && (
            <Text size="xs" c="dimmed" data-testid="preview-pages">
              {t('doc.preview.pages', { n: file.pages })}
            </Text>
          )}
          {file && (
            <Tooltip label={t('doc.editor.shaTitle', { sha: file.sha256 })} openDelay={300}>
              <Text size="xs" c="dimmed" className="zf-mono">
                {shortSha(file.sha256)}
              </Text>
            </Tooltip>
          )}
        </Group>
        <Group gap="sm" wrap="nowrap">
          {pending && (
            <Group gap={6} wrap="nowrap" role="status">
              <Loader size={12} />
              <Text size="xs" c="dimmed">
                {t('doc.preview.updating')}
              </Text>
            </Group>
          )}
          {file && url && (
            <Anchor href={url} download={file.fileName} size="xs" data-testid="preview-download">
              {stored ? t('doc.preview.downloadStored') : t('doc.preview.download')}
            </Anchor>
          )}
        </Group>
      </Group>

      {error && (
        <Alert color="red" radius={0} py={6} data-testid="preview-error">
          {t('doc.preview.failed', { message: error })}
        </Alert>
      )}

      <Box className="zf-doc-preview-body">
        {url && viewer && <iframe key={url} src={url + VIEW} title={t('doc.preview.frameTitle')} className="zf-doc-frame" />}
        {url && !viewer && (
          <Stack align="center" justify="center" h="100%" gap="xs" p="lg">
            <Text size="sm" c="dimmed" ta="center">
              {blocked ? t('doc.preview.blocked') : t('doc.preview.noViewer')}
            </Text>
            {file && (
              <Anchor href={url} download={file.fileName} size="sm">
                {stored ? t('doc.preview.downloadStored') : t('doc.preview.download')}
              </Anchor>
            )}
          </Stack>
        )}
        {!url && !error && (
          <Stack align="center" justify="center" h="100%" gap="xs">
            <Loader size="sm" />
            <Text size="sm" c="dimmed">
              {t('doc.preview.updating')}
            </Text>
          </Stack>
        )}
      </Box>
    </Paper>
  );
}
