/**
 * The standard forms (《交通运输行政执法文书式样》) the workstation prints, by number, and the
 * documents added beside them (25 不予行政处罚决定书). Adding a form is adding its file and listing it here.
 */
import type { FormDefinition } from '../main/documents/definition';
import { caseRegistration } from './01-case-registration';
import { inquiryRecord } from './02-inquiry-record';
import { inspectionRecord } from './03-inspection-record';
import { siteRecord } from './04-site-record';
import { samplingVoucher } from './05-sampling-voucher';
import { evidencePreservationList } from './06-evidence-preservation-list';
import { releaseEvidencePreservation } from './07-release-evidence-preservation';
import { coerciveMeasureDecision } from './08-coercive-measure-decision';
import { measureExtensionNotice } from './09-measure-extension-notice';
import { measureReleaseDecision } from './10-measure-release-decision';
import { violationNotice } from './11-violation-notice';
import { hearingNotice } from './12-hearing-notice';
import { hearingRecord } from './13-hearing-record';
import { onTheSpotPenalty } from './14-on-the-spot-penalty';
import { penaltyDecision } from './15-penalty-decision';
import { correctionOrder } from './16-correction-order';
import { instalmentNotice } from './17-instalment-notice';
import { enforcementAnnouncement } from './18-enforcement-announcement';
import { performanceDemand } from './19-performance-demand';
import { enforcementDecision } from './20-enforcement-decision';
import { substitutePerformanceDecision } from './21-substitute-performance-decision';
import { enforcementSuspensionNotice } from './22-enforcement-suspension-notice';
import { serviceReceipt } from './23-service-receipt';
import { caseClosingReport } from './24-case-closing-report';
import { noPenaltyDecision } from './25-no-penalty-decision';

export const FORM_DEFINITIONS: readonly FormDefinition[] = [
  caseRegistration,
  inquiryRecord,
  inspectionRecord,
  siteRecord,
  samplingVoucher,
  evidencePreservationList,
  releaseEvidencePreservation,
  coerciveMeasureDecision,
  measureExtensionNotice,
  measureReleaseDecision,
  violationNotice,
  hearingNotice,
  hearingRecord,
  onTheSpotPenalty,
  penaltyDecision,
  correctionOrder,
  instalmentNotice,
  enforcementAnnouncement,
  performanceDemand,
  enforcementDecision,
  substitutePerformanceDecision,
  enforcementSuspensionNotice,
  serviceReceipt,
  caseClosingReport,
  noPenaltyDecision,
];

export function formDefinition(id: number): FormDefinition | undefined {
  return FORM_DEFINITIONS.find((f) => f.id === id);
}

