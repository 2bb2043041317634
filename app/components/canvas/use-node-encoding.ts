'use client';
// How nodes are sized and coloured for a view state: sizes by the measure's values; colours by the measure's ramp or,
// when asked, by Louvain community on the ties the measure runs on. Shared by the explorer and the embed.
import { useMemo } from 'react';
import { prepareAnalysisGraph } from '@/lib/analysis/analysis-graph';
import { detectCommunities, type CommunityResult } from '@/lib/analysis/communities';
import { idRecord } from '@/lib/graph/id-record';
import type { EntenteGraph } from '@/lib/graph/types';
import type { NodeEncoding } from '@/lib/view/elements';
import { categoryColors, colorsFor, sizesFor } from '@/lib/view/scales';
import type { ViewState } from '@/lib/view/view-state';

export function useNodeEncoding(shown: EntenteGraph, state: Pick<ViewState, 'colorBy' | 'metricKinds' | 'projection'>, values: Record<string, number>): { communities: CommunityResult | null; encoding: NodeEncoding } {
  const communities = useMemo((): CommunityResult | null => {
    if (state.colorBy !== 'community') return null;
    const analysis = prepareAnalysisGraph(shown, { kinds: state.metricKinds, projection: state.projection, direction: 'undirected' });
    return analysis.size > 0 ? detectCommunities(analysis) : { communities: idRecord<number>(), count: 0, modularity: null };
  }, [state.colorBy, shown, state.metricKinds, state.projection]);
  const encoding = useMemo(() => ({ sizes: sizesFor(values), colors: communities ? categoryColors(communities.communities) : colorsFor(values) }), [values, communities]);
  return { communities, encoding };
}
