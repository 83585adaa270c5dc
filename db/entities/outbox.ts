import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Local changes waiting to be pushed to the provincial server. */
@Entity('sync_outbox')
export class OutboxRow {
  @PrimaryGeneratedColumn({ type: 'integer' }) id: number;
  @Column({ type: 'text', name: 'idempotency_key' }) idempotencyKey: string;
  @Column({ type: 'text' }) entity: string;
  @Column({ type: 'text', name: 'entity_id' }) entityId: string;
  @Column({ type: 'text' }) op: string;
  @Column({ type: 'text' }) payload: string;
  @Column({ type: 'text', name: 'created_at' }) createdAt: string;
  @Column({ type: 'text', name: 'sent_at', nullable: true }) sentAt: string | null;
}
