/**
 * 案由目录 with 裁量基准 (discretion tiers): the data an admin imports and exports, and the
 * decision step's suggestion of a fine range.
 */
import { z } from 'zod';
import { CATEGORY_CODES } from './domain';

const money = (label: string) => z.number({ error: `${label}应为数字` }).int(`${label}应为整数（元）`).min(0, `${label}不能为负数`).max(1e10, `${label}过大`);

/** One tier of a 案由's 裁量基准: the circumstance (情节) and the fine range it allows. */
export const discretionTier = z
  .object({
    circumstance: z.string().trim().min(1, '请填写裁量情节').max(50, '裁量情节不能超过50个字'),
    fineMin: money('罚款下限'),
    fineMax: money('罚款上限'),
    description: z.string().trim().max(500, '情节说明不能超过500个字').default(''),
  })
  .refine((t) => t.fineMin <= t.fineMax, { message: '罚款下限不能高于上限', path: ['fineMax'] });
export type DiscretionTier = z.output<typeof discretionTier>;

/** A catalogue row as imported or exported (identified by its code). */
export const causeRecord = z
  .object({
    code: z.string().trim().min(1, '请填写案由编码').max(20, '案由编码不能超过20个字符').regex(/^[A-Za-z0-9-]+$/, '案由编码只能包含字母、数字和连字符'),
    category: z.enum(CATEGORY_CODES, { error: '执法门类无效' }),
    title: z.string().trim().min(1, '请填写案由名称').max(200, '案由名称不能超过200个字'),
    legalBasis: z.string().trim().min(1, '请填写违法依据').max(500, '违法依据不能超过500个字'),
    penaltyBasis: z.string().trim().min(1, '请填写处罚依据').max(500, '处罚依据不能超过500个字'),
    penaltyRange: z.string().trim().min(1, '请填写处罚种类和幅度').max(1000, '处罚种类和幅度不能超过1000个字'),
    /** Statutory fine range in yuan where the law states one as an amount; null where it is a multiple or a share. */
    fineMin: money('法定罚款下限').nullable().default(null),
    fineMax: money('法定罚款上限').nullable().default(null),
    discretion: z.array(discretionTier).max(20, '裁量档次不能超过20档').default([]),
    active: z.boolean().default(true),
  })
  .refine((c) => c.fineMin === null || c.fineMax === null || c.fineMin <= c.fineMax, { message: '法定罚款下限不能高于上限', path: ['fineMax'] });
export type CauseRecord = z.output<typeof causeRecord>;

export const CATALOG_FORMATS = ['json', 'csv'] as const;
export type CatalogFormat = (typeof CATALOG_FORMATS)[number];

export const catalogExport = z.object({ fileName: z.string(), format: z.enum(CATALOG_FORMATS), content: z.string(), rows: z.number().int() });
export type CatalogExport = z.infer<typeof catalogExport>;

export const catalogImportInput = z
  .object({
    format: z.enum(CATALOG_FORMATS, { error: '请选择文件格式' }),
    content: z.string().min(1, '文件内容为空').max(5_000_000, '文件过大（不能超过5MB）'),
    /** Check and report without changing anything. */
    dryRun: z.boolean().default(false),
  })
  .strict();

export const catalogImportResult = z.object({
  dryRun: z.boolean(),
  added: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  /** Row-by-row problems (row 1 = first data row); when any exist nothing was changed. */
  problems: z.array(z.object({ row: z.number().int(), field: z.string(), message: z.string() })),
});
export type CatalogImportResult = z.infer<typeof catalogImportResult>;

/**
 * One 案由 added or changed in the page: `original` is the record as the admin opened it (null
 * for a new one), so a row someone changed meanwhile is refused, not overwritten.
 */
export const catalogSaveInput = z.object({ record: causeRecord, original: causeRecord.nullable() }).strict();

/** 停用 (retire) or 启用 a 案由; a row is never deleted, since cases keep pointing at it. */
export const catalogSetActiveInput = z.object({ code: z.string().trim().min(1, '请选择案由').max(20), active: z.boolean({ error: '请选择启用或停用' }) }).strict();

/** The 简易程序 fine limits (行政处罚法 第五十一条): 公民 200 元以下, 法人或者其他组织 3000 元以下. */
export const SIMPLE_FINE_LIMITS = { individual: 200, organisation: 3000 } as const;

/**
 * Why 简易程序 does not suit a 案由 for a party of this kind, or null: its lowest statutory fine is
 * above what may be fined on the spot. A warning, not a refusal: the 案由 may also allow a 警告.
 */
export function simpleProcedureConflict(cause: { fineMin: number | null }, partyKind: 'individual' | 'organisation'): string | null {
  const limit = SIMPLE_FINE_LIMITS[partyKind];
  if (cause.fineMin === null || cause.fineMin <= limit) return null;
  const who = partyKind === 'organisation' ? '法人或者其他组织' : '公民';
  return `该案由法定罚款最低${cause.fineMin}元，超过简易程序对${who}${limit}元以下罚款的限额（行政处罚法 第五十一条），应当适用普通程序`;
}
