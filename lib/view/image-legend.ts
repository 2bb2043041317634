// An exported image's legend, from what the image draws: the node kinds present, one entry per distinct tie style
// drawn (kind and status), the size and colour scales with the measure's name, focus and bloc rings. Nothing else.
import type { TieKind } from '@/lib/data/schema';
import { isPendingStatus } from '@/lib/data/tie-kinds';
import { COLOR_RAMP } from './scales';
import { ENDED_TIE_STYLE, MEMBERSHIP_STATUS_STYLES, NODE_STYLES, PENDING_TIE_STYLE, PLAIN_EDGE_STYLE, TIE_STYLES, type LineStyle } from './tie-styles';
import { formatValue } from './guided-layouts';

export type LegendSample =
  | { kind: 'node'; shape: 'ellipse' | 'round-rectangle'; fill: string; stroke: string; strokeWidth: number }
  | { kind: 'line'; color: string; lineStyle: LineStyle; width: number }
  | { kind: 'ramp'; colors: readonly string[] }
  | { kind: 'sizes' };

export type LegendItem = { id: string; label: string; sample: LegendSample };

/** One drawn tie, as Cytoscape styled it. */
export type DrawnEdge = { kind: string; status: string; color: string; lineStyle: string; width: number };

export type DrawnSummary = {
  nodeKinds: ReadonlySet<string>;
  edges: readonly DrawnEdge[];
  /** The measure that sizes (and colours) nodes, when nodes are sized. */
  sized: { measure: string; min: number; max: number } | null;
  coloured: { by: 'measure'; measure: string; min: number; max: number } | { by: 'community'; count: number } | null;
  focus: string | null;
  blocs: { a: string; b: string } | null;
  /** Colour of organization boxes in the image. */
  organizationFill?: string;
  /** An imported graph without Entente's kinds: its nodes and edges are named as such, not as states and ties. */
  plain?: boolean;
};

/** `rgb(59, 91, 219)` or `#3b5bdb` → `#3b5bdb`. */
export function toHex(color: string): string {
  const rgb = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)/i.exec(color.trim());
  if (rgb)
    return `#${rgb
      .slice(1, 4)
      .map((n) => Number(n).toString(16).padStart(2, '0'))
      .join('')}`;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(color.trim());
  if (short)
    return `#${short
      .slice(1)
      .map((c) => c + c)
      .join('')}`.toLowerCase();
  return color.trim().toLowerCase();
}

const isTieKind = (kind: string): kind is TieKind => Object.hasOwn(TIE_STYLES, kind);
const range = (min: number, max: number) => (min === max ? formatValue(min) : `${formatValue(min)} to ${formatValue(max)}`);

export function legendItems(drawn: DrawnSummary): LegendItem[] {
  const items: LegendItem[] = [];
  if (drawn.plain) {
    if (drawn.nodeKinds.size > 0)
      items.push({
        id: 'node:node',
        label: 'Node',
        sample: { kind: 'node', shape: 'ellipse', fill: NODE_STYLES.state.color, stroke: NODE_STYLES.state.border, strokeWidth: 1 },
      });
    const edge = drawn.edges[0];
    if (edge)
      items.push({ id: 'tie:edge', label: PLAIN_EDGE_STYLE.label, sample: { kind: 'line', color: toHex(edge.color), lineStyle: 'solid', width: edge.width } });
  } else if (drawn.nodeKinds.has('state')) {
    items.push({
      id: 'node:state',
      label: NODE_STYLES.state.label,
      sample: { kind: 'node', shape: 'ellipse', fill: NODE_STYLES.state.color, stroke: NODE_STYLES.state.border, strokeWidth: 1 },
    });
  }
  if (!drawn.plain && drawn.nodeKinds.has('organization')) {
    const fill = drawn.organizationFill ?? NODE_STYLES.organization.color;
    items.push({
      id: 'node:organization',
      label: NODE_STYLES.organization.label,
      sample: { kind: 'node', shape: 'round-rectangle', fill, stroke: fill, strokeWidth: 1 },
    });
  }
  // Ties: one entry per distinct look (colour, line style, width), named by kind and, off the kind's usual look, status.
  const groups = new Map<string, { edge: DrawnEdge; statuses: Set<string> }>();
  for (const edge of drawn.plain ? [] : drawn.edges) {
    const key = `${edge.kind}|${toHex(edge.color)}|${edge.lineStyle}|${Math.round(edge.width * 2) / 2}`;
    const group = groups.get(key) ?? { edge: { ...edge, color: toHex(edge.color) }, statuses: new Set<string>() };
    group.statuses.add(edge.status);
    groups.set(key, group);
  }
  const kindOrder = Object.keys(TIE_STYLES);
  const sorted = [...groups.entries()].sort(([, a], [, b]) => kindOrder.indexOf(a.edge.kind) - kindOrder.indexOf(b.edge.kind) || b.edge.width - a.edge.width);
  for (const [key, { edge, statuses }] of sorted) {
    const base = isTieKind(edge.kind) ? TIE_STYLES[edge.kind] : null;
    const usual = base && toHex(base.color) === edge.color && base.lineStyle === edge.lineStyle && Math.abs(base.width - edge.width) < 0.5;
    const status = Object.values(MEMBERSHIP_STATUS_STYLES).find(
      (s) => edge.kind === 'membership' && toHex(s.color) === edge.color && s.lineStyle === edge.lineStyle,
    );
    const kindLabel = base?.label ?? edge.kind;
    const ended = toHex(ENDED_TIE_STYLE.color) === edge.color && ENDED_TIE_STYLE.lineStyle === edge.lineStyle;
    const pending = !ended && [...statuses].every((s) => isPendingStatus(edge.kind, s));
    const label = usual
      ? kindLabel
      : status
        ? status.label
        : ended
          ? `${ENDED_TIE_STYLE.label} (${kindLabel.toLowerCase()})`
          : pending
            ? PENDING_TIE_STYLE.label
            : `${kindLabel}: ${[...statuses].sort().join(', ')}`;
    items.push({
      id: `tie:${key}`,
      label,
      sample: {
        kind: 'line',
        color: edge.color,
        lineStyle: (['solid', 'dashed', 'dotted'].includes(edge.lineStyle) ? edge.lineStyle : 'solid') as LineStyle,
        width: edge.width,
      },
    });
  }
  if (drawn.sized)
    items.push({ id: 'scale:size', label: `Size: ${drawn.sized.measure} (${range(drawn.sized.min, drawn.sized.max)})`, sample: { kind: 'sizes' } });
  if (drawn.coloured?.by === 'measure')
    items.push({
      id: 'scale:colour',
      label: `Colour: ${drawn.coloured.measure}, low to high (${range(drawn.coloured.min, drawn.coloured.max)})`,
      sample: { kind: 'ramp', colors: COLOR_RAMP },
    });
  if (drawn.coloured?.by === 'community')
    items.push({
      id: 'scale:community',
      label: `Colour: community (${drawn.coloured.count} found by Louvain)`,
      sample: { kind: 'ramp', colors: ['#4477aa', '#ee6677', '#228833', '#ccbb44', '#66ccee', '#aa3377'] },
    });
  if (drawn.focus)
    items.push({
      id: 'ring:focus',
      label: `Focus: ${drawn.focus}`,
      sample: { kind: 'node', shape: 'ellipse', fill: NODE_STYLES.state.color, stroke: '#f59f00', strokeWidth: 3 },
    });
  if (drawn.blocs) {
    items.push({
      id: 'ring:bloc-a',
      label: `Member of ${drawn.blocs.a}`,
      sample: { kind: 'node', shape: 'ellipse', fill: NODE_STYLES.state.color, stroke: '#1c7ed6', strokeWidth: 3 },
    });
    items.push({
      id: 'ring:bloc-b',
      label: `Member of ${drawn.blocs.b}`,
      sample: { kind: 'node', shape: 'ellipse', fill: NODE_STYLES.state.color, stroke: '#e8590c', strokeWidth: 3 },
    });
  }
  return items;
}
