import { describe, expect, it } from 'vitest';
import { getBundledGraph } from './bundled';
import { absenceReason, existsOn, lifespanLabel, nearestExistingDay } from './lifespan';

describe('lifespans', async () => {
  const graph = await getBundledGraph();
  const node = (key: string) => graph.getNodeAttributes(key);

  it('labels when a node existed', () => {
    expect(lifespanLabel(node('SUN'))).toBe('1922–1991');
    expect(lifespanLabel(node('warsaw-pact'))).toBe('1955–1991');
    expect(lifespanLabel(node('csto'))).toMatch(/^since 1992$/);
  });

  it('moves a date into the lifespan by the smallest step', () => {
    expect(nearestExistingDay(node('SUN'), '2026-01-01')).toBe('1991-12-25');
    expect(nearestExistingDay(node('warsaw-pact'), '1950-03-01')).toBe('1955-05-14');
    expect(nearestExistingDay(node('SUN'), '1980-01-01')).toBe('1980-01-01');
    expect(existsOn(node('SUN'), nearestExistingDay(node('SUN'), '2026-01-01'))).toBe(true);
  });

  it('says why a node is absent on a date', () => {
    expect(absenceReason(node('warsaw-pact'), '1999-01-01')).toBe('The Warsaw Treaty Organization (WTO) was dissolved on 1991-07-01.');
    expect(absenceReason(node('SUN'), '2000-01-01')).toBe('Soviet Union ceased to exist on 1991-12-26.');
    expect(absenceReason(node('eaeu'), '1999-01-01')).toMatch(/^The Eurasian Economic Union \(EAEU\) was founded on 2015/);
    expect(absenceReason(node('SUN'), '1980-01-01')).toBeNull();
  });
});
