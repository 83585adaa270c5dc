import { Button, Group, Paper, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { CONVEYANCE_KINDS, labelOf, type ConveyanceKind } from '../../../main/contract/domain';
import { t } from '../i18n';
import { PLATE_COLORS, type ConveyanceDraft } from './draft';
import type { FieldKit } from './fields';

interface Props {
  index: number;
  conveyance: ConveyanceDraft;
  fields: FieldKit;
  onChange(conveyance: ConveyanceDraft, changed: string[]): void;
  onRemove(): void;
}

export function ConveyanceCard({ index, conveyance: c, fields, onChange, onRemove }: Props) {
  const n = index + 1;
  const path = (f: keyof ConveyanceDraft) => `conveyances.${index}.${f}`;
  const set = (patch: Partial<ConveyanceDraft>) => onChange({ ...c, ...patch }, Object.keys(patch));
  const kinds = useMemo(() => CONVEYANCE_KINDS.map((k) => ({ value: k.code, label: k.label })), []);
  const colors = useMemo(() => PLATE_COLORS.map((x) => ({ value: x, label: x })), []);
  const common = (f: keyof ConveyanceDraft) => ({
    ref: fields.register(path(f)),
    error: fields.error(path(f)),
    onBlur: () => fields.blur(path(f)),
  });
  const kindLabel = labelOf(CONVEYANCE_KINDS, c.kind);
  const vehicle = c.kind === 'vehicle';

  return (
    <Paper withBorder p="sm" radius="sm" data-testid={`conveyance-${index}`} bg="gray.0">
      <Group justify="space-between" mb={6}>
        <Text fw={600} size="sm">
          {t('reg.conveyanceHeading', { kind: kindLabel, n })}
        </Text>
        <Button size="compact-sm" variant="subtle" color="red" onClick={onRemove} aria-label={t('reg.removeConveyanceLabel', { kind: kindLabel, n })}>
          {t('reg.removeConveyance')}
        </Button>
      </Group>
      <SimpleGrid cols={4} spacing="sm">
        <Select
          label={t('reg.conveyanceKind')}
          data={kinds}
          value={c.kind}
          allowDeselect={false}
          onChange={(v) => {
            const kind = (v ?? 'vehicle') as ConveyanceKind;
            set({ kind, plateColor: kind === 'vehicle' ? (c.plateColor ?? PLATE_COLORS[0]) : null });
          }}
          {...common('kind')}
        />
        <TextInput
          label={vehicle ? t('reg.plate') : t('reg.vesselName')}
          required
          value={c.plate}
          onChange={(e) => set({ plate: e.currentTarget.value })}
          autoComplete="off"
          spellCheck={false}
          {...common('plate')}
        />
        {vehicle ? (
          <Select
            label={t('reg.plateColor')}
            data={colors}
            value={c.plateColor}
            onChange={(v) => set({ plateColor: v })}
            {...common('plateColor')}
          />
        ) : (
          <div />
        )}
        <TextInput
          label={vehicle ? t('reg.vehicleModel') : t('reg.vesselModel')}
          value={c.model}
          onChange={(e) => set({ model: e.currentTarget.value })}
          {...common('model')}
        />
      </SimpleGrid>
    </Paper>
  );
}
