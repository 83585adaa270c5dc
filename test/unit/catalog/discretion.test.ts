import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Cause } from '../../../main/contract/schemas';
import { assessDiscretion } from '../../../main/contract/discretion';

const RT04: Cause = {
  id: 4,
  category: 'road_transport',
  code: 'RT-04',
  title: '未取得从业资格的人员驾驶道路运输经营车辆',
  legalBasis: '《中华人民共和国道路运输条例》第九条、第二十二条',
  penaltyBasis: '《中华人民共和国道路运输条例》第六十四条',
  penaltyRange: '责令改正，处200元以上2000元以下罚款',
  fineMin: 200,
  fineMax: 2000,
  discretion: [
    { circumstance: '轻微', fineMin: 200, fineMax: 800, description: '首次被查' },
    { circumstance: '一般', fineMin: 800, fineMax: 1500, description: '再次被查' },
    { circumstance: '严重', fineMin: 1500, fineMax: 2000, description: '发生事故' },
  ],
};

/** A 公路 cause whose lowest tier is a warning (罚款下限 0). */
const HW01: Cause = {
  ...RT04,
  id: 11,
  category: 'highway',
  code: 'HW-01',
  fineMin: 0,
  fineMax: 30000,
  discretion: [
    { circumstance: '轻微', fineMin: 0, fineMax: 200, description: '超重不超过1000千克，予以警告' },
    { circumstance: '一般', fineMin: 200, fineMax: 3000, description: '' },
  ],
};

describe('裁量基准 assessment', () => {
  it('accepts a fine inside the chosen tier and suggests that tier’s range', () => {
    const a = assessDiscretion(RT04, '一般', 1000);
    assert.equal(a.tier?.circumstance, '一般');
    assert.equal(a.departs, false);
    assert.equal(a.outsideStatutory, false);
    assert.equal(a.suggestion, '一般情节：建议罚款 800 元至 1500 元');
    assert.equal(a.message, null);
  });

  it('counts both ends of a tier as inside it', () => {
    assert.equal(assessDiscretion(RT04, '一般', 800).departs, false);
    assert.equal(assessDiscretion(RT04, '一般', 1500).departs, false);
  });

  it('flags a fine above the chosen tier but inside the law, asking for reasons', () => {
    const a = assessDiscretion(RT04, '一般', 1800);
    assert.equal(a.departs, true);
    assert.equal(a.outsideStatutory, false);
    assert.equal(a.message, '罚款 1800 元超出“一般”情节的裁量幅度（800—1500 元），须说明理由');
  });

  it('flags a fine below the chosen tier with “低于”', () => {
    const a = assessDiscretion(RT04, '严重', 1000);
    assert.equal(a.departs, true);
    assert.match(a.message ?? '', /^罚款 1000 元低于“严重”情节的裁量幅度（1500—2000 元）/);
  });

  it('flags a fine above the statutory maximum as outside the law as well as the tier', () => {
    const a = assessDiscretion(RT04, '一般', 3000);
    assert.equal(a.departs, true);
    assert.equal(a.outsideStatutory, true);
    assert.equal(a.message, '罚款 3000 元超出“一般”情节的裁量幅度（800—1500 元），须说明理由；罚款 3000 元超过法定罚款上限（2000 元），不得超出法定幅度');
  });

  it('flags a fine below the statutory minimum (减轻处罚) and says a legal ground is needed', () => {
    const a = assessDiscretion(RT04, '轻微', 100);
    assert.equal(a.outsideStatutory, true);
    assert.match(a.message ?? '', /低于法定罚款下限（200 元），须有减轻处罚的法定情形/);
  });

  it('treats a fine without a chosen tier as a departure when the cause has tiers, and lists the tiers', () => {
    const a = assessDiscretion(RT04, '', 1000);
    assert.equal(a.tier, null);
    assert.equal(a.departs, true);
    assert.equal(a.outsideStatutory, false);
    assert.equal(a.suggestion, '请选择裁量情节：轻微（200—800 元）、一般（800—1500 元）、严重（1500—2000 元）');
    assert.equal(a.message, '未选择裁量情节，罚款 1000 元须说明裁量理由');
  });

  it('names a 情节 the cause does not have instead of silently ignoring it', () => {
    const a = assessDiscretion(RT04, '特别严重', 1000);
    assert.equal(a.tier, null);
    assert.equal(a.departs, true);
    assert.match(a.message ?? '', /“特别严重”不是本案由裁量基准中的情节/);
  });

  it('matches the 情节 regardless of surrounding spaces', () => {
    assert.equal(assessDiscretion(RT04, ' 一般 ', 1000).tier?.circumstance, '一般');
  });

  it('without tiers only checks the law and suggests the statutory range', () => {
    const plain = { ...RT04, discretion: [] };
    const a = assessDiscretion(plain, '', 1000);
    assert.equal(a.departs, false);
    assert.equal(a.outsideStatutory, false);
    assert.equal(a.suggestion, '法定罚款幅度 200—2000 元');
    assert.equal(assessDiscretion(plain, '', 2500).outsideStatutory, true);
  });

  it('without a statutory amount (a multiple of gains) never reports the fine as outside the law', () => {
    const gains = { ...RT04, fineMin: null, fineMax: null, discretion: [] };
    const a = assessDiscretion(gains, '', 250000);
    assert.equal(a.outsideStatutory, false);
    assert.equal(a.departs, false);
    assert.equal(a.message, null);
    assert.equal(a.suggestion, '本案由未设裁量基准，请按处罚依据裁量');
  });

  describe('a warning-only penalty (fine 0)', () => {
    it('is no departure under a tier that starts at 0', () => {
      const a = assessDiscretion(HW01, '轻微', 0);
      assert.equal(a.departs, false);
      assert.equal(a.outsideStatutory, false);
      assert.equal(a.suggestion, '轻微情节：建议警告或罚款 200 元以下');
    });

    it('is no departure without a chosen tier when the cause has a tier starting at 0', () => {
      const a = assessDiscretion(HW01, '', 0);
      assert.equal(a.departs, false);
      assert.equal(a.message, null);
    });

    it('departs under a tier that starts above 0', () => {
      assert.equal(assessDiscretion(HW01, '一般', 0).departs, true);
    });

    it('departs, and is below the law, when no tier of the cause starts at 0', () => {
      const a = assessDiscretion(RT04, '', 0);
      assert.equal(a.departs, true);
      assert.equal(a.outsideStatutory, true);
    });
  });
});
