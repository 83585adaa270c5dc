/**
 * What the procedure's rules read: the case's facts outside its procedure, its procedural facts, the
 * office's settings and calendar, and the day. Shared by the machine and the document rules.
 */
import type { DocumentData } from '../contract/documents';
import type { ProcedureSettings, ProcedureState } from '../contract/procedure';
import type { Cause } from '../contract/schemas';
import type { OfficerCredentials } from './officer-qualification';
import type { Periods } from './deadlines';

/** The facts of a case outside its procedure that the guards look at. */
export interface CaseFacts {
  procedure: 'general' | 'simple';
  /** 立案 date as registered (YYYY-MM-DD). */
  registeredOn: string;
  partyKind: 'individual' | 'organisation';
  /** Officers on the case qualified today (行政处罚法 第四十二条, `officerQualification`). */
  validOfficers: number;
  officerIds: number[];
  /**
   * The case's officers' credentials, so that each act is checked at its own date. Contexts built
   * without them (unit tests of other rules) fall back on `validOfficers`.
   */
  officers?: (OfficerCredentials & { id: number })[];
  cause: Cause;
  /** 案发时间 (YYYY-MM-DD): the limitation period of 行政处罚法 第三十六条 runs from it. */
  occurredOn: string;
  /** How many current (issued, not superseded) documents the case has of each form. */
  issued: Record<number, number>;
  /** The filled data of the latest current issued document of each form: what the acts are checked against. */
  documents: Record<number, DocumentData>;
}

export interface MachineContext {
  facts: CaseFacts;
  state: ProcedureState;
  settings: ProcedureSettings;
  periods: Periods;
  today: string;
}
