/**
 * The cards the simulated reader can be given: one of each layout, the validity cases, and the
 * faults a real desk meets (a card lifted mid-read, a card the SAM rejects, a garbled answer, an
 * answer cut short). All people and numbers are invented; the ID numbers carry valid check digits.
 */
import { blankText, PHOTO_BLOCK_BYTES, type CardText } from '../card-text';

/** How the simulated SAM treats the card beyond answering plainly. */
export type FixtureBehaviour =
  | 'normal'
  /** The card leaves the field while its text and photo are read: SW3 41. */
  | 'lifted_mid_read'
  /** The SAM fails to authenticate the card (forged or damaged): SW3 32 on select. */
  | 'forged'
  /** The read answer arrives with a wrong checksum byte. */
  | 'bad_checksum'
  /** The read answer stops after its first part and nothing more comes. */
  | 'truncated';

export interface CardFixture {
  id: string;
  label: string;
  text: CardText;
  /** 追加住址 (30 03), resident cards only. */
  appendedAddress?: string;
  behaviour: FixtureBehaviour;
}

const resident = (over: Partial<CardText>): CardText => ({ ...blankText('resident'), ...over });

const WANG: CardText = resident({
  name: '王建国', genderCode: '1', ethnicityCode: '01', birthDate: '19850615',
  address: '河北省石家庄市长安区中山东路100号', idNumber: '130102198506151230', issuer: '石家庄市公安局长安分局',
  validFrom: '20150301', validUntil: '20350301',
});

export const CARD_FIXTURES: readonly CardFixture[] = [
  {
    id: 'resident',
    label: '居民身份证 · 王建国（有追加住址）',
    text: WANG,
    appendedAddress: '河北省石家庄市桥西区自强路22号',
    behaviour: 'normal',
  },
  {
    id: 'resident_long_term',
    label: '居民身份证 · 李秀兰（长期有效）',
    text: resident({
      name: '李秀兰', genderCode: '2', ethnicityCode: '11', birthDate: '19620308', address: '北京市朝阳区建国路88号院3号楼1单元502室',
      idNumber: '110105196203082465', issuer: '北京市公安局朝阳分局', validFrom: '20120520', validUntil: '长期',
    }),
    behaviour: 'normal',
  },
  {
    id: 'resident_expired',
    label: '居民身份证 · 赵志强（已过有效期）',
    text: resident({
      name: '赵志强', genderCode: '1', ethnicityCode: '01', birthDate: '19900722', address: '浙江省杭州市西湖区文三路478号',
      idNumber: '330106199007223153', issuer: '杭州市公安局西湖分局', validFrom: '20140510', validUntil: '20240510',
    }),
    behaviour: 'normal',
  },
  {
    id: 'foreign_2017',
    label: '外国人永久居留身份证（2017版）· SMITH JOHN',
    text: {
      ...blankText('foreign_2017'), englishName: 'SMITH JOHN', genderCode: '1', idNumber: 'USA310075031201', nationality: 'USA',
      name: '史密斯', validFrom: '20180905', validUntil: '20280905', birthDate: '19750312', cardVersion: '01', authorityCode: '3100',
    },
    behaviour: 'normal',
  },
  {
    id: 'foreign_2023',
    label: '外国人永久居留身份证（2023版）· GARCIA MARIA',
    text: {
      ...blankText('foreign_2023'), name: '玛丽亚', genderCode: '2', renewalCount: '00', birthDate: '19890214',
      englishName: 'GARCIA MARIA', idNumber: '911560198902140025', issuer: '国家移民管理局', validFrom: '20240110', validUntil: '20340110',
      passNumber: '', issueCount: '01', nationality: 'ESP',
    },
    behaviour: 'normal',
  },
  {
    id: 'hmt',
    label: '港澳台居民居住证 · 陈家明（香港）',
    text: {
      ...blankText('hmt_residence'), name: '陈家明', genderCode: '1', birthDate: '19880412', address: '广东省深圳市福田区福华三路168号',
      idNumber: '810000198804120073', issuer: '深圳市公安局福田分局', validFrom: '20230601', validUntil: '20280601',
      passNumber: 'H60123456', issueCount: '02',
    },
    behaviour: 'normal',
  },
  { id: 'lifted_mid_read', label: '故障：读卡中途移走证件', text: WANG, behaviour: 'lifted_mid_read' },
  { id: 'forged', label: '故障：证件未通过安全模块认证', text: WANG, behaviour: 'forged' },
  { id: 'bad_checksum', label: '故障：读卡器应答校验错', text: WANG, behaviour: 'bad_checksum' },
  { id: 'truncated', label: '故障：读卡器应答不完整', text: WANG, behaviour: 'truncated' },
];

export function fixtureById(id: string): CardFixture | undefined {
  return CARD_FIXTURES.find((f) => f.id === id);
}

/**
 * A stand-in photo block: the WLT header a real card carries ('WL', 102 × 126) followed by bytes
 * derived from the card number. Real WLT data is compressed and licensed; this only has its shape.
 */
export function fixturePhoto(seed: string): Buffer {
  const photo = Buffer.alloc(PHOTO_BLOCK_BYTES);
  photo.write('WL', 0, 'latin1');
  photo.writeUInt16LE(102, 2);
  photo.writeUInt16LE(126, 4);
  let h = 2166136261;
  for (const ch of seed) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  for (let i = 6; i < photo.length; i++) {
    h = Math.imul(h ^ (h >>> 15), 2246822507) >>> 0;
    photo[i] = h & 0xff;
  }
  return photo;
}
