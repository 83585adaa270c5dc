/**
 * Importing a roster CSV, as the 案由目录 import works: the file is read in the page, checked by the
 * backend without any change (a dry run), and imported only once the admin has seen what it would
 * add and change. A file with any problem is listed row by row and never imported.
 */
import { Alert, Button, FileButton, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import type { ApiError } from '../../../main/contract/errors';
import type { RosterImportResult } from '../../../main/contract/people';
import { useWorkstation } from '../app/context';
import { MAX_IMPORT_BYTES, sizeText } from '../catalog/model';
import { t } from '../i18n';

interface Checked {
  name: string;
  content: string;
  result: RosterImportResult;
}

type Step =
  | { kind: 'idle' }
  | { kind: 'reading'; name: string }
  | { kind: 'failed'; message: string; items: string[] }
  | { kind: 'problems'; problems: RosterImportResult['problems'] }
  | { kind: 'checked'; checked: Checked; importing: boolean }
  | { kind: 'done'; result: RosterImportResult };

function failure(error: ApiError): Step {
  return { kind: 'failed', message: error.message, items: (error.issues ?? []).map((i) => i.message).filter((m) => m !== error.message && !error.message.includes(m)) };
}

export function RosterImport({ onImported }: { onImported: () => void }) {
  const { backend } = useWorkstation();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const resetFile = useRef<() => void>(null);

  const choose = async (file: File | null) => {
    resetFile.current?.();
    if (!file) return;
    if (!file.name.toLowerCase().endsWith('.csv')) return setStep({ kind: 'failed', message: t('roster.import.wrongType', { name: file.name }), items: [] });
    if (file.size > MAX_IMPORT_BYTES) return setStep({ kind: 'failed', message: t('catalog.import.tooLarge', { size: sizeText(file.size) }), items: [] });
    if (file.size === 0) return setStep({ kind: 'failed', message: t('catalog.import.empty'), items: [] });
    setStep({ kind: 'reading', name: file.name });
    let content: string;
    try {
      content = await file.text();
    } catch (e) {
      return setStep({ kind: 'failed', message: t('catalog.import.readFailed', { message: (e as Error).message }), items: [] });
    }
    const r = await backend.call('officers.import', { content, dryRun: true });
    if (!r.ok) return setStep(failure(r.error));
    if (r.value.problems.length) return setStep({ kind: 'problems', problems: r.value.problems });
    setStep({ kind: 'checked', checked: { name: file.name, content, result: r.value }, importing: false });
  };

  const confirm = async (checked: Checked) => {
    setStep({ kind: 'checked', checked, importing: true });
    const r = await backend.call('officers.import', { content: checked.content, dryRun: false });
    if (!r.ok) return setStep(failure(r.error));
    if (r.value.problems.length) return setStep({ kind: 'problems', problems: r.value.problems });
    setStep({ kind: 'done', result: r.value });
    onImported();
  };

  const busy = step.kind === 'reading' || (step.kind === 'checked' && step.importing);

  return (
    <Paper withBorder p="md" radius="sm" data-testid="roster-import">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={4}>
            <Title order={4}>{t('roster.import.title')}</Title>
            <Text size="sm" c="dimmed">
              {t('roster.import.hint')}
            </Text>
          </Stack>
          <FileButton onChange={(f) => void choose(f)} accept=".csv" resetRef={resetFile} disabled={busy}>
            {(props) => (
              <Button {...props} variant="default" loading={step.kind === 'reading'} style={{ flexShrink: 0 }}>
                {t('roster.import.button')}
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
          <Alert color="red" title={t('catalog.import.failed')} role="alert" data-testid="roster-import-error">
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
          <Alert color="red" title={t('catalog.import.problemsTitle', { n: step.problems.length })} role="alert" data-testid="roster-import-problems">
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
                    <Table.Tr key={i} data-testid="roster-problem">
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
          <Alert color="blue" data-testid="roster-import-summary">
            <Stack gap="xs">
              <Text size="sm">{t('catalog.import.checked', { name: step.checked.name })}</Text>
              <Text size="sm" fw={600} data-testid="roster-import-counts">
                {[
                  t('roster.import.added', { n: step.checked.result.added }),
                  t('roster.import.updated', { n: step.checked.result.updated }),
                  t('roster.import.unchanged', { n: step.checked.result.unchanged }),
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
                    {t('roster.import.confirm')}
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
          <Alert color="green" role="status" withCloseButton closeButtonLabel={t('common.dismiss')} onClose={() => setStep({ kind: 'idle' })} data-testid="roster-import-done">
            {t('roster.import.done', { added: step.result.added, updated: step.result.updated, unchanged: step.result.unchanged })}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
