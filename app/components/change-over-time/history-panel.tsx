'use client';
// A measure's history for the focused node (and any others added): chosen measure and tie kinds, per year or per change
// date, computed in a worker; exported as PNG, SVG or CSV.
import { useMemo, useRef, useState } from 'react';
import { MEASURE_IDS } from '@/lib/analysis/measures';
import {
  BLOC_SERIES,
  isBlocSeries,
  seriesMeasureLabel,
  seriesToCsv,
  type BlocSeriesId,
  type SeriesMeasureId,
  type SeriesRequest,
  type SeriesStep,
} from '@/lib/analysis/series';
import { DEFAULT_SERIES_FROM, MAX_SERIES_NODES } from '@/lib/analysis/series-request';
import type { MetricRequest } from '@/lib/analysis/metric-request';
import type { SearchEntry } from '@/lib/graph/search';
import type { EntenteGraph } from '@/lib/graph/types';
import { SearchBox } from '../controls/search-box';
import { download } from '../import-export/image-export';
import { SeriesChart } from './series-chart';
import { useSeries } from './use-series';

type Props = {
  timeless: EntenteGraph;
  entries: readonly SearchEntry[];
  focus: string | null;
  defaultNodes: string[];
  metric: Pick<MetricRequest, 'kinds' | 'projection'>;
  today: string;
  onPickDate: (date: string) => void;
};

function svgText(svg: SVGSVGElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}`;
}

async function svgToPng(svg: SVGSVGElement, scale = 3): Promise<Blob> {
  const { width, height } = svg.viewBox.baseVal;
  const image = new Image();
  const url = URL.createObjectURL(new Blob([svgText(svg)], { type: 'image/svg+xml' }));
  try {
    await new Promise((resolve, reject) => {
      image.onload = resolve;
      image.onerror = () => reject(new Error('the chart could not be drawn'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function HistoryPanel({ timeless, entries, focus, defaultNodes, metric, today, onPickDate }: Props) {
  const [extra, setExtra] = useState<string[]>([]);
  const [measure, setMeasure] = useState<SeriesMeasureId>('degree');
  const [step, setStep] = useState<SeriesStep>('year');
  const chart = useRef<SVGSVGElement>(null);
  const nodes = useMemo(
    () => [...new Set([...(focus ? [focus] : defaultNodes), ...extra])].filter((n) => timeless.hasNode(n)).slice(0, MAX_SERIES_NODES),
    [focus, defaultNodes, extra, timeless],
  );
  const anyOrganization = nodes.some((n) => timeless.getNodeAttribute(n, 'kind') === 'organization');
  const request = useMemo(
    (): SeriesRequest | null =>
      nodes.length === 0
        ? null
        : { measure, nodes, from: DEFAULT_SERIES_FROM, to: today, step, kinds: metric.kinds, projection: metric.projection, direction: 'undirected' },
    [measure, nodes, today, step, metric.kinds, metric.projection],
  );
  const state = useSeries(timeless, request);
  const labelOf = (key: string) => (timeless.hasNode(key) ? timeless.getNodeAttribute(key, 'label') : key);
  const fileBase = `entente-${measure}-${nodes.join('-')}`.slice(0, 120);

  return (
    <div className="history-panel" data-testid="history-panel">
      <p className="muted">
        How a measure changed since {DEFAULT_SERIES_FROM.slice(0, 4)}, on each date’s graph
        {isBlocSeries(measure) ? '' : ` (tie kinds: ${metric.kinds.join(', ')}; set under Metrics)`}.
      </p>
      <label>
        Measure{' '}
        <select value={measure} onChange={(e) => setMeasure(e.target.value as SeriesMeasureId)} data-testid="history-measure">
          <optgroup label="Centrality">
            {MEASURE_IDS.filter((id) => id !== 'in-degree' && id !== 'out-degree').map((id) => (
              <option key={id} value={id}>
                {seriesMeasureLabel(id)}
              </option>
            ))}
          </optgroup>
          <optgroup label="Organizations (as in Compare)">
            {(Object.keys(BLOC_SERIES) as BlocSeriesId[]).map((id) => (
              <option key={id} value={id} disabled={!anyOrganization}>
                {BLOC_SERIES[id].label}
              </option>
            ))}
          </optgroup>
        </select>
      </label>{' '}
      <label>
        Step{' '}
        <select value={step} onChange={(e) => setStep(e.target.value as SeriesStep)}>
          <option value="year">each year</option>
          <option value="change">each change date</option>
        </select>
      </label>
      <ul className="history-nodes" aria-label="Nodes on the chart">
        {nodes.map((n) => (
          <li key={n}>
            {labelOf(n)}{' '}
            {extra.includes(n) && (
              <button type="button" aria-label={`Remove ${labelOf(n)}`} onClick={() => setExtra((x) => x.filter((k) => k !== n))}>
                ×
              </button>
            )}
          </li>
        ))}
      </ul>
      {nodes.length < MAX_SERIES_NODES && (
        <SearchBox entries={entries} onPick={(key) => setExtra((x) => (x.includes(key) ? x : [...x, key]))} label="Add to the chart" />
      )}
      {nodes.length === 0 && <p>Focus a node, or add one, to see its history.</p>}
      {state.status === 'computing' && (
        <p role="status">
          Computing… <progress value={state.done} max={1} aria-label="History computed so far" /> {Math.round(state.done * 100)}%
        </p>
      )}
      {state.status === 'error' && <p role="alert">{state.message}</p>}
      {state.status === 'done' && (
        <>
          <SeriesChart ref={chart} series={state.series} labelOf={labelOf} onPickDate={onPickDate} />
          <p className="muted" data-testid="history-status">
            {state.series.points.length} dates{state.cached ? ' (cached)' : `, computed in ${Math.round(state.ms)} ms`}.
          </p>
          <div className="history-export" role="group" aria-label="Export the chart">
            <button type="button" onClick={() => chart.current && void svgToPng(chart.current).then((b) => download(b, `${fileBase}.png`))}>
              PNG
            </button>
            <button type="button" onClick={() => chart.current && download(new Blob([svgText(chart.current)], { type: 'image/svg+xml' }), `${fileBase}.svg`)}>
              SVG
            </button>
            <button
              type="button"
              data-testid="history-csv"
              onClick={() => download(new Blob([seriesToCsv(state.series)], { type: 'text/csv' }), `${fileBase}.csv`)}
            >
              CSV
            </button>
          </div>
        </>
      )}
    </div>
  );
}
