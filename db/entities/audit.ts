import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** 执法全过程记录: one append-only, hash-chained entry per business change. */
@Entity('audit_log')
export class AuditRow {
  @PrimaryGeneratedColumn({ type: 'integer' }) id: number;
  @Column({ type: 'text' }) at: string;
  @Column({ type: 'integer', name: 'actor_id', nullable: true }) actorId: number | null;
  @Column({ type: 'text', name: 'actor_name' }) actorName: string;
  @Column({ type: 'text' }) action: string;
  @Column({ type: 'text' }) entity: string;
  @Column({ type: 'text', name: 'entity_id' }) entityId: string;
  @Column({ type: 'text', name: 'before_hash', nullable: true }) beforeHash: string | null;
  @Column({ type: 'text', name: 'after_hash', nullable: true }) afterHash: string | null;
  @Column({ type: 'text' }) detail: string;
  /** JSON list of {path, before, after}, personal data masked; '' for none (entries before schema 3). */
  @Column({ type: 'text' }) changes: string;
  @Column({ type: 'text', name: 'prev_hash' }) prevHash: string;
  @Column({ type: 'text' }) hash: string;
}
