import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type DocumentStatus = 'draft' | 'issued' | 'superseded';

/** 文书: one version of one standard form for a case. */
@Entity('document')
export class DocumentRow {
  @PrimaryGeneratedColumn({ type: 'integer' }) id: number;
  @Column({ type: 'integer', name: 'case_id' }) caseId: number;
  @Column({ type: 'integer', name: 'form_id' }) formId: number;
  @Column({ type: 'text', name: 'template_version' }) templateVersion: string;
  @Column({ type: 'integer' }) version: number;
  @Column({ type: 'integer', name: 'supersedes_id', nullable: true }) supersedesId: number | null;
  @Column({ type: 'text' }) status: DocumentStatus;
  /** The filled fields as JSON, validated against the form definition. */
  @Column({ type: 'text' }) data: string;
  @Column({ type: 'text', name: 'pdf_sha256', nullable: true }) pdfSha256: string | null;
  @Column({ type: 'integer', name: 'created_by' }) createdBy: number;
  @Column({ type: 'text', name: 'created_at' }) createdAt: string;
  @Column({ type: 'text', name: 'updated_at' }) updatedAt: string;
  @Column({ type: 'integer', name: 'issued_by', nullable: true }) issuedBy: number | null;
  @Column({ type: 'text', name: 'issued_at', nullable: true }) issuedAt: string | null;
}

/** Office-level settings (notice wording overrides, agency header, 复议机关, 管辖法院, fonts), JSON values. */
@Entity('office_setting')
export class OfficeSettingRow {
  @Column({ type: 'text', primary: true }) key: string;
  @Column({ type: 'text' }) value: string;
  @Column({ type: 'text', name: 'updated_at' }) updatedAt: string;
}
