import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { CaseSource, CaseStage, Category, Procedure } from '../../main/contract/domain';
import type { Awaiting } from '../../main/contract/procedure';

/** 案件 */
@Entity('enforcement_case')
export class CaseRow {
  @PrimaryGeneratedColumn({ type: 'integer' }) id: number;
  /** Stable identity across offices for sync; the case number can be reissued, this cannot. */
  @Column({ type: 'text' }) uid: string;
  @Column({ type: 'text', name: 'case_number' }) caseNumber: string;
  @Column({ type: 'text', name: 'number_series' }) numberSeries: string;
  @Column({ type: 'integer', name: 'number_year' }) numberYear: number;
  @Column({ type: 'integer', name: 'number_serial' }) numberSerial: number;
  @Column({ type: 'text' }) category: Category;
  @Column({ type: 'integer', name: 'cause_id' }) causeId: number;
  @Column({ type: 'text' }) procedure: Procedure;
  @Column({ type: 'text' }) stage: CaseStage;
  @Column({ type: 'text' }) source: CaseSource;
  @Column({ type: 'text', name: 'source_detail' }) sourceDetail: string;
  @Column({ type: 'text', name: 'occurred_at' }) occurredAt: string;
  @Column({ type: 'text' }) place: string;
  @Column({ type: 'text' }) facts: string;
  @Column({ type: 'text', name: 'registered_at' }) registeredAt: string;
  @Column({ type: 'integer', name: 'created_by' }) createdBy: number;
  @Column({ type: 'text', name: 'created_at' }) createdAt: string;
  @Column({ type: 'text', name: 'updated_at' }) updatedAt: string;
  @Column({ type: 'integer' }) version: number;
  /** The procedural facts (JSON of `ProcedureState`); the stage follows from them. */
  @Column({ type: 'text', name: 'procedure_state' }) procedureState: string;
  /** Whose move it is (drives the review and approval queues); null when nobody's. */
  @Column({ type: 'text', nullable: true }) awaiting: Awaiting | null;
  @Column({ type: 'text', name: 'awaiting_since', nullable: true }) awaitingSince: string | null;
}
