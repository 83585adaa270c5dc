import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ConveyanceKind } from '../../main/contract/domain';

/** A vehicle (by plate) or vessel (by ship name) involved in a case. */
@Entity('conveyance')
export class ConveyanceRow {
  @PrimaryGeneratedColumn({ type: 'integer' }) id: number;
  @Column({ type: 'integer', name: 'case_id' }) caseId: number;
  @Column({ type: 'integer' }) ordinal: number;
  @Column({ type: 'text' }) kind: ConveyanceKind;
  @Column({ type: 'text' }) plate: string;
  @Column({ type: 'text', name: 'plate_color' }) plateColor: string;
  @Column({ type: 'text' }) model: string;
}
