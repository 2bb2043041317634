'use client';
// Runs measure-history requests in a Web Worker with progress; answers are cached per request for the session.
import { useEffect, useRef, useState } from 'react';
import type { Series, SeriesRequest } from '@/lib/analysis/series';
import type { EntenteGraph } from '@/lib/graph/types';
import type { SeriesJob, SeriesReply } from './series.worker';

export type SeriesState =
  | { status: 'idle' }
  | { status: 'computing'; done: number }
  | { status: 'done'; series: Series; ms: number; cached: boolean }
  | { status: 'error'; message: string };

export function useSeries(timeless: EntenteGraph, request: SeriesRequest | null): SeriesState {
  const worker = useRef<Worker | null>(null);
  const cache = useRef(new Map<string, Series>());
  const job = useRef(0);
  const [state, setState] = useState<SeriesState>({ status: 'idle' });

  useEffect(() => {
    const w = new Worker(new URL('./series.worker.ts', import.meta.url));
    w.postMessage({ type: 'graph', graph: timeless.export() } satisfies SeriesJob);
    worker.current = w;
    cache.current = new Map();
    return () => {
      w.terminate();
      worker.current = null;
    };
  }, [timeless]);

  const key = request === null ? null : JSON.stringify(request);
  useEffect(() => {
    const w = worker.current;
    if (!w || request === null || key === null) return setState({ status: 'idle' });
    const hit = cache.current.get(key);
    if (hit) return setState({ status: 'done', series: hit, ms: 0, cached: true });
    const id = ++job.current;
    setState({ status: 'computing', done: 0 });
    const onMessage = (event: MessageEvent<SeriesReply>) => {
      const reply = event.data;
      if (reply.id !== job.current || reply.id !== id) return;
      if (reply.type === 'progress') setState({ status: 'computing', done: reply.done });
      else if (reply.type === 'done') {
        cache.current.set(key, reply.series);
        setState({ status: 'done', series: reply.series, ms: reply.ms, cached: false });
      } else setState({ status: 'error', message: reply.message });
    };
    w.addEventListener('message', onMessage);
    w.postMessage({ type: 'series', id, request } satisfies SeriesJob);
    return () => w.removeEventListener('message', onMessage);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for the request's content
  }, [key, timeless]);

  return state;
}
