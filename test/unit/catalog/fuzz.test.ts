/**
 * Whatever an admin feeds the import (a damaged export, a file from another program, random bytes),
 * the reader answers with a reason, a list of problems or valid records, and never throws.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { causeRecord, type CatalogFormat, type CauseRecord } from '../../../main/contract/catalog';
import { catalogToCsv } from '../../../main/services/catalog-csv';
import { readCatalog } from '../../../main/services/catalog';
import { createRng } from '../../../main/services/demo/sample-data';

const BASE: CauseRecord[] = [
  {
    code: 'RT-04',
    category: 'road_transport',
    title: '未取得从业资格的人员驾驶道路运输经营车辆',
    legalBasis: '《中华人民共和国道路运输条例》第九条',
    penaltyBasis: '《中华人民共和国道路运输条例》第六十四条',
    penaltyRange: '责令改正，处200元以上2000元以下罚款',
    fineMin: 200,
    fineMax: 2000,
    discretion: [
      { circumstance: '轻微', fineMin: 200, fineMax: 800, description: '首次被查, "当场"改正' },
      { circumstance: '一般:二', fineMin: 800, fineMax: 1500, description: '再次;被查\n第二行' },
    ],
    active: true,
  },
  {
    code: 'QS-01',
    category: 'quality_safety',
    title: '施工单位偷工减料',
    legalBasis: '《建设工程质量管理条例》第二十八条',
    penaltyBasis: '《建设工程质量管理条例》第六十四条',
    penaltyRange: '处工程合同价款2%以上4%以下罚款',
    fineMin: null,
    fineMax: null,
    discretion: [],
    active: false,
  },
];

const SPECIALS = ['"', '""', ',', '\r', '\n', '\r\n', ';', ':', '\\', '-', '[', ']', '{', '}', '\uFEFF', '\u0000', '启用', '停用', '1e999', '-1', ' '];
const KEYS = ['code', 'category', 'title', 'legalBasis', 'penaltyBasis', 'penaltyRange', 'fineMin', 'fineMax', 'discretion', 'active', 'extra'];
const VALUES: unknown[] = [null, 0, -5, 1.5, 1e11, '', ' ', 'x'.repeat(600), '道路运政', 'highway', true, [], {}, [{}], [{ circumstance: 'a', fineMin: 'b' }], 'RT-04'];

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)];
}

function mutateText(r: () => number, s: string): string {
  let out = s;
  const steps = 1 + Math.floor(r() * 4);
  for (let k = 0; k < steps; k++) {
    const at = Math.floor(r() * (out.length + 1));
    switch (Math.floor(r() * 6)) {
      case 0: // flip one code unit to anything, lone surrogates included
        out = out.slice(0, at) + String.fromCharCode(Math.floor(r() * 0x10000)) + out.slice(at + 1);
        break;
      case 1:
        out = out.slice(0, at);
        break;
      case 2:
        out = out.slice(0, at) + pick(r, SPECIALS) + out.slice(at);
        break;
      case 3:
        out = out.slice(0, at) + out.slice(at + Math.floor(r() * 40));
        break;
      case 4: {
        const len = Math.floor(r() * 80);
        out = out.slice(0, at) + out.slice(at, at + len) + out.slice(at);
        break;
      }
      default:
        out = out.slice(0, at) + pick(r, SPECIALS).repeat(1 + Math.floor(r() * 3)) + out.slice(at);
    }
  }
  return out;
}

/** A structurally plausible JSON file with wrong values in random places. */
function mutateJsonShape(r: () => number): string {
  const objects: Record<string, unknown>[] = BASE.map((b) => ({ ...b, discretion: b.discretion.map((t) => ({ ...t })) }));
  const rows: unknown[] = [...objects];
  const steps = 1 + Math.floor(r() * 3);
  for (let k = 0; k < steps; k++) {
    const row = pick(r, objects);
    // Fresh copies: a shared value mutated in place could make the structure circular.
    const value = structuredClone(pick(r, VALUES));
    if (r() < 0.2) rows.push(value);
    else if (r() < 0.3 && Array.isArray(row.discretion) && row.discretion.length && typeof row.discretion[0] === 'object' && row.discretion[0] !== null) {
      (row.discretion[0] as Record<string, unknown>)[pick(r, ['circumstance', 'fineMin', 'fineMax', 'description'])] = value;
    } else row[pick(r, KEYS)] = value;
  }
  return JSON.stringify(rows);
}

function randomText(r: () => number): string {
  let s = '';
  const len = Math.floor(r() * 120);
  for (let i = 0; i < len; i++) s += r() < 0.5 ? pick(r, SPECIALS) : String.fromCharCode(Math.floor(r() * 0x3000));
  return s;
}

function checkAnswer(format: CatalogFormat, input: string): string {
  const got = readCatalog(format, input);
  switch (got.kind) {
    case 'invalid':
      assert.ok(got.message.length > 0);
      break;
    case 'problems':
      assert.ok(got.problems.length > 0);
      for (const p of got.problems) {
        assert.ok(Number.isInteger(p.row) && p.row >= 0 && p.field.length > 0 && p.message.length > 0, JSON.stringify(p));
      }
      break;
    case 'records':
      assert.ok(got.records.length > 0);
      for (const { record } of got.records) {
        assert.ok(causeRecord.safeParse(record).success, JSON.stringify(record));
        for (const t of record.discretion) {
          assert.ok(record.fineMin === null || t.fineMin >= record.fineMin);
          assert.ok(record.fineMax === null || t.fineMax <= record.fineMax);
        }
      }
      break;
    default:
      assert.fail(`unexpected answer ${JSON.stringify(got)}`);
  }
  return got.kind;
}

describe('catalogue reader under random and damaged input', () => {
  it('answers 100 000 mutated exports and random strings without an uncaught exception, in a few seconds', () => {
    // A seeded sequence, the same on every run, so a failure can be replayed.
    const r = createRng(20261124);
    const csv = catalogToCsv(BASE);
    const json = JSON.stringify(BASE, null, 2);
    const kinds: Record<string, number> = { invalid: 0, problems: 0, records: 0 };
    const started = performance.now();
    const total = 100_000;
    for (let i = 0; i < total; i++) {
      const which = i % 5;
      let format: CatalogFormat;
      let input: string;
      if (which === 0 || which === 1) [format, input] = ['csv', mutateText(r, csv)];
      else if (which === 2) [format, input] = ['json', mutateText(r, json)];
      else if (which === 3) [format, input] = ['json', mutateJsonShape(r)];
      else [format, input] = [r() < 0.5 ? 'csv' : 'json', randomText(r)];
      try {
        kinds[checkAnswer(format, input)]++;
      } catch (e) {
        throw new Error(`input #${i} (${format}) ${JSON.stringify(input).slice(0, 400)}: ${(e as Error).stack}`);
      }
    }
    const ms = performance.now() - started;
    // Every kind of answer was reached, so the mutations exercised the row checks and not only the parser.
    assert.ok(kinds.invalid > 0 && kinds.problems > 0 && kinds.records > 0, JSON.stringify(kinds));
    console.log(`fuzz: ${total} inputs in ${Math.round(ms)} ms ${JSON.stringify(kinds)}`);
    assert.ok(ms < 30_000, `took ${ms} ms`);
  });
});
