import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Last serial issued per (series, year); one row per counter. */
@Entity('number_counter')
export class NumberCounterRow {
  @PrimaryColumn({ type: 'text' }) series: string;
  @PrimaryColumn({ type: 'integer' }) year: number;
  @Column({ type: 'integer', name: 'last_serial' }) lastSerial: number;
}

/** Every number ever issued, used or voided, so gaps can be audited. */
@Entity('number_ledger')
export class NumberLedgerRow {
  @PrimaryColumn({ type: 'text' }) series: string;
  @PrimaryColumn({ type: 'integer' }) year: number;
  @PrimaryColumn({ type: 'integer' }) serial: number;
  @Column({ type: 'text' }) number: string;
  @Column({ type: 'integer', name: 'case_id', nullable: true }) caseId: number | null;
  @Column({ type: 'text' }) status: 'used' | 'void';
  @Column({ type: 'text' }) reason: string;
  @Column({ type: 'text' }) at: string;
}
