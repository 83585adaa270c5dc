import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Gender, IdType, PartyKind } from '../../main/contract/domain';

/** 当事人: an individual or an organisation, in the order the case lists them. */
@Entity('party')
export class PartyRow {
  @PrimaryGeneratedColumn({ type: 'integer' }) id: number;
  @Column({ type: 'integer', name: 'case_id' }) caseId: number;
  @Column({ type: 'integer' }) ordinal: number;
  @Column({ type: 'text' }) kind: PartyKind;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text', nullable: true }) gender: Gender | null;
  @Column({ type: 'text', nullable: true }) ethnicity: string | null;
  @Column({ type: 'text', name: 'birth_date', nullable: true }) birthDate: string | null;
  @Column({ type: 'text', name: 'id_type', nullable: true }) idType: IdType | null;
  @Column({ type: 'text', name: 'id_number', nullable: true }) idNumber: string | null;
  @Column({ type: 'text', name: 'credit_code', nullable: true }) creditCode: string | null;
  @Column({ type: 'text', name: 'legal_rep', nullable: true }) legalRep: string | null;
  @Column({ type: 'text', name: 'legal_rep_title', nullable: true }) legalRepTitle: string | null;
  @Column({ type: 'text' }) address: string;
  @Column({ type: 'text' }) phone: string;
  @Column({ type: 'text', nullable: true }) workplace: string | null;
  @Column({ type: 'text', name: 'id_issuer', nullable: true }) idIssuer: string | null;
  @Column({ type: 'text', name: 'id_valid_from', nullable: true }) idValidFrom: string | null;
  /** ISO date, or `long_term` (长期). */
  @Column({ type: 'text', name: 'id_valid_until', nullable: true }) idValidUntil: string | null;
  @Column({ type: 'text', name: 'english_name', nullable: true }) englishName: string | null;
  @Column({ type: 'text', nullable: true }) nationality: string | null;
  /** 读卡核验: the card read the party was registered from. */
  @Column({ type: 'integer', name: 'card_read_id', nullable: true }) cardReadId: number | null;
}
