import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '../../main/contract/domain';

@Entity('account')
export class AccountRow {
  @PrimaryGeneratedColumn({ type: 'integer' }) id: number;
  @Column({ type: 'text' }) username: string;
  @Column({ type: 'text', name: 'display_name' }) displayName: string;
  @Column({ type: 'text' }) role: Role;
  /** scrypt$N$r$p$salt$hash; the password itself is never stored. */
  @Column({ type: 'text', name: 'password_hash' }) passwordHash: string;
  @Column({ type: 'integer', name: 'officer_id', nullable: true }) officerId: number | null;
  @Column({ type: 'boolean' }) active: boolean;
  @Column({ type: 'text', name: 'created_at' }) createdAt: string;
}
