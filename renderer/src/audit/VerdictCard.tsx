import { Alert, Box, Text } from '@mantine/core';
import type { AuditVerdict } from '../../../main/contract/audit';
import { formatDateTime, t } from '../i18n';
import { entityLabel, formatAt, formatDuration } from './format';

/**
 * The outcome of a 校验: green with the count when every entry fits, red with the first entry that
 * does not. `actionLabel` is the Chinese name of that entry's action when the log still holds it.
 */
export function VerdictCard({ verdict: v, actionLabel }: { verdict: AuditVerdict; actionLabel: string | null }) {
  const checkedAt = formatDateTime(v.checkedAt);
  const entries = v.entries.toLocaleString('zh-CN');
  if (v.intact || !v.brokenAt) {
    return (
      <Alert color="green" variant="light" title={t('audit.verify.intactTitle')} data-testid="audit-verdict" data-intact="true">
        <Text size="sm">{t('audit.verify.intactBody', { entries, took: formatDuration(v.tookMs), checkedAt })}</Text>
        <Text size="xs" c="dimmed" mt={4}>
          {t('audit.verify.tailNote')}
        </Text>
      </Alert>
    );
  }
  const b = v.brokenAt;
  return (
    <Alert color="red" variant="light" title={t('audit.verify.brokenTitle', { id: b.id })} data-testid="audit-verdict" data-intact="false" role="alert">
      <Text size="sm" fw={500}>
        {t(`audit.verify.problem.${b.problem}`)}
      </Text>
      <Text size="sm" mt={4}>
        {t('audit.verify.brokenBody', { entries, took: formatDuration(v.tookMs), checkedAt })}
      </Text>
      <Text size="sm" fw={600} mt="sm">
        {t('audit.verify.brokenEntry')}
      </Text>
      <dl className="zf-facts" data-testid="audit-broken-entry">
        {(
          [
            [t('audit.col.id'), String(b.id)],
            [t('audit.col.at'), formatAt(b.at)],
            [t('audit.col.actor'), b.actorName],
            [t('audit.col.action'), actionLabel ?? b.action],
            [t('audit.col.entity'), t('audit.entityRef', { entity: entityLabel(b.entity), id: b.entityId })],
          ] as const
        ).map(([label, value]) => (
          <Box key={label} style={{ display: 'contents' }}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </Box>
        ))}
      </dl>
    </Alert>
  );
}
