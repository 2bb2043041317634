// The explorer page: reads the view state from the URL against the bundled graph's keys and hands it to the client,
// which fetches the dataset itself as a cacheable asset (preloaded here, not inlined into the page).
import { connection } from 'next/server';
import type { RawSearchParams } from '@/lib/view/search-params';
import { DataSourceGate } from './components/import-export/data-source-gate';
import { readUrlView } from './read-url-view';

type Props = { searchParams: Promise<RawSearchParams> };

export default async function ExplorerPage({ searchParams }: Props) {
  await connection(); // "today" is the request's day, not the build's
  const { today, measures, state, notices, bundledUrl } = await readUrlView(searchParams);
  return <DataSourceGate bundledUrl={bundledUrl} today={today} initialState={state} initialNotices={notices} measures={measures} />;
}
