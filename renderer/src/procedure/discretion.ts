/**
 * 裁量基准: whether a proposed fine departs from the tier the clerk chose (or no tier was chosen
 * although the 案由 has tiers) or from the statutory range. The backend refuses such a proposal
 * without a written reason; the dialog applies the same rule as the amount is typed, so the reason
 * is asked for before the act is sent. A fine of 0 (warning only) fits a tier that starts at 0.
 */
import type { Cause } from '../../../main/contract/schemas';

export type Tier = Cause['discretion'][number];

export interface Departure {
  /** The chosen tier, when the fine lies outside its range. */
  tier: Tier | null;
  /** The 案由 has tiers but none was chosen (and the fine is not a warning-only 0 under a tier starting at 0). */
  noTier: boolean;
  /** The fine lies outside the statutory range. */
  statutory: boolean;
}

export function tierOf(cause: Cause, circumstance: string): Tier | null {
  const wanted = circumstance.trim();
  return wanted ? (cause.discretion.find((d) => d.circumstance.trim() === wanted) ?? null) : null;
}

/** Null when the fine keeps within the chosen tier and the statutory range, or there is nothing to compare with. */
export function departureOf(cause: Cause, circumstance: string, fine: number | undefined): Departure | null {
  if (fine === undefined || Number.isNaN(fine)) return null;
  const tiers = cause.discretion;
  if (fine <= 0 && tiers.length === 0) return null;
  const tier = tierOf(cause, circumstance);
  const outOfTier = tier !== null && (fine < tier.fineMin || fine > tier.fineMax);
  const noTier = tier === null && tiers.length > 0 && !(fine === 0 && tiers.some((t) => t.fineMin === 0));
  const statutory = (cause.fineMin !== null && fine < cause.fineMin) || (cause.fineMax !== null && fine > cause.fineMax);
  if (!outOfTier && !noTier && !statutory) return null;
  return { tier: outOfTier ? tier : null, noTier, statutory };
}
