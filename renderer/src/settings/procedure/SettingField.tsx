/** One 程序设置 row: the input with its unit, where the value comes from, and the default to go back to. */
import { Box, Button, Group, NumberInput, Stack, Switch, Text, TextInput } from '@mantine/core';
import { t } from '../../i18n';
import { boundsOf, FIELDS, formatValue, type DraftValue, type SettingKey } from './fields';

export interface SettingFieldProps {
  settingKey: SettingKey;
  value: DraftValue;
  defaultValue: number | boolean | string;
  source: string;
  error?: string;
  /** Dimmed because another setting makes it irrelevant for now; still editable. */
  inactive?: boolean;
  /** Out of use while the switch it depends on is off: shown, not editable. */
  disabled?: boolean;
  onChange(value: DraftValue): void;
}

export function SettingField({ settingKey, value, defaultValue, source, error, inactive, disabled, onChange }: SettingFieldProps) {
  const spec = FIELDS[settingKey];
  const label = t(spec.label);
  const isDefault = value === defaultValue;

  let input;
  if (spec.kind === 'flag') {
    input = (
      <Switch
        label={label}
        description={source}
        checked={value === true}
        error={error}
        onChange={(e) => onChange(e.currentTarget.checked)}
        styles={{ body: { alignItems: 'flex-start' } }}
      />
    );
  } else if (spec.kind === 'basis') {
    input = (
      <TextInput
        label={label}
        description={source}
        placeholder={t(spec.placeholder)}
        withAsterisk={!disabled}
        disabled={disabled}
        value={typeof value === 'string' ? value : ''}
        error={error}
        maxLength={200}
        onChange={(e) => onChange(e.currentTarget.value)}
      />
    );
  } else {
    const { min, max } = boundsOf(settingKey);
    const unit = t(spec.unit);
    input = (
      <NumberInput
        label={label}
        description={source}
        value={typeof value === 'number' ? value : ''}
        error={error}
        disabled={disabled}
        min={min}
        max={max}
        clampBehavior="none"
        allowDecimal={false}
        allowNegative={false}
        thousandSeparator=","
        hideControls
        styles={{ wrapper: { maxWidth: 300 } }}
        rightSection={
          <Text size="sm" c="dimmed" pr={8} style={{ whiteSpace: 'nowrap' }}>
            {unit}
          </Text>
        }
        rightSectionWidth={unit.length * 14 + 16}
        rightSectionPointerEvents="none"
        onChange={(v) => onChange(typeof v === 'number' ? v : v.trim() === '' ? '' : Number(v.replace(/,/g, '')))}
      />
    );
  }

  return (
    <Box data-path={settingKey} data-testid="setting" data-key={settingKey} py="sm" data-disabled={disabled ? 'true' : undefined} style={{ borderTop: '1px solid var(--mantine-color-gray-2)', opacity: inactive || disabled ? 0.6 : 1 }}>
      <Group align="flex-start" justify="space-between" wrap="nowrap" gap="lg">
        <Box style={{ flex: 1, minWidth: 0 }}>{input}</Box>
        <Stack gap={2} align="flex-end" style={{ flexShrink: 0 }}>
          <Text size="xs" c="dimmed" data-testid="setting-default">
            {t('procSettings.default', { value: formatValue(settingKey, defaultValue) })}
          </Text>
          {!isDefault && (
            <Text size="xs" c="orange.8">
              {t('procSettings.changedFromDefault')}
            </Text>
          )}
          <Button variant="subtle" size="compact-xs" disabled={isDefault || disabled} onClick={() => onChange(defaultValue)} title={t('procSettings.default', { value: formatValue(settingKey, defaultValue) })}>
            {t('procSettings.restore')}
          </Button>
        </Stack>
      </Group>
    </Box>
  );
}
