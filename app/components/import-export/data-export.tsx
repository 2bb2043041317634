'use client';
// Data export of exactly what is shown (date and filters), one button per format of the registry (lib/formats): GEXF
// and GraphML as one directed graph every tool reads, or with mixed ties for Gephi; CSV as its two files.
import type { Core } from 'cytoscape';
import { useState } from 'react';
import { FILE_FORMATS, type EdgeTypeForm, type FileFormat } from '@/lib/formats';
import type { EntenteGraph } from '@/lib/graph/types';
import { exportFileName } from '@/lib/view/export-image';
import { download } from './image-export';
import { keyOf } from '@/lib/view/render-id';

type Props = { graph: EntenteGraph; cy: Core | null; subject: string; day: string };

/** The button's name: the format's label, the edge form if not the default, and the parts of a format of several files. */
export function exportButtonName(format: FileFormat, edgeType: EdgeTypeForm | undefined): string {
  if (format.parts) return `${format.label} (${format.parts.join(' + ')})`;
  return edgeType === 'mixed' ? `${format.label}, mixed ties (Gephi)` : format.label;
}

export function DataExport({ graph, cy, subject, day }: Props) {
  const [status, setStatus] = useState('');
  const positions = () => (cy ? Object.fromEntries(cy.nodes().map((n) => [keyOf(n), { ...n.position() }])) : undefined);
  const save = (format: FileFormat, edgeType: EdgeTypeForm | undefined) => {
    const names = (format.parts ?? [undefined]).map((part) => {
      const suffix = `${part ? `-${part}` : ''}${edgeType === 'mixed' ? '-mixed' : ''}`;
      const name = exportFileName(subject, day, format.extensions[0]!).replace(/\.([a-z]+)$/, `${suffix}.$1`);
      download(new Blob([format.write(graph, { positions: positions(), edgeType, part })], { type: format.mimeType }), name);
      return name;
    });
    setStatus(`Saved ${names.join(' and ')}.`);
  };
  return (
    <section aria-label="Data of what is shown">
      <h3>Data of what is shown</h3>
      <p className="small muted">
        {graph.order} nodes and {graph.size} ties as of {day}, with the filters applied. GEXF and GraphML hold one directed graph whose ties say whether they
        are directed (every tool reads it); the mixed form types each tie, as Gephi reads it. The same formats for the whole dataset:{' '}
        <code>/api/graph?format=gexf&amp;asOf=…</code>.
      </p>
      <ul className="export-formats">
        {FILE_FORMATS.map((format) => (
          <li key={format.id} className="row">
            {(format.edgeTypes.length > 0 ? format.edgeTypes : [undefined]).map((edgeType) => (
              <button key={edgeType ?? 'one'} type="button" onClick={() => save(format, edgeType)}>
                {exportButtonName(format, edgeType)}
              </button>
            ))}
            <span className="small muted">{format.readBy}</span>
          </li>
        ))}
      </ul>
      <p role="status" className="small" data-testid="data-export-status">
        {status}
      </p>
    </section>
  );
}
