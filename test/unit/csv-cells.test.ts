/** Spreadsheet formula injection: cells neutralised on export, restored on import (csv-cells.ts), the 案由目录 included. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CauseRecord } from '../../main/contract/catalog';
import { readCatalog } from '../../main/services/catalog';
import { catalogToCsv, parseCsv } from '../../main/services/catalog-csv';
import { neutraliseCell, restoreCell } from '../../main/services/csv-cells';

describe('CSV cells a spreadsheet would run as formulas', () => {
  it('gets a leading apostrophe for = + - @ tab and CR, and nothing else', () => {
    for (const v of ['=1+1', '+86 138', '-5', '@SUM(A1)', '\tx', '\rx']) assert.equal(neutraliseCell(v), `'${v}`, JSON.stringify(v));
    for (const v of ['', '李明', '1-2', "it's", "'quoted", ' =not first']) assert.equal(neutraliseCell(v), v, JSON.stringify(v));
  });

  it('restores what it neutralised, so every value round-trips, apostrophes before = included', () => {
    for (const v of ['=HYPERLINK("http://x","y")', "'=already", "''=two", "'plain", '-', '@', '普通文字', "'"]) {
      assert.equal(restoreCell(neutraliseCell(v)), v, JSON.stringify(v));
    }
    assert.equal(restoreCell("'abc"), "'abc", 'an apostrophe before ordinary text is the value’s own');
  });

  it('an exported cell starting with = is neutralised and round-trips', () => {
    const record: CauseRecord = {
      code: 'RT-99', category: 'road_transport', title: '=HYPERLINK("http://example.invalid","点击")', legalBasis: '+《道路运输条例》第六十三条',
      penaltyBasis: '@依据', penaltyRange: '-处3000元以上3万元以下罚款', fineMin: 3000, fineMax: 30000, discretion: [], active: true,
    };
    const csv = catalogToCsv([record]);
    const parsed = parseCsv(csv);
    assert.ok(parsed.ok);
    const row = parsed.records[1];
    assert.equal(row[2], `'${record.title}`, 'the file holds the title as text for the spreadsheet');
    assert.equal(row[3], `'${record.legalBasis}`);
    assert.equal(row[4], `'${record.penaltyBasis}`);
    assert.equal(row[5], `'${record.penaltyRange}`);
    const back = readCatalog('csv', csv);
    assert.equal(back.kind, 'records');
    assert.deepEqual(back.kind === 'records' && back.records[0].record, record, 'imported as it was exported');
  });
});
