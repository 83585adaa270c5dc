/**
 * 裁量基准 in the act dialog: the backend's own rule (main/contract/discretion.ts), applied as the
 * amount is typed so the reason is asked for before the act is sent.
 */
import { assessDiscretion } from '../../../main/contract/discretion';
import type { Cause } from '../../../main/contract/schemas';

export type Tier = Cause['discretion'][number];

export interface Departure {
  /** The chosen tier, when the fine lies outside its range. */
  tier: Tier | null;
  /** The 案由 has tiers but none fits the choice. */
  noTier: boolean;
  /** The fine lies outside the statutory range. */
  statutory: boolean;
}

export function tierOf(cause: Cause, circumstance: string): Tier | null {
  const wanted = circumstance.trim();
  return wanted ? (cause.discretion.find((d) => d.circumstance.trim() === wanted) ?? null) : null;
}

/** Null when the backend would accept the fine without a reason. */
export function departureOf(cause: Cause, circumstance: string, fine: number | undefined): Departure | null {
  if (fine === undefined || Number.isNaN(fine)) return null;
  if (fine <= 0 && cause.discretion.length === 0) return null;
  const a = assessDiscretion(cause, circumstance, fine);
  if (!a.departs && !a.outsideStatutory) return null;
  return { tier: a.departs ? a.tier : null, noTier: a.departs && !a.tier, statutory: a.outsideStatutory };
}
