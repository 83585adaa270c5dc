/** 文书设置's wording boxes: placeholders shown by field name, the stored text kept exactly; every problem of a box under it. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { draftOf, placeIssues } from '../../../renderer/src/settings/model';
import { readableWording, splitWording } from '../../../renderer/src/settings/placeholders';

const labels = new Map([
  ['illegalAct', '违法行为'],
  ['violated', '违反条款'],
]);

describe('notice wordings on the settings page', () => {
  it('shows each placeholder as its field’s name and gives back the stored text unchanged', () => {
    const stored = '经调查，你（单位）{illegalAct:text:12}的行为，违反了{violated:text:12}的规定。';
    const parts = splitWording(stored, labels);
    assert.deepEqual(
      parts.filter((p) => 'token' in p).map((p) => ('token' in p ? [p.label, p.token] : null)),
      [
        ['违法行为', '{illegalAct:text:12}'],
        ['违反条款', '{violated:text:12}'],
      ],
    );
    assert.equal(parts.map((p) => ('text' in p ? p.text : p.token)).join(''), stored);
    assert.equal(readableWording(stored, labels), '经调查，你（单位）【违法行为】的行为，违反了【违反条款】的规定。');
  });

  it('marks a placeholder naming no field of the form as unknown rather than hiding it', () => {
    const [, unknown] = splitWording('请向{没有这一栏}申请', labels);
    assert.ok('token' in unknown && unknown.label === null && unknown.field === '没有这一栏');
  });

  it('keeps every problem the backend names for one box, not only the first', () => {
    const draft = draftOf({ name: '东州市交通运输综合行政执法支队', noticeOverrides: { remedy: '文字' } });
    const { byPath, others } = placeIssues(
      [
        { path: 'noticeOverrides.remedy', message: '第一处' },
        { path: 'noticeOverrides.remedy', message: '第二处' },
      ],
      draft,
    );
    assert.equal(byPath['noticeOverrides.remedy'], '第一处\n第二处');
    assert.deepEqual(others, []);
  });
});
