import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { caseTimeline, registrationMoment } from '../../../main/services/demo/timeline';

const NOW = '2026-11-24T08:10:00';

describe('the times of a demo case', () => {
  it('registers a case a day or two after the events, during office hours', () => {
    for (const occurred of ['2026-03-31T06:00', '2026-03-31T22:59', '2026-12-31T13:17']) {
      for (const days of [1, 2]) {
        const at = registrationMoment(occurred, days);
        assert.match(at, /^\d{4}-\d{2}-\d{2}T(0[89]|1[0-6]):[0-5]\d:00$/, at);
        assert.ok(at.slice(11) >= '08:30:00' && at.slice(11) <= '16:29:59', at);
      }
    }
    assert.equal(registrationMoment('2026-12-31T13:17', 1).slice(0, 10), '2027-01-01');
    assert.notEqual(registrationMoment('2026-05-01T09:10', 1), registrationMoment('2026-05-01T09:11', 1), 'two cases of one day get different times');
  });

  it('writes an act on the day of the act, after the registration it follows', () => {
    const t = caseTimeline('2026-09-03T14:20:00', NOW);
    assert.equal(t.at('2026-09-03'), '2026-09-03T14:40:00', 'the same day as 立案: after it');
    assert.equal(t.at('2026-09-03'), '2026-09-03T15:00:00', 'a second entry that day: after the first');
    assert.equal(t.at('2026-09-10'), '2026-09-10T09:00:00', 'a later day: from the morning');
  });

  it('keeps entries late in a day on that day, in order', () => {
    const t = caseTimeline('2026-09-03T23:30:00', NOW);
    assert.equal(t.at('2026-09-03'), '2026-09-03T23:50:00');
    assert.equal(t.at('2026-09-03'), '2026-09-03T23:59:59');
    assert.equal(t.at('2026-09-03'), '2026-09-03T23:59:59');
  });

  it('never goes back in time for an entry dated before one already written', () => {
    const t = caseTimeline('2026-09-03T10:00:00', NOW);
    const later = t.at('2026-09-20');
    assert.ok(t.at('2026-09-05') >= later);
  });

  it('writes an act of today no later than the moment the seed runs', () => {
    const t = caseTimeline('2026-11-23T15:00:00', NOW);
    assert.equal(t.at('2026-11-24'), NOW, 'not at 09:00, still to come');
    assert.equal(t.at('2026-11-24'), NOW);
  });
});
