import { describe, expect, it } from 'vitest';
import { toSearchParams } from './search-params';

describe('toSearchParams', () => {
  it('keeps single, repeated and empty values and skips undefined ones', () => {
    const params = toSearchParams({ focus: 'ARM', kinds: ['alliance', 'conflict'], date: '', gone: undefined });
    expect(params.get('focus')).toBe('ARM');
    expect(params.getAll('kinds')).toEqual(['alliance', 'conflict']);
    expect(params.get('date')).toBe('');
    expect(params.has('gone')).toBe(false);
  });
  it('takes any string as a name or value (no prototype keys)', () => {
    expect(toSearchParams({ __proto__x: 'a&b=c' }).toString()).toBe('__proto__x=a%26b%3Dc');
  });
});
