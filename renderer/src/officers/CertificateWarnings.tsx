/**
 * Certificates that stand in the way (行政处罚法 第四十二条): lapsed or suspended under open cases,
 * and, for the admin and the head, those expiring within the office's window. Shown on the
 * dashboard and at the top of 执法队伍.
 */
import { Alert, Anchor, List, Text } from '@mantine/core';
import { Fragment, useEffect, useState } from 'react';
import type { CertificateWarning } from '../../../main/contract/people';
import { mayCall, useWorkstation } from '../app/context';
import { hrefOf } from '../app/router';
import { t } from '../i18n';

export function useCertificateWarnings(reload = 0): CertificateWarning[] | null {
  const { backend, session } = useWorkstation();
  const allowed = mayCall(session.account.role, 'officers.warnings');
  const [warnings, setWarnings] = useState<CertificateWarning[] | null>(null);
  useEffect(() => {
    if (!allowed) return;
    let live = true;
    void backend.call('officers.warnings', {}).then((r) => {
      if (live) setWarnings(r.ok ? r.value : []);
    });
    return () => {
      live = false;
    };
  }, [backend, allowed, reload]);
  return warnings;
}

export function CertificateWarnings({ warnings, linkCases }: { warnings: readonly CertificateWarning[] | null; linkCases: boolean }) {
  if (!warnings || warnings.length === 0) return null;
  return (
    <Alert color="orange" title={t('officers.warnings.title', { n: warnings.length })} data-testid="certificate-warnings">
      <List size="sm" spacing={2}>
        {warnings.map((w, i) => (
          <List.Item key={`${w.officerId}-${w.problem}-${i}`} data-testid="certificate-warning">
            <Text size="sm" span>
              {w.message}
            </Text>
            {w.cases.length > 0 && (
              <Text size="sm" span c="dimmed">
                {t('officers.warnings.cases')}
                {w.cases.map((c, j) => (
                  <Fragment key={c.id}>
                    {j > 0 && t('common.listSeparator')}
                    {linkCases ? <Anchor href={hrefOf({ name: 'case', id: c.id })} size="sm">{c.caseNumber}</Anchor> : c.caseNumber}
                  </Fragment>
                ))}
              </Text>
            )}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
