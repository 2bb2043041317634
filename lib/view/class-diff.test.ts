import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { clearClasses, setClassesOf } from './class-diff';

const FAMILY = ['bloc-a', 'bloc-b'] as const;

function graph() {
  const cy = cytoscape({ headless: true, styleEnabled: true });
  cy.add([
    { group: 'nodes', data: { id: 'a' }, classes: 'bloc-a' },
    { group: 'nodes', data: { id: 'b' }, classes: 'bloc-a bloc-b other' },
    { group: 'nodes', data: { id: 'c' } },
  ]);
  const restyled: string[] = [];
  cy.on('style', (event) => void restyled.push(event.target.id()));
  return { cy, restyled };
}

describe('class diff', () => {
  it('restyles only the elements whose classes of the family change, and leaves other classes alone', () => {
    const { cy, restyled } = graph();
    expect(setClassesOf(cy.getElementById('a'), FAMILY, ['bloc-a'])).toBe(false);
    expect(setClassesOf(cy.getElementById('c'), FAMILY, [])).toBe(false);
    expect(restyled).toEqual([]);
    expect(setClassesOf(cy.getElementById('b'), FAMILY, ['bloc-b'])).toBe(true);
    expect(cy.getElementById('b').classes().sort()).toEqual(['bloc-b', 'other']);
    expect(setClassesOf(cy.getElementById('c'), FAMILY, ['bloc-a', 'bloc-b'])).toBe(true);
    expect(cy.getElementById('c').classes().sort()).toEqual(['bloc-a', 'bloc-b']);
    expect([...new Set(restyled)].sort()).toEqual(['b', 'c']);
  });

  it('clears a family from the elements that carry it only', () => {
    const { cy, restyled } = graph();
    expect(clearClasses(cy, cy.nodes(), FAMILY)).toBe(2);
    expect(cy.nodes().map((n) => n.classes().join(' '))).toEqual(['', 'other', '']);
    expect([...new Set(restyled)].sort()).toEqual(['a', 'b']);
    // Cytoscape itself restyles every element handed to removeClass, changed or not: the reason for this module.
    restyled.length = 0;
    cy.nodes().removeClass('bloc-a');
    expect(restyled.length).toBe(3);
  });
});
