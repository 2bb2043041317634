'use client';
// Data export of exactly what is shown (date and filters): GEXF 1.3 with periods as spells, GraphML, graphology JSON,
// and CSV as a nodes file and an edges file.
import type { Core } from 'cytoscape';
import { useState } from 'react';
import { toCsv, toGexf, toGraphml, toJson } from '@/lib/formats';
import type { EntenteGraph } from '@/lib/graph/types';
import { exportFileName } from '@/lib/view/export-image';
import { download } from './image-export';

type Props = { graph: EntenteGraph; cy: Core | null; subject: string; day: string };

export function DataExport({ graph, cy, subject, day }: Props) {
  const [status, setStatus] = useState('');
  const positions = () => (cy ? Object.fromEntries(cy.nodes().map((n) => [n.id(), { ...n.position() }])) : undefined);
  const save = (text: string, type: string, extension: string, suffix = '') => {
    const name = exportFileName(subject, day, extension).replace(/\.([a-z]+)$/, `${suffix}.$1`);
    download(new Blob([text], { type }), name);
    return name;
  };
  const formats = [
    { label: 'GEXF (Gephi, with timeline)', run: () => save(toGexf(graph, { positions: positions() }), 'application/gexf+xml', 'gexf') },
    { label: 'GraphML', run: () => save(toGraphml(graph, { positions: positions() }), 'application/graphml+xml', 'graphml') },
    { label: 'graphology JSON', run: () => save(toJson(graph), 'application/json', 'json') },
    {
      label: 'CSV (nodes + edges)',
      run: () => {
        const csv = toCsv(graph);
        return `${save(csv.nodes, 'text/csv', 'csv', '-nodes')} and ${save(csv.edges, 'text/csv', 'csv', '-edges')}`;
      },
    },
  ];
  return (
    <section aria-label="Data of what is shown">
      <h3>Data of what is shown</h3>
      <p className="small muted">
        {graph.order} nodes and {graph.size} ties as of {day}, with the filters applied. The same formats for the whole dataset: <code>/api/graph?format=gexf&amp;asOf=…</code>.
      </p>
      <div className="row">
        {formats.map((f) => (
          <button key={f.label} type="button" onClick={() => setStatus(`Saved ${f.run()}.`)}>
            {f.label}
          </button>
        ))}
      </div>
      <p role="status" className="small" data-testid="data-export-status">
        {status}
      </p>
    </section>
  );
}
