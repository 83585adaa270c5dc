import { Paper, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useWorkstation } from '../app/context';
import { t } from '../i18n';
import { AuditEntryList } from './AuditEntryList';
import { useAuditPages } from './useAuditPages';

/** The case's 执法全过程记录 at the foot of its workspace: every act on the case and its documents, newest first. */
export function CaseAuditTrail({ caseId }: { caseId: number }) {
  const { backend } = useWorkstation();
  const [reload, setReload] = useState(0);
  const pages = useAuditPages(backend, { caseId }, reload);

  useEffect(() => {
    const offCase = backend.on('cases.changed', (e) => {
      if (e.id === caseId) setReload((n) => n + 1);
    });
    const offDocs = backend.on('documents.changed', (e) => {
      if (e.caseId === caseId) setReload((n) => n + 1);
    });
    return () => {
      offCase();
      offDocs();
    };
  }, [backend, caseId]);

  return (
    <Paper withBorder p="md" radius="sm" component="section" aria-labelledby="audit-trail-title" data-testid="case-audit-trail">
      <Title order={5} id="audit-trail-title" mb="sm">
        {t('audit.trail.title')}
      </Title>
      <AuditEntryList pages={pages} />
    </Paper>
  );
}
