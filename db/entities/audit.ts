import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

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
  /** Key era (schema 7 on); null for entries written before, which verify by the plain chain. */
  @Column({ type: 'integer', nullable: true }) era: number | null;
  /** HMAC-SHA256 of `hash` under the era's key; null before schema 7. */
  @Column({ type: 'text', nullable: true }) mac: string | null;
}

/** A key era of the audit chain: entries from `firstEntryId` on carry an HMAC under this era's key. */
@Entity('audit_key_era')
export class AuditKeyEraRow {
  @PrimaryColumn({ type: 'integer' }) era: number;
  @Column({ type: 'text', name: 'started_at' }) startedAt: string;
  @Column({ type: 'integer', name: 'first_entry_id' }) firstEntryId: number;
  /** A fingerprint of the key (never the key): HMAC of a fixed label under it, first 16 hex digits. */
  @Column({ type: 'text', name: 'key_id' }) keyId: string;
  @Column({ type: 'text' }) store: 'keychain' | 'file';
}
