import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The one office (执法机构) this workstation belongs to. */
@Entity('office')
export class OfficeRow {
  @PrimaryColumn({ type: 'integer' }) id: number;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text', name: 'short_name' }) shortName: string;
  @Column({ type: 'text', name: 'case_number_template' }) caseNumberTemplate: string;
  /** JSON object: category code → 门类代字 used by the case-number template. */
  @Column({ type: 'text', name: 'category_abbrevs' }) categoryAbbrevs: string;
  @Column({ type: 'boolean' }) demo: boolean;
  /** 行政区划代码 (6 digits), '' until entered. */
  @Column({ type: 'text', default: '' }) division: string;
  @Column({ type: 'text', name: 'created_at' }) createdAt: string;
}
