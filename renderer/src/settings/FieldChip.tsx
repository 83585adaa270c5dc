/** A placeholder shown as the field it is filled from: a chip with the field's Chinese name. */
import { Badge } from '@mantine/core';
import { t } from '../i18n';

export function FieldChip({ label, field }: { label: string | null; field: string }) {
  return (
    <Badge
      component="span"
      size="sm"
      radius="sm"
      variant="light"
      color={label ? 'blue' : 'red'}
      tt="none"
      mx={2}
      style={{ verticalAlign: 'baseline', fontWeight: 500 }}
      title={label ? t('notices.chip.title', { label }) : t('notices.chip.unknown')}
      data-testid="field-chip"
    >
      {label ?? field}
    </Badge>
  );
}
