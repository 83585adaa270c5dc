/**
 * 下一步: what the first admin still has to do before the office can work — the enforcement team,
 * the accounts of the people who work cases, and the office's particulars for the documents.
 */
import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useWorkstation } from '../app/context';
import { hrefOf, type Route } from '../app/router';
import { t, type MessageKey } from '../i18n';

interface Step {
  key: string;
  title: MessageKey;
  hint: MessageKey;
  to: Route;
  done: boolean | null;
}

export function NextSteps() {
  const { backend, session } = useWorkstation();
  const [officers, setOfficers] = useState<number | null>(null);
  const [accounts, setAccounts] = useState<number | null>(null);

  useEffect(() => {
    let live = true;
    void backend.call('officers.records', {}).then((r) => live && r.ok && setOfficers(r.value.length));
    void backend.call('accounts.list', {}).then((r) => live && r.ok && setAccounts(r.value.length));
    return () => {
      live = false;
    };
  }, [backend]);

  const steps: Step[] = [
    { key: 'officers', title: 'next.officers', hint: 'next.officersHint', to: { name: 'officers' }, done: officers === null ? null : officers >= 2 },
    { key: 'accounts', title: 'next.accounts', hint: 'next.accountsHint', to: { name: 'accounts' }, done: accounts === null ? null : accounts > 1 },
    { key: 'documents', title: 'next.documents', hint: 'next.documentsHint', to: { name: 'documentSettings' }, done: null },
  ];

  return (
    <Stack gap="md" maw={760} data-testid="next-steps">
      <Stack gap={4}>
        <Title order={3}>{t('next.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('next.intro', { office: session.office.name })}
        </Text>
      </Stack>
      {steps.map((s, i) => (
        <Paper key={s.key} withBorder p="md" radius="sm" data-testid={`next-step-${s.key}`}>
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Stack gap={4}>
              <Anchor href={hrefOf(s.to)} fw={600}>
                {t('next.numbered', { n: i + 1, title: t(s.title) })}
              </Anchor>
              <Text size="sm" c="dimmed">
                {t(s.hint)}
              </Text>
            </Stack>
            {s.done && (
              <Badge color="green" variant="light" radius="sm">
                {t('next.done')}
              </Badge>
            )}
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
