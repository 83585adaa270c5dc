/**
 * Marks one day 节假日 / 调休上班, or returns it to the weekday rule. Only the choices that change
 * how the day counts are offered: a weekday may become a holiday, a weekend day a working day.
 */
import { Alert, Button, Group, Modal, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { CallOutput } from '../../../../main/contract/api';
import type { CalendarDay } from '../../../../main/contract/procedure';
import { useWorkstation } from '../../app/context';
import { t } from '../../i18n';
import { describeState, formatDayWithWeekday, isWeekend } from './dates';

export type Mark = 'holiday' | 'workday' | 'normal';

export interface DaySaved {
  day: string;
  kind: Mark;
  result: CallOutput<'calendar.set'>;
}

function choicesFor(day: string, mark: CalendarDay | undefined): Mark[] {
  const weekend = isWeekend(day);
  const out: Mark[] = [];
  if (!weekend || mark?.kind === 'holiday') out.push('holiday');
  if (weekend || mark?.kind === 'workday') out.push('workday');
  if (mark) out.push('normal');
  return out;
}

export function DayDialog({ day, mark, onClose, onSaved }: { day: string; mark: CalendarDay | undefined; onClose(): void; onSaved(saved: DaySaved): void }) {
  const { backend } = useWorkstation();
  const choices = choicesFor(day, mark);
  const [kind, setKind] = useState<Mark>(mark?.kind ?? choices[0]);
  const [name, setName] = useState(mark?.name ?? '');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [nameError, setNameError] = useState<string | null>(null);

  const save = async () => {
    if (busy) return;
    setBusy(true);
    const r = await backend.call('calendar.set', { day, kind, name: kind === 'normal' ? '' : name.trim() });
    setBusy(false);
    if (!r.ok) {
      const onName = r.error.issues?.find((i) => i.path === 'name');
      setNameError(onName?.message ?? null);
      setFailure(r.error.message);
      return;
    }
    onSaved({ day, kind, result: r.value });
  };

  const weekend = isWeekend(day);
  return (
    <Modal opened onClose={onClose} title={formatDayWithWeekday(day)} centered data-testid="calendar-day-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Stack gap="sm">
          <Text size="sm" data-testid="calendar-day-current">
            {t('calendar.dialog.current', { state: describeState(day, mark) })}
          </Text>
          {failure && (
            <Alert color="red" title={t('calendar.dialog.failed')} role="alert" p="xs">
              {failure}
            </Alert>
          )}
          <Radio.Group
            label={t('calendar.dialog.kind')}
            description={t(weekend ? 'calendar.dialog.onlyWorkday' : 'calendar.dialog.onlyHoliday')}
            value={kind}
            onChange={(v) => {
              setKind(v as Mark);
              setFailure(null);
            }}
          >
            <Group gap="lg" mt={6}>
              {choices.map((c) => (
                <Radio key={c} value={c} label={t(`calendar.kind.${c}`)} />
              ))}
            </Group>
          </Radio.Group>
          {kind === 'normal' ? (
            <Text size="sm" c="dimmed">
              {t(weekend ? 'calendar.dialog.normalWeekend' : 'calendar.dialog.normalWeekday')}
            </Text>
          ) : (
            <TextInput
              label={t('calendar.dialog.name')}
              description={t('calendar.dialog.nameHint')}
              placeholder={t('calendar.dialog.namePlaceholder')}
              value={name}
              maxLength={20}
              error={nameError}
              data-autofocus
              onChange={(e) => {
                setName(e.currentTarget.value);
                setNameError(null);
                setFailure(null);
              }}
            />
          )}
          <Text size="xs" c="dimmed">
            {t('calendar.dialog.recomputeHint')}
          </Text>
          <Group justify="flex-end" mt="xs">
            <Button variant="default" onClick={onClose}>
              {t('calendar.dialog.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('calendar.dialog.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
