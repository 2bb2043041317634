import { describe, expect, it } from 'vitest';
import { LruCache } from './lru';

describe('LruCache', () => {
  it('keeps at most maxEntries, dropping the least recently used', () => {
    const cache = new LruCache<number>(2, Infinity);
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.get('a')).toBe(1); // a is now the most recent
    cache.set('c', 3);
    expect([cache.get('a'), cache.get('b'), cache.get('c'), cache.size]).toEqual([1, undefined, 3, 2]);
  });

  it('keeps the total size under maxBytes, and any key is safe', () => {
    const cache = new LruCache<string>(100, 10);
    for (const key of ['toString', '__proto__', 'constructor']) cache.set(key, key, 4);
    expect([cache.get('toString'), cache.get('__proto__'), cache.get('constructor'), cache.totalBytes]).toEqual([undefined, '__proto__', 'constructor', 8]);
    cache.set('huge', 'x', 50); // bigger than the bound: kept alone
    expect([cache.size, cache.totalBytes]).toEqual([1, 50]);
  });

  it('stays bounded over 2,000 distinct keys', () => {
    const cache = new LruCache<string>(64, 1_000);
    for (let i = 0; i < 2000; i++) cache.set(`day-${i}`, 'x'.repeat(100), 100);
    expect(cache.size).toBe(10);
    expect(cache.totalBytes).toBe(1_000);
  });
});
