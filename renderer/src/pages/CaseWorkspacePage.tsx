import { Alert, Badge, Box, Button, Group, Loader, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useState, type ReactNode } from 'react';
import {
  CASE_SOURCES,
  CATEGORIES,
  CONVEYANCE_KINDS,
  GENDER_OPTIONS,
  ID_TYPES,
  labelOf,
  PARTY_KINDS,
  PROCEDURES,
} from '../../../main/contract/domain';
import type { ApiError } from '../../../main/contract/errors';
import type { CaseDetail, Party } from '../../../main/contract/schemas';
import { maskIdNumber, maskPhone, nationName } from '../../../main/contract/validation';
import { useWorkstation } from '../app/context';
import { cardKindLabel, validityText } from '../devices/card-text';
import { CardPhoto } from '../devices/CardPhoto';
import { CardSheetButton } from '../devices/CardSheetButton';
import { navigate } from '../app/router';
import { StageBadge } from '../components/StageBadge';
import { DocumentsPanel } from '../documents/DocumentsPanel';
import { CaseAuditTrail } from '../audit/CaseAuditTrail';
import { ProcedurePanel } from '../procedure/ProcedurePanel';
import { formatDate, formatDateTime, t } from '../i18n';
import { caseAccessOf } from '../session/case-access';

export function CaseWorkspacePage({ id }: { id: number }) {
  const { backend, flash, setFlash } = useWorkstation();
  const [detail, setDetail] = useState<CaseDetail | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [reload, setReload] = useState(0);

  useEffect(
    () =>
      backend.on('cases.changed', (e) => {
        if (e.id === id) setReload((n) => n + 1);
      }),
    [backend, id],
  );

  useEffect(() => {
    let live = true;
    void backend.call('cases.get', { id }).then((r) => {
      if (!live) return;
      if (r.ok) {
        setDetail(r.value);
        setError(null);
      } else setError(r.error);
    });
    return () => {
      live = false;
    };
  }, [backend, id, reload]);

  const back = (
    <Button variant="default" size="xs" onClick={() => navigate({ name: 'cases' })}>
      {t('case.back')}
    </Button>
  );

  if (error && !detail) {
    return (
      <Stack maw={720} align="flex-start">
        {back}
        <Alert color="red" title={t('case.loadFailed')} w="100%">
          {error.message}
        </Alert>
      </Stack>
    );
  }
  if (!detail) {
    return (
      <Group gap="xs">
        <Loader size="xs" />
        <Text size="sm" c="dimmed">
          {t('case.loading')}
        </Text>
      </Group>
    );
  }

  const access = caseAccessOf(detail);
  const source = CASE_SOURCES.find((s) => s.code === detail.source);
  const sourceText =
    source?.detailLabel && detail.sourceDetail
      ? t('case.sourceWithDetail', { source: source.label, detailLabel: source.detailLabel, detail: detail.sourceDetail })
      : labelOf(CASE_SOURCES, detail.source);

  return (
    <Stack gap="md" maw={1180}>
      <Group justify="space-between" align="flex-start">
        <Stack gap={6}>
          <Title order={3} data-testid="case-number">
            {detail.caseNumber}
          </Title>
          <Group gap="xs">
            <Badge variant="outline" color="blue" radius="sm" data-testid="case-category">
              {labelOf(CATEGORIES, detail.category)}
            </Badge>
            <StageBadge stage={detail.stage} />
            <Badge variant="outline" color="gray" radius="sm" data-testid="case-procedure">
              {labelOf(PROCEDURES, detail.procedure)}
            </Badge>
          </Group>
        </Stack>
        {back}
      </Group>

      {flash && flash.caseId === detail.id && (
        <Alert color="green" role="status" withCloseButton closeButtonLabel={t('common.dismiss')} onClose={() => setFlash(null)} data-testid="flash">
          {flash.message}
        </Alert>
      )}

      {!access.draft && (access.reason !== null || !access.act) && (
        <Alert color="blue" data-testid="case-read-only" title={access.act ? t('case.noDraftingTitle') : t('case.readOnlyTitle')}>
          {access.reason ?? t('case.readOnlyDefault')}
        </Alert>
      )}

      <SimpleGrid cols={3} spacing="md">
        <Panel title={t('case.section.info')} span={2}>
          <Facts
            rows={[
              [t('case.cause'), detail.cause.title],
              [t('case.causeCode'), detail.cause.code],
              [t('case.legalBasis'), detail.cause.legalBasis],
              [t('case.penaltyBasis'), detail.cause.penaltyBasis],
              [t('case.penaltyRange'), detail.cause.penaltyRange],
              [t('case.source'), sourceText],
              [t('case.occurredAt'), formatDateTime(detail.occurredAt)],
              [t('case.place'), detail.place],
              [t('case.facts'), detail.facts],
              [t('case.registeredAt'), formatDateTime(detail.registeredAt)],
              [t('case.createdBy'), detail.createdBy],
            ]}
          />
        </Panel>
        <Panel title={t('case.section.officers')}>
          <Table verticalSpacing={4} data-testid="case-officers">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('case.officerName')}</Table.Th>
                <Table.Th>{t('case.officerCert')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {detail.officers.map((o) => (
                <Table.Tr key={o.id}>
                  <Table.Td>{o.name}</Table.Td>
                  <Table.Td className="zf-mono">{o.certNo}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Panel>
      </SimpleGrid>

      <ProcedurePanel detail={detail} mayAct={access.act} onChanged={() => setReload((n) => n + 1)} />

      <DocumentsPanel caseId={detail.id} mayDraft={access.draft} />

      <Panel title={t('case.section.parties')}>
        <Stack gap="sm">
          {detail.parties.map((p, i) => (
            <PartyPanel key={p.id} party={p} n={i + 1} />
          ))}
        </Stack>
      </Panel>

      <Panel title={t('case.section.conveyances')}>
        {detail.conveyances.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('case.noConveyances')}
          </Text>
        ) : (
          <Table verticalSpacing={4} data-testid="case-conveyances">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('case.conveyanceKind')}</Table.Th>
                <Table.Th>{t('case.plateOrName')}</Table.Th>
                <Table.Th>{t('case.plateColor')}</Table.Th>
                <Table.Th>{t('case.model')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {detail.conveyances.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>{labelOf(CONVEYANCE_KINDS, c.kind)}</Table.Td>
                  <Table.Td>{c.plate}</Table.Td>
                  <Table.Td>{c.plateColor || t('case.none')}</Table.Td>
                  <Table.Td>{c.model || t('case.none')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Panel>

      <CaseAuditTrail caseId={detail.id} />
    </Stack>
  );
}

function Panel({ title, span, children }: { title: string; span?: number; children: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="sm" style={span ? { gridColumn: `span ${span}` } : undefined}>
      <Title order={5} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function Facts({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <dl className="zf-facts">
      {rows.map(([label, value]) => (
        <Box key={label} style={{ display: 'contents' }}>
          <dt>{label}</dt>
          <dd>{value === '' || value === null ? t('case.none') : value}</dd>
        </Box>
      ))}
    </dl>
  );
}

/** One party with its identifiers masked until the officer asks to see them. */
function PartyPanel({ party: p, n }: { party: Party; n: number }) {
  const [revealed, setRevealed] = useState(false);
  const id = p.idNumber ?? '';
  const validity = validityText(p.idValidFrom, p.idValidUntil);
  const optional = (label: string, value: string | null): [string, ReactNode][] => (value ? [[label, value]] : []);
  const rows: [string, ReactNode][] =
    p.kind === 'individual'
      ? [
          [t('reg.name'), p.name],
          ...optional(t('card.englishName'), p.englishName),
          [t('reg.gender'), p.gender ? labelOf(GENDER_OPTIONS, p.gender) : ''],
          [t('reg.ethnicity'), p.ethnicity ? (nationName(p.ethnicity) ?? p.ethnicity) : ''],
          [t('reg.birthDate'), formatDate(p.birthDate)],
          [t('reg.idType'), p.idType ? labelOf(ID_TYPES, p.idType) : ''],
          [t('reg.idNumber'), <span className="zf-mono" data-testid="party-id-number">{revealed ? id : maskIdNumber(id)}</span>],
          ...optional(t('card.nationality'), p.nationality),
          ...optional(t('card.issuer'), p.idIssuer),
          ...(validity ? ([[t('card.validity'), <span data-testid="party-validity">{validity}</span>]] as [string, ReactNode][]) : []),
          [t('reg.address'), p.address],
          [t('reg.phone'), <span className="zf-mono" data-testid="party-phone">{revealed ? p.phone : maskPhone(p.phone)}</span>],
          ...(p.workplace ? ([[t('reg.workplace'), p.workplace]] as [string, ReactNode][]) : []),
        ]
      : [
          [t('reg.orgName'), p.name],
          [t('reg.creditCode'), <span className="zf-mono">{p.creditCode}</span>],
          [t('reg.legalRep'), p.legalRep ?? ''],
          ...(p.legalRepTitle ? ([[t('reg.legalRepTitle'), p.legalRepTitle]] as [string, ReactNode][]) : []),
          [t('reg.orgAddress'), p.address],
          [t('reg.phone'), <span className="zf-mono" data-testid="party-phone">{revealed ? p.phone : maskPhone(p.phone)}</span>],
        ];

  return (
    <Paper withBorder p="sm" radius="sm" bg="gray.0" data-testid={`party-${n - 1}`}>
      <Group justify="space-between" mb={6}>
        <Group gap="xs">
          <Text fw={600} size="sm">
            {t('reg.partyHeading', { n, kind: labelOf(PARTY_KINDS, p.kind) })}
          </Text>
          {p.card && (
            <Badge
              color="green"
              variant="light"
              radius="sm"
              data-testid="party-verified"
              title={t('card.verifiedTitle', { kind: cardKindLabel(p.card.kind), readAt: formatDateTime(p.card.readAt) })}
            >
              {t('card.verified')} · {cardKindLabel(p.card.kind)}
              {p.card.simulated ? `（${t('card.simulatedBadge')}）` : ''}
            </Badge>
          )}
          {p.card?.expired && (
            <Badge color="orange" variant="filled" radius="sm" data-testid="party-expired">
              {t('card.expiredShort', { date: p.idValidUntil ?? '—' })}
            </Badge>
          )}
        </Group>
        <Group gap={4}>
          {p.card && <CardSheetButton readId={p.card.readId} partyName={p.name} />}
        <Button
          size="compact-xs"
          variant="subtle"
          onClick={() => setRevealed((v) => !v)}
          aria-pressed={revealed}
          title={revealed ? t('case.concealLabel', { n }) : t('case.revealLabel', { n })}
        >
          {revealed ? t('case.conceal') : t('case.reveal')}
        </Button>
        </Group>
      </Group>
      <Group align="flex-start" gap="md" wrap="nowrap">
        <Box style={{ flex: 1, minWidth: 0 }}>
          <Facts rows={rows} />
        </Box>
        {p.card && (
          <Box maw={220}>
            <CardPhoto readId={p.card.readId} testId="party" />
          </Box>
        )}
      </Group>
    </Paper>
  );
}
