import { describe, expect, it } from 'vitest';
import { aYearBefore, changesToCsv, filterChanges, parseChangesRequest } from './changes-request';
import type { ChangeEvent } from './changes-between';

const get = (params: Record<string, string>) => (name: string) => (Object.hasOwn(params, name) ? params[name]! : null);
const KINDS = ['membership', 'conflict', 'node'];

describe('parseChangesRequest', () => {
  it('defaults to the year before today', () => {
    expect(parseChangesRequest(get({}), '2026-11-30', KINDS)).toEqual({ ok: true, request: { from: '2025-11-30', to: '2026-11-30', kinds: null, node: null } });
    expect(aYearBefore('2024-02-29')).toBe('2023-02-28');
  });
  it('names the parameter that is wrong', () => {
    expect(parseChangesRequest(get({ from: '2026-13-01' }), '2026-11-30', KINDS)).toMatchObject({ ok: false, parameter: 'from' });
    expect(parseChangesRequest(get({ from: '2024', to: '2023' }), '2026-11-30', KINDS)).toMatchObject({
      ok: false,
      parameter: 'from',
      message: 'from (2024-01-01) must be before to (2023-01-01)',
    });
    expect(parseChangesRequest(get({ kinds: 'trade' }), '2026-11-30', KINDS)).toMatchObject({ ok: false, parameter: 'kinds' });
  });
});

describe('change list', () => {
  const event = (kind: ChangeEvent['kind'], source: string, target: string): ChangeEvent => ({
    date: '2024-02-22',
    type: 'status-changed',
    key: `${kind}:${source}>${target}`,
    source,
    target,
    kind,
    subtype: null,
    from: 'member',
    to: 'frozen',
    sources: [{ title: 'Statement, "frozen"', publisher: 'Gov', url: 'https://example.org/a', date: '2024-02-22' }],
  });
  it('filters by kind and node', () => {
    const list = [event('membership', 'ARM', 'csto'), event('conflict', 'ARM', 'AZE')];
    expect(filterChanges(list, { kinds: ['conflict'], node: null })).toHaveLength(1);
    expect(filterChanges(list, { kinds: null, node: 'csto' })).toHaveLength(1);
  });
  it('writes CSV with quoted sources', () => {
    expect(changesToCsv([event('membership', 'ARM', 'csto')])).toBe(
      'date,type,key,source,target,kind,subtype,from,to,sources\n2024-02-22,status-changed,membership:ARM>csto,ARM,csto,membership,,member,frozen,"Gov: Statement, ""frozen"" <https://example.org/a>"\n',
    );
  });
});
