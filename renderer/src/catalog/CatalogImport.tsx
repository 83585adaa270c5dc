/**
 * Importing a 案由目录 file: the file is read in the page, checked by the backend without any change
 * (a dry run), and only imported once the admin has seen what it would add and change. A file with
 * any problem is shown row by row and never imported.
 */
import { Alert, Button, FileButton, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import type { CatalogFormat, CatalogImportResult } from '../../../main/contract/catalog';
import type { ApiError } from '../../../main/contract/errors';
import { useWorkstation } from '../app/context';
import { t } from '../i18n';
import { formatOfFile, MAX_IMPORT_BYTES, sizeText } from './model';

interface Checked {
  name: string;
  format: CatalogFormat;
  content: string;
  result: CatalogImportResult;
}

type Step =
  | { kind: 'idle' }
  | { kind: 'reading'; name: string }
  | { kind: 'failed'; message: string; items: string[] }
  | { kind: 'problems'; problems: CatalogImportResult['problems'] }
  | { kind: 'checked'; checked: Checked; importing: boolean }
  | { kind: 'done'; result: CatalogImportResult };

function failure(error: ApiError): Step {
  return { kind: 'failed', message: error.message, items: (error.issues ?? []).map((i) => i.message).filter((m) => m !== error.message && !error.message.includes(m)) };
}

export function CatalogImport({ onImported }: { onImported: () => void }) {
  const { backend } = useWorkstation();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const resetFile = useRef<() => void>(null);

  const choose = async (file: File | null) => {
    // The same file may be chosen again after it was corrected.
    resetFile.current?.();
    if (!file) return;
    const format = formatOfFile(file.name);
    if (!format) return setStep({ kind: 'failed', message: t('catalog.import.wrongType', { name: file.name }), items: [] });
    if (file.size > MAX_IMPORT_BYTES) return setStep({ kind: 'failed', message: t('catalog.import.tooLarge', { size: sizeText(file.size) }), items: [] });
    if (file.size === 0) return setStep({ kind: 'failed', message: t('catalog.import.empty'), items: [] });
    setStep({ kind: 'reading', name: file.name });
    let content: string;
    try {
      // Read as UTF-8; a file in another encoding arrives with replacement characters, which the backend names.
      content = await file.text();
    } catch (e) {
      return setStep({ kind: 'failed', message: t('catalog.import.readFailed', { message: (e as Error).message }), items: [] });
    }
    const r = await backend.call('catalog.import', { format, content, dryRun: true });
    if (!r.ok) return setStep(failure(r.error));
    if (r.value.problems.length) return setStep({ kind: 'problems', problems: r.value.problems });
    setStep({ kind: 'checked', checked: { name: file.name, format, content, result: r.value }, importing: false });
  };

  const confirm = async (checked: Checked) => {
    setStep({ kind: 'checked', checked, importing: true });
    const r = await backend.call('catalog.import', { format: checked.format, content: checked.content, dryRun: false });
    if (!r.ok) return setStep(failure(r.error));
    // Someone may have changed the catalogue since the check: the real run reports afresh.
    if (r.value.problems.length) return setStep({ kind: 'problems', problems: r.value.problems });
    setStep({ kind: 'done', result: r.value });
    onImported();
  };

  const busy = step.kind === 'reading' || (step.kind === 'checked' && step.importing);

  return (
    <Paper withBorder p="md" radius="sm" data-testid="catalog-import">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={4}>
            <Title order={4}>{t('catalog.import.title')}</Title>
            <Text size="sm" c="dimmed">
              {t('catalog.import.hint')}
            </Text>
            <Text size="xs" c="dimmed">
              {t('catalog.import.formatHint')}
            </Text>
          </Stack>
          <FileButton onChange={(f) => void choose(f)} accept=".csv,.json" resetRef={resetFile} disabled={busy}>
            {(props) => (
              <Button {...props} variant="default" loading={step.kind === 'reading'} style={{ flexShrink: 0 }}>
                {t('catalog.import.button')}
              </Button>
            )}
          </FileButton>
        </Group>

        {step.kind === 'reading' && (
          <Text size="sm" c="dimmed" role="status">
            {t('catalog.import.reading', { name: step.name })}
          </Text>
        )}

        {step.kind === 'failed' && (
          <Alert color="red" title={t('catalog.import.failed')} role="alert" data-testid="catalog-import-error">
            <Text size="sm">{step.message}</Text>
            {step.items.length > 0 && (
              <List size="sm">
                {step.items.map((m, i) => (
                  <List.Item key={i}>{m}</List.Item>
                ))}
              </List>
            )}
          </Alert>
        )}

        {step.kind === 'problems' && (
          <Alert color="red" title={t('catalog.import.problemsTitle', { n: step.problems.length })} role="alert" data-testid="catalog-import-problems">
            <Stack gap="xs">
              <Text size="sm">{t('catalog.import.problemsHint')}</Text>
              <Table withTableBorder verticalSpacing={4} bg="white">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={72}>{t('catalog.import.col.row')}</Table.Th>
                    <Table.Th w={140}>{t('catalog.import.col.field')}</Table.Th>
                    <Table.Th>{t('catalog.import.col.message')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {step.problems.map((p, i) => (
                    <Table.Tr key={i} data-testid="catalog-problem">
                      <Table.Td>{p.row > 0 ? p.row : t('catalog.import.wholeFile')}</Table.Td>
                      <Table.Td>{p.field}</Table.Td>
                      <Table.Td>{p.message}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Stack>
          </Alert>
        )}

        {step.kind === 'checked' && (
          <Alert color="blue" data-testid="catalog-import-summary">
            <Stack gap="xs">
              <Text size="sm">{t('catalog.import.checked', { name: step.checked.name })}</Text>
              <Text size="sm" fw={600} data-testid="catalog-import-counts">
                {[
                  t('catalog.import.added', { n: step.checked.result.added }),
                  t('catalog.import.updated', { n: step.checked.result.updated }),
                  t('catalog.import.unchanged', { n: step.checked.result.unchanged }),
                ].join(' / ')}
              </Text>
              {step.checked.result.added + step.checked.result.updated === 0 ? (
                <Group justify="space-between">
                  <Text size="sm">{t('catalog.import.nothingToDo')}</Text>
                  <Button variant="default" size="xs" onClick={() => setStep({ kind: 'idle' })}>
                    {t('catalog.import.close')}
                  </Button>
                </Group>
              ) : (
                <Group gap="sm">
                  <Button onClick={() => void confirm(step.checked)} loading={step.importing}>
                    {t('catalog.import.confirm')}
                  </Button>
                  <Button variant="default" onClick={() => setStep({ kind: 'idle' })} disabled={step.importing}>
                    {t('catalog.import.cancel')}
                  </Button>
                </Group>
              )}
            </Stack>
          </Alert>
        )}

        {step.kind === 'done' && (
          <Alert color="green" role="status" withCloseButton closeButtonLabel={t('common.dismiss')} onClose={() => setStep({ kind: 'idle' })} data-testid="catalog-import-done">
            {t('catalog.import.done', { added: step.result.added, updated: step.result.updated, unchanged: step.result.unchanged })}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
