import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A handling officer (承办人员) of a case; ordinal 0 is the lead. */
@Entity('case_officer')
export class CaseOfficerRow {
  @PrimaryColumn({ type: 'integer', name: 'case_id' }) caseId: number;
  @PrimaryColumn({ type: 'integer', name: 'officer_id' }) officerId: number;
  @Column({ type: 'integer' }) ordinal: number;
}
