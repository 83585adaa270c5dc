import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { OutboxRow } from '../../db/entities';

/** Queues a change for the provincial server inside the caller's transaction. */
export async function enqueueOutbox(
  m: EntityManager,
  change: { entity: string; entityId: string; op: 'create' | 'update' | 'delete'; payload: unknown; at: string },
): Promise<void> {
  await m.insert(OutboxRow, {
    idempotencyKey: randomUUID(),
    entity: change.entity,
    entityId: change.entityId,
    op: change.op,
    payload: JSON.stringify(change.payload),
    createdAt: change.at,
    sentAt: null,
  });
}
