import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AppError } from '../../main/contract/errors';
import { normaliseSearchText, parseSearchQuery, searchBigrams, searchBody } from '../../main/services/search-text';

const sample = {
  caseNumber: '东交执罚〔2026〕15号',
  causeTitle: '未经许可从事道路普通货物运输经营',
  place: 'G104线K12+300',
  partyNames: ['柯岚', '东州市顺捷物流有限公司'],
  idNumbers: ['11010519491231002X'],
  phones: ['13812345678'],
  plates: ['浙AD12345'],
};

describe('search text', () => {
  it('drops brackets and separators and folds full-width and case, so typed variants meet', () => {
    assert.equal(normaliseSearchText('东交执罚〔2026〕15号'), normaliseSearchText('东交执罚[2026]15号'));
    assert.equal(normaliseSearchText('浙A·D12345'), '浙AD12345');
    assert.equal(normaliseSearchText('ｚｈｅ１２'), 'ZHE12');
    assert.equal(normaliseSearchText('11010519491231002x'), '11010519491231002X');
  });

  it('indexes every searchable field in the trigram body', () => {
    const body = searchBody(sample);
    for (const s of ['东交执罚202615号', '11010519491231002X', '浙AD12345', '柯岚', '13812345678', '顺捷物流']) assert.ok(body.includes(s), s);
  });

  it('indexes 2-character windows of names and 案由 only', () => {
    const grams = searchBigrams(sample).split(' ');
    assert.ok(grams.includes('柯岚'));
    assert.ok(grams.includes('顺捷'));
    assert.ok(grams.includes('货物'));
    assert.ok(!grams.includes('AD'), 'plates are not bigram-indexed');
  });

  it('sends 2-character terms to the bigram index and longer ones to trigram, quoted', () => {
    assert.deepEqual(parseSearchQuery('柯岚  浙AD12345'), { bigram: ['"柯岚"'], trigram: ['"浙AD12345"'] });
    // FTS5 operators in a term are neutralised by quoting; quote marks themselves are dropped as noise.
    assert.deepEqual(parseSearchQuery('a*b^c NEAR'), { bigram: [], trigram: ['"A*B^C"', '"NEAR"'] });
    assert.deepEqual(parseSearchQuery('"柯岚"'), { bigram: ['"柯岚"'], trigram: [] });
  });

  it('refuses a single-character term with a Chinese message', () => {
    assert.throws(() => parseSearchQuery('柯'), (e: unknown) => e instanceof AppError && e.code === 'SEARCH_TERM_TOO_SHORT');
  });
});
