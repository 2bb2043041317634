import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { URL_PARAMETERS } from './view-state';
import { viewStateTable, withViewStateTable } from './view-state-docs';

describe('the README’s view-state table', () => {
  it('is the one the registries describe (run npm run docs:view-state after changing them)', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(withViewStateTable(readme), 'README.md lacks the view-state table markers').not.toBeNull();
    expect(readme).toContain(viewStateTable());
  });

  it('has a row for every URL parameter', () => {
    for (const param of URL_PARAMETERS) expect(viewStateTable()).toContain(`| \`${param}\` |`);
  });
});
