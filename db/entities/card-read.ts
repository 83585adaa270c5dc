import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { CardKind } from '../../main/contract/idcard';

/** One ID card as the reader returned it: raw blocks plus the decoded fields (JSON of `CardRead` minus the read's own id). */
@Entity('card_read')
export class CardReadRow {
  @PrimaryGeneratedColumn({ type: 'integer' }) id: number;
  @Column({ type: 'text', name: 'read_at' }) readAt: string;
  @Column({ type: 'integer', name: 'account_id', nullable: true }) accountId: number | null;
  @Column({ type: 'text' }) kind: CardKind;
  /** Which reader: "USB 0400:C35A", "/dev/ttyUSB0", "模拟读卡器". */
  @Column({ type: 'text' }) reader: string;
  @Column({ type: 'text', name: 'sam_id', nullable: true }) samId: string | null;
  @Column({ type: 'boolean' }) simulated: boolean;
  @Column({ type: 'blob', name: 'text_block' }) textBlock: Buffer;
  @Column({ type: 'blob', name: 'photo_block', nullable: true }) photoBlock: Buffer | null;
  @Column({ type: 'text', name: 'latest_address' }) latestAddress: string;
  @Column({ type: 'text' }) fields: string;
  @Column({ type: 'integer', name: 'party_id', nullable: true }) partyId: number | null;
}
