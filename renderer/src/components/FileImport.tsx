/**
 * Importing a file the backend checks row by row (the 案由目录, the 执法人员名册): the file is read
 * in the page, checked by the backend without any change (a dry run), and only imported once the
 * admin has seen what it would add and change. A file with any problem is shown row by row and
 * never imported. Each import says only what differs: its texts, the files it takes, its call.
 */
import { Alert, Button, FileButton, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import type { ApiError, Result } from '../../../main/contract/errors';
import { MAX_IMPORT_BYTES, sizeText } from '../catalog/model';
import { t } from '../i18n';

export interface ImportOutcome {
  added: number;
  updated: number;
  unchanged: number;
  /** Row 0 = the file as a whole. */
  problems: { row: number; field: string; message: string }[];
}

export interface ImportTexts {
  title: string;
  hint: string;
  formatHint?: string;
  button: string;
  wrongType(name: string): string;
  /** "新增 3 条" / "更新 1 条" / "未变 20 条". */
  counts(r: ImportOutcome): string[];
  confirm: string;
  done(r: ImportOutcome): string;
}

export interface FileImportProps<F> {
  /** Prefix of the test ids: `${testId}-import`, `${testId}-problem` … */
  testId: string;
  texts: ImportTexts;
  /** The file picker's accept list, e.g. ".csv,.json". */
  accept: string;
  /** The file's format from its name, or null when the import does not take it. */
  formatOf(fileName: string): F | null;
  run(input: { format: F; content: string; dryRun: boolean }): Promise<Result<ImportOutcome>>;
  onImported(): void;
}

interface Checked<F> {
  name: string;
  format: F;
  content: string;
  result: ImportOutcome;
}

type Step<F> =
  | { kind: 'idle' }
  | { kind: 'reading'; name: string }
  | { kind: 'failed'; message: string; items: string[] }
  | { kind: 'problems'; problems: ImportOutcome['problems'] }
  | { kind: 'checked'; checked: Checked<F>; importing: boolean }
  | { kind: 'done'; result: ImportOutcome };

function failure(error: ApiError): { kind: 'failed'; message: string; items: string[] } {
  return { kind: 'failed', message: error.message, items: (error.issues ?? []).map((i) => i.message).filter((m) => m !== error.message && !error.message.includes(m)) };
}

export function FileImport<F>({ testId, texts, accept, formatOf, run, onImported }: FileImportProps<F>) {
  const [step, setStep] = useState<Step<F>>({ kind: 'idle' });
  const resetFile = useRef<() => void>(null);

  const choose = async (file: File | null) => {
    // The same file may be chosen again after it was corrected.
    resetFile.current?.();
    if (!file) return;
    const format = formatOf(file.name);
    if (format === null) return setStep({ kind: 'failed', message: texts.wrongType(file.name), items: [] });
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
    const r = await run({ format, content, dryRun: true });
    if (!r.ok) return setStep(failure(r.error));
    if (r.value.problems.length) return setStep({ kind: 'problems', problems: r.value.problems });
    setStep({ kind: 'checked', checked: { name: file.name, format, content, result: r.value }, importing: false });
  };

  const confirm = async (checked: Checked<F>) => {
    setStep({ kind: 'checked', checked, importing: true });
    const r = await run({ format: checked.format, content: checked.content, dryRun: false });
    if (!r.ok) return setStep(failure(r.error));
    // Someone may have changed the data since the check: the real run reports afresh.
    if (r.value.problems.length) return setStep({ kind: 'problems', problems: r.value.problems });
    setStep({ kind: 'done', result: r.value });
    onImported();
  };

  const busy = step.kind === 'reading' || (step.kind === 'checked' && step.importing);

  return (
    <Paper withBorder p="md" radius="sm" data-testid={`${testId}-import`}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={4}>
            <Title order={4}>{texts.title}</Title>
            <Text size="sm" c="dimmed">
              {texts.hint}
            </Text>
            {texts.formatHint && (
              <Text size="xs" c="dimmed">
                {texts.formatHint}
              </Text>
            )}
          </Stack>
          <FileButton onChange={(f) => void choose(f)} accept={accept} resetRef={resetFile} disabled={busy}>
            {(props) => (
              <Button {...props} variant="default" loading={step.kind === 'reading'} style={{ flexShrink: 0 }}>
                {texts.button}
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
          <Alert color="red" title={t('catalog.import.failed')} role="alert" data-testid={`${testId}-import-error`}>
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
          <Alert color="red" title={t('catalog.import.problemsTitle', { n: step.problems.length })} role="alert" data-testid={`${testId}-import-problems`}>
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
                    <Table.Tr key={i} data-testid={`${testId}-problem`}>
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
          <Alert color="blue" data-testid={`${testId}-import-summary`}>
            <Stack gap="xs">
              <Text size="sm">{t('catalog.import.checked', { name: step.checked.name })}</Text>
              <Text size="sm" fw={600} data-testid={`${testId}-import-counts`}>
                {texts.counts(step.checked.result).join(' / ')}
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
                    {texts.confirm}
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
          <Alert color="green" role="status" withCloseButton closeButtonLabel={t('common.dismiss')} onClose={() => setStep({ kind: 'idle' })} data-testid={`${testId}-import-done`}>
            {texts.done(step.result)}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
