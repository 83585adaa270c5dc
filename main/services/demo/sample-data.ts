/**
 * Deterministic sample data for the demo office (东州市) and for benchmarks. Everything is drawn from one seeded
 * PRNG, so a seed always yields the same cases; identifiers carry correct check characters so that they pass the
 * contract's validators like real data would. The check characters are computed here on purpose rather than taken
 * from the validation module: the unit test then cross-checks two independent implementations.
 */
import type { CaseSource, Category } from '../../contract/domain';
import type { CaseCreateInput, ConveyanceInput, PartyInput } from '../../contract/schemas';

export type Rng = () => number;
export type IndividualInput = Extract<PartyInput, { kind: 'individual' }>;
export type OrganisationInput = Extract<PartyInput, { kind: 'organisation' }>;

/** mulberry32: tiny, fast and good enough for sample data; not for anything secret. */
export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)];
const chance = (rng: Rng, p: number) => rng() < p;
const digits = (rng: Rng, n: number) => Array.from({ length: n }, () => String(int(rng, 0, 9))).join('');
const pad2 = (n: number) => String(n).padStart(2, '0');

// ---------------------------------------------------------------------------------------------------------------
// Check characters

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
/** ISO 7064 MOD 11-2, as GB 11643 applies it to the 18th character of an ID number. */
function idNumberCheck(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i];
  return '10X98765432'[sum % 11];
}

const CREDIT_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
/** GB 32100 check character. */
function creditCodeCheck(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_CHARSET.indexOf(first17[i]) * CREDIT_WEIGHTS[i];
  return CREDIT_CHARSET[(31 - (sum % 31)) % 31];
}

const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];
/** GB 11714 organisation-code check character (A = 10 … Z = 35). */
function orgCodeCheck(first8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += parseInt(first8[i], 36) * ORG_WEIGHTS[i];
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

// ---------------------------------------------------------------------------------------------------------------
// People, places, firms

/** Roughly by frequency, so the common ones come up often; a few two-character surnames for realism. */
const SURNAMES = [
  '王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '高', '林', '罗',
  '郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹', '彭', '曾', '肖', '田', '董', '袁', '潘', '于', '蒋', '蔡',
  '余', '杜', '叶', '程', '苏', '魏', '吕', '丁', '任', '沈', '姚', '卢', '姜', '崔', '钟', '谭', '陆', '汪', '范', '金',
];
const COMPOUND_SURNAMES = ['欧阳', '司马', '诸葛', '上官'];
const MALE_CHARS = [...'伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林阳建国志文海峰亮成东晨博'];
const FEMALE_CHARS = [...'芳娜敏静丽艳娟霞秀燕玲桂丹萍红琳雪梅慧颖婷倩洁莉兰凤琴蓉晶月媛悦佳欣怡雯蕾'];
const NEUTRAL_CHARS = [...'子一嘉思晓春秋永德宏正新云天安玉家少'];

function givenChar(rng: Rng, male: boolean): string {
  if (chance(rng, 0.2)) return pick(rng, NEUTRAL_CHARS);
  return pick(rng, male ? MALE_CHARS : FEMALE_CHARS);
}

function personName(rng: Rng, male: boolean): string {
  const surname = chance(rng, 0.01) ? pick(rng, COMPOUND_SURNAMES) : pick(rng, SURNAMES);
  // One-character given names are common, especially among people born before the 1990s.
  return chance(rng, 0.35) ? surname + givenChar(rng, male) : surname + givenChar(rng, male) + givenChar(rng, male);
}

/** The demo office's own city; most parties live or are registered there. */
const HOME = { provinceCode: '33', province: '浙江省', city: '东州市', districts: ['东城区', '西湖新区', '港口区', '临江区', '东州经济开发区', '青山县', '平原县'] };
const HOME_TOWNS = ['城关镇', '临江镇', '白石镇', '新桥镇', '沙湾镇', '青山镇'];

/** Elsewhere: real provinces, their capitals and a few districts, for people registered outside 东州. */
const REGIONS = [
  { provinceCode: '11', province: '北京市', city: '', districts: ['朝阳区', '海淀区', '丰台区'] },
  { provinceCode: '31', province: '上海市', city: '', districts: ['浦东新区', '徐汇区', '闵行区'] },
  { provinceCode: '32', province: '江苏省', city: '南京市', districts: ['玄武区', '鼓楼区', '江宁区'] },
  { provinceCode: '34', province: '安徽省', city: '合肥市', districts: ['蜀山区', '庐阳区', '包河区'] },
  { provinceCode: '35', province: '福建省', city: '福州市', districts: ['鼓楼区', '台江区', '仓山区'] },
  { provinceCode: '36', province: '江西省', city: '南昌市', districts: ['东湖区', '西湖区', '青山湖区'] },
  { provinceCode: '37', province: '山东省', city: '济南市', districts: ['历下区', '市中区', '槐荫区'] },
  { provinceCode: '41', province: '河南省', city: '郑州市', districts: ['金水区', '中原区', '二七区'] },
  { provinceCode: '42', province: '湖北省', city: '武汉市', districts: ['武昌区', '洪山区', '江汉区'] },
  { provinceCode: '43', province: '湖南省', city: '长沙市', districts: ['岳麓区', '芙蓉区', '天心区'] },
  { provinceCode: '44', province: '广东省', city: '广州市', districts: ['天河区', '越秀区', '白云区'] },
  { provinceCode: '45', province: '广西壮族自治区', city: '南宁市', districts: ['青秀区', '兴宁区', '西乡塘区'] },
  { provinceCode: '50', province: '重庆市', city: '', districts: ['渝中区', '江北区', '万州区'] },
  { provinceCode: '51', province: '四川省', city: '成都市', districts: ['武侯区', '锦江区', '青羊区'] },
  { provinceCode: '52', province: '贵州省', city: '贵阳市', districts: ['南明区', '云岩区', '花溪区'] },
  { provinceCode: '53', province: '云南省', city: '昆明市', districts: ['五华区', '盘龙区', '官渡区'] },
  { provinceCode: '61', province: '陕西省', city: '西安市', districts: ['雁塔区', '碑林区', '未央区'] },
  { provinceCode: '62', province: '甘肃省', city: '兰州市', districts: ['城关区', '七里河区', '安宁区'] },
] as const;

const ROAD_WORDS = ['人民', '解放', '建设', '中山', '新华', '文化', '和平', '胜利', '长江', '东风', '光明', '迎宾', '滨江', '工业', '发展', '学府', '振兴', '东海', '望江', '青年'];
const ROAD_SUFFIXES = ['路', '路', '大道', '街'];
const road = (rng: Rng) => pick(rng, ROAD_WORDS) + pick(rng, ROAD_SUFFIXES);
const VILLAGE_WORDS = ['前', '后', '东', '西', '上', '下', '新', '高', '石', '柳', '塘', '桥'];
const VILLAGE_SUFFIXES = ['村', '家村', '庄村', '岙村'];

/**
 * Plausible GB/T 2260 county code under a real province: prefecture 01–12, then a district (01–08), county (21–27)
 * or county-level city (81–83). Not looked up against the current table: abolished codes stay valid on ID cards.
 */
function areaCode(rng: Rng, provinceCode: string): string {
  const county = pick(rng, [int(rng, 1, 8), int(rng, 21, 27), int(rng, 81, 83)]);
  return provinceCode + pad2(int(rng, 1, 12)) + pad2(county);
}

function homeAddress(rng: Rng, residential: boolean): string {
  const district = pick(rng, HOME.districts);
  const prefix = HOME.province + HOME.city + district;
  if (district.endsWith('县') && residential) {
    return `${prefix}${pick(rng, HOME_TOWNS)}${pick(rng, VILLAGE_WORDS)}${pick(rng, VILLAGE_WORDS)}${pick(rng, VILLAGE_SUFFIXES)}${int(rng, 1, 180)}号`;
  }
  const building = residential && chance(rng, 0.6) ? `${int(rng, 1, 30)}幢${int(rng, 1, 24)}0${int(rng, 1, 4)}室` : '';
  return `${prefix}${road(rng)}${int(rng, 1, 999)}号${building}`;
}

function regionAddress(rng: Rng, region: (typeof REGIONS)[number]): string {
  return `${region.province}${region.city}${pick(rng, region.districts)}${road(rng)}${int(rng, 1, 999)}号`;
}

const MOBILE_PREFIXES = [
  '130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '153', '155', '156', '157', '158',
  '159', '166', '173', '176', '177', '180', '181', '182', '183', '185', '186', '187', '188', '189', '191', '195', '198', '199',
];
const mobile = (rng: Rng) => pick(rng, MOBILE_PREFIXES) + digits(rng, 8);
const HOME_AREA_CODE = '0570';

const BIRTH_FROM = Date.UTC(1960, 0, 1);
const BIRTH_TO = Date.UTC(2004, 11, 31);
const DAY_MS = 86_400_000;

/** Han most of the time, otherwise one of the larger minorities (GB 3304 codes). */
const MINORITY_CODES = ['02', '03', '04', '06', '08', '10', '11', '12', '13', '15', '22'];

export function sampleIndividual(rng: Rng): IndividualInput {
  const male = chance(rng, 0.78); // drivers and operators in transport cases are mostly men
  const local = chance(rng, 0.7);
  const region = local ? null : pick(rng, REGIONS);
  const birth = new Date(BIRTH_FROM + int(rng, 0, (BIRTH_TO - BIRTH_FROM) / DAY_MS) * DAY_MS);
  const birthDate = birth.toISOString().slice(0, 10);
  // The 17th digit carries the sex: odd for men, even for women.
  const genderDigit = 2 * int(rng, 0, 4) + (male ? 1 : 0);
  const first17 = areaCode(rng, region?.provinceCode ?? HOME.provinceCode) + birthDate.replaceAll('-', '') + digits(rng, 2) + genderDigit;
  const addressLocal = local || chance(rng, 0.4); // many registered elsewhere now live in 东州
  return {
    kind: 'individual',
    name: personName(rng, male),
    gender: male ? 'male' : 'female',
    ethnicity: chance(rng, 0.9) ? '01' : pick(rng, MINORITY_CODES),
    birthDate,
    idType: 'resident_id',
    idNumber: first17 + idNumberCheck(first17),
    address: addressLocal || !region ? homeAddress(rng, true) : regionAddress(rng, region),
    phone: mobile(rng),
    workplace: chance(rng, 0.5) ? '' : companyName(rng, pick(rng, Object.values(INDUSTRIES).flat())),
    idIssuer: '',
    idValidFrom: '',
    idValidUntil: '',
    englishName: '',
    nationality: '',
  };
}

const BRAND_WORDS = [
  '顺达', '顺捷', '通达', '恒通', '鑫源', '宏远', '远航', '安泰', '永兴', '华运', '诚信', '金桥', '东升', '瑞丰', '汇通',
  '骏马', '万里', '长运', '众鑫', '新航', '海通', '联运', '泰和', '盛源', '利民', '旺达', '同舟', '中瑞', '天成', '嘉禾',
];
export type Industry = 'road' | 'passenger' | 'water' | 'port' | 'construction' | 'general';
const INDUSTRIES: Record<Industry, readonly string[]> = {
  road: ['物流', '货运', '运输', '危险货物运输', '汽车运输', '供应链管理'],
  passenger: ['客运', '旅游客运', '汽车客运', '出行服务', '汽车租赁'],
  water: ['航运', '船务', '水路运输', '海运', '内河运输'],
  port: ['港务', '码头', '港口装卸', '仓储物流'],
  construction: ['路桥建设', '交通工程', '建设工程', '市政工程', '水运工程'],
  general: ['商贸', '汽车服务', '建材', '砂石'],
};
const COMPANY_FORMS = ['有限公司', '有限公司', '有限公司', '有限责任公司', '股份有限公司'];

function companyName(rng: Rng, industry: string): string {
  return `${HOME.city}${pick(rng, BRAND_WORDS)}${industry}${pick(rng, COMPANY_FORMS)}`;
}

/** The organisation code sits inside the credit code, so it may only use the GB 32100 alphabet. */
const ORG_SERIAL_CHARS = [...CREDIT_CHARSET];

/** 统一社会信用代码 of an enterprise (91) registered in the demo province. */
function creditCode(rng: Rng): string {
  const area = HOME.provinceCode + pad2(int(rng, 1, 11)) + (chance(rng, 0.5) ? '00' : pad2(int(rng, 1, 8)));
  // Post-2015 registrations carry "MA…" identifiers; older firms kept their numeric 组织机构代码.
  const first8 = chance(rng, 0.7)
    ? 'MA' + Array.from({ length: 6 }, () => pick(rng, ORG_SERIAL_CHARS)).join('')
    : digits(rng, 8);
  const first17 = '91' + area + first8 + orgCodeCheck(first8);
  return first17 + creditCodeCheck(first17);
}

export function sampleOrganisation(rng: Rng, industry: Industry = 'general'): OrganisationInput {
  const district = pick(rng, HOME.districts);
  const park = chance(rng, 0.3) ? pick(rng, ['物流园区', '工业园区']) : '';
  return {
    kind: 'organisation',
    name: companyName(rng, pick(rng, INDUSTRIES[industry])),
    creditCode: creditCode(rng),
    legalRep: personName(rng, chance(rng, 0.85)),
    legalRepTitle: pick(rng, ['总经理', '执行董事']),
    address: `${HOME.province}${HOME.city}${district}${park}${road(rng)}${int(rng, 1, 999)}号`,
    phone: chance(rng, 0.6) ? mobile(rng) : `${HOME_AREA_CODE}-${int(rng, 2, 8)}${digits(rng, 7)}`,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Vehicles and vessels

const PLATE_PROVINCES = [...'京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川贵云藏陕甘青宁新'];
/** Plates never use I or O. */
const PLATE_LETTERS = [...'ABCDEFGHJKLMNPQRSTUVWXYZ'];
const HOME_PLATE = '浙';
const HOME_PLATE_LETTER = 'T'; // the fictional 东州 authority letter

type PlateKind = 'ordinary' | 'trailer' | 'nev-small' | 'nev-large';

function plateSerialChar(rng: Rng): string {
  return chance(rng, 0.8) ? String(int(rng, 0, 9)) : pick(rng, PLATE_LETTERS);
}

function drawPlate(rng: Rng, kind: PlateKind): string {
  const local = chance(rng, 0.65);
  const head = local ? HOME_PLATE + HOME_PLATE_LETTER : pick(rng, PLATE_PROVINCES) + pick(rng, PLATE_LETTERS);
  const serial = (n: number) => Array.from({ length: n }, () => plateSerialChar(rng)).join('');
  switch (kind) {
    case 'ordinary':
      return head + serial(5);
    case 'trailer':
      return head + serial(4) + '挂';
    case 'nev-small':
      return head + pick(rng, ['D', 'F']) + (chance(rng, 0.5) ? String(int(rng, 0, 9)) : pick(rng, PLATE_LETTERS)) + digits(rng, 4);
    case 'nev-large':
      return head + digits(rng, 5) + pick(rng, ['D', 'F']);
  }
}

function drawPlateKind(rng: Rng): PlateKind {
  const r = rng();
  return r < 0.75 ? 'ordinary' : r < 0.87 ? 'nev-small' : r < 0.93 ? 'nev-large' : 'trailer';
}

export function samplePlate(rng: Rng): string {
  return drawPlate(rng, drawPlateKind(rng));
}

type VehicleInput = Extract<ConveyanceInput, { kind: 'vehicle' }>;
type VesselInput = Extract<ConveyanceInput, { kind: 'vessel' }>;

const TRUCKS = ['重型半挂牵引车', '重型仓栅式货车', '重型厢式货车', '重型自卸货车', '中型厢式货车', '重型罐式货车'];
const LIGHT_VEHICLES = ['轻型厢式货车', '小型普通客车', '小型轿车', '小型越野客车'];
const COACHES = ['大型普通客车', '中型普通客车'];

function vehicle(plate: string, kind: PlateKind, model: string): VehicleInput {
  const large = !LIGHT_VEHICLES.includes(model);
  const plateColor =
    kind === 'nev-small' ? '渐变绿色' : kind === 'nev-large' ? '黄绿双拼色' : kind === 'trailer' || large ? '黄色' : '蓝色';
  return { kind: 'vehicle', plate, plateColor, model };
}

/** Vehicles fitting the category: lorries (often with a trailer) on highways, any operating vehicle otherwise. */
function sampleVehicles(rng: Rng, category: Category): VehicleInput[] {
  if (category === 'highway') {
    const tractor = chance(rng, 0.4);
    const kind: PlateKind = chance(rng, 0.9) ? 'ordinary' : 'nev-large';
    const lorry = vehicle(drawPlate(rng, kind), kind, tractor ? '重型半挂牵引车' : pick(rng, TRUCKS.slice(1)));
    if (!tractor) return [lorry];
    return [lorry, vehicle(drawPlate(rng, 'trailer'), 'trailer', pick(rng, ['重型平板半挂车', '重型仓栅式半挂车', '重型罐式半挂车']))];
  }
  if (category === 'comprehensive') {
    const kind: PlateKind = chance(rng, 0.5) ? 'nev-small' : 'ordinary';
    return [vehicle(drawPlate(rng, kind), kind, '小型轿车')];
  }
  const kind = drawPlateKind(rng);
  const model =
    kind === 'trailer' ? '重型仓栅式半挂车' : kind === 'nev-large' ? pick(rng, [...COACHES, ...TRUCKS]) : kind === 'nev-small' ? pick(rng, LIGHT_VEHICLES) : pick(rng, [...TRUCKS, ...COACHES, ...LIGHT_VEHICLES]);
  return [vehicle(drawPlate(rng, kind), kind, model)];
}

const VESSEL_PREFIXES = ['东州', '东州', '东州', '东港', '临江', '青山', '苏', '皖'];
const VESSEL_KINDS = [
  { mark: '货', models: ['内河散货船', '沿海散货船', '集装箱船'] },
  { mark: '油', models: ['内河油船', '化学品船'] },
  { mark: '砂', models: ['砂石运输船', '采砂船'] },
  { mark: '客', models: ['客渡船', '旅游客船'] },
  { mark: '拖', models: ['拖轮'] },
  { mark: '工', models: ['工程船', '起重船'] },
];

/** Sand dredgers and work boats turn up in 航道 cases, cargo and tankers at ports, anything at sea. */
const VESSEL_KINDS_BY_CATEGORY: Partial<Record<Category, readonly (typeof VESSEL_KINDS)[number][]>> = {
  channel: [VESSEL_KINDS[2], VESSEL_KINDS[5], VESSEL_KINDS[0]],
  port: [VESSEL_KINDS[0], VESSEL_KINDS[1]],
};

function sampleVessel(rng: Rng, category: Category): VesselInput {
  const kinds = VESSEL_KINDS_BY_CATEGORY[category] ?? VESSEL_KINDS;
  const k = chance(rng, 0.5) ? kinds[0] : pick(rng, kinds);
  return { kind: 'vessel', plate: `${pick(rng, VESSEL_PREFIXES)}${k.mark}${int(rng, 1, 9)}${digits(rng, int(rng, 2, 3))}`, plateColor: '', model: pick(rng, k.models) };
}

// ---------------------------------------------------------------------------------------------------------------
// Cases

const ROAD_CATEGORIES: ReadonlySet<Category> = new Set(['highway', 'road_transport', 'comprehensive']);
const WATER_CATEGORIES: ReadonlySet<Category> = new Set(['waterway_transport', 'channel', 'port', 'maritime']);

/** Demo offices see mostly road work; water and construction cases are rarer. */
const CATEGORY_WEIGHTS: Readonly<Record<Category, number>> = {
  highway: 30,
  road_transport: 35,
  waterway_transport: 6,
  channel: 4,
  port: 4,
  maritime: 6,
  quality_safety: 5,
  comprehensive: 10,
};

const SOURCE_WEIGHTS: readonly [CaseSource, number][] = [
  ['inspection', 60],
  ['report', 18],
  ['assigned', 6],
  ['escalated', 4],
  ['transferred', 8],
  ['other', 4],
];

const SOURCE_DETAILS: Readonly<Record<CaseSource, readonly string[]>> = {
  inspection: [''],
  report: [''],
  assigned: ['东州市交通运输局', '浙江省交通运输厅', '浙江省交通运输综合行政执法总队'],
  escalated: ['东州市交通运输综合行政执法支队东城大队', '东州市交通运输综合行政执法支队青山大队', '东州市交通运输综合行政执法支队港航大队'],
  transferred: ['东州市公安局交通警察支队', '东州市市场监督管理局', '东州市应急管理局'],
  other: ['12328交通运输服务监督电话转办', '非现场执法系统监测发现', '新闻媒体报道', '信访件转办'],
};

const WATER_TRANSFERRERS = ['东州海事局', '东州市自然资源和规划局', '东州市公安局水上派出所'];

function weighted<T>(rng: Rng, entries: readonly (readonly [T, number])[]): T {
  const total = entries.reduce((s, [, w]) => s + w, 0);
  let r = rng() * total;
  for (const [value, w] of entries) if ((r -= w) < 0) return value;
  return entries[entries.length - 1][0];
}

const HIGHWAY_ROUTES = ['G104', 'G205', 'G228', 'G330', 'S212', 'S325', 'S50'];
const STATIONS = ['东州汽车客运中心站', '东州汽车西站', '东州火车站站前广场', '东州港客运码头停车场', '临江汽车站'];
const BERTHS = ['东州港北岸作业区', '东州港南岸作业区', '东州港临江港区', '东州港青山港区'];
const FAIRWAYS = ['东州江航道', '东州运河', '青山江航道'];

function place(rng: Rng, category: Category): string {
  if (category === 'highway') {
    const metres = String(int(rng, 0, 9) * 100).padStart(3, '0');
    return `${pick(rng, HIGHWAY_ROUTES)}线K${int(rng, 1, 420)}+${metres}处（${pick(rng, ['上行', '下行'])}）`;
  }
  if (WATER_CATEGORIES.has(category)) {
    const r = rng();
    if (r < 0.4 || category === 'port') return `${pick(rng, BERTHS)}${int(rng, 1, 24)}号泊位`;
    if (r < 0.85) return `${pick(rng, FAIRWAYS)}${pick(rng, HOME.districts.slice(0, 4))}段K${int(rng, 1, 90)}+${int(rng, 0, 9)}00处`;
    return `东州湾锚地${int(rng, 1, 6)}号锚位附近水域`;
  }
  if (category === 'quality_safety') {
    return `${pick(rng, HIGHWAY_ROUTES)}线东州段改建工程第${int(rng, 1, 12)}合同段施工现场`;
  }
  if (category === 'road_transport' && chance(rng, 0.3)) return pick(rng, STATIONS);
  return `${HOME.city}${pick(rng, HOME.districts.slice(0, 5))}${road(rng)}与${road(rng)}交叉口`;
}

/** What an officer would find, per category, when the caller does not pass the cause titles. */
const ACTS: Readonly<Record<Category, readonly string[]>> = {
  highway: ['车货总质量超过规定限值，涉嫌违法超限运输', '装载的砂石沿途遗洒，污染公路路面', '车辆外廓尺寸超过规定限值行驶公路', '绕行避开超限检测站点，涉嫌逃避超限检测'],
  road_transport: ['未能出示道路运输经营许可证件，涉嫌擅自从事道路运输经营', '驾驶人未能提供从业资格证件', '营运车辆未按规定进行维护和检测', '货物装载未采取防止脱落、扬撒措施'],
  waterway_transport: ['未能出示船舶营业运输证件即从事水路货物运输', '超越许可范围经营水路运输业务'],
  channel: ['在航道内设置渔具', '在航道保护范围内违法采砂', '向航道内倾倒砂石、泥土'],
  port: ['未取得港口经营许可从事货物装卸作业', '未经同意在港区内进行危险货物过驳作业'],
  maritime: ['船舶未持有有效的证书、文书', '船员未能出示有效的适任证书', '在通航水域进行作业未办理相关手续'],
  quality_safety: ['施工中未对进场钢筋进行检验', '未按照设计图纸施工，路面结构层厚度不足', '项目部未配备专职安全生产管理人员'],
  comprehensive: ['通过网络平台接单，擅自从事网络预约出租汽车经营', '未取得网络预约出租汽车运输证从事经营'],
};

const EVIDENCE = [
  '执法人员当场制作了现场笔录，并对现场情况拍照取证。',
  '经询问，当事人对上述事实无异议。',
  '当事人未能提供相关许可证件。',
  '执法人员依法调取了相关视频监控资料。',
  '以上事实有现场笔录、询问笔录及现场照片等证据证实。',
];

function chineseTime(occurredAt: string): string {
  const [y, m, d, h, min] = occurredAt.split(/[-T:]/).map(Number);
  return `${y}年${m}月${d}日${h}时${min}分`;
}

function facts(rng: Rng, c: { source: CaseSource; sourceDetail: string; occurredAt: string; place: string; act: string; parties: PartyInput[]; conveyances: ConveyanceInput[] }): string {
  const when = chineseTime(c.occurredAt);
  const opening: Record<CaseSource, string> = {
    inspection: `${when}，我支队执法人员在${c.place}依法开展检查时发现，`,
    report: `我支队接到群众举报，反映${c.place}存在违法行为。经核查，${when}，`,
    assigned: `根据${c.sourceDetail}交办线索，经我支队调查核实，${when}，`,
    escalated: `${c.sourceDetail}报请查处：${when}，`,
    transferred: `${c.sourceDetail}移送案件线索，经我支队核实，${when}，`,
    other: `我支队通过${c.sourceDetail}获取线索，经核实，${when}，`,
  };
  const firm = c.parties.find((p) => p.kind === 'organisation');
  const person = c.parties.find((p) => p.kind === 'individual');
  const role = c.conveyances[0]?.kind === 'vehicle' ? '驾驶人' : c.conveyances[0]?.kind === 'vessel' ? '船长' : '现场负责人';
  const who = firm && person ? `当事人${firm.name}（${role}${person.name}）` : `当事人${(firm ?? person)?.name ?? ''}`;
  const where = c.source === 'inspection' ? '' : `在${c.place}`;
  const carrier = c.conveyances[0] ? `${c.conveyances[0].kind === 'vehicle' ? '驾驶' : '使用'}${c.conveyances[0].plate}${c.conveyances[0].model ?? ''}，` : '';
  const sentences = [`${opening[c.source]}${who}${where}${carrier}${c.act}。`];
  const extra = int(rng, 1, 3);
  const pool = [...EVIDENCE];
  for (let i = 0; i < extra; i++) sentences.push(pool.splice(Math.floor(rng() * pool.length), 1)[0]);
  return sentences.join('');
}

const OCCURRED_FROM = Date.UTC(2024, 0, 1);
const OCCURRED_TO = Date.UTC(2026, 10, 20);

function occurredAt(rng: Rng, range?: { from: string; to: string }): string {
  const from = range ? Date.parse(`${range.from}T00:00:00Z`) : OCCURRED_FROM;
  const to = range ? Date.parse(`${range.to}T00:00:00Z`) : OCCURRED_TO;
  const day = new Date(from + int(rng, 0, Math.max(0, (to - from) / DAY_MS)) * DAY_MS).toISOString().slice(0, 10);
  return `${day}T${pad2(int(rng, 6, 22))}:${pad2(int(rng, 0, 59))}`;
}

const PARTY_INDUSTRY: Readonly<Record<Category, Industry>> = {
  highway: 'road',
  road_transport: 'road',
  waterway_transport: 'water',
  channel: 'water',
  port: 'port',
  maritime: 'water',
  quality_safety: 'construction',
  comprehensive: 'passenger',
};

function parties(rng: Rng, category: Category): PartyInput[] {
  const r = rng();
  if (category === 'quality_safety') return [sampleOrganisation(rng, 'construction')];
  const industry = category === 'road_transport' && chance(rng, 0.3) ? 'passenger' : PARTY_INDUSTRY[category];
  if (r < 0.55) return [sampleIndividual(rng)];
  if (r < 0.8) return [sampleOrganisation(rng, industry)];
  return [sampleOrganisation(rng, industry), sampleIndividual(rng)];
}

function distinct(rng: Rng, ids: readonly number[], n: number): number[] {
  const pool = [...ids];
  const out: number[] = [];
  while (out.length < n && pool.length > 0) out.push(pool.splice(Math.floor(rng() * pool.length), 1)[0]);
  return out;
}

export interface SampleCaseOptions {
  causeIds: Partial<Record<Category, readonly number[]>>;
  officerIds: readonly number[];
  /** Titles by cause id; when given, the facts name the cause instead of a generic act of its category. */
  causeTitles?: Readonly<Record<number, string>>;
  /** Days the cases may have happened on (YYYY-MM-DD, inclusive); a fixed two-year span when absent. */
  occurredBetween?: { from: string; to: string };
}

export function sampleCase(rng: Rng, opts: SampleCaseOptions): CaseCreateInput {
  const categories = (Object.keys(CATEGORY_WEIGHTS) as Category[]).filter((c) => (opts.causeIds[c]?.length ?? 0) > 0);
  if (categories.length === 0) throw new RangeError('sampleCase needs at least one cause id');
  // 行政处罚法 第四十二条: at least two officers in either procedure, 简易程序 included.
  if (opts.officerIds.length < 2) throw new RangeError('sampleCase needs at least two officer ids (行政处罚法 第四十二条)');
  const category = weighted(rng, categories.map((c) => [c, CATEGORY_WEIGHTS[c]] as const));
  const causeId = pick(rng, opts.causeIds[category] ?? []);
  const general = chance(rng, 0.85);
  // A 当场处罚 is made by the two officers at the roadside; an investigation may have a third.
  const officerIds = distinct(rng, opts.officerIds, general ? int(rng, 2, 3) : 2);
  const source = weighted(rng, SOURCE_WEIGHTS);
  // Water cases are handed over by the maritime and resources authorities rather than the traffic police.
  const sourceDetail = pick(rng, source === 'transferred' && WATER_CATEGORIES.has(category) ? WATER_TRANSFERRERS : SOURCE_DETAILS[source]);
  const when = occurredAt(rng, opts.occurredBetween);
  const where = place(rng, category);
  const caseParties = parties(rng, category);
  const conveyances: ConveyanceInput[] = ROAD_CATEGORIES.has(category) ? sampleVehicles(rng, category) : WATER_CATEGORIES.has(category) ? [sampleVessel(rng, category)] : [];
  const title = opts.causeTitles?.[causeId];
  const act = title ? `涉嫌${title}` : pick(rng, ACTS[category]);
  return {
    category,
    causeId,
    procedure: general ? 'general' : 'simple',
    source,
    sourceDetail,
    occurredAt: when,
    place: where,
    facts: facts(rng, { source, sourceDetail, occurredAt: when, place: where, act, parties: caseParties, conveyances }),
    officerIds,
    parties: caseParties,
    conveyances,
  };
}
