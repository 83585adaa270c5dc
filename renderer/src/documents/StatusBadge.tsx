import { Badge } from '@mantine/core';
import { DOCUMENT_STATUSES, type DocumentStatusCode } from '../../../main/contract/documents';
import { labelOf } from '../../../main/contract/domain';

const COLORS: Record<DocumentStatusCode, string> = { draft: 'yellow', issued: 'green', superseded: 'gray' };

export function DocumentStatusBadge({ status }: { status: DocumentStatusCode }) {
  return (
    <Badge color={COLORS[status]} variant="light" radius="sm" size="sm" data-testid="doc-status" style={{ minWidth: 'max-content' }}>
      {labelOf(DOCUMENT_STATUSES, status)}
    </Badge>
  );
}
