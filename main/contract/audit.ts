/** 执法全过程记录 in the API: entries with what changed, and the chain's verification. */
import { z } from 'zod';

export const auditChange = z.object({
  /** Dotted path of the changed value, e.g. `parties.0.phone`. */
  path: z.string(),
  /** JSON values; personal identifiers masked. */
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditChange = z.infer<typeof auditChange>;

export const auditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  actorName: z.string(),
  action: z.string(),
  /** The action in Chinese, e.g. 「批准立案」. */
  actionLabel: z.string(),
  entity: z.string(),
  entityId: z.string(),
  note: z.string(),
  changes: z.array(auditChange),
  hash: z.string(),
});
export type AuditEntryView = z.infer<typeof auditEntry>;

export const auditQuery = z
  .object({
    caseId: z.number().int().positive().optional(),
    entity: z.string().max(30).optional(),
    /** Entries older than this id (paging backwards from the newest). */
    beforeId: z.number().int().positive().optional(),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .strict();

export const auditPage = z.object({ items: z.array(auditEntry), hasMore: z.boolean() });
export type AuditPage = z.infer<typeof auditPage>;

export const auditVerdict = z.object({
  intact: z.boolean(),
  entries: z.number().int(),
  /** The first entry whose link or content does not match, if any. */
  brokenAt: z
    .object({ id: z.number().int(), at: z.string(), actorName: z.string(), action: z.string(), entity: z.string(), entityId: z.string(), problem: z.enum(['content', 'link', 'missing']) })
    .nullable(),
  checkedAt: z.string(),
  tookMs: z.number(),
});
export type AuditVerdict = z.infer<typeof auditVerdict>;
