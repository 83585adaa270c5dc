/**
 * The remedy clause (救济途径) of decisions and orders, one piece per legal route, each a notice an
 * office may reword but not strip of what the law makes it state (enforced by
 * assertNoticeOverride against `noticeRequirements`).
 *
 * - 复议 or 诉讼 (forms 8, 15, 16, 20, 21, 25): 行政复议 within 60 days (行政复议法 第二十条) or
 *   行政诉讼 within 6 months (行政诉讼法 第四十六条).
 * - 复议前置 (form 14): since 2024-01-01 a 当场作出的行政处罚决定 must first go to 行政复议
 *   (行政复议法 第二十三条第一款第（一）项), and the decision must say so (第二十三条第二款); a suit may
 *   follow within 15 days of receiving the 复议决定 (行政诉讼法 第四十五条).
 */
import type { NoticeElement } from '../../main/documents/definition';
import { litigationCourtField, reconsiderationOrganField } from '../common';
import type { Piece } from './compose';

const ORGAN: NoticeElement = { anyOf: ['{reconsiderationOrgan}'], what: '复议机关（{reconsiderationOrgan}）' };
const COURT: NoticeElement = { anyOf: ['{litigationCourt}'], what: '管辖法院（{litigationCourt}）' };
const SIXTY_DAYS: NoticeElement = { anyOf: ['六十日', '60日'], what: '申请行政复议的期限六十日（行政复议法 第二十条）' };
const SIX_MONTHS: NoticeElement = { anyOf: ['六个月', '6个月'], what: '提起行政诉讼的期限六个月（行政诉讼法 第四十六条）' };
const RECONSIDERATION: NoticeElement = { anyOf: ['行政复议'], what: '行政复议' };
const LITIGATION: NoticeElement = { anyOf: ['行政诉讼'], what: '行政诉讼' };
const NOT_SUSPENDED: NoticeElement = { anyOf: ['不停止执行'], what: '复议、诉讼期间不停止执行（行政复议法 第四十二条、行政诉讼法 第五十六条）' };
const COURT_ENFORCEMENT: NoticeElement = { anyOf: ['申请人民法院强制执行'], what: '逾期不履行将申请人民法院强制执行（行政强制法 第五十三条）' };
const RECONSIDERATION_FIRST: NoticeElement = {
  anyOf: ['应当先申请行政复议', '先申请行政复议', '复议前置'],
  what: '应当先申请行政复议（复议前置，行政复议法 第二十三条第一款第（一）项、第二款）',
};
const FIFTEEN_DAYS: NoticeElement = {
  anyOf: ['十五日', '15日'],
  what: '对复议决定不服的，自收到复议决定书之日起十五日内起诉（行政诉讼法 第四十五条）',
};

const NOT_SUSPENDED_TEXT = '行政复议和行政诉讼期间，本决定不停止执行，法律另有规定的除外。';

/**
 * 行政复议 within 60 days or 行政诉讼 within 6 months, under notice `key` (kept as the forms have
 * always named it, so offices' stored wording still applies). `notSuspended` adds that execution
 * continues meanwhile; `courtWarning` that the agency will apply to the court if the party neither
 * seeks a remedy nor performs.
 */
export function remedyChoice(opts: { key: string; document: string; notSuspended?: boolean; courtWarning?: boolean }): Piece {
  const doc = opts.document;
  // "不服本决定" of a decision, "不服本通知书" of a notice, as the 式样 word them.
  const subject = doc === '决定书' ? '决定' : doc;
  const text =
    `当事人如不服本${subject}，可以自收到本${doc}之日起六十日内向{reconsiderationOrgan:text:10}申请行政复议，` +
    `也可以自收到本${doc}之日起六个月内向{litigationCourt:text:10}提起行政诉讼。` +
    (opts.notSuspended ? NOT_SUSPENDED_TEXT : '') +
    (opts.courtWarning ? `当事人逾期不申请行政复议、不提起行政诉讼，又不履行本${subject}的，本机关将依法申请人民法院强制执行。` : '');
  const required = [RECONSIDERATION, ORGAN, SIXTY_DAYS, LITIGATION, COURT, SIX_MONTHS];
  if (opts.notSuspended) required.push(NOT_SUSPENDED);
  if (opts.courtWarning) required.push(COURT_ENFORCEMENT);
  return {
    fields: [reconsiderationOrganField, litigationCourtField],
    notices: { [opts.key]: text },
    noticeRequirements: { [opts.key]: required },
    layout: [{ type: 'notice', key: opts.key }],
  };
}

/** Notice key of form 14's remedy clause: a key of its own, so no shared "复议或诉讼" wording reaches it. */
export const RECONSIDERATION_FIRST_KEY = 'remedyReconsiderationFirst';

/** 复议前置 (form 14): 行政复议 first, then a suit within 15 days of the 复议决定; not suspended; court warning. */
export function remedyReconsiderationFirst(): Piece {
  return {
    fields: [reconsiderationOrganField, litigationCourtField],
    notices: {
      [RECONSIDERATION_FIRST_KEY]:
        '当事人如不服本决定，应当先申请行政复议：可以自收到本决定书之日起六十日内向{reconsiderationOrgan:text:10}申请行政复议' +
        '（《中华人民共和国行政复议法》第二十三条第一款第（一）项）；对行政复议决定不服的，可以自收到行政复议决定书之日起十五日内' +
        '向{litigationCourt:text:10}提起行政诉讼（《中华人民共和国行政诉讼法》第四十五条）。' +
        NOT_SUSPENDED_TEXT +
        '当事人在法定期限内不申请行政复议，又不履行本决定的，本机关将依法申请人民法院强制执行。',
    },
    noticeRequirements: {
      [RECONSIDERATION_FIRST_KEY]: [RECONSIDERATION_FIRST, ORGAN, SIXTY_DAYS, FIFTEEN_DAYS, LITIGATION, COURT, NOT_SUSPENDED, COURT_ENFORCEMENT],
    },
    layout: [{ type: 'notice', key: RECONSIDERATION_FIRST_KEY }],
  };
}
