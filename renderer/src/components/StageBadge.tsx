import { Badge } from '@mantine/core';
import { CASE_STAGES, labelOf, type CaseStage } from '../../../main/contract/domain';

const COLORS: Partial<Record<CaseStage, string>> = {
  registered: 'blue',
  investigation: 'cyan',
  coercive_measure: 'orange',
  legal_review: 'violet',
  decided: 'indigo',
  closed: 'green',
  archived: 'gray',
  revoked: 'red',
  transferred_out: 'gray',
};

export function StageBadge({ stage, size = 'sm' }: { stage: CaseStage; size?: 'sm' | 'md' | 'lg' }) {
  return (
    <Badge color={COLORS[stage] ?? 'teal'} variant="light" radius="sm" size={size} data-testid="case-stage" style={{ minWidth: 'max-content' }}>
      {labelOf(CASE_STAGES, stage)}
    </Badge>
  );
}
