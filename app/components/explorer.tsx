'use client';
// The explorer: search, graph canvas, legend and details panel around one selection (UI state, never in the model).
import { MultiGraph } from 'graphology';
import { useMemo, useState } from 'react';
import { searchEntries } from '@/lib/graph/search';
import type { EntenteGraph, SerializedEntenteGraph } from '@/lib/graph/types';
import { DetailsPanel } from './details-panel';
import { GraphCanvas } from './graph-canvas';
import { Legend } from './legend';
import { SearchBox } from './search-box';

export function Explorer({ graph: serialized }: { graph: SerializedEntenteGraph }) {
  const graph = useMemo(() => MultiGraph.from(serialized) as EntenteGraph, [serialized]);
  const entries = useMemo(() => searchEntries(graph), [graph]);
  const [selected, setSelected] = useState<string | null>(null);
  const day = graph.getAttribute('asOf');

  return (
    <div className="explorer">
      <header className="topbar">
        <h1 className="brand">Entente</h1>
        <p className="as-of">
          as of <time dateTime={day ?? undefined}>{day}</time>
        </p>
        <SearchBox entries={entries} onPick={setSelected} />
      </header>
      <main className="workspace">
        <section className="canvas-area" aria-label="Graph of states and organizations">
          <GraphCanvas graph={graph} selected={selected} onSelect={setSelected} />
          <Legend />
        </section>
        <DetailsPanel graph={graph} selected={selected} onSelect={setSelected} />
      </main>
    </div>
  );
}
