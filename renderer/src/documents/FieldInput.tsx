/**
 * One input per form field, chosen by the field's kind. Values follow the contract's conventions
 * (dates 'YYYY-MM-DD', datetimes 'YYYY-MM-DDTHH:mm', money a number of yuan or null, ticked
 * options as strings, a party block as attribute → text, table rows keyed by column). Every
 * field's wrapper carries its key, kind and label, so the editor can focus a field a message
 * points at.
 */
import { Autocomplete, Box, Button, Checkbox, Fieldset, Group, Input, Radio, SimpleGrid, Stack, Table, Text, Textarea, TextInput } from '@mantine/core';
import { useEffect, useState, type ReactNode } from 'react';
import type { FieldValue, FormField } from '../../../main/contract/documents';
import { PARTY_KINDS } from '../../../main/contract/domain';
import { DateField, DateTimeField } from '../components/DateFields';
import { CauseFineNote } from './CauseFineNote';
import { t } from '../i18n';
import { isWide, moneyOf, partyOf, rowsOf, textOf, ticksOf, type PartyRow, type TableRow } from './data';

export interface FieldInputProps {
  field: FormField;
  value: FieldValue | undefined;
  /** The value came from the case: a pre-filled field that was not blank when the page opened. */
  fromCase: boolean;
  readOnly: boolean;
  error?: string;
  onChange(value: FieldValue): void;
}

/** The label with the subtle 取自案件 mark; the mark stays out of the accessible name. */
function FieldLabel({ field, fromCase }: { field: FormField; fromCase: boolean }) {
  return (
    <>
      {field.label}
      {fromCase && (
        <span className="zf-prefilled" aria-hidden title={t('doc.editor.prefilledTitle')}>
          {t('doc.editor.prefilled')}
        </span>
      )}
    </>
  );
}

export function FieldInput(props: FieldInputProps) {
  const { field } = props;
  return (
    <Box
      data-field={field.key}
      data-kind={field.kind}
      data-label={field.label}
      data-prefilled={props.fromCase || undefined}
      data-required={field.required || undefined}
      style={isWide(field) ? { gridColumn: '1 / -1' } : undefined}
    >
      <FieldControl {...props} />
      {field.kind === 'money' && <CauseFineNote field={field} value={props.value} />}
    </Box>
  );
}

interface Common {
  label: ReactNode;
  description?: string;
  withAsterisk: boolean;
  error?: string;
}

function FieldControl({ field, value, fromCase, readOnly, error, onChange }: FieldInputProps) {
  const common: Common = {
    label: <FieldLabel field={field} fromCase={fromCase} />,
    description: field.hint,
    withAsterisk: field.required && field.kind !== 'signature',
    error,
  };
  switch (field.kind) {
    case 'text':
      // Suggested values are offered, never imposed: the printed blank takes any wording.
      return field.suggestions && field.suggestions.length > 0 && !readOnly ? (
        <Autocomplete {...common} data={field.suggestions} value={textOf(value)} onChange={onChange} />
      ) : (
        <TextInput {...common} value={textOf(value)} onChange={(e) => onChange(e.currentTarget.value)} readOnly={readOnly} />
      );
    case 'longtext':
      return (
        <Textarea {...common} value={textOf(value)} onChange={(e) => onChange(e.currentTarget.value)} readOnly={readOnly} autosize minRows={3} maxRows={16} />
      );
    case 'date':
      return <DateField {...common} value={textOf(value)} onChange={onChange} readOnly={readOnly} />;
    case 'datetime':
      return <DateTimeField {...common} value={textOf(value)} onChange={onChange} readOnly={readOnly} />;
    case 'money':
      return <MoneyInput common={common} value={moneyOf(value)} readOnly={readOnly} onChange={onChange} />;
    case 'checkbox':
      return field.multiple ? (
        <Checkbox.Group {...common} value={ticksOf(value)} onChange={onChange} readOnly={readOnly}>
          <Group gap="lg" mt={6}>
            {(field.options ?? []).map((o) => (
              <Checkbox key={o} value={o} label={o} />
            ))}
          </Group>
        </Checkbox.Group>
      ) : (
        <SingleChoice common={common} field={field} ticked={ticksOf(value)[0] ?? ''} readOnly={readOnly} onChange={onChange} />
      );
    case 'party':
      return <PartyInput common={common} field={field} party={partyOf(value)} readOnly={readOnly} onChange={onChange} />;
    case 'table':
      return <TableInput common={common} field={field} rows={rowsOf(value)} readOnly={readOnly} onChange={onChange} />;
    case 'signature':
      return (
        <Input.Wrapper {...common} labelElement="div" description={field.hint ?? t('doc.editor.signatureHint')}>
          <Text size="sm" c="dimmed" className="zf-signature" data-testid="signature-line">
            {t('doc.editor.signature')}
          </Text>
        </Input.Wrapper>
      );
  }
}

/** One box of several to tick (stored as a one-item list); an optional one can be cleared again. */
function SingleChoice({ common, field, ticked, readOnly, onChange }: { common: Common; field: FormField; ticked: string; readOnly: boolean; onChange(v: string[]): void }) {
  return (
    <Radio.Group {...common} value={ticked} onChange={(v) => onChange(v ? [v] : [])} readOnly={readOnly}>
      <Group gap="lg" mt={6}>
        {(field.options ?? []).map((o) => (
          <Radio key={o} value={o} label={o} />
        ))}
        {!field.required && !readOnly && ticked && (
          <Button size="compact-xs" variant="subtle" color="gray" onClick={() => onChange([])}>
            {t('doc.editor.clearChoice')}
          </Button>
        )}
      </Group>
    </Radio.Group>
  );
}

/**
 * Yuan as typed. The contract stores a number, so the text is kept here while it is being typed
 * ("12." on the way to "12.50") and only a number or null goes to the form.
 */
function MoneyInput({ common, value, readOnly, onChange }: { common: Common; value: number | null; readOnly: boolean; onChange(v: number | null): void }) {
  const [text, setText] = useState(value === null ? '' : String(value));
  // A value set from outside (another window, a reload) replaces the text unless it says the same.
  useEffect(() => {
    setText((current) => (toAmount(current) === value ? current : value === null ? '' : String(value)));
  }, [value]);
  return (
    <TextInput
      {...common}
      value={text}
      readOnly={readOnly}
      inputMode="decimal"
      rightSection={
        <Text size="sm" c="dimmed">
          {t('doc.editor.yuan')}
        </Text>
      }
      rightSectionPointerEvents="none"
      className="zf-mono"
      onChange={(e) => {
        const typed = cleanAmount(e.currentTarget.value);
        setText(typed);
        onChange(toAmount(typed));
      }}
    />
  );
}

/** Figures, one decimal point and two decimals at most; full-width figures from Chinese IMEs become ASCII. */
function cleanAmount(raw: string): string {
  const ascii = raw.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[。．]/g, '.');
  const [whole = '', ...rest] = ascii.replace(/[^\d.]/g, '').split('.');
  // 万亿 and beyond cannot be printed on a form (the backend refuses them too).
  const integer = whole.slice(0, 12);
  return rest.length === 0 ? integer : `${integer}.${rest.join('').slice(0, 2)}`;
}

function toAmount(text: string): number | null {
  if (text === '' || text === '.') return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

/** The 当事人 block: person or organisation, then the attributes the form prints for that kind. */
function PartyInput({ common, field, party, readOnly, onChange }: { common: Common; field: FormField; party: PartyRow; readOnly: boolean; onChange(v: PartyRow): void }) {
  const kind = party.kind === 'individual' || party.kind === 'organisation' ? party.kind : '';
  const attributes = kind ? (field.party?.[kind] ?? []) : [];
  // Switching kind keeps what was typed under the other one: only the chosen kind prints.
  const set = (key: string, text: string) => onChange({ ...party, [key]: text });
  return (
    <Fieldset
      legend={
        <Text size="sm" fw={500} span>
          {common.label}
          {common.withAsterisk && (
            <Text span c="red" aria-hidden>
              {' *'}
            </Text>
          )}
        </Text>
      }
      variant="filled"
      p="sm"
      radius="sm"
    >
      <Stack gap="xs">
        {common.description && (
          <Text size="xs" c="dimmed">
            {common.description}
          </Text>
        )}
        <Radio.Group value={kind} onChange={(v) => set('kind', v)} readOnly={readOnly} label={t('doc.editor.partyKind')} size="sm">
          <Group gap="lg" mt={4}>
            {PARTY_KINDS.map((k) => (
              <Radio key={k.code} value={k.code} label={k.label} />
            ))}
          </Group>
        </Radio.Group>
        {kind === '' && !readOnly && (
          <Text size="xs" c="dimmed">
            {t('doc.editor.partyKindFirst')}
          </Text>
        )}
        {attributes.length > 0 && (
          <SimpleGrid cols={2} spacing="sm" verticalSpacing="xs">
            {attributes.map((a) => (
              <TextInput
                key={a.key}
                label={a.label}
                withAsterisk={field.required && a.key === 'name'}
                value={party[a.key] ?? ''}
                onChange={(e) => set(a.key, e.currentTarget.value)}
                readOnly={readOnly}
              />
            ))}
          </SimpleGrid>
        )}
        {common.error && (
          <Text size="xs" c="red" role="alert">
            {common.error}
          </Text>
        )}
      </Stack>
    </Fieldset>
  );
}

/** Rows of a table field: one input per cell (answers of a 笔录 run long, so cells grow), rows added and removed. */
function TableInput({ common, field, rows, readOnly, onChange }: { common: Common; field: FormField; rows: TableRow[]; readOnly: boolean; onChange(v: TableRow[]): void }) {
  const columns = field.columns ?? [];
  const emptyRow = (): TableRow => Object.fromEntries(columns.map((c) => [c.key, '']));
  const setCell = (i: number, key: string, text: string) => onChange(rows.map((r, j) => (j === i ? { ...r, [key]: text } : r)));

  return (
    <Input.Wrapper {...common} labelElement="div">
      <Stack gap={6} mt={4}>
        <Table withTableBorder withColumnBorders verticalSpacing={4} horizontalSpacing={6} className="zf-field-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={44}>{t('doc.editor.rowNo')}</Table.Th>
              {columns.map((c) => (
                <Table.Th key={c.key}>{c.label}</Table.Th>
              ))}
              {!readOnly && <Table.Th w={64} />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={columns.length + (readOnly ? 1 : 2)}>
                  <Text size="sm" c="dimmed">
                    {t('doc.editor.noRows')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
            {rows.map((row, i) => (
              <Table.Tr key={i}>
                <Table.Td ta="center">
                  <Text size="sm">{i + 1}</Text>
                </Table.Td>
                {columns.map((c) => (
                  <Table.Td key={c.key}>
                    <Textarea
                      size="xs"
                      autosize
                      minRows={1}
                      maxRows={10}
                      variant={readOnly ? 'unstyled' : 'default'}
                      aria-label={t('doc.editor.cellLabel', { column: c.label, n: i + 1 })}
                      value={row[c.key] ?? ''}
                      readOnly={readOnly}
                      onChange={(e) => setCell(i, c.key, e.currentTarget.value)}
                    />
                  </Table.Td>
                ))}
                {!readOnly && (
                  <Table.Td ta="center">
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color="red"
                      onClick={() => onChange(rows.filter((_, j) => j !== i))}
                      aria-label={t('doc.editor.removeRowLabel', { n: i + 1 })}
                    >
                      {t('doc.editor.removeRow')}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {!readOnly && (
          <Group>
            <Button size="compact-xs" variant="light" onClick={() => onChange([...rows, emptyRow()])}>
              {t('doc.editor.addRow')}
            </Button>
          </Group>
        )}
      </Stack>
    </Input.Wrapper>
  );
}
