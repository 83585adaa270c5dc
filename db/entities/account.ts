import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
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
  /** Set by an admin's reset (or creation): the one-time password must be changed at the next login. */
  @Column({ type: 'boolean', name: 'must_change_password', default: false }) mustChangePassword: boolean;
  /** Consecutive failed logins since the last success or unlock. */
  @Column({ type: 'integer', name: 'failed_logins', default: 0 }) failedLogins: number;
  @Column({ type: 'text', name: 'last_failed_at', nullable: true }) lastFailedAt: string | null;
  /** ISO instant until which the account refuses logins; null when not locked. */
  @Column({ type: 'text', name: 'locked_until', nullable: true }) lockedUntil: string | null;
  @Column({ type: 'text', name: 'last_login_at', nullable: true }) lastLoginAt: string | null;
  @Column({ type: 'text', name: 'password_changed_at', nullable: true }) passwordChangedAt: string | null;
  @Column({ type: 'integer', default: 1 }) version: number;
}

/** A session the user asked to keep across restarts: the token's hash here, the token in the OS keychain. */
@Entity('remembered_session')
export class RememberedSessionRow {
  @PrimaryColumn({ type: 'text', name: 'token_hash' }) tokenHash: string;
  @Column({ type: 'integer', name: 'account_id' }) accountId: number;
  @Column({ type: 'text', name: 'created_at' }) createdAt: string;
  @Column({ type: 'text', name: 'expires_at' }) expiresAt: string;
  @Column({ type: 'text', name: 'last_seen_at' }) lastSeenAt: string;
}
