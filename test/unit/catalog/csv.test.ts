import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CauseRecord } from '../../../main/contract/catalog';
import { BOM, catalogToCsv, csvToCandidates, decodeTiers, encodeTiers, formatCsv, parseCsv } from '../../../main/services/catalog-csv';

function records(text: string): string[][] {
  const r = parseCsv(text);
  if (!r.ok) throw new Error(r.message);
  return r.records;
}

describe('CSV reader and writer (RFC 4180)', () => {
  it('reads plain fields separated by commas and records ended by CRLF, LF or CR alike', () => {
    assert.deepEqual(records('a,b\r\nc,d\ne,f\rg,h'), [['a', 'b'], ['c', 'd'], ['e', 'f'], ['g', 'h']]);
  });

  it('drops the byte-order mark Excel writes at the start', () => {
    assert.deepEqual(records(`${BOM}编码,名称\r\n`), [['编码', '名称']]);
  });

  it('reads quoted fields holding commas, doubled quotes and line breaks of every kind', () => {
    assert.deepEqual(records('"a,b","say ""hi""","line1\r\nline2\nline3\rline4"\r\n'), [['a,b', 'say "hi"', 'line1\r\nline2\nline3\rline4']]);
  });

  it('keeps empty fields, including a trailing one and an empty quoted one', () => {
    assert.deepEqual(records('a,,""\r\n,\r\n'), [['a', '', ''], ['', '']]);
  });

  it('adds no empty record for the line break after the last record', () => {
    assert.deepEqual(records('a\r\n'), [['a']]);
    assert.deepEqual(records('a'), [['a']]);
    assert.deepEqual(records(''), []);
  });

  it('refuses a quote that is never closed, naming the line it opened on', () => {
    const r = parseCsv('a,b\r\nc,"open\r\nmore');
    assert.equal(r.ok, false);
    assert.match(!r.ok ? r.message : '', /第2行起的引号没有结束/);
  });

  it('refuses a quote inside an unquoted field and text after a closing quote', () => {
    assert.equal(parseCsv('ab"c\r\n').ok, false);
    assert.equal(parseCsv('"ab"c\r\n').ok, false);
  });

  it('writes a BOM and CRLF, quoting only what needs it, and reads back exactly what it wrote', () => {
    const rows = [['编码', 'x,y', 'say "hi"', 'two\nlines', 'plain', '']];
    const text = formatCsv(rows);
    assert.equal(text, `${BOM}编码,"x,y","say ""hi""","two\nlines",plain,\r\n`);
    assert.deepEqual(records(text), rows);
  });
});

describe('裁量基准 cell', () => {
  const tiers = [
    { circumstance: '轻微', fineMin: 200, fineMax: 800, description: '首次被查' },
    { circumstance: '一般', fineMin: 800, fineMax: 1500, description: '' },
  ];

  it('writes tiers as “情节:下限-上限:说明” separated by semicolons, leaving out an empty 说明', () => {
    assert.equal(encodeTiers(tiers), '轻微:200-800:首次被查;一般:800-1500');
  });

  it('escapes ASCII colons, semicolons and backslashes inside a 情节 or 说明 and reads them back', () => {
    const tricky = [{ circumstance: 'A:B', fineMin: 0, fineMax: 10, description: '时间 8:30; 路段 K1\\K2' }];
    const cell = encodeTiers(tricky);
    assert.equal(cell, 'A\\:B:0-10:时间 8\\:30\\; 路段 K1\\\\K2');
    assert.deepEqual(decodeTiers(cell), { ok: true, tiers: tricky });
  });

  it('needs no escape for full-width punctuation', () => {
    const t = [{ circumstance: '一般', fineMin: 1, fineMax: 2, description: '情节：较轻；及时改正' }];
    assert.equal(encodeTiers(t), '一般:1-2:情节：较轻；及时改正');
  });

  it('accepts spaces, other dashes and a trailing semicolon as people type them in Excel', () => {
    const d = decodeTiers(' 轻微 : 200 ~ 800 : 首次 ; 一般:800—1500;');
    assert.ok(d.ok);
    assert.deepEqual(
      d.tiers.map((t) => [t.circumstance.trim(), t.fineMin, t.fineMax]),
      [['轻微', 200, 800], ['一般', 800, 1500]],
    );
  });

  it('reads an empty cell as no tiers', () => {
    assert.deepEqual(decodeTiers(''), { ok: true, tiers: [] });
  });

  it('explains the expected form when a tier has no range', () => {
    const d = decodeTiers('轻微:200-800;一般');
    assert.equal(d.ok, false);
    assert.match(!d.ok ? d.message : '', /^第2档应写作“情节:下限-上限:说明”/);
  });

  it('hands an amount that is not a number on as text for the schema to refuse', () => {
    const d = decodeTiers('轻微:二百-800');
    assert.ok(d.ok);
    assert.equal(d.tiers[0].fineMin, '二百');
  });
});

describe('catalogue CSV layout', () => {
  const record: CauseRecord = {
    code: 'RT-04',
    category: 'road_transport',
    title: '未取得从业资格的人员驾驶道路运输经营车辆',
    legalBasis: '《中华人民共和国道路运输条例》第九条、第二十二条',
    penaltyBasis: '《中华人民共和国道路运输条例》第六十四条',
    penaltyRange: '责令改正，处200元以上2000元以下罚款',
    fineMin: 200,
    fineMax: 2000,
    discretion: [{ circumstance: '一般', fineMin: 800, fineMax: 1500, description: '多次被查, 未改正' }],
    active: false,
  };

  it('has the Chinese header, the category’s Chinese name and 启用/停用', () => {
    const lines = catalogToCsv([record]).slice(1).split('\r\n');
    assert.equal(lines[0], '编码,执法门类,案由名称,违法依据,处罚依据,处罚种类和幅度,法定罚款下限,法定罚款上限,裁量基准,状态');
    assert.match(lines[1], /^RT-04,道路运政,/);
    assert.match(lines[1], /,200,2000,"一般:800-1500:多次被查, 未改正",停用$/);
  });

  it('reads its own output back to the same values', () => {
    const c = csvToCandidates(catalogToCsv([record]));
    assert.equal(c.fatal, null);
    assert.deepEqual(c.problems, []);
    assert.deepEqual(c.rows, [{ row: 1, value: { ...record } }]);
  });

  it('accepts English category codes and English column names, in any column order', () => {
    const text = 'active,code,category,title,legalBasis,penaltyBasis,penaltyRange,fineMin,fineMax,discretion\r\n启用,X-1,highway,t,l,p,r,,,\r\n';
    const c = csvToCandidates(text);
    assert.equal(c.fatal, null);
    assert.equal(c.rows[0].value.category, 'highway');
    assert.equal(c.rows[0].value.fineMin, null);
    assert.equal(c.rows[0].value.active, true);
  });

  it('skips blank lines but keeps counting them, so row numbers match the spreadsheet', () => {
    const [header, first] = catalogToCsv([record]).split('\r\n');
    const c = csvToCandidates(`${header}\r\n\r\n,,,,,,,,,\r\n${first}\r\n`);
    assert.deepEqual(c.rows.map((r) => r.row), [3]);
  });

  it('reports a row with the wrong number of cells and a bad 状态 with their row numbers', () => {
    const [header, first] = catalogToCsv([record]).split('\r\n');
    const c = csvToCandidates(`${header}\r\nRT-09,道路运政\r\n${first.replace(/停用$/, '关闭')}\r\n`);
    assert.deepEqual(
      c.problems.map((p) => [p.row, p.field]),
      [[1, '整行'], [2, '状态']],
    );
  });

  it('refuses a file whose first line is not the catalogue header', () => {
    assert.match(csvToCandidates('姓名,年龄\r\n张三,30\r\n').fatal ?? '', /第一行不是案由目录的表头/);
    assert.match(csvToCandidates('编码,执法门类\r\nX,highway\r\n').fatal ?? '', /表头有误：缺少“案由名称”列/);
  });
});
