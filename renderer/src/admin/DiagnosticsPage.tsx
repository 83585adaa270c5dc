/**
 * 运行诊断: what a developer would ask an office's admin for when something is slow or broken —
 * the program and database versions, where the data lives, whether the OS keychain answers, and
 * how long this window's recent backend calls took. The daily screens keep none of this.
 */
import { Alert, Badge, Button, Code, Group, Paper, ScrollArea, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { AppInfo } from '../../../main/contract/schemas';
import { useWorkstation } from '../app/context';
import { t } from '../i18n';
import { clearCalls, recentCalls, subscribeCalls } from './call-timings';

function ms(value: number): string {
  return t('diag.ms', { ms: value < 10 ? value.toFixed(2) : Math.round(value).toLocaleString('zh-CN') });
}

function clock(at: number): string {
  return new Date(at).toLocaleTimeString('zh-CN', { hour12: false, timeZone: 'Asia/Shanghai' });
}

export function DiagnosticsPage() {
  const { backend, appInfo, session } = useWorkstation();
  const [info, setInfo] = useState<AppInfo | null>(appInfo);
  const [failed, setFailed] = useState<string | null>(null);
  const calls = useSyncExternalStore(subscribeCalls, recentCalls);

  // Asked afresh: the keychain may have come up (or gone) since the window opened.
  useEffect(() => {
    let live = true;
    void backend.call('app.info', {}).then((r) => {
      if (!live) return;
      if (r.ok) setInfo(r.value);
      else setFailed(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [backend]);

  const row = (label: string, value: ReactNode, testId: string) => (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" data-testid={testId}>
        {value}
      </Text>
    </Stack>
  );

  return (
    <Stack gap="md" maw={1100}>
      <Stack gap={4}>
        <Title order={3}>{t('diag.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('diag.intro')}
        </Text>
      </Stack>
      {failed && <Alert color="red">{t('diag.loadFailed', { message: failed })}</Alert>}

      <Paper withBorder p="md" radius="sm" data-testid="diag-app">
        <Stack gap="sm">
          <Title order={4}>{t('diag.app')}</Title>
          <SimpleGrid cols={2} spacing="sm">
            {row(t('diag.app.office'), session.office.name, 'diag-office')}
            {row(t('diag.app.version'), info?.version ?? '', 'diag-version')}
            {row(t('diag.app.schema'), info ? String(info.schemaVersion) : '', 'diag-schema')}
            {row(t('diag.app.dataDir'), info ? <Code>{info.dataDir}</Code> : '', 'diag-data-dir')}
          </SimpleGrid>
        </Stack>
      </Paper>

      <Paper withBorder p="md" radius="sm" data-testid="diag-keychain">
        <Stack gap="xs">
          <Group gap="sm">
            <Title order={4}>{t('diag.keychain')}</Title>
            {info && (
              <Badge color={info.keychain.available ? 'green' : 'orange'} variant="light" data-testid="diag-keychain-state">
                {info.keychain.available ? t('diag.keychain.ok') : t('diag.keychain.unavailable')}
              </Badge>
            )}
          </Group>
          {info && (
            <Text size="sm" c="dimmed">
              {[info.keychain.kind, info.keychain.message].filter(Boolean).join('：') || t('diag.keychain.unknown')}
            </Text>
          )}
        </Stack>
      </Paper>

      <Paper withBorder p="md" radius="sm" data-testid="diag-calls">
        <Stack gap="xs">
          <Group justify="space-between">
            <Title order={4}>{t('diag.calls')}</Title>
            <Button size="compact-sm" variant="subtle" color="gray" onClick={clearCalls} disabled={calls.length === 0}>
              {t('diag.calls.clear')}
            </Button>
          </Group>
          <Text size="xs" c="dimmed">
            {t('diag.calls.hint', { n: calls.length })}
          </Text>
          {calls.length === 0 ? (
            <Text size="sm" c="dimmed" ta="center" py="md">
              {t('diag.calls.none')}
            </Text>
          ) : (
            <ScrollArea.Autosize mah={420} type="auto">
              <Table striped withTableBorder fz="sm" data-testid="diag-call-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('diag.calls.at')}</Table.Th>
                    <Table.Th>{t('diag.calls.name')}</Table.Th>
                    <Table.Th ta="right">{t('diag.calls.took')}</Table.Th>
                    <Table.Th ta="right">{t('diag.calls.backend')}</Table.Th>
                    <Table.Th>{t('diag.calls.result')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {calls.map((c, i) => (
                    <Table.Tr key={`${c.at}-${i}`} data-testid="diag-call" data-name={c.name}>
                      <Table.Td>{clock(c.at)}</Table.Td>
                      <Table.Td>
                        <Code>{c.name}</Code>
                      </Table.Td>
                      <Table.Td ta="right">{ms(c.tookMs)}</Table.Td>
                      <Table.Td ta="right">{c.backendMs === null ? '' : ms(c.backendMs)}</Table.Td>
                      <Table.Td>{c.error ? <Code color="red.1">{c.error}</Code> : t('diag.calls.ok')}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea.Autosize>
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}
