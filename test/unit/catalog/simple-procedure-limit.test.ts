/** 行政处罚法 第五十一条: which 案由 the 立案登记 form warns about under 简易程序. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SIMPLE_FINE_LIMITS, simpleProcedureConflict } from '../../../main/contract/catalog';

describe('简易程序 limits of 第五十一条', () => {
  it('are 200 元 for a 公民 and 3000 元 for a 法人或者其他组织', () => {
    assert.deepEqual(SIMPLE_FINE_LIMITS, { individual: 200, organisation: 3000 });
  });

  it('warns about a 案由 whose lowest fine is above the limit for the party, naming the article', () => {
    const message = simpleProcedureConflict({ fineMin: 1000 }, 'individual');
    assert.match(message ?? '', /法定罚款最低1000元/);
    assert.match(message ?? '', /公民200元以下/);
    assert.match(message ?? '', /行政处罚法 第五十一条/);
    assert.match(simpleProcedureConflict({ fineMin: 5000 }, 'organisation') ?? '', /法人或者其他组织3000元以下/);
  });

  it('does not warn at the limit itself, below it, or where the law states no amount', () => {
    assert.equal(simpleProcedureConflict({ fineMin: 200 }, 'individual'), null);
    assert.equal(simpleProcedureConflict({ fineMin: 1000 }, 'organisation'), null);
    assert.equal(simpleProcedureConflict({ fineMin: 0 }, 'individual'), null);
    assert.equal(simpleProcedureConflict({ fineMin: null }, 'individual'), null);
  });
});
