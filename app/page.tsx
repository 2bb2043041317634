// The explorer page: loads the bundled graph on the server, takes today's view and hands it to the client explorer.
import { connection } from 'next/server';
import { todayIso } from '@/lib/data/dates';
import { asOf } from '@/lib/graph/as-of';
import { getBundledGraph } from '@/lib/graph/bundled';
import { Explorer } from './components/explorer';

export default async function ExplorerPage() {
  await connection(); // "today" is the request's day, not the build's
  const day = todayIso();
  const view = asOf(await getBundledGraph(), day);
  return <Explorer graph={view.export()} />;
}
