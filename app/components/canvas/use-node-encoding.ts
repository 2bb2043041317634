'use client';
// How nodes are sized and coloured for a view state: sizes by the measure's values; colours by the measure's ramp or,
// when asked, by Louvain community on the ties the measure runs on. Shared by the explorer and the embed.
import { useMemo } from 'react';
import type { CommunityResult } from '@/lib/analysis/communities';
import type { NodeEncoding } from '@/lib/view/elements';
import type { EntenteGraph } from '@/lib/graph/types';
import { categoryColors, colorsFor, sizesFor } from '@/lib/view/scales';
import type { ViewState } from '@/lib/view/view-state';
import { useCommunities } from '../panels/use-communities';

export function useNodeEncoding(
  shown: EntenteGraph,
  state: Pick<ViewState, 'colorBy' | 'metricKinds' | 'projection'>,
  values: Record<string, number>,
): { communities: CommunityResult | null; encoding: NodeEncoding } {
  const communityRequest = useMemo(
    () => (state.colorBy === 'community' ? { kinds: state.metricKinds, projection: state.projection } : null),
    [state.colorBy, state.metricKinds, state.projection],
  );
  const communities = useCommunities(shown, communityRequest);
  const encoding = useMemo(
    () => ({ sizes: sizesFor(values), colors: communities ? categoryColors(communities.communities) : colorsFor(values) }),
    [values, communities],
  );
  return { communities, encoding };
}
