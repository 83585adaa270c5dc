/**
 * 不予行政处罚决定书 (no. 25, outside the 24 of the annex): the 负责人 decided not to penalise
 * (行政处罚法 第五十七条第一款第（二）、（三）项) on one of the 2021 grounds — 违法行为轻微并及时改正,
 * 首违不罚 or 无主观过错 (第三十三条), the limitation period (第三十六条), or facts not established.
 * Same layout family as form 15, with its own notices: no penalty, no payment, no execution
 * clause; 复议 within 60 days or 诉讼 within 6 months.
 */
import { NO_PENALTY_OUTCOMES, OUTCOMES } from '../main/contract/procedure';
import type { FormDefinition } from '../main/documents/definition';
import { NOTICE_MARGINS, makeDateField } from './common';
import { composeForm, type Piece } from './blocks/compose';
import { heading, partyTable } from './blocks/party';
import { approvedDecision, outcomeLabel, stateOf } from './blocks/procedure';
import { remedyChoice } from './blocks/remedy';
import { seal } from './blocks/seal';

/** The grounds, worded as the procedure contract words the no-penalty outcomes. */
export const NO_PENALTY_GROUNDS: readonly string[] = OUTCOMES.filter((o) => NO_PENALTY_OUTCOMES.includes(o.code)).map((o) => o.label);

const body: Piece = {
  fields: [
    { key: 'facts', label: '案件事实及证据', kind: 'longtext', required: true, prefill: (ctx) => ctx.caseDetail.facts },
    {
      key: 'ground',
      label: '不予行政处罚的理由',
      kind: 'checkbox',
      required: true,
      multiple: false,
      options: NO_PENALTY_GROUNDS,
      prefill: (ctx) => {
        const d = stateOf(ctx)?.decision;
        const label = d && NO_PENALTY_OUTCOMES.includes(d.outcome) ? outcomeLabel(d.outcome) : undefined;
        return label ? [label] : undefined;
      },
    },
    { key: 'reasoning', label: '理由说明', kind: 'longtext', required: false, hint: '认定该情形的事实和依据，如首次违法、及时改正的情况' },
  ],
  notices: {
    intro: '本机关依法对当事人涉嫌违法一案进行了调查。经查明：',
    decision: '本机关认为，当事人有下列所勾选的情形，依据《中华人民共和国行政处罚法》第五十七条第一款和该情形所列条款的规定，决定不予行政处罚：',
  },
  layout: [
    { type: 'notice', key: 'intro' },
    { type: 'labelled', label: '案件事实及证据', field: 'facts', emptyLines: 4 },
    { type: 'notice', key: 'decision' },
    { type: 'checks', field: 'ground' },
    { type: 'labelled', label: '理由说明', field: 'reasoning', emptyLines: 2 },
  ],
};

export const noPenaltyDecision: FormDefinition = composeForm(
  { id: 25, slug: 'no-penalty-decision', name: '不予行政处罚决定书', stage: '决定', version: '2021.1', paper: { size: 'A4', margins: NOTICE_MARGINS } },
  [
    heading(),
    partyTable(),
    body,
    remedyChoice({ key: 'remedyNoPenalty', document: '决定书' }),
    seal({ date: { ...makeDateField, prefill: (ctx) => approvedDecision(ctx)?.decidedOn ?? ctx.today } }),
  ],
);
