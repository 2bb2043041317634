// The embeddable live view (/embed?…): the same view parameters as the explorer, read on the server against the
// bundled dataset; the client shows the graph with legend, date and credit line, and nothing to edit or import.
import type { Metadata } from 'next';
import { connection } from 'next/server';
import { todayIso } from '@/lib/data/dates';
import { MEASURE_IDS } from '@/lib/analysis/measures';
import { getBundledGraph } from '@/lib/graph/bundled';
import { attributeMeasureIds } from '@/lib/graph/numeric-attributes';
import { parseViewState } from '@/lib/view/view-state';
import { viewStateContext } from '@/lib/view/view-state-context';
import { EmbedView } from './embed-view';

export const metadata: Metadata = { title: 'Entente: live view', robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function toSearchParams(raw: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(raw)) for (const v of [value ?? []].flat()) params.append(name, v);
  return params;
}

export default async function EmbedPage({ searchParams }: Props) {
  await connection();
  const today = todayIso();
  const graph = await getBundledGraph();
  const measures = [...MEASURE_IDS, ...attributeMeasureIds(graph)];
  const params = toSearchParams(await searchParams);
  const { state, notices } = parseViewState(params, viewStateContext(graph, measures, today));
  if (state.file) notices.push('This embed shows the bundled dataset; a file given by ?file= opens in the full explorer.');
  return <EmbedView graph={graph.export()} today={today} initialState={state} notices={notices} query={params.toString()} />;
}
