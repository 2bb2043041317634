// A file's positions are made drawable: NaN and infinite ones dropped and placed, absurd spreads rescaled, with a notice.
import { describe, expect, it } from 'vitest';
import { importCsv, importGexf, importJson, type ImportResult } from './index';
import { MAX_SPREAD, isNonFiniteCoordinate } from './file-positions';
import { parseXmlInNode } from './node-xml';

const json = (nodes: [string, unknown, unknown][], edges: [string, string][] = []) =>
  importJson(
    JSON.stringify({
      nodes: nodes.map(([key, x, y]) => ({ key, attributes: { x, y } })),
      edges: edges.map(([source, target]) => ({ source, target })),
    }).replace(/"__(NaN|1e999|-1e999)__"/g, '$1'),
  );
const positionsOf = (result: ImportResult) => {
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return Object.fromEntries(result.graph.mapNodes((key, a) => [key, [(a as unknown as { x: number }).x, (a as unknown as { y: number }).y]]));
};
const spreadOf = (points: number[][]) => Math.max(...[0, 1].map((axis) => Math.max(...points.map((p) => p[axis]!)) - Math.min(...points.map((p) => p[axis]!))));

describe('file positions', () => {
  it('rescales ±1e308 into a box that shows every node, keeping the arrangement, and says so', () => {
    const result = json(
      [
        ['a', 1e308, 1e308],
        ['b', -1e308, -1e308],
        ['c', 0, 0],
      ],
      [['a', 'c']],
    );
    const p = positionsOf(result);
    const points = Object.values(p) as number[][];
    expect(points.flat().every(Number.isFinite)).toBe(true);
    expect(spreadOf(points)).toBeGreaterThan(100);
    expect(spreadOf(points)).toBeLessThanOrEqual(MAX_SPREAD);
    expect(p.b![0]).toBeLessThan(p.c![0]!);
    expect(p.c![0]).toBeLessThan(p.a![0]!);
    expect(p.c![0]).toBeCloseTo((p.a![0]! + p.b![0]!) / 2, 6);
    expect(result.ok && result.positions).toBe(true);
    expect(result.ok && result.warnings.join('\n')).toMatch(/spread over more than 1\.8e308 units.*rescaled into a 400-unit square, keeping their arrangement/);
  });

  it('leaves sane positions alone', () => {
    const result = json([
      ['a', 10, 20],
      ['b', -300, 40],
    ]);
    expect(positionsOf(result)).toEqual({ a: [10, 20], b: [-300, 40] });
    expect(result.ok && result.warnings.join('\n')).not.toMatch(/position/);
  });

  it('drops NaN and infinite coordinates (JSON, CSV, GEXF) and places those nodes next to their neighbours', () => {
    const fromJson = json(
      [
        ['a', 0, 0],
        ['b', 100, 0],
        ['c', 'NaN', 5],
        ['d', '__1e999__', 0],
      ],
      [
        ['c', 'a'],
        ['c', 'b'],
      ],
    );
    const fromCsv = importCsv('source,target\nc,a\nc,b\n', 'id,x,y\na,0,0\nb,100,0\nc,NaN,5\nd,1e999,0\n');
    const fromGexf = importGexf(
      '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3"><graph><nodes>' +
        '<node id="a"><viz:position x="0" y="0"/></node><node id="b"><viz:position x="100" y="0"/></node><node id="c"><viz:position x="NaN" y="5"/></node><node id="d"><viz:position x="-Infinity" y="0"/></node>' +
        '</nodes><edges><edge source="c" target="a"/><edge source="c" target="b"/></edges></graph></gexf>',
      { parseXml: parseXmlInNode },
    );
    for (const result of [fromJson, fromCsv, fromGexf]) {
      const p = positionsOf(result);
      expect(Object.values(p).flat().every(Number.isFinite), JSON.stringify(p)).toBe(true);
      expect(Math.hypot(p.c![0]! - 50, p.c![1]!)).toBeLessThan(40); // near the centre of a and b
      expect(result.ok && result.positions).toBe(true);
      expect(result.ok && result.warnings.join('\n')).toMatch(/2 nodes had a position that is not a finite number .*e\.g\. "c", "d".*dropped/);
    }
  });

  it('lets the explorer lay out a file whose nodes all share one point', () => {
    const result = json([
      ['a', 5, 5],
      ['b', 5, 5],
      ['c', 5, 5],
    ]);
    expect(result.ok && result.positions).toBe(false);
    expect(result.ok && result.warnings.join('\n')).toMatch(/all 3 nodes of the file share one position/);
  });

  it('recognises non-finite coordinates as text or numbers', () => {
    for (const value of ['NaN', ' -Infinity', 'inf', '1e400', '-2e308', Infinity, NaN]) expect(isNonFiniteCoordinate(value), String(value)).toBe(true);
    for (const value of ['1e308', '0', 12, 'abc', null, undefined]) expect(isNonFiniteCoordinate(value), String(value)).toBe(false);
  });
});

describe('attribute names from a file', () => {
  it('are never read from Object.prototype: a CSV header "toString" is skipped with a warning, the others kept', () => {
    const result = importCsv('source,target\na,b\n', 'id,toString,Latitude,valueof\na,y,10,v\nb,w,20,v\n');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.graph.getNodeAttribute('a', 'lat')).toBe(10);
    expect(result.warnings.join('\n')).toMatch(/attributes are named like members of every JavaScript object \(toString\)/);
    expect(Object.hasOwn(result.graph.getNodeAttributes('a'), 'toString')).toBe(false);
    expect(result.graph.getNodeAttribute('a', 'valueof' as never)).toBe('v');
  });
});
