/**
 * 裁量基准: checks a proposed fine against the 案由's statutory range and the tier (情节) the
 * officer chose, and words the suggestion and the warning the decision step shows.
 *
 * A departure is not refused here: 行政处罚法 allows 从轻、减轻处罚 with reasons, so the caller
 * asks for a written reason whenever `departs` or `outsideStatutory` is set.
 *
 * A fine of 0 stands for a warning-only penalty (警告). It is treated like any other amount:
 * inside a tier whose range starts at 0 it is no departure; under a tier that starts above 0 it
 * departs. With no tier chosen it departs like any other amount, except when the cause has a tier
 * starting at 0, because a warning-only outcome then belongs to that lowest tier whatever name
 * the officer gave it.
 */
import type { DiscretionTier } from './catalog';
import type { Cause } from './schemas';

export interface DiscretionAssessment {
  /** The tier named by `circumstance`, if any. */
  tier: DiscretionTier | null;
  /** The fine lies outside the chosen tier's range (or no tier chosen while the cause has tiers). */
  departs: boolean;
  /** The fine lies outside the statutory fineMin..fineMax. */
  outsideStatutory: boolean;
  /** Chinese suggestion for the UI, e.g. '一般情节：建议罚款 800 元至 1500 元'. */
  suggestion: string;
  /** Chinese explanation when departs/outsideStatutory; null otherwise. */
  message: string | null;
}

function yuan(n: number): string {
  return `${n} 元`;
}

/** '800—1500 元', '1500 元以下', '500 元' */
function span(min: number | null, max: number | null): string {
  if (min !== null && max !== null) return min === max ? yuan(min) : `${min}—${max} 元`;
  if (max !== null) return `${max} 元以下`;
  if (min !== null) return `${min} 元以上`;
  return '';
}

function advice(min: number, max: number): string {
  if (min === max) return min === 0 ? '建议不予罚款（予以警告）' : `建议罚款 ${yuan(min)}`;
  if (min === 0) return `建议警告或罚款 ${yuan(max)}以下`;
  return `建议罚款 ${yuan(min)}至 ${yuan(max)}`;
}

function statutoryText(cause: Cause): string | null {
  if (cause.fineMin === null && cause.fineMax === null) return null;
  return `法定罚款幅度 ${span(cause.fineMin, cause.fineMax)}`;
}

export function assessDiscretion(cause: Cause, circumstance: string, fine: number): DiscretionAssessment {
  const wanted = circumstance.trim();
  const tiers = cause.discretion;
  const tier = wanted ? (tiers.find((t) => t.circumstance.trim() === wanted) ?? null) : null;

  const belowStatute = cause.fineMin !== null && fine < cause.fineMin;
  const aboveStatute = cause.fineMax !== null && fine > cause.fineMax;
  const outsideStatutory = !Number.isFinite(fine) || belowStatute || aboveStatute;

  let departs = false;
  const messages: string[] = [];
  if (tier) {
    if (fine < tier.fineMin || fine > tier.fineMax || !Number.isFinite(fine)) {
      departs = true;
      const direction = fine < tier.fineMin ? '低于' : '超出';
      messages.push(`罚款 ${yuan(fine)}${direction}“${tier.circumstance}”情节的裁量幅度（${span(tier.fineMin, tier.fineMax)}），须说明理由`);
    }
  } else if (tiers.length > 0) {
    const warningTier = fine === 0 && tiers.some((t) => t.fineMin === 0);
    if (!warningTier) {
      departs = true;
      messages.push(
        wanted
          ? `“${wanted}”不是本案由裁量基准中的情节，罚款 ${yuan(fine)}须说明裁量理由`
          : `未选择裁量情节，罚款 ${yuan(fine)}须说明裁量理由`,
      );
    }
  }
  if (belowStatute) {
    messages.push(`罚款 ${yuan(fine)}低于法定罚款下限（${yuan(cause.fineMin ?? 0)}），须有减轻处罚的法定情形并说明理由`);
  } else if (aboveStatute) {
    messages.push(`罚款 ${yuan(fine)}超过法定罚款上限（${yuan(cause.fineMax ?? 0)}），不得超出法定幅度`);
  } else if (!Number.isFinite(fine)) {
    messages.push('罚款金额无效');
  }

  let suggestion: string;
  if (tier) {
    suggestion = `${tier.circumstance}情节：${advice(tier.fineMin, tier.fineMax)}`;
  } else if (tiers.length > 0) {
    const options = tiers.map((t) => `${t.circumstance}（${span(t.fineMin, t.fineMax)}）`).join('、');
    suggestion = `请选择裁量情节：${options}`;
  } else {
    suggestion = statutoryText(cause) ?? '本案由未设裁量基准，请按处罚依据裁量';
  }

  return { tier, departs, outsideStatutory, suggestion, message: messages.length ? messages.join('；') : null };
}
