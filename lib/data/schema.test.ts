import { describe, expect, it } from 'vitest';
import { SOURCE } from './dataset.fixtures';
import { parseDataset } from './parse';
import { formatProblem } from './problems';
import { tieSchema } from './schema';

const membership = { kind: 'membership', source: 'ARM', target: 'csto', periods: [{ status: 'member', start: '1992-05-15', end: null }], sources: [SOURCE] };

function messagesFor(row: unknown): string[] {
  const result = tieSchema.safeParse(row);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('tie schema', () => {
  it('accepts a well-formed membership', () => {
    expect(messagesFor(membership)).toEqual([]);
  });

  it('rejects an impossible date and says which value and why', () => {
    const messages = messagesFor({ ...membership, periods: [{ status: 'member', start: '2023-02-30', end: null }] });
    expect(messages).toEqual(['periods.0.start: "2023-02-30" is not a real date in the form YYYY, YYYY-MM or YYYY-MM-DD']);
  });

  it('rejects a tie without sources', () => {
    expect(messagesFor({ ...membership, sources: [] })).toEqual(['sources: every fact needs at least one source']);
  });

  it('rejects lower-case state keys and unknown statuses', () => {
    const messages = messagesFor({ ...membership, source: 'arm!', periods: [{ status: 'ally', start: '1992', end: null }] });
    expect(messages.some((m) => m.startsWith('source: expected a state key'))).toBe(true);
    expect(messages.some((m) => m.startsWith('periods.0.status:'))).toBe(true);
  });

  it('rejects a source whose URL is not http(s)', () => {
    const messages = messagesFor({ ...membership, sources: [{ ...SOURCE, url: 'javascript:alert(1)' }] });
    expect(messages).toEqual(['sources.0.url: a source needs an http(s) URL']);
  });

  it('rejects a conflict period without an intensity', () => {
    const conflict = { kind: 'conflict', subtype: 'war', source: 'ARM', target: 'AZE', periods: [{ status: 'active', start: '2020-09-27', end: null }], sources: [SOURCE] };
    const messages = messagesFor(conflict);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^periods\.0\.intensity: /);
  });
});

describe('parseDataset', () => {
  it('reports each bad row with its file and JSON path, and keeps the good rows', () => {
    const parsed = parseDataset({
      'dataset.json': { title: 'x', asOf: '2026-01-01', description: '', credits: [] },
      'organizations/a.json': [],
      'ties/memberships.json': [membership, { ...membership, periods: [{ status: 'member', start: '1992-13-01', end: null }] }],
      'ties/alliances.json': 'not an array',
    });
    const lines = parsed.problems.map(formatProblem);
    expect(lines).toContain('ties/memberships.json [1].periods[0].start: "1992-13-01" is not a real date in the form YYYY, YYYY-MM or YYYY-MM-DD');
    expect(lines).toContain('ties/alliances.json: expected a JSON array of records');
    expect(lines).toContain('states.json: file is missing');
    expect(parsed.dataset.ties).toHaveLength(1);
    expect(parsed.origins.ties).toEqual([{ file: 'ties/memberships.json', index: 0 }]);
  });
});
