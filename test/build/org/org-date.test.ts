import { describe, expect, it } from 'vitest';
import { orgDate } from '../../../src/build/org/org-date';

describe('orgDate', () => {
  it.each([
    ['<2015-01-28 Wed>', '2015-01-28'],
    ['[2015-01-28 Wed 19:00]', '2015-01-28'],
    ['<2015-01-28 Mi 19:00-21:00 +1w>', '2015-01-28'],
    ['<2016-04-27 Wed>--<2016-04-28 Thu>', '2016-04-27'],
    ['<2015-01-28>', '2015-01-28'],
    ['2015-01-28', '2015-01-28'],
    ['April 27, 2016', '2016-04-27'],
  ])('reads %s as %s', (value, iso) => {
    expect(orgDate(value)).toBe(iso);
  });

  it.each(['<2015-02-30 Mon>', 'spring 2016', '', '%%(diary-float t 3 4)'])(
    'finds no date in %j',
    (value) => {
      expect(orgDate(value)).toBeUndefined();
    },
  );
});
