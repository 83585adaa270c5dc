/**
 * 待办与期限: what waits for the signed-in person's role, and the office's deadlines that are
 * overdue or about to fall due. Every row opens its case.
 */
import { Alert, Anchor, Badge, Group, Loader, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { MouseEvent } from 'react';
import { CASE_STAGES, labelOf, type Role } from '../../../main/contract/domain';
import { DEADLINE_KINDS, type Dashboard, type DueItem } from '../../../main/contract/procedure';
import { useWorkstation } from '../app/context';
import { hrefOf, navigate } from '../app/router';
import { formatDate, formatDateTime, t, type MessageKey } from '../i18n';
import { dueStateOf } from './format';
import { CertificateWarnings, useCertificateWarnings } from '../officers/CertificateWarnings';

const QUEUE_TITLES: Partial<Record<Role, MessageKey>> = {
  reviewer: 'dash.queue.reviewer',
  head: 'dash.queue.head',
  clerk: 'dash.queue.clerk',
  archivist: 'dash.queue.archivist',
};

/** A badge is as wide as its words: Mantine would ellipsise it in a narrow column (1280 px). */
const WHOLE = { minWidth: 'max-content', overflow: 'visible' } as const;

export function DashboardPage() {
  const { backend, session } = useWorkstation();
  const [data, setData] = useState<Dashboard | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reload, setReload] = useState(0);

  useEffect(() => backend.on('cases.changed', () => setReload((n) => n + 1)), [backend]);

  useEffect(() => {
    let live = true;
    void backend.call('dashboard.get', { limit: 100 }).then((r) => {
      if (!live) return;
      if (r.ok) {
        setData(r.value);
        setError(null);
      } else setError(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [backend, reload]);

  const queueTitle = QUEUE_TITLES[session.account.role];
  // An assigned officer's certificate that lapsed mid-case, and (admin, head) those expiring soon.
  const warnings = useCertificateWarnings(reload);

  return (
    <Stack gap="md" maw={1180}>
      <Group justify="space-between" align="baseline">
        <Title order={3}>{t('dash.title')}</Title>
        {data && (
          <Text size="xs" c="dimmed">
            {t('dash.asOfDate', { date: formatDate(data.today) })}
          </Text>
        )}
      </Group>

      <CertificateWarnings warnings={warnings} linkCases />

      {error && <Alert color="red" title={t('dash.loadFailed')}>{error}</Alert>}
      {!data && !error && (
        <Group gap="xs">
          <Loader size="xs" />
          <Text size="sm" c="dimmed">
            {t('dash.loading')}
          </Text>
        </Group>
      )}

      {data && (
        <>
          <SimpleGrid cols={4} spacing="md" data-testid="dashboard-counts">
            <Count label={t('dash.count.overdue')} value={data.counts.overdue} color="red" testId="count-overdue" />
            <Count label={t('dash.count.today')} value={data.counts.dueToday} color="orange" testId="count-today" />
            <Count label={t('dash.count.soon', { n: data.alertDays })} value={data.counts.dueSoon} color="yellow.8" testId="count-soon" />
            <Count label={t('dash.count.open')} value={data.counts.open} color="blue" testId="count-open" />
          </SimpleGrid>

          {queueTitle && (
            <Paper withBorder p="md" radius="sm" component="section" data-testid="dashboard-queue">
              <Group justify="space-between" mb="sm">
                <Title order={5}>{t(queueTitle)}</Title>
                <Text size="sm" c="dimmed">
                  {t('dash.queue.total', { n: data.queueTotal })}
                </Text>
              </Group>
              {data.queue.length === 0 ? (
                <Text size="sm" c="dimmed" data-testid="queue-empty">
                  {t('dash.queue.empty')}
                </Text>
              ) : (
                <Table verticalSpacing={4} highlightOnHover>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('dash.col.caseNumber')}</Table.Th>
                      <Table.Th>{t('dash.col.cause')}</Table.Th>
                      <Table.Th>{t('dash.col.party')}</Table.Th>
                      <Table.Th>{t('dash.col.stage')}</Table.Th>
                      <Table.Th>{t('dash.col.note')}</Table.Th>
                      <Table.Th>{t('dash.col.since')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.queue.map((q) => (
                      <Table.Tr
                        key={q.caseId}
                        className="zf-clickable-row"
                        data-testid="queue-row"
                        data-case-id={q.caseId}
                        onClick={openCase(q.caseId)}
                      >
                        <CaseCells item={q} />
                        <Table.Td>
                          <Group gap={6} wrap="nowrap" align="flex-start">
                            {q.reason && (
                              <Badge variant="outline" color="blue" radius="sm" style={WHOLE} data-testid="queue-reason">
                                {q.reason}
                              </Badge>
                            )}
                            <Text size="sm" data-testid="queue-note">
                              {q.note}
                            </Text>
                          </Group>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{formatDateTime(q.since)}</Text>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </Paper>
          )}

          <DueTable title={t('dash.overdue.title')} empty={t('dash.overdue.empty')} items={data.overdue} alertDays={data.alertDays} testId="overdue-table" />
          <DueTable
            title={t('dash.soon.title', { n: data.alertDays })}
            empty={t('dash.soon.empty')}
            items={data.dueSoon}
            alertDays={data.alertDays}
            testId="due-soon-table"
          />
        </>
      )}
    </Stack>
  );
}

function Count({ label, value, color, testId }: { label: string; value: number; color: string; testId: string }) {
  return (
    <Paper withBorder p="md" radius="sm" data-testid={testId}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text size="xl" fw={700} c={value > 0 ? color : 'dimmed'} className="zf-mono" data-testid="count-value">
        {value}
      </Text>
    </Paper>
  );
}

function CaseLink({ id, caseNumber }: { id: number; caseNumber: string }) {
  return (
    <Anchor href={hrefOf({ name: 'case', id })} size="sm" aria-label={t('dash.openCase', { caseNumber })} style={{ whiteSpace: 'nowrap' }}>
      {caseNumber}
    </Anchor>
  );
}

function DueTable({ title, empty, items, alertDays, testId }: { title: string; empty: string; items: DueItem[]; alertDays: number; testId: string }) {
  return (
    <Paper withBorder p="md" radius="sm" component="section" data-testid={testId}>
      <Title order={5} mb="sm">
        {title}
      </Title>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <Table verticalSpacing={4} highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('dash.col.caseNumber')}</Table.Th>
              <Table.Th>{t('dash.col.cause')}</Table.Th>
              <Table.Th>{t('dash.col.party')}</Table.Th>
              <Table.Th>{t('dash.col.stage')}</Table.Th>
              <Table.Th>{t('dash.col.kind')}</Table.Th>
              <Table.Th>{t('dash.col.dueOn')}</Table.Th>
              <Table.Th>{t('dash.col.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((d, i) => {
              const st = dueStateOf(d.daysLeft, alertDays);
              return (
                <Table.Tr
                  key={`${d.caseId}-${d.kind}-${d.dueOn}-${i}`}
                  className="zf-clickable-row"
                  data-testid="due-row"
                  data-case-id={d.caseId}
                  data-kind={d.kind}
                  onClick={openCase(d.caseId)}
                >
                  <CaseCells item={d} />
                  <Table.Td>
                    <Text size="sm">{labelOf(DEADLINE_KINDS, d.kind)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{formatDate(d.dueOn)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge color={st.color} variant="light" radius="sm" style={WHOLE}>
                      {st.label}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}

/** A row click opens the case, unless the click was on the row's own link. */
function openCase(id: number) {
  return (e: MouseEvent) => {
    if (!(e.target instanceof HTMLAnchorElement)) navigate({ name: 'case', id });
  };
}

/** The columns every dashboard list starts with: case number, 案由, party, stage. */
function CaseCells({ item }: { item: { caseId: number; caseNumber: string; causeTitle: string; partyName: string; stage: string } }) {
  return (
    <>
      <Table.Td>
        <CaseLink id={item.caseId} caseNumber={item.caseNumber} />
      </Table.Td>
      <Table.Td>
        <Text size="sm">{item.causeTitle}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{item.partyName}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {labelOf(CASE_STAGES, item.stage)}
        </Text>
      </Table.Td>
    </>
  );
}
