// Whether a drawn tie carries a figure flagged as doubtful (a trade share the plausibility check questions): such ties
// are hidden unless the user asks for them. Pure.
import { DOUBTFUL_PREFIX } from '@/lib/data/trade-plausibility';
import type { EdgeAttributes } from './types';

export function isDoubtfulEdge(edge: Pick<EdgeAttributes, 'periodNote'>): boolean {
  return (edge.periodNote ?? '').startsWith(DOUBTFUL_PREFIX);
}
