/**
 * The one way a screen asks for a date, or a date and a time.
 *
 * The browser's own date, time and datetime-local inputs follow the PC's locale (mm/dd/yyyy,
 * 09:30 AM on the office machines), so the same date reads one way in a box and another way
 * everywhere else. These boxes show 2026年12月4日 and 24-hour times, take what a clerk types
 * (see date-parse.ts) and hand the screen the ISO strings it stored before: `YYYY-MM-DD`,
 * `YYYY-MM-DDTHH:mm`, or '' when empty.
 */
import { DateInput, type DateInputProps } from '@mantine/dates';
import { useState, type FocusEvent, type Ref } from 'react';
import { t, type MessageKey } from '../i18n';
import { parseDateText, parseDateTimeText } from './date-parse';

type Passed = Omit<DateInputProps, 'value' | 'defaultValue' | 'onChange' | 'valueFormat' | 'dateParser' | 'withTime' | 'minDate' | 'maxDate'> & { ref?: Ref<HTMLInputElement> };

interface DateFieldProps extends Passed {
  /** `YYYY-MM-DD`, or '' for none. */
  value: string;
  onChange(value: string): void;
  /** Earliest/latest day the calendar offers (`YYYY-MM-DD`). A typed day outside still reaches the form, whose check names the rule. */
  min?: string;
  max?: string;
}

// Calendar captions in the app's own wording instead of dayjs' 十二月 2026.
const calendarLabels = {
  monthLabelFormat: 'YYYY年M月',
  yearLabelFormat: 'YYYY年',
  decadeLabelFormat: 'YYYY年',
} as const;

function outside(min?: string, max?: string) {
  if (!min && !max) return undefined;
  return (day: string) => (!!min && day < min) || (!!max && day > max);
}

/**
 * Text the box cannot read is not silently dropped, nor is a day read from the first keys of it
 * (2031年2月3 on the way to 2031年2月30日) kept: on leaving the box the value is emptied and a hint
 * under the box quotes what was not understood.
 */
function useUnreadable(read: (text: string) => string | null, message: MessageKey, clearValue: () => void) {
  const [unreadable, setUnreadable] = useState<string | null>(null);
  const onBlur = (e: FocusEvent<HTMLInputElement>) => {
    const text = e.currentTarget.value.trim();
    const bad = text !== '' && !read(text);
    setUnreadable(bad ? text : null);
    if (bad) clearValue();
  };
  const hint = unreadable ? t(message, { text: unreadable }) : undefined;
  return { onBlur, hint, clear: () => setUnreadable(null) };
}

export function DateField({ value, onChange, min, max, error, onBlur, placeholder, ...rest }: DateFieldProps) {
  const unread = useUnreadable(parseDateText, 'dates.unreadableDate', () => onChange(''));
  return (
    <DateInput
      {...calendarLabels}
      {...rest}
      value={value || null}
      onChange={(v) => {
        unread.clear();
        onChange(v ? v.slice(0, 10) : '');
      }}
      valueFormat={t('format.date')}
      dateParser={parseDateText}
      allowDeselect
      excludeDate={outside(min, max)}
      placeholder={placeholder ?? t('dates.placeholderDate')}
      error={error || unread.hint}
      onBlur={(e) => {
        unread.onBlur(e);
        onBlur?.(e);
      }}
    />
  );
}

interface DateTimeFieldProps extends Omit<DateFieldProps, 'min' | 'max'> {
  /** `YYYY-MM-DDTHH:mm`, or '' for none. */
  value: string;
}

/** Mantine keeps date-times as `YYYY-MM-DD HH:mm:ss`; the forms keep `YYYY-MM-DDTHH:mm` as the datetime-local box did. */
const toMantine = (iso: string) => (iso.length >= 16 ? `${iso.slice(0, 10)} ${iso.slice(11, 16)}:00` : null);

export function DateTimeField({ value, onChange, error, onBlur, placeholder, ...rest }: DateTimeFieldProps) {
  const unread = useUnreadable(parseDateTimeText, 'dates.unreadableDateTime', () => onChange(''));
  return (
    <DateInput
      {...calendarLabels}
      {...rest}
      withTime
      value={toMantine(value)}
      onChange={(v) => {
        unread.clear();
        if (!v) return onChange('');
        // A day picked on the calendar comes without a time: keep the time already typed.
        const time = v.length >= 16 ? v.slice(11, 16) : value.slice(11, 16) || '00:00';
        onChange(`${v.slice(0, 10)}T${time}`);
      }}
      valueFormat={t('format.dateTime')}
      dateParser={(text) => {
        const iso = parseDateTimeText(text);
        return iso ? toMantine(iso) : null;
      }}
      allowDeselect
      placeholder={placeholder ?? t('dates.placeholderDateTime')}
      error={error || unread.hint}
      onBlur={(e) => {
        unread.onBlur(e);
        onBlur?.(e);
      }}
    />
  );
}
