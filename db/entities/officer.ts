import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Category } from '../../main/contract/domain';

export type OfficerStatus = 'on_duty' | 'transferred' | 'suspended';

/** 执法人员, identified by the 执法证号 the ministry registry issued. */
@Entity('officer')
export class OfficerRow {
  @PrimaryGeneratedColumn({ type: 'integer' }) id: number;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text', name: 'cert_no' }) certNo: string;
  @Column({ type: 'text' }) unit: string;
  /** Kept in step with `status` (on duty = active) for the pickers and older queries. */
  @Column({ type: 'boolean' }) active: boolean;
  /** 发证机关. */
  @Column({ type: 'text', name: 'cert_issuer', default: '' }) certIssuer: string;
  @Column({ type: 'text', name: 'cert_valid_from', nullable: true }) certValidFrom: string | null;
  /** Last day the certificate is valid (inclusive); null = not recorded. */
  @Column({ type: 'text', name: 'cert_valid_to', nullable: true }) certValidTo: string | null;
  /** JSON list of the 执法门类 codes the certificate covers. */
  @Column({ type: 'text', default: '[]' }) categories: string;
  @Column({ type: 'text', default: 'on_duty' }) status: OfficerStatus;
  /** The provincial registry's identifier, kept for sync. */
  @Column({ type: 'text', name: 'provincial_id', nullable: true }) provincialId: string | null;
  @Column({ type: 'integer', default: 1 }) version: number;
  @Column({ type: 'text', name: 'updated_at', nullable: true }) updatedAt: string | null;
}

export function officerCategories(row: Pick<OfficerRow, 'categories'>): Category[] {
  try {
    const v = JSON.parse(row.categories) as unknown;
    return Array.isArray(v) ? (v.filter((x) => typeof x === 'string') as Category[]) : [];
  } catch {
    return [];
  }
}

/** 培训记录. */
@Entity('officer_training')
export class OfficerTrainingRow {
  @PrimaryGeneratedColumn({ type: 'integer' }) id: number;
  @Column({ type: 'integer', name: 'officer_id' }) officerId: number;
  @Column({ type: 'text' }) course: string;
  @Column({ type: 'real' }) hours: number;
  @Column({ type: 'text', name: 'on_date' }) onDate: string;
}
