/**
 * One officer's record: name, unit, 执法证 (number, issuing body, validity), the 执法门类 it
 * covers, status, the provincial identifier, and training rows (课程, 学时, 日期). What the backend
 * refuses is shown under its box; a training row's problem under that row.
 */
import { ActionIcon, Alert, Button, Group, Modal, MultiSelect, NumberInput, Select, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { CATEGORIES, type Category } from '../../../main/contract/domain';
import { OFFICER_STATUSES, type OfficerRecord, type OfficerSaveInput, type OfficerStatusCode } from '../../../main/contract/people';
import { useWorkstation } from '../app/context';
import { DateField } from '../components/DateFields';
import { t } from '../i18n';
import { placeRefusal } from '../session/refusal';

interface TrainingDraft {
  course: string;
  hours: number | '';
  on: string;
}

interface Draft {
  name: string;
  unit: string;
  certNo: string;
  certIssuer: string;
  certValidFrom: string;
  certValidTo: string;
  categories: Category[];
  status: OfficerStatusCode;
  provincialId: string;
  trainings: TrainingDraft[];
}

const TOP_FIELDS = ['name', 'unit', 'certNo', 'certIssuer', 'certValidFrom', 'certValidTo', 'categories', 'status', 'provincialId', 'trainings'] as const;

function draftOf(o: OfficerRecord | null, unit: string): Draft {
  return {
    name: o?.name ?? '',
    unit: o?.unit ?? unit,
    certNo: o?.certNo ?? '',
    certIssuer: o?.certIssuer ?? '',
    certValidFrom: o?.certValidFrom ?? '',
    certValidTo: o?.certValidTo ?? '',
    categories: o ? [...o.categories] : [],
    status: o?.status ?? 'on_duty',
    provincialId: o?.provincialId ?? '',
    trainings: (o?.trainings ?? []).map((tr) => ({ course: tr.course, hours: tr.hours, on: tr.on })),
  };
}

/** An issue's box: `certNo`, or a training row's cell `trainings.2.hours`. */
function fieldOf(path: string): string | null {
  if ((TOP_FIELDS as readonly string[]).includes(path)) return path;
  const m = /^trainings\.(\d+)\.(course|hours|on)$/.exec(path);
  if (m) return path;
  if (/^categories\.\d+$/.test(path)) return 'categories';
  return null;
}

export interface OfficerDialogProps {
  editing: OfficerRecord | 'new' | null;
  onClose(): void;
  onSaved(officer: OfficerRecord): void;
}

export function OfficerDialog({ editing, onClose, onSaved }: OfficerDialogProps) {
  const { backend, session } = useWorkstation();
  const existing = editing !== null && editing !== 'new' ? editing : null;
  const [draft, setDraft] = useState<Draft>(() => draftOf(null, session.office.name));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [banner, setBanner] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (editing === null) return;
    setDraft(draftOf(existing, session.office.name));
    setErrors({});
    setBanner(null);
  }, [editing, existing, session.office.name]);

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setErrors((e) => {
      if (!(key in e)) return e;
      const rest = { ...e };
      delete rest[key];
      return rest;
    });
  };
  const setTraining = (i: number, patch: Partial<TrainingDraft>) =>
    setDraft((d) => ({ ...d, trainings: d.trainings.map((tr, j) => (j === i ? { ...tr, ...patch } : tr)) }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setBanner(null);
    const input: OfficerSaveInput = {
      ...(existing ? { id: existing.id, version: existing.version } : {}),
      name: draft.name,
      unit: draft.unit,
      certNo: draft.certNo,
      certIssuer: draft.certIssuer,
      certValidFrom: draft.certValidFrom,
      certValidTo: draft.certValidTo,
      categories: draft.categories,
      status: draft.status,
      provincialId: draft.provincialId.trim() === '' ? null : draft.provincialId,
      // A blank 学时 is sent as it is (NaN would not cross JSON): the backend says it is missing.
      trainings: draft.trainings.map((tr) => ({ course: tr.course, hours: tr.hours === '' ? (undefined as unknown as number) : tr.hours, on: tr.on })),
    };
    const r = await backend.call('officers.save', input);
    setBusy(false);
    if (!r.ok) {
      const placed = placeRefusal<string>(r.error, fieldOf, { OFFICER_CERT_NO_TAKEN: 'certNo' });
      setErrors(placed.byField as Record<string, string>);
      setBanner(placed.banner ? [placed.banner, ...placed.items].join('；') : placed.items.length ? placed.items.join('；') : null);
      return;
    }
    onSaved(r.value);
  };

  return (
    <Modal opened={editing !== null} onClose={onClose} title={existing ? t('officers.editTitle', { name: existing.name }) : t('officers.createTitle')} size="xl" centered>
      <form onSubmit={submit} noValidate data-testid="officer-dialog">
        <Stack gap="sm">
          {banner && (
            <Alert color="red" role="alert">
              {banner}
            </Alert>
          )}
          <SimpleGrid cols={2}>
            <TextInput label={t('officers.col.name')} value={draft.name} onChange={(e) => set('name', e.currentTarget.value)} error={errors.name} required data-autofocus />
            <TextInput label={t('officers.col.unit')} value={draft.unit} onChange={(e) => set('unit', e.currentTarget.value)} error={errors.unit} required />
            <TextInput label={t('officers.col.certNo')} value={draft.certNo} onChange={(e) => set('certNo', e.currentTarget.value)} error={errors.certNo} required />
            <TextInput label={t('officers.col.certIssuer')} value={draft.certIssuer} onChange={(e) => set('certIssuer', e.currentTarget.value)} error={errors.certIssuer} required />
            <DateField label={t('officers.validFrom')} value={draft.certValidFrom} onChange={(v) => set('certValidFrom', v)} error={errors.certValidFrom} required />
            <DateField label={t('officers.validTo')} value={draft.certValidTo} onChange={(v) => set('certValidTo', v)} error={errors.certValidTo} required />
          </SimpleGrid>
          <MultiSelect
            label={t('officers.col.categories')}
            description={t('officers.categoriesHint')}
            data={CATEGORIES.map((c) => ({ value: c.code, label: c.label }))}
            value={draft.categories}
            onChange={(v) => set('categories', v as Category[])}
            error={errors.categories}
            searchable
            required
          />
          <SimpleGrid cols={2}>
            <Select
              label={t('officers.col.status')}
              data={OFFICER_STATUSES.map((s) => ({ value: s.code, label: s.label }))}
              value={draft.status}
              onChange={(v) => v && set('status', v as OfficerStatusCode)}
              error={errors.status}
              allowDeselect={false}
              required
            />
            <TextInput
              label={t('officers.provincialId')}
              description={t('officers.provincialIdHint')}
              value={draft.provincialId}
              onChange={(e) => set('provincialId', e.currentTarget.value)}
              error={errors.provincialId}
            />
          </SimpleGrid>

          <Stack gap={4} data-testid="officer-trainings">
            <Group justify="space-between">
              <Text size="sm" fw={500}>
                {t('officers.trainings')}
              </Text>
              <Button size="compact-xs" variant="light" onClick={() => set('trainings', [...draft.trainings, { course: '', hours: '', on: '' }])}>
                {t('officers.addTraining')}
              </Button>
            </Group>
            {errors.trainings && (
              <Text size="xs" c="red">
                {errors.trainings}
              </Text>
            )}
            {draft.trainings.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('officers.noTrainings')}
              </Text>
            ) : (
              <Table verticalSpacing={4} withRowBorders={false}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('officers.training.course')}</Table.Th>
                    <Table.Th w={120}>{t('officers.training.hours')}</Table.Th>
                    <Table.Th w={170}>{t('officers.training.on')}</Table.Th>
                    <Table.Th w={40} />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {draft.trainings.map((tr, i) => (
                    <Table.Tr key={i} data-testid="training-row">
                      <Table.Td>
                        <TextInput
                          aria-label={t('officers.training.courseOf', { n: i + 1 })}
                          value={tr.course}
                          onChange={(e) => setTraining(i, { course: e.currentTarget.value })}
                          error={errors[`trainings.${i}.course`]}
                        />
                      </Table.Td>
                      <Table.Td>
                        <NumberInput
                          aria-label={t('officers.training.hoursOf', { n: i + 1 })}
                          value={tr.hours}
                          min={0}
                          decimalScale={1}
                          hideControls
                          onChange={(v) => setTraining(i, { hours: typeof v === 'number' ? v : v === '' ? '' : Number(v) })}
                          error={errors[`trainings.${i}.hours`]}
                        />
                      </Table.Td>
                      <Table.Td>
                        <DateField
                          aria-label={t('officers.training.onOf', { n: i + 1 })}
                          value={tr.on}
                          onChange={(v) => setTraining(i, { on: v })}
                          error={errors[`trainings.${i}.on`]}
                        />
                      </Table.Td>
                      <Table.Td>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={t('officers.training.remove', { n: i + 1 })}
                          onClick={() => set('trainings', draft.trainings.filter((_, j) => j !== i))}
                        >
                          ×
                        </ActionIcon>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Stack>

          <Group justify="flex-end" gap="sm" mt="xs">
            <Button variant="default" onClick={onClose} disabled={busy}>
              {t('officers.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('officers.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
