/**
 * The steps of the case's procedure, each with the day it was reached. The steps and their dates
 * come from the procedural facts alone, so the row reads the same as the case file.
 */
import { Text } from '@mantine/core';
import type { ProcedureView } from '../../../main/contract/procedure';
import { formatDate, t, type MessageKey } from '../i18n';

interface Step {
  key: string;
  label: MessageKey;
  on: string | null;
  params?: Record<string, number>;
}

/**
 * Optional steps (法制审核, 集体讨论, 听证) appear when the office requires them or the case went through them;
 * 补充调查 appears once the case was reopened after 告知, and an express hearing waiver stands in the 听证 step.
 */
function stepsOf(view: ProcedureView, registeredOn: string): Step[] {
  const s = view.state;
  if (view.procedure === 'simple') {
    return [
      { key: 'registered', label: 'proc.step.registered', on: registeredOn },
      { key: 'on_spot', label: 'proc.step.onSpot', on: s.onSpot?.on ?? null },
      { key: 'filed', label: 'proc.step.filed', on: s.onSpot?.filedOn ?? null },
      { key: 'execution', label: 'proc.step.execution', on: s.executionDoneOn },
      { key: 'closed', label: 'proc.step.closed', on: s.closedOn },
      { key: 'archived', label: 'proc.step.archived', on: s.archivedOn },
    ];
  }
  const steps: Step[] = [{ key: 'registered', label: 'proc.step.registered', on: s.registrationApprovedOn }];
  // Emergency measures (行政强制法 第十九条) wait for the 负责人's approval afterwards: shown until it is given, then with its day.
  const emergency = s.measures.filter((m) => m.emergency);
  if (emergency.length) {
    const awaiting = emergency.some((m) => !m.approvedOn && !m.releasedOn);
    const lastRatified = emergency.map((m) => m.approvedOn).filter((d): d is string => d !== null).sort().at(-1) ?? null;
    steps.push(
      awaiting
        ? { key: 'measure_report', label: 'proc.step.measureAwaiting', on: null }
        : { key: 'measure_report', label: 'proc.step.measureRatified', on: lastRatified },
    );
  }
  steps.push({ key: 'investigation', label: 'proc.step.investigation', on: s.registrationApprovedOn });
  const reopened = s.reopenings.at(-1);
  if (reopened) {
    steps.push(
      s.reopenings.length > 1
        ? { key: 'reopened', label: 'proc.step.reopenedTimes', on: reopened.on, params: { n: s.reopenings.length } }
        : { key: 'reopened', label: 'proc.step.reopened', on: reopened.on },
    );
  }
  steps.push({ key: 'investigation_closed', label: 'proc.step.investigationClosed', on: s.investigationClosedOn });
  if (view.requirements.legalReview || s.review.status !== 'none') {
    steps.push({ key: 'legal_review', label: 'proc.step.legalReview', on: s.review.status === 'approved' ? s.review.decidedOn : null });
  }
  if (view.requirements.collectiveDiscussion || s.discussionOn) {
    steps.push({ key: 'discussion', label: 'proc.step.discussion', on: s.discussionOn });
  }
  steps.push({ key: 'notified', label: 'proc.step.notified', on: s.notifiedOn });
  if (s.hearing) steps.push({ key: 'hearing', label: 'proc.step.hearing', on: s.hearing.heldOn ?? s.hearing.waivedOn });
  else if (s.hearingWaivedOn) steps.push({ key: 'hearing_waived', label: 'proc.step.hearingWaived', on: s.hearingWaivedOn });
  steps.push(
    { key: 'decided', label: 'proc.step.decided', on: s.decision?.decidedOn ?? null },
    { key: 'served', label: 'proc.step.served', on: s.service?.on ?? null },
    { key: 'execution', label: 'proc.step.execution', on: s.executionDoneOn },
    { key: 'closed', label: 'proc.step.closed', on: s.closedOn },
    { key: 'archived', label: 'proc.step.archived', on: s.archivedOn },
  );
  return steps;
}

export function StageSteps({ view, registeredOn }: { view: ProcedureView; registeredOn: string }) {
  const steps = stepsOf(view, registeredOn);
  // 调查取证 runs from 立案 until 调查终结: it is "reached" with the registration but done only at the close.
  const closed = steps.find((st) => st.key === 'investigation_closed');
  const doneOf = (st: Step) => (st.key === 'investigation' ? closed?.on !== null && closed?.on !== undefined : st.on !== null);
  const current = steps.findIndex((st) => !doneOf(st));
  const ended = view.state.revokedOn !== null || view.state.transferredOn !== null;
  return (
    <ol className="zf-steps" data-testid="procedure-steps">
      {steps.map((st, i) => {
        const state = doneOf(st) ? 'done' : i === current && !ended ? 'current' : 'todo';
        return (
          <li key={st.key} className="zf-step" data-state={state} data-step={st.key} aria-current={state === 'current' ? 'step' : undefined}>
            <span className="zf-step-dot" aria-hidden />
            <Text size="sm" fw={state === 'current' ? 700 : 500} className="zf-step-label">
              {t(st.label, st.params)}
            </Text>
            <Text size="xs" c="dimmed" className="zf-mono">
              {st.key === 'investigation' ? '' : formatDate(st.on)}
            </Text>
          </li>
        );
      })}
    </ol>
  );
}
