import { Alert, Box, Text } from '@mantine/core';
import type { AuditVerdict } from '../../../main/contract/audit';
import { formatDateTime, t } from '../i18n';
import { entityLabel, formatAt, formatDuration } from './format';

/** The key eras as verified: each era's entries, where its key is kept and whether it could be used. */
function EraList({ verdict: v }: { verdict: AuditVerdict }) {
  if (v.eras.length === 0) return null;
  const n = (x: number) => x.toLocaleString('zh-CN');
  return (
    <Box mt="xs" data-testid="audit-eras">
      <Text size="xs" fw={600}>
        {t('audit.verify.eras')}
      </Text>
      {v.legacyEntries > 0 && (
        <Text size="xs" c="dimmed">
          {t('audit.verify.legacy', { entries: n(v.legacyEntries) })}
        </Text>
      )}
      {v.eras.map((e) => (
        <Text size="xs" key={e.era} c={e.keyAvailable ? undefined : 'orange'} data-era={e.era} data-key-available={String(e.keyAvailable)}>
          {t('audit.verify.era', {
            era: e.era,
            range: e.lastId === null ? t('audit.verify.rangeEmpty') : t('audit.verify.range', { first: e.firstId, last: e.lastId }),
            entries: n(e.entries),
            store: t(`audit.verify.store.${e.store}`),
            key: e.keyAvailable ? t('audit.verify.keyOk') : t('audit.verify.keyMissing', { problem: e.keyProblem }),
          })}
        </Text>
      ))}
    </Box>
  );
}

/** The broken entry's action and object as `audit.list` names them. */
export interface BrokenEntryNames {
  actionLabel: string;
  entityLabel: string;
}

/**
 * The outcome of a 校验: green with the count when every entry fits, orange when no break was found
 * but some era's key was unavailable (those entries are not called intact), red with the first
 * entry that does not fit. `entry` holds the Chinese names of that entry's action and object when the log still holds it.
 */
export function VerdictCard({ verdict: v, entry }: { verdict: AuditVerdict; entry: BrokenEntryNames | null }) {
  const checkedAt = formatDateTime(v.checkedAt);
  const entries = v.entries.toLocaleString('zh-CN');
  if (v.intact) {
    return (
      <Alert color="green" variant="light" title={t('audit.verify.intactTitle')} data-testid="audit-verdict" data-intact="true">
        <Text size="sm">{t('audit.verify.intactBody', { entries, took: formatDuration(v.tookMs), checkedAt })}</Text>
        <EraList verdict={v} />
        <Text size="xs" c="dimmed" mt={4}>
          {t('audit.verify.tailNote')}
        </Text>
      </Alert>
    );
  }
  if (!v.brokenAt) {
    return (
      <Alert color="orange" variant="light" title={t('audit.verify.uncheckedTitle')} data-testid="audit-verdict" data-intact="false" data-status={v.status}>
        <Text size="sm">
          {t('audit.verify.uncheckedBody', { unchecked: v.unchecked.toLocaleString('zh-CN'), entries, took: formatDuration(v.tookMs), checkedAt })}
        </Text>
        <EraList verdict={v} />
      </Alert>
    );
  }
  const b = v.brokenAt;
  return (
    <Alert color="red" variant="light" title={t('audit.verify.brokenTitle', { id: b.id })} data-testid="audit-verdict" data-intact="false" role="alert">
      <Text size="sm" fw={500}>
        {t(`audit.verify.problem.${b.problem}`)}
      </Text>
      <Text size="sm" mt={4} data-testid="audit-broken-era">
        {t('audit.verify.brokenEra', { era: b.era === null ? t('audit.verify.legacyName') : t('audit.verify.eraName', { era: b.era }) })}
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
            [t('audit.col.action'), entry?.actionLabel ?? b.action],
            [t('audit.col.entity'), entry?.entityLabel ?? entityLabel(b.entity)],
          ] as const
        ).map(([label, value]) => (
          <Box key={label} style={{ display: 'contents' }}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </Box>
        ))}
      </dl>
      <EraList verdict={v} />
    </Alert>
  );
}
