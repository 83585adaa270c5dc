import { Alert, Anchor, Button, Group, Loader, Paper, Table, Text, Title, Tooltip } from '@mantine/core';
import { Fragment, useEffect, useState } from 'react';
import type { DocumentSummary } from '../../../main/contract/documents';
import { mayCall, useWorkstation } from '../app/context';
import { hrefOf, navigate } from '../app/router';
import { formatDateTime, t } from '../i18n';
import { FormPicker, formNumber } from './FormPicker';
import { shortSha } from './data';
import { DocumentStatusBadge } from './StatusBadge';

/** The case's 文书, grouped by form with every version, and the way to make a new one. */
export function DocumentsPanel({ caseId, mayDraft = true }: { caseId: number; /** False where the case is only to be looked at by this person. */ mayDraft?: boolean }) {
  const { backend, session } = useWorkstation();
  const [docs, setDocs] = useState<DocumentSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reload, setReload] = useState(0);
  const [picking, setPicking] = useState(false);
  const canCreate = mayDraft && mayCall(session.account.role, 'documents.create');

  useEffect(
    () =>
      backend.on('documents.changed', (e) => {
        if (e.caseId === caseId) setReload((n) => n + 1);
      }),
    [backend, caseId],
  );

  useEffect(() => {
    let live = true;
    void backend.call('documents.list', { caseId }).then((r) => {
      if (!live) return;
      if (r.ok) {
        setDocs(r.value);
        setError(null);
      } else setError(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [backend, caseId, reload]);

  const groups = new Map<number, DocumentSummary[]>();
  for (const d of [...(docs ?? [])].sort((a, b) => a.formId - b.formId || a.version - b.version || a.id - b.id)) {
    groups.set(d.formId, [...(groups.get(d.formId) ?? []), d]);
  }

  return (
    <Paper withBorder p="md" radius="sm" component="section" aria-labelledby="doc-panel-title" data-testid="documents-panel">
      <Group justify="space-between" mb="sm">
        <Title order={5} id="doc-panel-title">
          {t('doc.panel.title')}
        </Title>
        {canCreate && (
          <Button size="xs" onClick={() => setPicking(true)}>
            {t('doc.panel.create')}
          </Button>
        )}
      </Group>

      {error && !docs && <Alert color="red">{t('doc.panel.loadFailed', { message: error })}</Alert>}
      {!docs && !error && (
        <Group gap="xs">
          <Loader size="xs" />
          <Text size="sm" c="dimmed">
            {t('doc.panel.loading')}
          </Text>
        </Group>
      )}
      {docs && docs.length === 0 && (
        <Text size="sm" c="dimmed" data-testid="documents-empty">
          {t('doc.panel.empty')}
        </Text>
      )}
      {docs && docs.length > 0 && (
        <Table verticalSpacing={4} highlightOnHover data-testid="documents-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('doc.col.version')}</Table.Th>
              <Table.Th>{t('doc.col.status')}</Table.Th>
              <Table.Th>{t('doc.col.updatedAt')}</Table.Th>
              <Table.Th>{t('doc.col.issuedAt')}</Table.Th>
              <Table.Th>{t('doc.col.sha')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...groups].map(([formId, list]) => (
              <Fragment key={formId}>
                <Table.Tr className="zf-doc-group">
                  <Table.Td colSpan={5}>
                    <Group gap="xs">
                      <Text size="sm" fw={600}>
                        {list[0].formName}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {formNumber(formId)}
                      </Text>
                    </Group>
                  </Table.Td>
                </Table.Tr>
                {list.map((d) => (
                  <Table.Tr
                    key={d.id}
                    className="zf-clickable-row"
                    data-testid="doc-row"
                    data-form-id={d.formId}
                    data-version={d.version}
                    onClick={(e) => {
                      if (!(e.target instanceof HTMLAnchorElement)) navigate({ name: 'document', caseId, docId: d.id });
                    }}
                  >
                    <Table.Td pl="lg">
                      <Anchor
                        href={hrefOf({ name: 'document', caseId, docId: d.id })}
                        size="sm"
                        aria-label={t('doc.open', { name: d.formName, version: d.version })}
                      >
                        {t('doc.version', { n: d.version })}
                      </Anchor>
                      {d.correctionReason && (
                        <Text size="xs" c="dimmed" data-testid="doc-row-reason">
                          {t('doc.correct.reasonShown', { reason: d.correctionReason })}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <DocumentStatusBadge status={d.status} />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{formatDateTime(d.updatedAt)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{d.issuedAt ? formatDateTime(d.issuedAt) : t('case.none')}</Text>
                    </Table.Td>
                    <Table.Td>
                      {d.pdfSha256 ? (
                        <Tooltip label={t('doc.editor.shaTitle', { sha: d.pdfSha256 })} openDelay={300}>
                          <Text size="xs" ff="monospace" className="zf-mono">
                            {shortSha(d.pdfSha256)}
                          </Text>
                        </Tooltip>
                      ) : (
                        <Text size="sm">{t('case.none')}</Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Fragment>
            ))}
          </Table.Tbody>
        </Table>
      )}

      {canCreate && <FormPicker caseId={caseId} opened={picking} onClose={() => setPicking(false)} />}
    </Paper>
  );
}
