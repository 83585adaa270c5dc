/**
 * Moves some demo cases along the procedure through the same service the UI uses, so a newcomer
 * finds work in every queue: 立案 awaiting approval, cases under investigation, reports awaiting
 * 法制审核, one returned with an opinion, approved ones ready for 告知.
 */
import { AccountRow, CaseRow, CauseRow } from '../../../db/entities';
import type { Database } from '../../../db/open';
import type { Role } from '../../contract/domain';
import type { ProcedureActionInput } from '../../contract/procedure';
import { procedureAction } from '../../contract/procedure';
import type { Session } from '../../rpc/dispatcher';
import { plusDays } from '../../procedure/calendar';
import type { Clock } from '../clock';
import { actOnCase } from '../procedure';
import type { Rng } from './sample-data';

const RETURN_OPINIONS = [
  '证据不足：未调取当事人的运单及收款凭证，请补充后重新报审。',
  '适用依据有误：请核对处罚依据的条款项，并说明裁量理由。',
  '询问笔录缺少当事人逐页签名，请补正后报审。',
];

export async function walkSampleCases(db: Database, clock: Clock, rng: Rng): Promise<void> {
  const today = clock.now().slice(0, 10);
  const sessions = await db.read(async (m) => {
    const byRole = {} as Partial<Record<Role, Session>>;
    for (const a of await m.find(AccountRow, { where: { active: true }, order: { id: 'ASC' } })) {
      byRole[a.role] ??= { token: 'seed', accountId: a.id, username: a.username, displayName: a.displayName, role: a.role, officerId: a.officerId };
    }
    return byRole;
  });
  const cases = await db.read((m) => m.find(CaseRow, { where: { procedure: 'general', stage: 'registered' }, order: { id: 'ASC' } }));
  for (const c of cases) {
    const registered = c.registeredAt.slice(0, 10);
    const cause = await db.read((m) => m.findOneByOrFail(CauseRow, { id: c.causeId }));
    const tiers = JSON.parse(cause.discretion) as { circumstance: string; fineMin: number; fineMax: number }[];
    const roll = rng();
    if (roll < 0.2) continue; // awaiting the head's approval of 立案
    const steps: [Role, ProcedureActionInput][] = [['head', { type: 'approve_registration', on: registered }]];
    if (roll >= 0.45) {
      const tier = tiers[0];
      const fine = tier ? Math.round((tier.fineMin + tier.fineMax) / 2 / 100) * 100 : 0;
      const within = tier && fine >= tier.fineMin && fine <= tier.fineMax;
      const closedOn = plusDays(registered, 10);
      steps.push(['clerk', {
        type: 'close_investigation', on: closedOn, summary: '经调查，当事人违法事实清楚，证据确凿。', outcome: 'penalty',
        penalty: { warning: !tier, fine },
        circumstance: tier?.circumstance ?? '',
        departureReason: within ? '' : '依据违法情节酌定',
      }]);
      steps.push(['clerk', { type: 'submit_review', on: closedOn }]);
      if (roll >= 0.65) {
        const reviewedOn = plusDays(closedOn, 2);
        if (roll < 0.78) {
          steps.push(['reviewer', { type: 'review_return', on: reviewedOn, opinion: RETURN_OPINIONS[Math.floor(rng() * RETURN_OPINIONS.length)] }]);
        } else {
          steps.push(['reviewer', { type: 'review_approve', on: reviewedOn, opinion: '事实清楚，证据确凿，适用依据正确，程序合法，同意。' }]);
        }
      }
    }
    let version = c.version;
    for (const [role, action] of steps) {
      const session = sessions[role];
      if (!session || action.on > today) break;
      try {
        const v = await actOnCase({ db, clock }, session, { caseId: c.id, caseVersion: version, action: procedureAction.parse(action) });
        version = v.caseVersion;
      } catch {
        // A sample the guards refuse simply stays where it is, as a real case would.
        break;
      }
    }
  }
}
