// How each tie kind and node kind looks: one table that both the Cytoscape stylesheet and the legend read.
import type { TieKind } from '@/lib/data/schema';

export type LineStyle = 'solid' | 'dashed' | 'dotted' | 'double';

export type TieStyle = { label: string; description: string; color: string; lineStyle: LineStyle; width: number; arrow: boolean };

export const TIE_STYLES: Record<TieKind, TieStyle> = {
  membership: { label: 'Membership', description: 'state → organization', color: '#3b5bdb', lineStyle: 'solid', width: 2, arrow: false },
  alliance: { label: 'Alliance / defence treaty', description: 'between two states', color: '#2b8a3e', lineStyle: 'double', width: 4, arrow: false },
  conflict: { label: 'Conflict', description: 'war, clash or frozen conflict', color: '#e03131', lineStyle: 'dashed', width: 3, arrow: false },
  dependency: { label: 'Dependency', description: 'dependent → supplier (trade, bases, ...)', color: '#b35c00', lineStyle: 'dotted', width: 2, arrow: true },
  deployment: { label: 'Deployment', description: 'forces sent → host state', color: '#862e9c', lineStyle: 'solid', width: 3, arrow: true },
};

/** Membership statuses drawn differently from a plain membership. */
export const MEMBERSHIP_STATUS_STYLES = {
  lapsed: { label: 'Former member (withdrawn)', color: '#868e96', lineStyle: 'dotted' as LineStyle },
  strained: { label: 'Suspended or frozen membership', color: '#f08c00', lineStyle: 'dashed' as LineStyle },
  associate: { label: 'Observer or partner', color: '#748ffc', lineStyle: 'dashed' as LineStyle },
};

export const NODE_STYLES = {
  state: { label: 'State', color: '#dee2e6', border: '#495057', shape: 'ellipse' as const },
  organization: { label: 'Organization', color: '#1c2b4a', border: '#1c2b4a', shape: 'round-rectangle' as const },
};
