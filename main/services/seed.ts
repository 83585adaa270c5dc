/**
 * First start: the demo office (东州市交通运输综合行政执法支队) with one account per role, its
 * officers, the 案由 catalogue and a few dozen sample cases to try the workstation on.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AccountRow, CauseRow, OfficeRow, OfficerRow, OfficeSettingRow } from '../../db/entities';
import { DOCUMENT_SETTINGS_KEY } from './documents';
import type { OfficeDocumentSettings } from './document-engine';
import type { Database } from '../../db/open';
import { CATEGORIES, type Category, type Role } from '../contract/domain';
import { caseCreateInput } from '../contract/schemas';
import { DEFAULT_CASE_NUMBER_TEMPLATE } from './case-number';
import { createCase } from './cases';
import { fixedClock, type Clock } from './clock';
import { createRng, sampleCase } from './demo/sample-data';
import { SCRIPTED_MIN_CASES, walkSampleCases, type DemoWalkReport } from './demo/sample-procedure';
import { registrationMoment } from './demo/timeline';
import { createDocumentEngine } from './document-engine';
import { BlobStore } from '../storage/blob-store';
import { plusDays } from '../procedure/calendar';
import { hashPassword } from './passwords';

export const DEMO_PASSWORD = 'demo1234';

export const DEMO_ACCOUNTS: { username: string; displayName: string; role: Role; officer?: number }[] = [
  { username: 'clerk', displayName: '李明', role: 'clerk', officer: 0 },
  { username: 'clerk2', displayName: '王芳', role: 'clerk', officer: 1 },
  { username: 'reviewer', displayName: '赵敏', role: 'reviewer' },
  { username: 'head', displayName: '孙建国', role: 'head' },
  { username: 'archivist', displayName: '周红', role: 'archivist' },
  { username: 'admin', displayName: '系统管理员', role: 'admin' },
];

const DEMO_OFFICERS: { name: string; certNo: string; expiresInDays?: number }[] = [
  { name: '李明', certNo: '14330100001' },
  { name: '王芳', certNo: '14330100002' },
  { name: '陈刚', certNo: '14330100003' },
  { name: '刘洋', certNo: '14330100004' },
  { name: '张伟', certNo: '14330100005' },
  /** Renewal due soon, so the admin's 证件到期提醒 has something to show. */
  { name: '黄磊', certNo: '14330100006', expiresInDays: 40 },
];

/**
 * The demo officers as managed records, dated from the seed's day: certificates issued five years
 * before (earlier than any sample case) and valid three years on, except the one due for renewal;
 * each covers every 执法门类 the demo's cases use.
 */
function demoOfficerRows(today: string) {
  const issued = plusDays(today, -5 * 365);
  return DEMO_OFFICERS.map((o) => ({
    name: o.name,
    certNo: o.certNo,
    unit: '东州市交通运输综合行政执法支队',
    certIssuer: '东州市交通运输局',
    certValidFrom: issued,
    certValidTo: plusDays(today, o.expiresInDays ?? 3 * 365),
    categories: JSON.stringify(CATEGORIES.map((c) => c.code)),
    status: 'on_duty' as const,
    active: true,
    version: 1,
    updatedAt: `${today}T08:00:00`,
  }));
}

/** The demo office's document settings; a real office enters its own. */
const DEMO_DOCUMENT_SETTINGS: OfficeDocumentSettings = {
  name: '东州市交通运输综合行政执法支队',
  address: '东州市东城区人民路100号',
  zip: '318000',
  contact: '法制科',
  phone: '0576-88001234',
  reconsiderationOrgan: '东州市人民政府',
  litigationCourt: '东州市东城区人民法院',
  payBank: '中国农业银行东州分行营业部',
  payAccount: '19-900101040000001',
};

interface CauseSeed {
  code: string;
  category: Category;
  title: string;
  legalBasis: string;
  penaltyBasis: string;
  penaltyRange: string;
  fineMin: number | null;
  fineMax: number | null;
  discretion: { circumstance: string; fineMin: number; fineMax: number; description: string }[];
}

export function loadCauseCatalogue(resourcesDir: string): CauseSeed[] {
  return JSON.parse(fs.readFileSync(path.join(resourcesDir, 'catalog', 'causes.json'), 'utf8')) as CauseSeed[];
}

export async function isSeeded(db: Database): Promise<boolean> {
  return (await db.read((m) => m.count(OfficeRow))) > 0;
}

/**
 * The demo office and its sample cases. The cases' documents are stored where the backend keeps blobs (beside
 * the database); the report says how far each scripted case got.
 */
export async function seedDemoOffice(db: Database, opts: { resourcesDir: string; clock: Clock; sampleCases: number }): Promise<DemoWalkReport> {
  // One hash for the one printed password: six would cost six scrypt runs on every demo start (and every test backend).
  const demoHash = await hashPassword(DEMO_PASSWORD);
  const now = opts.clock.now();
  await db.write(async (m) => {
    await m.insert(OfficeRow, {
      id: 1,
      name: '东州市交通运输综合行政执法支队',
      shortName: '东',
      caseNumberTemplate: DEFAULT_CASE_NUMBER_TEMPLATE,
      categoryAbbrevs: JSON.stringify(Object.fromEntries(CATEGORIES.map((c) => [c.code, c.abbrev]))),
      demo: true,
      createdAt: now,
    });
    const officers = await m.insert(OfficerRow, demoOfficerRows(now.slice(0, 10)));
    const officerIds = officers.identifiers.map((i) => Number(i.id));
    await m.insert(
      AccountRow,
      DEMO_ACCOUNTS.map((a) => ({
        username: a.username,
        displayName: a.displayName,
        role: a.role,
        passwordHash: demoHash,
        officerId: a.officer === undefined ? null : officerIds[a.officer],
        active: true,
        createdAt: now,
      })),
    );
    // The shipped 裁量基准 tiers are illustrative only; an office imports its province's published ones (案由与裁量基准).
    await m.insert(CauseRow, loadCauseCatalogue(opts.resourcesDir).map((c) => ({ ...c, discretion: JSON.stringify(c.discretion), active: true })));
    await m.insert(OfficeSettingRow, {
      key: DOCUMENT_SETTINGS_KEY,
      value: JSON.stringify(DEMO_DOCUMENT_SETTINGS),
      updatedAt: now,
    });
  });

  if (opts.sampleCases <= 0) return { scenarios: [] };
  const { causeIds, causeTitles, officerIds } = await db.read(async (m) => {
    const causes = await m.find(CauseRow);
    const byCategory = {} as Record<Category, number[]>;
    for (const c of causes) (byCategory[c.category] ??= []).push(c.id);
    return {
      causeIds: byCategory,
      causeTitles: Object.fromEntries(causes.map((c) => [c.id, c.title])),
      officerIds: (await m.find(OfficerRow)).map((o) => o.id),
    };
  });
  const clerk = await db.read((m) => m.findOneByOrFail(AccountRow, { username: 'clerk' }));
  const rng = createRng(20261124);
  // The demo's cases happened over the last few months, so their deadlines are live rather than long past.
  const today = opts.clock.now().slice(0, 10);
  const occurredBetween = { from: plusDays(today, -100), to: plusDays(today, -3) };
  // A couple of cases from most of a year ago, so that one can show a court application after the 6-month 诉讼 period.
  const oldCases = opts.sampleCases >= SCRIPTED_MIN_CASES ? 2 : 0;
  const longAgo = { from: plusDays(today, -330), to: plusDays(today, -300) };
  const drawn: { input: ReturnType<typeof caseCreateInput.parse>; registeredAt: string }[] = [];
  for (let i = 0; i < opts.sampleCases; i++) {
    const sample = sampleCase(rng, { causeIds, causeTitles, officerIds, occurredBetween: i < oldCases ? longAgo : occurredBetween });
    // The demo clerk (李明) handles every sample case, so that signing in as him shows cases he may work on;
    // swapping him in for the first officer draws nothing from the generator, so the samples stay as they were.
    const lead = officerIds[0];
    if (!sample.officerIds.includes(lead)) sample.officerIds = [lead, ...sample.officerIds.slice(1)];
    const input = caseCreateInput.parse(sample);
    // Registered a day or two after the events, as cases are in practice, during office hours.
    drawn.push({ input, registeredAt: registrationMoment(input.occurredAt, 1 + Math.floor(rng() * 2)) });
  }
  // 案号 are issued in the order cases are registered: one registered later has the higher serial of its series and year.
  drawn.sort((a, b) => (a.registeredAt < b.registeredAt ? -1 : a.registeredAt > b.registeredAt ? 1 : 0));
  for (const { input, registeredAt } of drawn) await createCase(db, { id: clerk.id, name: clerk.displayName }, input, fixedClock(registeredAt));
  if (opts.sampleCases < SCRIPTED_MIN_CASES) return walkSampleCases({ db, clock: opts.clock, sampleCases: opts.sampleCases }, rng);
  // Its own engine: the seed runs before the backend's is made, and its workers are let go once the documents are issued.
  const engine = createDocumentEngine();
  try {
    const documents = { db, engine, blobs: new BlobStore(path.join(path.dirname(db.file), 'blobs')), clock: opts.clock };
    return await walkSampleCases({ db, clock: opts.clock, documents, sampleCases: opts.sampleCases }, rng);
  } finally {
    await engine.close();
  }
}
