// How each tie kind and node kind looks: one table that both the Cytoscape stylesheet and the legend read.
import type { TieKind } from '@/lib/data/schema';

/** Cytoscape's line styles: what the graph can draw, so the legend draws nothing else. */
export type LineStyle = 'solid' | 'dashed' | 'dotted';

export type TieStyle = { label: string; description: string; color: string; lineStyle: LineStyle; width: number; arrow: boolean };

export const TIE_STYLES = {
  membership: { label: 'Membership', description: 'state → organization', color: '#3b5bdb', lineStyle: 'solid', width: 2, arrow: false },
  alliance: { label: 'Alliance / defence treaty', description: 'between two states', color: '#2b8a3e', lineStyle: 'solid', width: 4, arrow: false },
  conflict: { label: 'Conflict', description: 'war, clash or frozen conflict', color: '#e03131', lineStyle: 'dashed', width: 3, arrow: false },
  dependency: { label: 'Dependency', description: 'dependent → supplier (trade, bases, ...)', color: '#b35c00', lineStyle: 'dotted', width: 2, arrow: true },
  deployment: { label: 'Deployment', description: 'forces sent → host state', color: '#862e9c', lineStyle: 'solid', width: 3, arrow: true },
} as const satisfies Record<TieKind, TieStyle>;

/** Membership statuses drawn differently from a plain membership (a withdrawal is an ended tie: ENDED_TIE_STYLE). */
export const MEMBERSHIP_STATUS_STYLES = {
  strained: { label: 'Suspended or frozen membership', color: '#f08c00', lineStyle: 'dashed' as LineStyle },
  associate: { label: 'Observer or partner', color: '#748ffc', lineStyle: 'dashed' as LineStyle },
};

/** A tie agreed but not in effect on the view's date (a treaty signed, not in force): its kind's colour, dashed and thin. */
export const PENDING_TIE_STYLE = {
  label: 'Treaty signed, not in force',
  description: 'awaiting ratification or entry into force',
  lineStyle: 'dashed' as LineStyle,
  width: 2,
};

/** Any tie that ended before the view's date (withdrawn, terminated, ended, peace agreement): shown only on request. */
export const ENDED_TIE_STYLE = {
  label: 'Ended tie',
  description: 'history: withdrawn, terminated, ended',
  color: '#adb5bd',
  lineStyle: 'solid' as LineStyle,
  width: 1,
  arrow: false,
};

/** Every edge of a plain imported graph (no Entente kinds): one neutral look, arrows only where the file says directed. */
export const PLAIN_EDGE_STYLE = { label: 'Edge', color: '#5c7cfa', lineStyle: 'solid' as LineStyle, width: 1.5 };

export const NODE_STYLES = {
  state: { label: 'State', color: '#dee2e6', border: '#495057', shape: 'ellipse' as const },
  organization: { label: 'Organization', color: '#1c2b4a', border: '#1c2b4a', shape: 'round-rectangle' as const },
};

/** A tie kind's name for people: the style's label for a curated kind, the kind itself (an imported file's own) otherwise. */
export function tieKindLabel(kind: string): string {
  return Object.hasOwn(TIE_STYLES, kind) ? TIE_STYLES[kind as TieKind].label : kind;
}
