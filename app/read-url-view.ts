// What the explorer and the embed pages read on the server: the view state from the URL, checked against the bundled
// graph's keys and measures, and the URL of the bundled dataset asset (preloaded, not inlined into the page).
import { preload } from 'react-dom';
import { MEASURE_IDS } from '@/lib/analysis/measures';
import { todayIso } from '@/lib/data/dates';
import { getBundledGraph } from '@/lib/graph/bundled';
import { attributeMeasureIds } from '@/lib/graph/numeric-attributes';
import type { EntenteGraph } from '@/lib/graph/types';
import { bundledAssetUrl } from '@/lib/view/bundled-asset';
import { toSearchParams, type RawSearchParams } from '@/lib/view/search-params';
import { parseViewState } from '@/lib/view/view-state';
import type { ViewStateContext } from '@/lib/view/view-field';
import { viewStateContext } from '@/lib/view/view-state-context';

/** What the URL is checked against, read from the (immutable) bundled graph once per day rather than per request. */
let checked: { graph: EntenteGraph; today: string; measures: string[]; context: ViewStateContext } | undefined;

function checkedAgainst(graph: EntenteGraph, today: string) {
  if (checked?.graph !== graph || checked.today !== today) {
    const measures = [...MEASURE_IDS, ...attributeMeasureIds(graph)];
    checked = { graph, today, measures, context: viewStateContext(graph, measures, today) };
  }
  return checked;
}

export async function readUrlView(searchParams: Promise<RawSearchParams>) {
  const today = todayIso();
  const graph = await getBundledGraph();
  const { measures, context } = checkedAgainst(graph, today);
  const params = toSearchParams(await searchParams);
  const { state, notices } = parseViewState(params, context);
  const bundledUrl = await bundledAssetUrl();
  preload(bundledUrl, { as: 'fetch', crossOrigin: 'anonymous' });
  return { today, measures, params, state, notices, bundledUrl };
}
