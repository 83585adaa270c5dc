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

/** A change as a person reads it: the stored path and values, with the field's Chinese name and each value as text. */
export const auditChangeView = auditChange.extend({
  /** 「当事人 › 第1项 › 联系电话」: the contract's field labels, or the form's own for document data. */
  label: z.string(),
  /** Values as text: codes by their labels, dates in Chinese, 是/否, 空 for none. */
  beforeText: z.string(),
  afterText: z.string(),
});
export type AuditChangeView = z.infer<typeof auditChangeView>;

export const auditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  actorName: z.string(),
  action: z.string(),
  /** The action in Chinese, e.g. 「批准立案」. */
  actionLabel: z.string(),
  entity: z.string(),
  entityId: z.string(),
  /** The object as a person names it: the 案号, 《文书名称》第N版, a masked name, 文书设置. */
  entityLabel: z.string(),
  note: z.string(),
  changes: z.array(auditChangeView),
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

/** Why an entry does not fit the chain. */
export const auditProblem = z.enum([
  /** Its own hash does not match its fields (the row was edited). */
  'content',
  /** Its prev_hash is not the previous row's hash (rows deleted, reordered or re-chained). */
  'link',
  /** Its id does not follow the previous one (a row was deleted). */
  'missing',
  /** Its MAC is not the HMAC of its hash under its era's key (the row was edited and re-chained). */
  'mac',
  /** It lies in a key era but carries no era or MAC (written, or rewritten, without the key). */
  'unsigned',
  /** It names a key era other than the one its position belongs to, or one the database does not record. */
  'era',
]);
export type AuditProblem = z.infer<typeof auditProblem>;

/** One key era of the chain as the verifier found it. */
export const auditEraReport = z.object({
  era: z.number().int(),
  startedAt: z.string(),
  /** Ids of the era's entries; lastId null while it has none. */
  firstId: z.number().int(),
  lastId: z.number().int().nullable(),
  entries: z.number().int(),
  /** Where the era's key is kept: the OS keychain or a 0600 file outside the data directory. */
  store: z.enum(['keychain', 'file']),
  keyAvailable: z.boolean(),
  /** Why the key could not be used, in Chinese; '' when it was. */
  keyProblem: z.string(),
});
export type AuditEraReport = z.infer<typeof auditEraReport>;

export const auditVerdict = z.object({
  /** True only when every entry was checked in full and fits: entries whose MAC could not be checked are not called intact. */
  intact: z.boolean(),
  /** intact; broken (brokenAt says where); unchecked — no break found, but some entries' MACs could not be checked (key unavailable). */
  status: z.enum(['intact', 'broken', 'unchecked']),
  entries: z.number().int(),
  /** Entries written before the first key era (hash chain only, as they were written). */
  legacyEntries: z.number().int(),
  /** Entries of eras whose key was unavailable: hash and link checked, MAC not. */
  unchecked: z.number().int(),
  eras: z.array(auditEraReport),
  /** The first entry whose link, content or MAC does not match, if any, with the key era its position belongs to (null before the first). */
  brokenAt: z
    .object({
      id: z.number().int(), at: z.string(), actorName: z.string(), action: z.string(), entity: z.string(), entityId: z.string(),
      problem: auditProblem, era: z.number().int().nullable(),
    })
    .nullable(),
  checkedAt: z.string(),
  tookMs: z.number(),
});
export type AuditVerdict = z.infer<typeof auditVerdict>;
