/**
 * The case's acts, newest first: when, what, who, and the words that stay in the case (review
 * opinions, reasons, summaries). Review opinions are set apart because the next person to act
 * has to read them.
 */
import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { labelOf, ROLES } from '../../../main/contract/domain';
import {
  ACTIONS,
  COLLECTION_GROUNDS,
  ENFORCEMENT_KINDS,
  MEASURE_KINDS,
  OUTCOMES,
  PRESERVATION_DISPOSITIONS,
  RELEASE_GROUNDS,
  SERVICE_METHODS,
  type CaseEvent,
} from '../../../main/contract/procedure';
import { formatDate, formatDateTime, t } from '../i18n';
import { RETENTIONS } from './action-forms';
import { formatYuan } from './format';

const OPINION_TYPES = new Set(['review_return', 'review_approve', 'return_decision', 'approve_decision', 'approve_registration', 'approve_measure', 'ratify_measure']);
const TEXT_KEYS = ['summary', 'conclusion', 'reason', 'emergencyReason', 'longLimitationReason', 'note', 'refusalNote', 'items'] as const;

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const num = (v: unknown) => (typeof v === 'number' ? v : null);

/** Short facts of the act besides its free text (amounts, methods, dates); `nth` counts acts of its kind so far (1 for the first). */
function factsOf(e: CaseEvent, nth: number): string[] {
  const d = e.data;
  const out: string[] = [];
  if (str(d.outcome)) out.push(labelOf(OUTCOMES, str(d.outcome)));
  const penalty = d.penalty as Record<string, unknown> | undefined;
  const fine = num(penalty?.fine);
  if (fine) out.push(t('proc.history.fine', { amount: formatYuan(fine) }));
  if (str(d.circumstance)) out.push(t('proc.history.circumstance', { circumstance: str(d.circumstance) }));
  if (e.type === 'impose_measure' && str(d.kind)) out.push(labelOf(MEASURE_KINDS, str(d.kind)));
  if (e.type === 'impose_measure' && d.emergency === true) out.push(t('proc.history.emergency'));
  if (e.type === 'ratify_measure' && num(d.measureId)) out.push(t('proc.history.ratified', { n: num(d.measureId)! }));
  if ((e.type === 'extend_measure' || e.type === 'release_measure') && num(d.measureId)) out.push(t('proc.history.measureNo', { n: num(d.measureId)! }));
  if (e.type === 'preserve_evidence' && str(d.approvedOn)) out.push(t('proc.history.preservationApproved', { date: formatDate(str(d.approvedOn)) }));
  if (str(d.disposition)) out.push(labelOf(PRESERVATION_DISPOSITIONS, str(d.disposition)));
  if (d.longLimitation === true) out.push(t('proc.history.longLimitation'));
  if (e.type === 'waive_hearing') out.push(t('proc.history.hearingWaived'));
  if (e.type === 'reopen_investigation') out.push(t('proc.history.reopened'));
  if (e.type === 'notify' && nth > 1) out.push(t('proc.history.renotified', { n: nth }));
  if (str(d.duty)) out.push(t('proc.history.duty', { duty: str(d.duty) }));
  if (e.type === 'enforce' && str(d.kind)) out.push(labelOf(ENFORCEMENT_KINDS, str(d.kind)));
  if (e.type === 'enforce' && d.immediate === true) out.push(t('proc.history.immediate'));
  if (e.type === 'record_on_spot_decision') {
    if (str(d.place)) out.push(t('proc.history.place', { place: str(d.place) }));
    if (str(d.collectionGround) && d.collectionGround !== 'none') out.push(labelOf(COLLECTION_GROUNDS, str(d.collectionGround)));
    if (d.paidOnSpot === true) out.push(t('proc.history.paidOnSpot'));
    if (str(d.receiptNo)) out.push(t('proc.history.receiptNo', { no: str(d.receiptNo) }));
  }
  if (str(d.ground)) out.push(labelOf(RELEASE_GROUNDS, str(d.ground)));
  if (str(d.method)) out.push(labelOf(SERVICE_METHODS, str(d.method)));
  if (num(d.days)) out.push(t('proc.history.days', { n: num(d.days)! }));
  if (num(d.amount) !== null) out.push(t('proc.history.amount', { amount: formatYuan(num(d.amount)!) }));
  if (str(d.hearingOn)) out.push(t('proc.history.hearingOn', { date: formatDate(str(d.hearingOn)), place: str(d.place) }));
  if (str(d.performBy)) out.push(t('proc.history.performBy', { date: formatDate(str(d.performBy)) }));
  if (str(d.retention)) {
    const r = RETENTIONS.find((x) => x.code === str(d.retention));
    if (r) out.push(t(r.label));
  }
  if (str(d.to) || str(d.transferTo)) out.push(t('proc.history.transferTo', { to: str(d.to) || str(d.transferTo) }));
  if (str(d.participants)) out.push(t('proc.history.participants', { names: str(d.participants) }));
  if (d.waived === true) out.push(t('proc.history.waived'));
  if (e.type === 'record_hearing') out.push(t(d.held === true ? 'proc.history.held' : 'proc.history.notHeld'));
  return out;
}

export function EventHistory({ events }: { events: CaseEvent[] }) {
  if (events.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="history">
        {t('proc.history.empty')}
      </Text>
    );
  }
  const sorted = [...events].sort((a, b) => b.on.localeCompare(a.on) || b.id - a.id);
  // Each act's place among its kind, in the order recorded: the second 告知 is a 重新告知.
  const nthOf = new Map<number, number>();
  const seen = new Map<string, number>();
  for (const e of [...events].sort((a, b) => a.id - b.id)) {
    const n = (seen.get(e.type) ?? 0) + 1;
    seen.set(e.type, n);
    nthOf.set(e.id, n);
  }
  return (
    <Stack gap={6} data-testid="history">
      {sorted.map((e) => {
        const opinion = OPINION_TYPES.has(e.type) ? str(e.data.opinion) : '';
        const isReview = e.type === 'review_return' || e.type === 'review_approve';
        const facts = factsOf(e, nthOf.get(e.id) ?? 1);
        const texts = TEXT_KEYS.map((k) => str(e.data[k])).filter(Boolean);
        return (
          <Paper key={e.id} withBorder={false} px="sm" py={6} className="zf-event" data-testid="history-event" data-type={e.type}>
            <Group gap="sm" wrap="nowrap" align="baseline">
              <Text size="sm" className="zf-mono" w={120} style={{ flexShrink: 0 }}>
                {formatDate(e.on)}
              </Text>
              <Stack gap={2} style={{ flex: 1 }}>
                <Group gap="xs">
                  <Text size="sm" fw={600}>
                    {ACTIONS[e.type]?.label ?? e.type}
                  </Text>
                  {e.type === 'review_return' && (
                    <Badge color="red" variant="light" size="xs" radius="sm">
                      {t('proc.review.returned')}
                    </Badge>
                  )}
                  <Text size="xs" c="dimmed" title={t('proc.history.enteredAt', { at: formatDateTime(e.at) })}>
                    {t('proc.history.actor', { name: e.actorName, role: labelOf(ROLES, e.actorRole) })}
                  </Text>
                </Group>
                {facts.length > 0 && (
                  <Text size="xs" c="dimmed">
                    {facts.join(t('proc.history.factSeparator'))}
                  </Text>
                )}
                {opinion && (
                  <div className={isReview ? 'zf-opinion zf-opinion-review' : 'zf-opinion'} data-testid={isReview ? 'review-opinion' : 'event-opinion'}>
                    <Text size="xs" c="dimmed" component="span">
                      {t(isReview ? 'proc.history.reviewOpinion' : 'proc.history.opinion')}
                    </Text>
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      {opinion}
                    </Text>
                  </div>
                )}
                {texts.map((text, i) => (
                  <Text key={i} size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {text}
                  </Text>
                ))}
              </Stack>
            </Group>
          </Paper>
        );
      })}
    </Stack>
  );
}
