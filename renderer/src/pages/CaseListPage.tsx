import { Alert, Anchor, Box, Button, Group, Pagination, Paper, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { CASE_STAGES, CATEGORIES, labelOf, type CaseStage, type Category } from '../../../main/contract/domain';
import { ERROR_MESSAGES } from '../../../main/contract/errors';
import type { CaseQuery, CasePage, Officer } from '../../../main/contract/schemas';
import { mayCall, useWorkstation } from '../app/context';
import { hrefOf, navigate } from '../app/router';
import { DateField } from '../components/DateFields';
import { StageBadge } from '../components/StageBadge';
import { formatDate, joinList, t } from '../i18n';

const PAGE_SIZE = 50;

interface Filters {
  text: string;
  category: Category | null;
  stage: CaseStage | null;
  officerId: string | null;
  from: string;
  to: string;
}

interface Applied {
  filters: Filters;
  offset: number;
}

const EMPTY: Filters = { text: '', category: null, stage: null, officerId: null, from: '', to: '' };
const KEEP_KEY = 'caseList';

/** Where a server problem with the query belongs on screen. */
interface QueryError {
  field: 'text' | 'from' | 'to' | null;
  message: string;
}

function toQuery({ filters: f, offset }: Applied): CaseQuery {
  return {
    ...(f.text.trim() ? { text: f.text.trim() } : {}),
    ...(f.category ? { category: f.category } : {}),
    ...(f.stage ? { stage: f.stage } : {}),
    ...(f.officerId ? { officerId: Number(f.officerId) } : {}),
    ...(f.from ? { from: f.from } : {}),
    ...(f.to ? { to: f.to } : {}),
    limit: PAGE_SIZE,
    offset,
  };
}

/** The backend's rule (search-text.ts): each word of the search at least two characters. */
const tooShort = (text: string) => text.trim().split(/\s+/).some((w) => w !== '' && [...w].length < 2);

const isFiltered = (f: Filters) => Boolean(f.text.trim() || f.category || f.stage || f.officerId || f.from || f.to);

export function CaseListPage() {
  const { backend, session, keep } = useWorkstation();
  const kept = keep.get<{ draft: Filters; applied: Applied }>(KEEP_KEY);
  const [draft, setDraft] = useState<Filters>(kept?.draft ?? EMPTY);
  const [applied, setApplied] = useState<Applied>(kept?.applied ?? { filters: EMPTY, offset: 0 });
  const [page, setPage] = useState<CasePage | null>(null);
  const [error, setError] = useState<QueryError | null>(null);
  const [loading, setLoading] = useState(true);
  const [reload, setReload] = useState(0);
  const [officers, setOfficers] = useState<Officer[]>([]);

  useEffect(() => keep.set(KEEP_KEY, { draft, applied }), [keep, draft, applied]);

  useEffect(() => {
    let live = true;
    void backend.call('officers.list', {}).then((r) => {
      if (live && r.ok) setOfficers(r.value);
    });
    return () => {
      live = false;
    };
  }, [backend]);

  useEffect(() => backend.on('cases.changed', () => setReload((n) => n + 1)), [backend]);

  useEffect(() => {
    let live = true;
    setLoading(true);
    void backend.call('cases.search', toQuery(applied)).then((r) => {
      if (!live) return;
      setLoading(false);
      if (r.ok) {
        setPage(r.value);
        setError(null);
        return;
      }
      const issue = r.error.issues?.find((i) => i.path === 'text' || i.path === 'from' || i.path === 'to');
      const field = r.error.code === 'SEARCH_TERM_TOO_SHORT' ? 'text' : ((issue?.path as QueryError['field']) ?? null);
      setError({ field, message: issue?.message ?? r.error.message });
      // A term too short is a hint about the box, not a failed list: the cases shown stay.
      if (r.error.code !== 'SEARCH_TERM_TOO_SHORT') setPage(null);
    });
    return () => {
      live = false;
    };
  }, [backend, applied, reload]);

  const apply = (filters: Filters) => {
    setDraft(filters);
    if (tooShort(filters.text)) {
      // Not sent: the list keeps what it shows and the box says what it needs.
      setError({ field: 'text', message: ERROR_MESSAGES.SEARCH_TERM_TOO_SHORT });
      return;
    }
    setApplied({ filters, offset: 0 });
  };
  const change = (patch: Partial<Filters>) => apply({ ...draft, ...patch });
  const onSearchKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      apply(draft);
    }
  };

  const officerOptions = useMemo(() => officers.map((o) => ({ value: String(o.id), label: o.name })), [officers]);
  const categoryOptions = useMemo(() => CATEGORIES.map((c) => ({ value: c.code, label: c.label })), []);
  const stageOptions = useMemo(() => CASE_STAGES.map((s) => ({ value: s.code, label: s.label })), []);

  const total = page?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const currentPage = Math.floor(applied.offset / PAGE_SIZE) + 1;
  const canRegister = mayCall(session.account.role, 'cases.create');

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={3}>{t('list.title')}</Title>
      </Group>

      <Paper withBorder p="md">
        <Stack gap="sm">
          <Group align="flex-start" gap="sm" wrap="nowrap">
            <TextInput
              label={t('list.searchLabel')}
              placeholder={t('list.searchPlaceholder')}
              value={draft.text}
              onChange={(e) => setDraft({ ...draft, text: e.currentTarget.value })}
              onKeyDown={onSearchKey}
              error={error?.field === 'text' ? error.message : undefined}
              style={{ flex: 1 }}
              autoFocus
              data-testid="case-search"
            />
            <Button mt={25} onClick={() => apply(draft)}>
              {t('list.search')}
            </Button>
            <Button mt={25} variant="default" onClick={() => apply(EMPTY)} disabled={!isFiltered(draft) && !isFiltered(applied.filters)}>
              {t('list.reset')}
            </Button>
          </Group>
          <Group gap="sm" align="flex-start" grow>
            <Select
              label={t('list.category')}
              placeholder={t('list.any')}
              data={categoryOptions}
              value={draft.category}
              onChange={(v) => change({ category: v as Category | null })}
              clearable
            />
            <Select
              label={t('list.stage')}
              placeholder={t('list.any')}
              data={stageOptions}
              value={draft.stage}
              onChange={(v) => change({ stage: v as CaseStage | null })}
              clearable
            />
            <Select
              label={t('list.officer')}
              placeholder={t('list.any')}
              data={officerOptions}
              value={draft.officerId}
              onChange={(v) => change({ officerId: v })}
              clearable
              searchable
            />
            <DateField
              label={t('list.from')}
              value={draft.from}
              onChange={(v) => change({ from: v })}
              error={error?.field === 'from' ? error.message : undefined}
            />
            <DateField
              label={t('list.to')}
              value={draft.to}
              onChange={(v) => change({ to: v })}
              error={error?.field === 'to' ? error.message : undefined}
            />
          </Group>
        </Stack>
      </Paper>

      {error && error.field === null && (
        <Alert color="red" title={t('list.errorTitle')}>
          {error.message}
        </Alert>
      )}

      {page && (
        <Paper withBorder>
          <Group justify="space-between" px="md" py="xs" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
            <Group gap="md">
              <Text size="sm" fw={600} data-testid="case-total" data-total={page.total}>
                {t('list.total', { total: page.total })}
              </Text>
              {page.total > 0 && (
                <Text size="sm" c="dimmed">
                  {t('list.range', { from: applied.offset + 1, to: applied.offset + page.items.length })}
                </Text>
              )}
              {loading && (
                <Text size="xs" c="dimmed" data-testid="case-loading">
                  {t('list.loading')}
                </Text>
              )}
            </Group>
            {pages > 1 && (
              <Pagination
                size="sm"
                total={pages}
                value={currentPage}
                onChange={(p) => setApplied({ ...applied, offset: (p - 1) * PAGE_SIZE })}
                aria-label={t('list.pagination')}
              />
            )}
          </Group>
          {page.items.length === 0 ? (
            <Stack align="center" gap={6} py={48} data-testid="case-list-empty">
              <Text fw={600}>{t('list.emptyTitle')}</Text>
              <Text size="sm" c="dimmed">
                {isFiltered(applied.filters) ? t('list.emptyFiltered') : t('list.emptyAll')}
              </Text>
              {!isFiltered(applied.filters) && canRegister && (
                <Button component="a" href={hrefOf({ name: 'register' })} variant="light" mt="xs">
                  {t('list.registerFirst')}
                </Button>
              )}
            </Stack>
          ) : (
            <Box style={{ overflowX: 'auto' }}>
              <Table highlightOnHover verticalSpacing={6} horizontalSpacing="sm" striped="even" data-testid="case-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('list.col.caseNumber')}</Table.Th>
                    <Table.Th>{t('list.col.category')}</Table.Th>
                    <Table.Th>{t('list.col.cause')}</Table.Th>
                    <Table.Th>{t('list.col.parties')}</Table.Th>
                    <Table.Th>{t('list.col.conveyances')}</Table.Th>
                    <Table.Th>{t('list.col.officers')}</Table.Th>
                    <Table.Th>{t('list.col.stage')}</Table.Th>
                    <Table.Th>{t('list.col.registeredAt')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {page.items.map((c) => (
                    <Table.Tr
                      key={c.id}
                      className="zf-clickable-row"
                      data-testid="case-row"
                      onClick={(e) => {
                        if (!(e.target instanceof HTMLAnchorElement)) navigate({ name: 'case', id: c.id });
                      }}
                    >
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        <Anchor href={hrefOf({ name: 'case', id: c.id })} size="sm" fw={500} aria-label={t('list.openCase', { caseNumber: c.caseNumber })}>
                          {c.caseNumber}
                        </Anchor>
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{labelOf(CATEGORIES, c.category)}</Table.Td>
                      <Table.Td>{c.causeTitle}</Table.Td>
                      <Table.Td>
                        {c.parties.map((p, i) => (
                          <Text key={i} size="sm" className="zf-mono">
                            {p.maskedId ? t('list.partyWithId', { name: p.name, id: p.maskedId }) : p.name}
                          </Text>
                        ))}
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        {c.plates.map((p, i) => (
                          <Text key={i} size="sm">
                            {p}
                          </Text>
                        ))}
                      </Table.Td>
                      <Table.Td style={{ wordBreak: 'keep-all' }}>{joinList(c.officerNames)}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        <StageBadge stage={c.stage} />
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(c.registeredAt)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Box>
          )}
        </Paper>
      )}
    </Stack>
  );
}
