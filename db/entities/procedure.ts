import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** One procedural act on a case (立案审批, 告知, 决定 …) as it was recorded. */
@Entity('case_event')
export class CaseEventRow {
  @PrimaryGeneratedColumn({ type: 'integer' }) id: number;
  @Column({ type: 'integer', name: 'case_id' }) caseId: number;
  @Column({ type: 'text' }) type: string;
  /** The date the act took effect (may precede its entry). */
  @Column({ type: 'text', name: 'on_date' }) onDate: string;
  @Column({ type: 'text' }) data: string;
  @Column({ type: 'integer', name: 'actor_id', nullable: true }) actorId: number | null;
  @Column({ type: 'text', name: 'actor_name' }) actorName: string;
  @Column({ type: 'text', name: 'actor_role' }) actorRole: string;
  @Column({ type: 'text' }) at: string;
}

/** A deadline that follows from a case's facts, materialised for the dashboard. */
@Entity('case_deadline')
export class CaseDeadlineRow {
  @PrimaryColumn({ type: 'integer', name: 'case_id' }) caseId: number;
  @PrimaryColumn({ type: 'text' }) kind: string;
  /** Several deadlines of one kind (instalments) are told apart by this. */
  @PrimaryColumn({ type: 'integer' }) seq: number;
  @Column({ type: 'text', name: 'from_on' }) fromOn: string;
  @Column({ type: 'text', name: 'due_on' }) dueOn: string;
  @Column({ type: 'text' }) rule: string;
  @Column({ type: 'text' }) status: 'open' | 'met';
  @Column({ type: 'text', name: 'met_on', nullable: true }) metOn: string | null;
}

/** A holiday or 调休 working day on top of the weekday rule. */
@Entity('calendar_day')
export class CalendarDayRow {
  @PrimaryColumn({ type: 'text' }) day: string;
  @Column({ type: 'text' }) kind: 'holiday' | 'workday';
  @Column({ type: 'text' }) name: string;
}
