/**
 * The case's 程序 panel: where the procedure stands, what the office requires of it, its
 * deadlines, money and measures, everything done so far, and the acts the signed-in role may
 * perform now (refused ones shown with the reason, so nobody has to guess why a button is grey).
 */
import { Alert, Badge, Box, Button, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { CASE_STAGES, labelOf, ROLES } from '../../../main/contract/domain';
import {
  ACTIONS,
  MEASURE_KINDS,
  OUTCOMES,
  PENALTY_LICENCE_ACTIONS,
  PRESERVATION_DISPOSITIONS,
  RELEASE_GROUNDS,
  type ActionType,
  type Penalty,
  type ProcedureView,
} from '../../../main/contract/procedure';
import type { CaseDetail } from '../../../main/contract/schemas';
import { useWorkstation } from '../app/context';
import { formatDate, joinList, t } from '../i18n';
import { ActionDialog } from './ActionDialog';
import { DeadlineTable } from './DeadlineTable';
import { EventHistory } from './EventHistory';
import { formatYuan } from './format';
import { StageSteps } from './StageSteps';

const REVIEW_BADGES = {
  pending: { label: 'proc.review.pending', color: 'yellow' },
  returned: { label: 'proc.review.returned', color: 'red' },
  approved: { label: 'proc.review.approved', color: 'green' },
} as const;

/** 警告、罚款…: the penalty in one line, as a decision would state it. */
export function penaltyText(p: Penalty): string {
  const parts: string[] = [];
  if (p.warning) parts.push(t('proc.penalty.warning'));
  if (p.fine) parts.push(t('proc.penalty.fineOf', { amount: formatYuan(p.fine) }));
  if (p.confiscatedGain) parts.push(t('proc.penalty.gainOf', { amount: formatYuan(p.confiscatedGain) }));
  if (p.confiscatedPropertyValue) parts.push(t('proc.penalty.propertyOf', { amount: formatYuan(p.confiscatedPropertyValue) }));
  if (p.licenceAction !== 'none') parts.push(labelOf(PENALTY_LICENCE_ACTIONS, p.licenceAction));
  if (p.businessRestriction) parts.push(t('proc.penalty.restriction'));
  if (p.other) parts.push(p.other);
  return parts.length ? joinList(parts) : t('proc.penalty.none');
}

/** `mayAct` false: this person only looks at the case (the page says why), so no act is offered. */
export function ProcedurePanel({ detail, mayAct = true, onChanged }: { detail: CaseDetail; mayAct?: boolean; onChanged: () => void }) {
  const { backend } = useWorkstation();
  const [view, setView] = useState<ProcedureView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reload, setReload] = useState(0);
  const [acting, setActing] = useState<ActionType | null>(null);
  const caseId = detail.id;

  useEffect(
    () =>
      backend.on('cases.changed', (e) => {
        if (e.id === caseId) setReload((n) => n + 1);
      }),
    [backend, caseId],
  );

  useEffect(() => {
    let live = true;
    void backend.call('procedure.get', { caseId }).then((r) => {
      if (!live) return;
      if (r.ok) {
        setView(r.value);
        setError(null);
      } else setError(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [backend, caseId, detail.version, reload]);

  const refresh = useCallback(() => setReload((n) => n + 1), []);

  return (
    <Paper withBorder p="md" radius="sm" component="section" aria-labelledby="proc-panel-title" data-testid="procedure-panel">
      <Group justify="space-between" mb="sm" align="flex-start">
        <Group gap="sm">
          <Title order={5} id="proc-panel-title">
            {t('proc.panel.title')}
          </Title>
          {view && (
            <Badge variant="filled" color="blue" radius="sm" data-testid="procedure-stage">
              {labelOf(CASE_STAGES, view.stage)}
            </Badge>
          )}
          {view?.awaiting && (
            <Text size="sm" c="dimmed" data-testid="procedure-awaiting">
              {t('proc.panel.awaiting', { role: labelOf(ROLES, view.awaiting) })}
            </Text>
          )}
        </Group>
        {view && <Badges view={view} />}
      </Group>

      {error && !view && <Alert color="red">{t('proc.panel.loadFailed', { message: error })}</Alert>}
      {!view && !error && (
        <Group gap="xs">
          <Loader size="xs" />
          <Text size="sm" c="dimmed">
            {t('proc.panel.loading')}
          </Text>
        </Group>
      )}

      {view && (
        <Stack gap="md">
          <StageSteps view={view} registeredOn={detail.registeredAt.slice(0, 10)} />
          {mayAct && <Actions view={view} onAct={setActing} />}
          <Proposal view={view} />
          <SimpleGrid cols={{ base: 1, lg: 3 }} spacing="md">
            <Section title={t('proc.section.deadlines')} span={2}>
              <DeadlineTable deadlines={view.deadlines} today={view.today} />
            </Section>
            <Stack gap="md">
              <Money view={view} />
              <Measures view={view} />
              <Preservations view={view} />
            </Stack>
          </SimpleGrid>
          <Section title={t('proc.section.history')}>
            <EventHistory events={view.events} />
          </Section>
          <ActionDialog
            type={mayAct ? acting : null}
            view={view}
            detail={detail}
            onClose={() => setActing(null)}
            onStale={refresh}
            onDone={(next) => {
              setView(next);
              setActing(null);
              onChanged();
            }}
          />
        </Stack>
      )}
    </Paper>
  );
}

function Section({ title, span, children }: { title: string; span?: number; children: ReactNode }) {
  return (
    <Box style={span ? { gridColumn: `span ${span}` } : undefined}>
      <Text size="sm" fw={600} mb={6} c="gray.7">
        {title}
      </Text>
      {children}
    </Box>
  );
}

function Badges({ view }: { view: ProcedureView }) {
  const review = view.state.review.status === 'none' ? null : REVIEW_BADGES[view.state.review.status];
  const s = view.state;
  const awaitingRatification = s.measures.some((m) => m.emergency && !m.approvedOn && !m.releasedOn);
  const undecided = s.preservations.some((p) => !p.decidedOn);
  return (
    <Group gap={6} data-testid="procedure-badges">
      {awaitingRatification && (
        <Badge variant="filled" color="orange" radius="sm" data-testid="badge-measure-awaiting">
          {t('proc.badge.measureAwaiting')}
        </Badge>
      )}
      {undecided && (
        <Badge variant="light" color="orange" radius="sm" data-testid="badge-preservation-awaiting">
          {t('proc.badge.preservationAwaiting')}
        </Badge>
      )}
      {s.hearingWaivedOn && (
        <Badge variant="light" color="gray" radius="sm" data-testid="badge-hearing-waived">
          {t('proc.badge.hearingWaived')}
        </Badge>
      )}
      {view.requirements.legalReview && (
        <Badge variant="outline" color="violet" radius="sm" data-testid="req-legal-review">
          {t('proc.req.legalReview')}
        </Badge>
      )}
      {view.requirements.collectiveDiscussion && (
        <Badge variant="outline" color="grape" radius="sm" data-testid="req-discussion">
          {t('proc.req.discussion')}
        </Badge>
      )}
      {view.requirements.hearingRight && (
        <Badge variant="outline" color="teal" radius="sm" data-testid="req-hearing">
          {t('proc.req.hearing')}
        </Badge>
      )}
      {review && (
        <Badge variant="light" color={review.color} radius="sm" data-testid="review-status">
          {view.state.review.rounds > 1 ? t('proc.review.withRound', { status: t(review.label), n: view.state.review.rounds }) : t(review.label)}
        </Badge>
      )}
    </Group>
  );
}

function Actions({ view, onAct }: { view: ProcedureView; onAct(type: ActionType): void }) {
  if (view.actions.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="actions-none">
        {t('proc.actions.none')}
      </Text>
    );
  }
  const refused = view.actions.filter((a) => !a.enabled);
  return (
    <Stack gap={6} data-testid="procedure-actions">
      <Group gap="xs">
        {view.actions.map((a) => (
          <Button
            key={a.type}
            size="xs"
            variant={a.enabled ? 'filled' : 'default'}
            disabled={!a.enabled}
            onClick={() => onAct(a.type)}
            data-testid={`action-${a.type}`}
            aria-describedby={a.enabled ? undefined : `action-reason-${a.type}`}
          >
            {ACTIONS[a.type].label}
          </Button>
        ))}
      </Group>
      {refused.length > 0 && (
        <ul className="zf-reasons">
          {refused.map((a) => (
            <Text key={a.type} component="li" size="xs" c="dimmed" id={`action-reason-${a.type}`} data-testid={`action-reason-${a.type}`}>
              {t('proc.actions.reason', { label: ACTIONS[a.type].label, reason: a.reason ?? t('proc.actions.noReason') })}
            </Text>
          ))}
        </ul>
      )}
    </Stack>
  );
}

/** The 调查终结 proposal and the decision, in one line each: what the next person reviews or approves. */
function Proposal({ view }: { view: ProcedureView }) {
  const { proposal, decision } = view.state;
  if (!proposal && !decision) return null;
  const outcomeLine = (outcome: string, penalty: Penalty) =>
    outcome === 'penalty' ? t('proc.proposal.penalty', { penalty: penaltyText(penalty) }) : labelOf(OUTCOMES, outcome);
  return (
    <dl className="zf-facts" data-testid="procedure-proposal">
      {proposal && (
        <>
          <dt>{t('proc.proposal.title')}</dt>
          <dd>
            {outcomeLine(proposal.outcome, proposal.penalty)}
            {proposal.circumstance && t('proc.proposal.circumstance', { circumstance: proposal.circumstance })}
          </dd>
        </>
      )}
      {decision && (
        <>
          <dt>{t(decision.decidedOn ? 'proc.decision.title' : 'proc.decision.proposedTitle')}</dt>
          <dd data-testid="procedure-decision">
            {outcomeLine(decision.outcome, decision.penalty)}
            {decision.transferTo && t('proc.proposal.transferTo', { to: decision.transferTo })}
            {decision.decidedOn && t('proc.decision.decidedOn', { date: formatDate(decision.decidedOn) })}
          </dd>
        </>
      )}
    </dl>
  );
}

function Money({ view }: { view: ProcedureView }) {
  const s = view.state;
  if (s.amountDue <= 0) return null;
  const paid = s.payments.reduce((sum, p) => sum + p.amount, 0);
  return (
    <Section title={t('proc.section.money')}>
      <dl className="zf-facts" data-testid="procedure-money">
        <dt>{t('proc.money.due')}</dt>
        <dd data-testid="money-due">{formatYuan(s.amountDue)}</dd>
        <dt>{t('proc.money.paid')}</dt>
        <dd data-testid="money-paid">{formatYuan(paid)}</dd>
        <dt>{t('proc.money.outstanding')}</dt>
        <dd data-testid="money-outstanding">
          <Text span size="sm" fw={view.outstanding > 0 ? 600 : 400} c={view.outstanding > 0 ? 'red.8' : undefined}>
            {formatYuan(view.outstanding)}
          </Text>
        </dd>
        <dt>{t('proc.money.lateFee')}</dt>
        <dd data-testid="money-late-fee">{formatYuan(view.lateFee)}</dd>
        {s.paymentPlan && (
          <>
            <dt>{t(s.paymentPlan.kind === 'instalments' ? 'proc.planKind.instalments' : 'proc.planKind.deferral')}</dt>
            <dd>
              {s.paymentPlan.schedule.map((r, i) => (
                <div key={i}>{t('proc.money.planRow', { date: formatDate(r.dueOn), amount: formatYuan(r.amount) })}</div>
              ))}
            </dd>
          </>
        )}
      </dl>
    </Section>
  );
}

function Measures({ view }: { view: ProcedureView }) {
  const measures = view.state.measures;
  if (measures.length === 0) return null;
  return (
    <Section title={t('proc.section.measures')}>
      <Stack gap={6} data-testid="procedure-measures">
        {measures.map((m) => (
          <Box key={m.id} data-testid="measure">
            <Group gap="xs">
              <Text size="sm" fw={600}>
                {labelOf(MEASURE_KINDS, m.kind)}
              </Text>
              <Badge size="xs" radius="sm" variant="light" color={m.releasedOn ? 'gray' : 'orange'}>
                {m.releasedOn ? t('proc.measure.released', { date: formatDate(m.releasedOn) }) : t('proc.measure.active')}
              </Badge>
              {m.emergency && !m.approvedOn && (
                <Badge size="xs" radius="sm" variant="filled" color="orange" data-testid="measure-awaiting">
                  {t('proc.measure.awaiting')}
                </Badge>
              )}
              {m.approvedOn && (
                <Text size="xs" c="dimmed">
                  {t(m.emergency ? 'proc.measure.ratified' : 'proc.measure.approved', { date: formatDate(m.approvedOn) })}
                </Text>
              )}
            </Group>
            <Text size="sm">{m.items}</Text>
            <Text size="xs" c="dimmed">
              {t('proc.measure.period', { from: formatDate(m.startedOn), days: m.days })}
              {m.extendedDays ? t('proc.measure.extended', { days: m.extendedDays, date: formatDate(m.extendedOn) }) : ''}
              {m.releaseGround ? t('proc.measure.ground', { ground: labelOf(RELEASE_GROUNDS, m.releaseGround) }) : ''}
            </Text>
          </Box>
        ))}
      </Stack>
    </Section>
  );
}

function Preservations({ view }: { view: ProcedureView }) {
  const list = view.state.preservations;
  if (list.length === 0) return null;
  return (
    <Section title={t('proc.section.preservations')}>
      <Stack gap={6} data-testid="procedure-preservations">
        {list.map((p) => (
          <Box key={p.id} data-testid="preservation">
            <Group gap="xs">
              <Badge size="xs" radius="sm" variant="light" color={p.decidedOn ? 'gray' : 'orange'}>
                {p.decidedOn ? t('proc.preservation.decided', { date: formatDate(p.decidedOn) }) : t('proc.preservation.open')}
              </Badge>
              {p.disposition && <Text size="xs">{labelOf(PRESERVATION_DISPOSITIONS, p.disposition)}</Text>}
            </Group>
            <Text size="sm">{p.items}</Text>
            <Text size="xs" c="dimmed">
              {t('proc.preservation.period', { from: formatDate(p.startedOn), date: formatDate(p.approvedOn) })}
            </Text>
          </Box>
        ))}
      </Stack>
    </Section>
  );
}
