// The explorer page: reads the view state from the URL against the bundled graph's keys and hands it to the client,
// which fetches the dataset itself as a cacheable asset (preloaded here, not inlined into the page).
import { connection } from 'next/server';
import { preload } from 'react-dom';
import { todayIso } from '@/lib/data/dates';
import { MEASURE_IDS } from '@/lib/analysis/measures';
import { getBundledGraph } from '@/lib/graph/bundled';
import { attributeMeasureIds } from '@/lib/graph/numeric-attributes';
import { bundledAssetUrl } from '@/lib/view/bundled-asset';
import { parseViewState } from '@/lib/view/view-state';
import { viewStateContext } from '@/lib/view/view-state-context';
import { DataSourceGate } from './components/import-export/data-source-gate';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function toSearchParams(raw: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(raw)) for (const v of [value ?? []].flat()) params.append(name, v);
  return params;
}

export default async function ExplorerPage({ searchParams }: Props) {
  await connection(); // "today" is the request's day, not the build's
  const today = todayIso();
  const graph = await getBundledGraph();
  const measures = [...MEASURE_IDS, ...attributeMeasureIds(graph)];
  const { state, notices } = parseViewState(toSearchParams(await searchParams), viewStateContext(graph, measures, today));
  const bundledUrl = await bundledAssetUrl();
  preload(bundledUrl, { as: 'fetch', crossOrigin: 'anonymous' });
  return <DataSourceGate bundledUrl={bundledUrl} today={today} initialState={state} initialNotices={notices} measures={measures} />;
}
