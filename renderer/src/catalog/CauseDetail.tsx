/** One 案由 opened in the catalogue: its legal basis, the penalty the law sets and its 裁量基准 tiers. */
import { SimpleGrid, Stack, Table, Text } from '@mantine/core';
import type { CauseRecord } from '../../../main/contract/catalog';
import { t, type MessageKey } from '../i18n';
import { rangeText, tierRangeText } from './model';

function Item({ label, children }: { label: MessageKey; children: string }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">
        {t(label)}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {children}
      </Text>
    </Stack>
  );
}

export function CauseDetail({ record: r }: { record: CauseRecord }) {
  return (
    <Stack gap="sm" py={4}>
      <SimpleGrid cols={2} spacing="sm" verticalSpacing="xs">
        <Item label="catalog.detail.legalBasis">{r.legalBasis}</Item>
        <Item label="catalog.detail.penaltyBasis">{r.penaltyBasis}</Item>
      </SimpleGrid>
      <Item label="catalog.detail.penaltyRange">{r.penaltyRange}</Item>
      <Item label="catalog.detail.statutory">{rangeText(r.fineMin, r.fineMax)}</Item>
      <Stack gap={4}>
        <Text size="xs" c="dimmed">
          {t('catalog.detail.tiers')}
        </Text>
        {r.discretion.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('catalog.detail.noTiers')}
          </Text>
        ) : (
          <Table withTableBorder verticalSpacing={4} bg="white" data-testid="catalog-tiers">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={120}>{t('catalog.tier.circumstance')}</Table.Th>
                <Table.Th w={160}>{t('catalog.tier.range')}</Table.Th>
                <Table.Th>{t('catalog.tier.description')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {r.discretion.map((tier) => (
                <Table.Tr key={tier.circumstance}>
                  <Table.Td>{tier.circumstance}</Table.Td>
                  <Table.Td>{tierRangeText(tier.fineMin, tier.fineMax)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{tier.description}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Stack>
  );
}
