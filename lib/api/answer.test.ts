import { describe, expect, it } from 'vitest';
import { answer, errorAnswer, matchesEtag } from './answer';

describe('answer', () => {
  it('gives equal bodies the same strong ETag, and a different status another', () => {
    const a = answer(200, '{"x":1}', 'application/json');
    expect(a.etag).toMatch(/^"[\w-]{32}"$/);
    expect(answer(200, '{"x":1}', 'application/json').etag).toBe(a.etag);
    expect(answer(400, '{"x":1}', 'application/json').etag).not.toBe(a.etag);
  });

  it('matches If-None-Match lists, weak tags and *', () => {
    const { etag } = errorAnswer(404, 'not-found', 'no such route');
    expect([matchesEtag(etag, etag), matchesEtag(`"x", W/${etag}`, etag), matchesEtag('*', etag), matchesEtag('"x"', etag), matchesEtag(null, etag)]).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});
