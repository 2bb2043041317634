// The explorer page: loads the bundled graph on the server, reads the view state from the URL, hands both to the client.
import { connection } from 'next/server';
import { todayIso } from '@/lib/data/dates';
import { MEASURE_IDS } from '@/lib/analysis/measures';
import { getBundledGraph } from '@/lib/graph/bundled';
import { attributeMeasureIds } from '@/lib/graph/numeric-attributes';
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
  return <DataSourceGate bundled={graph.export()} today={today} initialState={state} initialNotices={notices} measures={measures} />;
}
