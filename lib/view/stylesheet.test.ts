import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio, WCAG_AA_TEXT } from './contrast';
import { CANVAS_THEMES, stylesheetFor, type CanvasTheme } from './stylesheet';

const css = readFileSync(new URL('../../app/globals.css', import.meta.url), 'utf8');
const rule = (sheet: ReturnType<typeof stylesheetFor>, selector: string) =>
  sheet.filter((r) => r.selector === selector).map((r) => (r as unknown as { style: Record<string, unknown> }).style);

describe('canvas label colours', () => {
  it('knows the canvas colours the page really uses', () => {
    const light = /:root \{[^}]*--canvas: (#[0-9a-f]+)/.exec(css)![1];
    const dark = /prefers-color-scheme: dark\)[^]*?--canvas: (#[0-9a-f]+)/.exec(css)![1];
    expect(light).toBe(CANVAS_THEMES.light.canvas);
    expect(dark).toBe(CANVAS_THEMES.dark.canvas);
    expect(css).toContain(`--land: ${CANVAS_THEMES.light.land}`);
    expect(css).toContain(`--land: ${CANVAS_THEMES.dark.land}`);
  });

  for (const theme of ['light', 'dark'] as CanvasTheme[]) {
    it(`reach WCAG AA in the ${theme} theme, on the canvas, on land and inside organization boxes`, () => {
      const t = CANVAS_THEMES[theme];
      const sheet = stylesheetFor(theme, false);
      const nodeColor = rule(sheet, 'node').at(-1)!.color as string;
      expect(nodeColor).toBe(t.label);
      for (const background of [t.canvas, t.land]) {
        expect(contrastRatio(t.label, background)).toBeGreaterThanOrEqual(WCAG_AA_TEXT);
        // Focused labels are the most legible, not the least.
        expect(contrastRatio(t.focusLabel, background)).toBeGreaterThanOrEqual(contrastRatio(t.label, background));
      }
      const org = rule(sheet, 'node[kind = "organization"]').at(-1)!;
      expect(contrastRatio(org.color as string, org['background-color'] as string)).toBeGreaterThanOrEqual(WCAG_AA_TEXT);
      // The halo is the canvas colour, so a tie drawn under a label does not lower its contrast.
      expect(rule(sheet, 'node').at(-1)!['text-outline-color']).toBe(t.canvas);
    });
  }

  it('draws the focus above every node, its label at any zoom, larger and on a plate of the canvas colour', () => {
    for (const theme of ['light', 'dark'] as CanvasTheme[]) {
      for (const large of [false, true]) {
        const sheet = stylesheetFor(theme, large);
        const zIndex = (r: (typeof sheet)[number]) => Number((r as unknown as { style: Record<string, unknown> }).style['z-index'] ?? -Infinity);
        const focusZ = Math.max(...sheet.filter((r) => r.selector.split(',').some((s) => s.trim().endsWith('.focus'))).map(zIndex));
        const otherZ = Math.max(...sheet.filter((r) => r.selector.startsWith('node') && !r.selector.includes('.focus')).map(zIndex));
        expect(focusZ).toBeGreaterThan(otherZ);
      }
      const sheet = stylesheetFor(theme, false);
      expect(rule(sheet, 'node.focus').some((s) => s['min-zoomed-font-size'] === 0)).toBe(true);
      const stateFocus = Object.assign({}, ...rule(sheet, 'node[kind = "state"].focus')) as Record<string, unknown>;
      expect(stateFocus['font-size']).toBeGreaterThan(rule(sheet, 'node')[0]!['font-size'] as number);
      expect(stateFocus['text-background-color']).toBe(CANVAS_THEMES[theme].canvas);
      expect(stateFocus['text-background-opacity']).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('keeps measure colours and focus rings above the theme rules', () => {
    const sheet = stylesheetFor('dark', false);
    const index = (selector: string) => sheet.findIndex((r) => r.selector === selector);
    expect(index('node[kind = "state"][color]')).toBeGreaterThan(index('node[kind = "organization"]'));
    expect(index('node.focus')).toBeGreaterThan(index('node[kind = "organization"]'));
  });
});
