import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { CATEGORY_CODES, type Category } from '../../../main/contract/domain';
import { caseCreateInput, type CaseCreateInput } from '../../../main/contract/schemas';
import { validateCreditCode, validateIdNumber, validatePlate } from '../../../main/contract/validation';
import { createRng, sampleCase, sampleIndividual, sampleOrganisation, samplePlate } from '../../../main/services/demo/sample-data';

const causeIds = Object.fromEntries(CATEGORY_CODES.map((c, i) => [c, [i * 10 + 1, i * 10 + 2, i * 10 + 3]])) as Record<Category, number[]>;
const officerIds = [1, 2, 3, 4, 5, 6];

function generate(seed: number, n: number): CaseCreateInput[] {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => sampleCase(rng, { causeIds, officerIds }));
}

describe('sample case generator', () => {
  const cases = generate(7, 2000);

  it('produces 2,000 cases that all pass the case-creation schema', () => {
    for (const [i, c] of cases.entries()) {
      const r = caseCreateInput.safeParse(c);
      assert.ok(r.success, `case ${i} rejected: ${r.success ? '' : JSON.stringify(r.error.issues)}\n${JSON.stringify(c)}`);
    }
  });

  it('gives the same cases for the same seed and different ones for another seed', () => {
    assert.deepEqual(generate(7, 2000), cases);
    assert.notDeepEqual(generate(8, 50), cases.slice(0, 50));
  });

  it('names at least a fifth of individuals with two characters', () => {
    const names = cases.flatMap((c) => c.parties.filter((p) => p.kind === 'individual').map((p) => p.name));
    const short = names.filter((n) => [...n].length === 2).length;
    assert.ok(names.length > 500, `only ${names.length} individuals`);
    assert.ok(short / names.length >= 0.2, `${short} of ${names.length} names have two characters`);
  });

  it('spreads cases over every category, procedure, source and party kind', () => {
    assert.deepEqual(new Set(cases.map((c) => c.category)), new Set(CATEGORY_CODES));
    assert.deepEqual(new Set(cases.map((c) => c.procedure)), new Set(['general', 'simple']));
    assert.equal(new Set(cases.map((c) => c.source)).size, 6);
    assert.ok(cases.some((c) => c.parties.length === 2 && c.parties[0].kind !== c.parties[1].kind));
  });

  it('picks a cause of the case category and officers of the office', () => {
    for (const c of cases) {
      assert.ok(causeIds[c.category].includes(c.causeId));
      assert.ok(c.officerIds.every((id) => officerIds.includes(id)));
      if (c.procedure === 'general') assert.ok(c.officerIds.length >= 2 && c.officerIds.length <= 3);
      else assert.equal(c.officerIds.length, 2, '简易程序 too is done by two officers (行政处罚法 第四十二条)');
    }
  });

  it('attaches vehicles to road cases and vessels to water cases', () => {
    const road = new Set<Category>(['highway', 'road_transport', 'comprehensive']);
    const water = new Set<Category>(['waterway_transport', 'channel', 'port', 'maritime']);
    for (const c of cases) {
      const kinds = new Set((c.conveyances ?? []).map((v) => v.kind));
      if (road.has(c.category)) assert.deepEqual(kinds, new Set(['vehicle']));
      else if (water.has(c.category)) assert.deepEqual(kinds, new Set(['vessel']));
      else assert.equal(kinds.size, 0);
    }
    assert.ok(cases.some((c) => c.category === 'highway' && /^G\d+线K\d+\+\d{3}处/.test(c.place)));
  });

  it('keeps occurrence times inside 2024-01-01 … 2026-11-20', () => {
    for (const c of cases) assert.ok(c.occurredAt >= '2024-01-01T00:00' && c.occurredAt <= '2026-11-20T23:59', c.occurredAt);
  });

  it('refuses an office with a single officer, who could lawfully handle no case alone', () => {
    assert.throws(() => sampleCase(createRng(1), { causeIds, officerIds: [9] }), /第四十二条/);
  });

  it('uses the cause title in the facts when titles are given', () => {
    const rng = createRng(3);
    const titles = Object.fromEntries(Object.values(causeIds).flat().map((id) => [id, `案由${id}`]));
    const c = sampleCase(rng, { causeIds, officerIds, causeTitles: titles });
    assert.match(c.facts, new RegExp(`涉嫌案由${c.causeId}`));
  });
});

describe('sample identifiers', () => {
  const rng = createRng(11);

  it('derives gender and birth date of individuals from a valid ID number', () => {
    for (let i = 0; i < 1000; i++) {
      const p = sampleIndividual(rng);
      const r = validateIdNumber(p.idNumber);
      assert.ok(r.ok, `${p.idNumber}: ${r.ok ? '' : r.message}`);
      assert.equal(r.value.gender, p.gender);
      assert.equal(r.value.birthDate, p.birthDate);
      assert.ok(p.birthDate >= '1960-01-01' && p.birthDate <= '2004-12-31', p.birthDate);
      assert.match(p.phone, /^1[3-9]\d{9}$/);
    }
  });

  it('gives organisations credit codes whose embedded organisation code also checks out', () => {
    for (let i = 0; i < 1000; i++) {
      const o = sampleOrganisation(rng);
      const r = validateCreditCode(o.creditCode);
      assert.ok(r.ok, `${o.creditCode}: ${r.ok ? '' : r.message}`);
      assert.equal(r.warning, undefined, `${o.creditCode}: ${r.warning}`);
      assert.ok(o.creditCode.startsWith('91'));
    }
  });

  it('draws plates of every kind, all valid', () => {
    const kinds = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const plate = samplePlate(rng);
      const r = validatePlate(plate);
      assert.ok(r.ok, `${plate}: ${r.ok ? '' : r.message}`);
      kinds.add(r.value.kind);
    }
    assert.deepEqual(kinds, new Set(['ordinary', 'trailer', 'new-energy-small', 'new-energy-large']));
  });
});

describe('案由 catalogue seed', () => {
  type CauseSeed = Record<'code' | 'category' | 'title' | 'legalBasis' | 'penaltyBasis' | 'penaltyRange', string>;
  const file = path.resolve(__dirname, '..', '..', '..', 'resources', 'catalog', 'causes.json');
  const causes = JSON.parse(fs.readFileSync(file, 'utf8')) as CauseSeed[];
  const fields = ['code', 'category', 'title', 'legalBasis', 'penaltyBasis', 'penaltyRange'] as const;
  const prefixes: Record<Category, string> = {
    highway: 'HW',
    road_transport: 'RT',
    waterway_transport: 'WT',
    channel: 'CH',
    port: 'PT',
    maritime: 'MA',
    quality_safety: 'QS',
    comprehensive: 'CE',
  };

  it('holds the 38 example causes under unique codes', () => {
    assert.equal(causes.length, 38);
    assert.equal(new Set(causes.map((c) => c.code)).size, 38);
  });

  it('covers all eight categories, each code prefixed by its category', () => {
    assert.deepEqual(new Set(causes.map((c) => c.category)), new Set(CATEGORY_CODES));
    for (const c of causes) assert.match(c.code, new RegExp(`^${prefixes[c.category as Category]}-\\d{2}$`), c.code);
  });

  it('fills every field, with law names in 《》', () => {
    for (const c of causes) {
      assert.deepEqual(Object.keys(c).filter((k) => (fields as readonly string[]).includes(k)).sort(), [...fields].sort(), c.code);
      for (const f of fields) assert.ok(typeof c[f] === 'string' && c[f].trim() !== '', `${c.code}.${f}`);
      assert.match(c.legalBasis, /^《[^》]+》第/, c.code);
      assert.match(c.penaltyBasis, /^《[^》]+》第/, c.code);
    }
  });
});
