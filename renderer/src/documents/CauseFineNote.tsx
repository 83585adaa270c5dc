/**
 * Next to a fine amount in a document form: the 案由's statutory range and the 裁量 tier the case
 * chose, as the 提请决定 dialog shows them (procedure/PenaltyFields), and a note when the amount
 * typed lies outside them. Read-only help: the document keeps whatever amount the officer writes.
 */
import { Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { FieldValue, FormField } from '../../../main/contract/documents';
import type { Cause } from '../../../main/contract/schemas';
import { useWorkstation } from '../app/context';
import { parseRoute } from '../app/router';
import { t } from '../i18n';
import { departureOf, tierOf } from '../procedure/discretion';
import { rangeText } from '../procedure/PenaltyFields';

/** The fields that carry the fine the decision orders (or proposes), as opposed to costs and instalments. */
const FINE_KEYS = new Set(['fineAmount', 'proposedFine', 'fineCapital']);

interface CaseFine {
  cause: Cause;
  /** The 裁量情节 of the decision, else of the 调查终结 proposal; '' when none was chosen. */
  circumstance: string;
}

/** The case the document page is open on (#/cases/:caseId/documents/:docId). */
function currentCaseId(): number | null {
  const route = parseRoute(window.location.hash);
  return route.name === 'document' ? route.caseId : null;
}

function useCaseFine(active: boolean): CaseFine | null {
  const { backend } = useWorkstation();
  const [found, setFound] = useState<CaseFine | null>(null);
  useEffect(() => {
    const caseId = active ? currentCaseId() : null;
    if (caseId === null) return;
    let live = true;
    void Promise.all([backend.call('cases.get', { id: caseId }), backend.call('procedure.get', { caseId })]).then(([c, p]) => {
      if (!live || !c.ok) return;
      const state = p.ok ? p.value.state : null;
      setFound({ cause: c.value.cause, circumstance: state?.decision?.circumstance || state?.proposal?.circumstance || '' });
    });
    return () => {
      live = false;
    };
  }, [backend, active]);
  return found;
}

export function CauseFineNote({ field, value }: { field: FormField; value: FieldValue | undefined }) {
  const isFine = FINE_KEYS.has(field.key);
  const found = useCaseFine(isFine);
  if (!isFine || !found) return null;
  const { cause, circumstance } = found;
  const statutory = rangeText(cause.fineMin, cause.fineMax);
  const tier = tierOf(cause, circumstance);
  const fine = typeof value === 'number' ? value : undefined;
  const departure = fine === undefined ? null : departureOf(cause, circumstance, fine);
  if (!statutory && !tier) return null;
  return (
    <div data-testid="cause-fine-note">
      {statutory && (
        <Text size="xs" c="dimmed" data-testid="statutory-range">
          {t('proc.penalty.statutory', { range: statutory })}
        </Text>
      )}
      {tier && (
        <Text size="xs" c="dimmed" data-testid="tier-range">
          {t('doc.fine.tier', { circumstance: tier.circumstance, range: rangeText(tier.fineMin, tier.fineMax) })}
        </Text>
      )}
      {departure?.tier && (
        <Text size="xs" c="orange.8" data-testid="fine-departure">
          {t('proc.penalty.outOfTier', { circumstance: departure.tier.circumstance, range: rangeText(departure.tier.fineMin, departure.tier.fineMax) })}
        </Text>
      )}
      {departure?.statutory && (
        <Text size="xs" c="orange.8" data-testid="fine-departure">
          {t('proc.penalty.outOfLaw', { range: statutory })}
        </Text>
      )}
    </div>
  );
}
