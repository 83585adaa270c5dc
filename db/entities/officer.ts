import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** 执法人员, identified by the 执法证号 the ministry registry issued. */
@Entity('officer')
export class OfficerRow {
  @PrimaryGeneratedColumn({ type: 'integer' }) id: number;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text', name: 'cert_no' }) certNo: string;
  @Column({ type: 'text' }) unit: string;
  @Column({ type: 'boolean' }) active: boolean;
}
