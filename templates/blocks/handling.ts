/**
 * How a decision (form 15, 不予行政处罚决定书) records what happened before it: the party's 陈述申辩,
 * the hearing, and how the 裁量基准 was applied — pre-filled in words from the recorded acts.
 */
import type { PrefillContext } from '../../main/documents/definition';
import { dateInFigures } from '../../main/documents/text';
import { stateOf } from './procedure';

export function statementHandlingText(ctx: PrefillContext): string | undefined {
  const s = stateOf(ctx);
  if (!s) return undefined;
  const st = s.statement;
  if (st?.waived) return `当事人于${dateInFigures(st.on)}明确表示放弃陈述、申辩的权利。`;
  if (st) {
    return st.adopted
      ? `当事人于${dateInFigures(st.on)}提出陈述、申辩。经复核，其提出的事实、理由和证据成立，本机关予以采纳。`
      : `当事人于${dateInFigures(st.on)}提出陈述、申辩。经复核，其提出的事实、理由和证据不成立，本机关不予采纳。`;
  }
  return s.notifiedOn ? `本机关于${dateInFigures(s.notifiedOn)}告知当事人拟作出的行政处罚及其陈述、申辩的权利，当事人在规定期限内未提出陈述、申辩。` : undefined;
}

export function hearingHandlingText(ctx: PrefillContext): string | undefined {
  const s = stateOf(ctx);
  if (!s) return undefined;
  const h = s.hearing;
  if (h?.heldOn) return `当事人于${dateInFigures(h.requestedOn)}要求举行听证，本机关于${dateInFigures(h.heldOn)}依法举行了听证。`;
  if (s.pastHearingHeldOn) return `本机关于${dateInFigures(s.pastHearingHeldOn)}依法举行了听证。`;
  if (h?.waivedOn) return `当事人于${dateInFigures(h.requestedOn)}要求举行听证，后于${dateInFigures(h.waivedOn)}放弃听证。`;
  if (h) return `当事人于${dateInFigures(h.requestedOn)}要求举行听证。`;
  if (s.hearingWaivedOn) return `当事人于${dateInFigures(s.hearingWaivedOn)}明确表示放弃要求听证的权利。`;
  if (s.hearingRightTold || ctx.procedure?.requirements.hearingRight) return '本机关已告知当事人有要求举行听证的权利，当事人在法定期限内未要求听证。';
  return '本案拟作出的行政处罚不属于当事人可以要求听证的情形（行政处罚法 第六十三条）。';
}

export function discretionText(ctx: PrefillContext): string | undefined {
  const d = stateOf(ctx)?.decision;
  if (!d) return undefined;
  const circumstance = d.circumstance.trim();
  const departure = d.departureReason.trim();
  const base = circumstance ? `本案适用本机关行政处罚裁量基准中“${circumstance}”的情形` : '本案未适用行政处罚裁量基准中的具体情形';
  return departure ? `${base}；因${departure.replace(/[。；]$/, '')}，依法在裁量基准的幅度外作出处罚。` : `${base}，在裁量基准的幅度内作出处罚。`;
}
