/**
 * The penalty block of an act (warning, amounts, licence action …) and, for the 调查终结 proposal
 * and the proposed decision, the 裁量基准 tier with the departure check.
 */
import { Alert, Checkbox, Fieldset, Group, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { PENALTY_LICENCE_ACTIONS } from '../../../main/contract/procedure';
import type { Cause } from '../../../main/contract/schemas';
import { t } from '../i18n';
import { PENALTY_KEYS, parseYuan, type FormValue, type FormValues } from './action-forms';
import { departureOf, tierOf } from './discretion';
import { formatYuan } from './format';

interface Props {
  values: FormValues;
  errors: Record<string, string>;
  set(key: string, value: FormValue): void;
  cause: Cause;
  /** Offer the 裁量基准 tiers and ask for a reason when the fine departs from them. */
  discretion: boolean;
}

const str = (v: FormValue | undefined) => (typeof v === 'string' ? v : '');

export function rangeText(min: number | null, max: number | null): string {
  if (min !== null && max !== null) return t('proc.penalty.range', { min: formatYuan(min), max: formatYuan(max) });
  if (max !== null) return t('proc.penalty.rangeMax', { max: formatYuan(max) });
  if (min !== null) return t('proc.penalty.rangeMin', { min: formatYuan(min) });
  return '';
}

export function PenaltyFields({ values, errors, set, cause, discretion }: Props) {
  const fine = parseYuan(str(values[PENALTY_KEYS.fine]), 0);
  const circumstance = str(values.circumstance);
  const tier = tierOf(cause, circumstance);
  const departure = discretion ? departureOf(cause, circumstance, fine) : null;
  const statutory = rangeText(cause.fineMin, cause.fineMax);

  const amount = (key: string, label: string) => (
    <TextInput
      label={label}
      rightSection={<Text size="xs" c="dimmed">{t('proc.unit.yuan')}</Text>}
      inputMode="decimal"
      value={str(values[key])}
      onChange={(e) => set(key, e.currentTarget.value)}
      error={errors[key]}
      data-field={key}
    />
  );

  return (
    <Fieldset legend={t('proc.field.penalty')} data-testid="penalty-fields">
      <Stack gap="sm">
        {discretion && cause.discretion.length > 0 && (
          <Group align="flex-end" gap="md" wrap="nowrap">
            <Select
              label={t('proc.field.circumstance')}
              placeholder={t('proc.penalty.circumstancePlaceholder')}
              data={cause.discretion.map((d) => ({ value: d.circumstance, label: d.circumstance }))}
              value={circumstance || null}
              onChange={(v) => set('circumstance', v ?? '')}
              clearable
              error={errors.circumstance}
              style={{ flex: 1 }}
              data-field="circumstance"
            />
            <Text size="sm" c="dimmed" pb={8} data-testid="tier-range" style={{ flex: 1 }}>
              {tier ? t('proc.penalty.tierRange', { range: rangeText(tier.fineMin, tier.fineMax) }) : t('proc.penalty.noTier')}
            </Text>
          </Group>
        )}
        {tier?.description && (
          <Text size="xs" c="dimmed">
            {tier.description}
          </Text>
        )}
        {statutory && (
          <Text size="xs" c="dimmed" data-testid="statutory-range">
            {t('proc.penalty.statutory', { range: statutory })}
          </Text>
        )}
        <Checkbox
          label={t('proc.field.warning')}
          checked={values[PENALTY_KEYS.warning] === true}
          onChange={(e) => set(PENALTY_KEYS.warning, e.currentTarget.checked)}
        />
        <SimpleGrid cols={3} spacing="sm">
          {amount(PENALTY_KEYS.fine, t('proc.field.fine'))}
          {amount(PENALTY_KEYS.confiscatedGain, t('proc.field.confiscatedGain'))}
          {amount(PENALTY_KEYS.confiscatedPropertyValue, t('proc.field.confiscatedPropertyValue'))}
        </SimpleGrid>
        {departure && (
          <Alert color="orange" variant="light" p="xs" data-testid="departure-warning">
            <Stack gap={2}>
              {departure.tier && (
                <Text size="sm">{t('proc.penalty.outOfTier', { circumstance: departure.tier.circumstance, range: rangeText(departure.tier.fineMin, departure.tier.fineMax) })}</Text>
              )}
              {departure.noTier && <Text size="sm">{t('proc.penalty.noTierChosen')}</Text>}
              {departure.statutory && <Text size="sm">{t('proc.penalty.outOfLaw', { range: statutory })}</Text>}
            </Stack>
          </Alert>
        )}
        {discretion && (departure || str(values.departureReason) || errors.departureReason) && (
          <Textarea
            label={t('proc.field.departureReason')}
            description={departure ? t('proc.penalty.reasonRequired') : undefined}
            withAsterisk={departure !== null}
            autosize
            minRows={2}
            value={str(values.departureReason)}
            onChange={(e) => set('departureReason', e.currentTarget.value)}
            error={errors.departureReason}
            data-field="departureReason"
          />
        )}
        <SimpleGrid cols={2} spacing="sm">
          <Select
            label={t('proc.field.licenceAction')}
            data={PENALTY_LICENCE_ACTIONS.map((a) => ({ value: a.code, label: a.label }))}
            value={str(values[PENALTY_KEYS.licenceAction]) || 'none'}
            onChange={(v) => set(PENALTY_KEYS.licenceAction, v ?? 'none')}
            allowDeselect={false}
            error={errors[PENALTY_KEYS.licenceAction]}
          />
          <Checkbox
            mt={28}
            label={t('proc.field.businessRestriction')}
            checked={values[PENALTY_KEYS.businessRestriction] === true}
            onChange={(e) => set(PENALTY_KEYS.businessRestriction, e.currentTarget.checked)}
          />
        </SimpleGrid>
        <TextInput
          label={t('proc.field.otherPenalty')}
          value={str(values[PENALTY_KEYS.other])}
          onChange={(e) => set(PENALTY_KEYS.other, e.currentTarget.value)}
          error={errors[PENALTY_KEYS.other]}
        />
        {errors.penalty && (
          <Text size="sm" c="red">
            {errors.penalty}
          </Text>
        )}
      </Stack>
    </Fieldset>
  );
}
