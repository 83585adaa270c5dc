import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Category } from '../../main/contract/domain';

/** 案由 catalogue entry with its legal basis. */
@Entity('cause')
export class CauseRow {
  @PrimaryGeneratedColumn({ type: 'integer' }) id: number;
  @Column({ type: 'text' }) category: Category;
  @Column({ type: 'text' }) code: string;
  @Column({ type: 'text' }) title: string;
  @Column({ type: 'text', name: 'legal_basis' }) legalBasis: string;
  @Column({ type: 'text', name: 'penalty_basis' }) penaltyBasis: string;
  @Column({ type: 'text', name: 'penalty_range' }) penaltyRange: string;
  @Column({ type: 'integer', name: 'fine_min', nullable: true }) fineMin: number | null;
  @Column({ type: 'integer', name: 'fine_max', nullable: true }) fineMax: number | null;
  /** JSON list of 裁量基准 tiers. */
  @Column({ type: 'text' }) discretion: string;
  @Column({ type: 'boolean' }) active: boolean;
}
