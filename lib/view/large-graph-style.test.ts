import { describe, expect, it } from 'vitest';
import { stylesheetFor } from './stylesheet';

type Rule = { selector: string; style: Record<string, unknown> };

describe('the large-graph stylesheet', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`(${theme}) draws nodes without labels or borders, names only the focus and its neighbours, and keeps the UI classes`, () => {
      const sheet = stylesheetFor(theme, true) as unknown as Rule[];
      const node = sheet.find((r) => r.selector === 'node')!.style;
      expect(node.label).toBe('');
      expect(node['border-width']).toBe(0);
      expect(sheet.find((r) => r.selector === 'edge')!.style['curve-style']).toBe('haystack');
      expect(sheet.find((r) => r.selector === 'node.focus, node.neighbor')!.style.label).toBe('data(label)');
      for (const selector of ['.hidden', '.faded', 'edge.highlighted', 'node[size]', 'node[color]', 'node.bloc-a'])
        expect(sheet.some((r) => r.selector === selector)).toBe(true);
      // fewer rules than the full stylesheet: styling 100,000 elements matches each against every rule
      expect(sheet.length).toBeLessThan((stylesheetFor(theme, false) as unknown as Rule[]).length * 0.6);
    });
  }
});
