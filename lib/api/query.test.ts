import { describe, expect, it } from 'vitest';
import { readQuery } from './query';

describe('readQuery', () => {
  it('reads each parameter once, with a canonical (sorted) form', () => {
    const result = readQuery(new URLSearchParams('format=gexf&asOf=2000-01-01'), ['asOf', 'format']);
    expect(result.ok && [result.get('asOf'), result.get('format'), result.get('part'), result.canonical]).toEqual([
      '2000-01-01',
      'gexf',
      null,
      'asOf=2000-01-01&format=gexf',
    ]);
  });

  it('refuses a repeated parameter and an unknown one, naming it', () => {
    expect(readQuery(new URLSearchParams('asOf=2000&asOf=2010'), ['asOf'])).toEqual({
      ok: false,
      parameter: 'asOf',
      message: 'parameter "asOf" is given 2 times: give it once',
    });
    expect(readQuery(new URLSearchParams('asof=2000'), ['asOf', 'format'])).toEqual({
      ok: false,
      parameter: 'asof',
      message: 'unknown parameter "asof": it takes asOf, format',
    });
    expect(readQuery(new URLSearchParams('__proto__=1'), [])).toMatchObject({
      ok: false,
      parameter: '__proto__',
      message: 'unknown parameter "__proto__": it takes no parameters',
    });
  });
});
