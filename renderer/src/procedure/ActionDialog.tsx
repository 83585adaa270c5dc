/**
 * The one dialog every procedural act goes through: it renders the act's fields from the table in
 * action-forms.ts, checks what it can before sending, and on a refusal keeps what was typed and
 * puts each message next to the field it concerns.
 */
import { Alert, Button, Checkbox, Group, List, Modal, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { labelOf } from '../../../main/contract/domain';
import { ACTIONS, MEASURE_KINDS, procedureAction, type ActionType, type ProcedureView } from '../../../main/contract/procedure';
import type { CaseDetail, Officer } from '../../../main/contract/schemas';
import { useWorkstation } from '../app/context';
import { DateField } from '../components/DateFields';
import { formatDate, t } from '../i18n';
import {
  ACTION_FIELDS,
  buildAction,
  defaultValues,
  fieldOfIssue,
  measuresFor,
  PENALTY_KEYS,
  undecidedPreservations,
  visibleFields,
  type FieldSpec,
  type FormValue,
  type FormValues,
  type ScheduleRow,
} from './action-forms';
import { PenaltyFields } from './PenaltyFields';
import { ScheduleEditor } from './ScheduleEditor';

interface Props {
  type: ActionType | null;
  view: ProcedureView;
  detail: CaseDetail;
  onClose(): void;
  /** The act took effect: the new view. */
  onDone(view: ProcedureView): void;
  /** The case changed under the dialog (CONFLICT): read it again, keep the dialog. */
  onStale(): void;
}

interface Failure {
  message: string;
  /** Issues no field of the dialog shows. */
  other: string[];
}

const str = (v: FormValue | undefined) => (typeof v === 'string' ? v : '');

export function ActionDialog({ type, view, detail, onClose, onDone, onStale }: Props) {
  const { backend } = useWorkstation();
  const [values, setValues] = useState<FormValues>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<Failure | null>(null);
  const [busy, setBusy] = useState(false);
  const [officers, setOfficers] = useState<Officer[] | null>(null);

  // A new act starts from its defaults; the view is read at that moment only, so a refresh while typing keeps the input.
  const [openedFor, setOpenedFor] = useState<ActionType | null>(null);
  if (type !== openedFor) {
    setOpenedFor(type);
    if (type) {
      setValues(defaultValues(type, view, { place: detail.place }));
      setErrors({});
      setFailure(null);
    }
  }

  const needsOfficers = type !== null && visibleFields(type, values).some((f) => f.kind === 'officer');
  useEffect(() => {
    if (!needsOfficers || officers) return;
    let live = true;
    void backend.call('officers.list', {}).then((r) => {
      if (live && r.ok) setOfficers(r.value);
    });
    return () => {
      live = false;
    };
  }, [backend, needsOfficers, officers]);

  const fields = useMemo(() => (type ? visibleFields(type, values) : []), [type, values]);

  const set = (key: string, value: FormValue) => {
    const implied = type ? (ACTION_FIELDS[type].find((f) => f.key === key)?.implies?.(value) ?? {}) : {};
    setValues((v) => ({ ...v, [key]: value, ...implied }));
    setErrors((e) => {
      if (!(key in e)) return e;
      const { [key]: _dropped, ...rest } = e;
      return rest;
    });
  };

  /** Puts each issue on its field; returns those no field shows. */
  const placeIssues = (issues: { path: string; message: string }[]): string[] => {
    const keys = [...fields.map((f) => f.key), ...Object.values(PENALTY_KEYS), 'circumstance', 'departureReason'];
    const placed: Record<string, string> = {};
    const other: string[] = [];
    for (const issue of issues) {
      const key = fieldOfIssue(issue.path, keys);
      if (key && !placed[key]) placed[key] = issue.message;
      else if (!key) other.push(issue.message);
    }
    setErrors(placed);
    return other;
  };

  const submit = async () => {
    if (!type || busy) return;
    setFailure(null);
    const built = buildAction(type, values);
    const local = Object.entries(built.errors).map(([path, key]) => ({ path, message: t(key) }));
    if (local.length === 0) {
      const parsed = procedureAction.safeParse(built.action);
      if (!parsed.success) local.push(...parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
    }
    if (local.length > 0) {
      const other = placeIssues(local);
      setFailure({ message: t('proc.dialog.invalid'), other });
      return;
    }
    setBusy(true);
    const r = await backend.call('procedure.act', { caseId: view.caseId, caseVersion: view.caseVersion, action: built.action });
    setBusy(false);
    if (r.ok) {
      onDone(r.value);
      return;
    }
    const other = placeIssues(r.error.issues ?? []);
    setFailure({ message: r.error.message, other });
    if (r.error.code === 'CONFLICT') onStale();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void submit();
    }
  };

  const field = (f: FieldSpec) => {
    const label = t(f.label);
    const error = errors[f.key];
    const common = { label, withAsterisk: f.required, error, description: f.hint ? t(f.hint) : undefined, 'data-field': f.key };
    switch (f.kind) {
      case 'date':
        return (
          <DateField key={f.key} {...common} max={f.future ? undefined : view.today} value={str(values[f.key])} onChange={(v) => set(f.key, v)} />
        );
      case 'text':
        return <TextInput key={f.key} {...common} value={str(values[f.key])} onChange={(e) => set(f.key, e.currentTarget.value)} />;
      case 'textarea':
        return <Textarea key={f.key} {...common} autosize minRows={3} maxRows={10} value={str(values[f.key])} onChange={(e) => set(f.key, e.currentTarget.value)} />;
      case 'yuan':
        return (
          <TextInput
            key={f.key}
            {...common}
            inputMode="decimal"
            rightSection={<Text size="xs" c="dimmed">{t('proc.unit.yuan')}</Text>}
            value={str(values[f.key])}
            onChange={(e) => set(f.key, e.currentTarget.value)}
          />
        );
      case 'days':
        return (
          <TextInput
            key={f.key}
            {...common}
            inputMode="numeric"
            w={200}
            rightSection={<Text size="xs" c="dimmed">{t('proc.unit.days')}</Text>}
            value={str(values[f.key])}
            onChange={(e) => set(f.key, e.currentTarget.value)}
          />
        );
      case 'checkbox':
        return (
          <Checkbox
            key={f.key}
            label={label}
            description={common.description}
            error={error}
            checked={values[f.key] === true}
            onChange={(e) => set(f.key, e.currentTarget.checked)}
            data-field={f.key}
          />
        );
      case 'select': {
        const data = f.options
          ? f.options.map((o) => ({ value: o.code, label: o.label }))
          : (f.optionKeys ?? []).map((o) => ({ value: o.code, label: t(o.label) }));
        return (
          <Select
            key={f.key}
            {...common}
            placeholder={t('proc.dialog.choose')}
            data={data}
            value={str(values[f.key]) || null}
            onChange={(v) => set(f.key, v ?? '')}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
        );
      }
      case 'officer': {
        const onCase = new Set(detail.officers.map((o) => o.id));
        const data = (officers ?? [])
          .filter((o) => o.active)
          .map((o) => ({
            value: String(o.id),
            label: onCase.has(o.id) ? t('proc.dialog.officerOnCase', { name: o.name }) : o.name,
            disabled: onCase.has(o.id),
          }));
        return (
          <Select key={f.key} {...common} placeholder={t('proc.dialog.choose')} data={data} value={str(values[f.key]) || null} onChange={(v) => set(f.key, v ?? '')} searchable />
        );
      }
      case 'measure': {
        const data = measuresFor(f.measures, view).map((m) => ({
          value: String(m.id),
          label: t(m.emergency && !m.approvedOn ? 'proc.dialog.emergencyMeasureOption' : 'proc.dialog.measureOption', {
            kind: labelOf(MEASURE_KINDS, m.kind),
            items: m.items,
            from: formatDate(m.startedOn),
            days: m.days + (m.extendedDays ?? 0),
          }),
        }));
        return (
          <Select
            key={f.key}
            {...common}
            placeholder={data.length ? t('proc.dialog.choose') : t('proc.dialog.noMeasure')}
            data={data}
            value={str(values[f.key]) || null}
            onChange={(v) => set(f.key, v ?? '')}
            comboboxProps={{ withinPortal: true }}
          />
        );
      }
      case 'preservation': {
        const data = undecidedPreservations(view).map((p) => ({
          value: String(p.id),
          label: t('proc.dialog.preservationOption', { items: p.items, from: formatDate(p.startedOn) }),
        }));
        return (
          <Select
            key={f.key}
            {...common}
            placeholder={data.length ? t('proc.dialog.choose') : t('proc.dialog.noPreservation')}
            data={data}
            value={str(values[f.key]) || null}
            onChange={(v) => set(f.key, v ?? '')}
            comboboxProps={{ withinPortal: true }}
          />
        );
      }
      case 'penalty':
        return <PenaltyFields key={f.key} values={values} errors={errors} set={set} cause={detail.cause} discretion={f.discretion === true} />;
      case 'schedule':
        return (
          <ScheduleEditor
            key={f.key}
            rows={Array.isArray(values[f.key]) ? (values[f.key] as ScheduleRow[]) : []}
            onChange={(rows) => set(f.key, rows)}
            errors={errors}
            outstanding={view.outstanding}
            today={view.today}
          />
        );
    }
  };

  return (
    <Modal opened={type !== null} onClose={busy ? () => undefined : onClose} title={type ? ACTIONS[type].label : ''} size="lg" closeOnClickOutside={false}>
      {type && (
        <form
          noValidate
          data-testid="action-dialog"
          data-action={type}
          onKeyDown={onKeyDown}
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              {t('proc.dialog.caseLine', { caseNumber: detail.caseNumber })}
            </Text>
            {fields.map(field)}
            {failure && (
              <Alert color="red" title={t('proc.dialog.refused')} data-testid="action-error">
                <Text size="sm">{failure.message}</Text>
                {failure.other.length > 0 && (
                  <List size="sm" mt={4}>
                    {failure.other.map((m, i) => (
                      <List.Item key={i}>{m}</List.Item>
                    ))}
                  </List>
                )}
              </Alert>
            )}
            <Group justify="flex-end" mt="xs">
              <Button variant="default" onClick={onClose} disabled={busy}>
                {t('proc.dialog.cancel')}
              </Button>
              <Button type="submit" loading={busy} data-testid="action-submit">
                {t('proc.dialog.submit', { label: ACTIONS[type].label })}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
