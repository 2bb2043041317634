// The embeddable live view (/embed?…): the same view parameters as the explorer, read on the server against the
// bundled dataset; the client fetches the same cacheable dataset asset as the explorer (preloaded, not inlined) and
// shows the graph with legend, date and credit line, and nothing to edit or import.
import type { Metadata } from 'next';
import { connection } from 'next/server';
import type { RawSearchParams } from '@/lib/view/search-params';
import { readUrlView } from '../read-url-view';
import { EmbedGate } from './embed-view';

export const metadata: Metadata = { title: 'Entente: live view', robots: { index: false } };

type Props = { searchParams: Promise<RawSearchParams> };

export default async function EmbedPage({ searchParams }: Props) {
  await connection(); // "today" is the request's day, not the build's
  const { today, params, state, notices, bundledUrl } = await readUrlView(searchParams);
  if (state.file) notices.push('This embed shows the bundled dataset; a file given by ?file= opens in the full explorer.');
  return <EmbedGate bundledUrl={bundledUrl} today={today} initialState={state} notices={notices} query={params.toString()} />;
}
