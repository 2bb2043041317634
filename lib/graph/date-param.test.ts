import { describe, expect, it } from 'vitest';
import { parseAsOfParam } from './date-param';

const today = '2026-11-29';

describe('parseAsOfParam', () => {
  it('defaults to today', () => {
    expect(parseAsOfParam(null, today)).toEqual({ ok: true, day: today });
    expect(parseAsOfParam('', today)).toEqual({ ok: true, day: today });
  });
  it('accepts full dates and reads partial ones as their first day', () => {
    expect(parseAsOfParam('1999-04-20', today)).toEqual({ ok: true, day: '1999-04-20' });
    expect(parseAsOfParam('1999', today)).toEqual({ ok: true, day: '1999-01-01' });
  });
  it('says what is wrong with malformed, impossible, too early and future dates', () => {
    expect(parseAsOfParam('yesterday', today)).toEqual({ ok: false, message: 'asOf "yesterday" is not a date: use the form YYYY-MM-DD, e.g. 2024-03-07' });
    expect(parseAsOfParam('2023-02-30', today)).toEqual({ ok: false, message: 'asOf "2023-02-30" is not a real calendar date' });
    expect(parseAsOfParam('1850-01-01', today)).toMatchObject({ ok: false, message: expect.stringContaining('before 1900-01-01') });
    expect(parseAsOfParam('2030-01-01', today)).toMatchObject({ ok: false, message: expect.stringContaining('in the future') });
  });
});
