// Web Worker computing a measure's history: receives the timeless graph once, then series requests, and posts
// progress and the result (or a message) for each; a newer request supersedes an older one.
import { MultiGraph } from '@/lib/graph/graphology';
import { measureSeries, type Series, type SeriesRequest } from '@/lib/analysis/series';
import type { EntenteGraph, SerializedEntenteGraph } from '@/lib/graph/types';

export type SeriesJob = { type: 'graph'; graph: SerializedEntenteGraph } | { type: 'series'; id: number; request: SeriesRequest };
export type SeriesReply =
  { id: number; type: 'progress'; done: number } | { id: number; type: 'done'; series: Series; ms: number } | { id: number; type: 'error'; message: string };

let graph: EntenteGraph | null = null;

self.onmessage = (event: MessageEvent<SeriesJob>) => {
  const job = event.data;
  if (job.type === 'graph') {
    graph = MultiGraph.from(job.graph) as EntenteGraph;
    return;
  }
  const post = (reply: SeriesReply) => self.postMessage(reply);
  if (!graph) return post({ id: job.id, type: 'error', message: 'The graph is not loaded yet.' });
  const started = performance.now();
  let lastPost = 0;
  try {
    const series = measureSeries(graph, job.request, (done) => {
      const now = performance.now();
      if (now - lastPost > 100) {
        lastPost = now;
        post({ id: job.id, type: 'progress', done });
      }
    });
    post({ id: job.id, type: 'done', series, ms: performance.now() - started });
  } catch (error) {
    post({ id: job.id, type: 'error', message: `The history could not be computed: ${(error as Error).message}` });
  }
};
