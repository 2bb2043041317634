'use client';
// The metrics panel: pick a measure and the ties it runs on; see its scale, a ranking table and a distribution chart.
import { useId, useMemo, useState } from 'react';
import { MEASURE_IDS, MEASURES, type MeasureId } from '@/lib/analysis/measures';
import { TIE_KINDS } from '@/lib/data/schema';
import { ATTRIBUTE_MEASURE_PREFIX, attributeLabel } from '@/lib/graph/numeric-attributes';
import { nameCommunities } from '@/lib/analysis/community-names';
import type { EntenteGraph } from '@/lib/graph/types';
import { CATEGORY_COLORS, COLOR_RAMP, histogram } from '@/lib/view/scales';
import type { CommunityResult } from '@/lib/analysis/communities';
import { TIE_STYLES } from '@/lib/view/tie-styles';
import { PROJECTIONS, RANK_NODES, type ViewState } from '@/lib/view/view-state';
import type { MeasureState } from './use-measure-values';
import type { UpdateViewState } from '../use-view-state';

type Props = {
  graph: EntenteGraph;
  state: ViewState;
  update: UpdateViewState;
  measure: MeasureState;
  measures: readonly string[];
  communities: CommunityResult | null;
  onSelect: (key: string) => void;
};

const format = (v: number) => (Math.abs(v) >= 100 ? v.toFixed(0) : v.toPrecision(3));

function Distribution({ values }: { values: number[] }) {
  const bins = histogram(values, 12);
  const max = Math.max(1, ...bins.map((b) => b.count));
  if (bins.length === 0) return null;
  return (
    <figure className="distribution">
      <svg
        viewBox="0 0 240 80"
        role="img"
        aria-label={`Distribution: ${bins.map((b) => `${b.count} between ${format(b.from)} and ${format(b.to)}`).join('; ')}`}
      >
        {bins.map((b, i) => (
          <rect
            key={i}
            x={i * 20 + 1}
            y={78 - (b.count / max) * 74}
            width={18}
            height={(b.count / max) * 74}
            fill={COLOR_RAMP[Math.min(COLOR_RAMP.length - 1, Math.floor((i / bins.length) * COLOR_RAMP.length))]}
          />
        ))}
      </svg>
      <figcaption className="muted small">
        {values.length} nodes, from {format(bins[0]!.from)} to {format(bins[bins.length - 1]!.to)}
      </figcaption>
    </figure>
  );
}

function Communities({ graph, result, onSelect }: { graph: EntenteGraph; result: CommunityResult; onSelect: (key: string) => void }) {
  const groups = useMemo(() => nameCommunities(graph, result.communities), [graph, result]);
  return (
    <section className="communities" data-testid="communities">
      <p className="small">
        {result.count} communities, modularity {result.modularity === null ? '–' : result.modularity.toFixed(3)} (on the ties the measure runs on).
      </p>
      <ol className="community-list">
        {groups.slice(0, 12).map(({ community: group, members: keys, central, shared }) => (
          <li key={group} data-community={group}>
            <span className="swatch" style={{ background: CATEGORY_COLORS[group] ?? '#bbbbbb' }} aria-hidden="true" />{' '}
            <strong className="community-name">{central.map((k) => graph.getNodeAttribute(k, 'label')).join(', ')}</strong>
            {shared.length > 0 && <span className="muted"> · most share {shared.map((o) => `${o.label} (${o.members} of ${keys.length})`).join(', ')}</span>}
            <br />
            {keys.length} nodes:{' '}
            {keys.slice(0, 8).map((k, i) => (
              <span key={k}>
                {i > 0 && ', '}
                <button type="button" className="link-button" onClick={() => onSelect(k)}>
                  {graph.getNodeAttribute(k, 'label')}
                </button>
              </span>
            ))}
            {keys.length > 8 && ` and ${keys.length - 8} more`}
          </li>
        ))}
      </ol>
      {groups.length > 12 && <p className="small muted">{groups.length - 12} smaller communities are drawn in grey.</p>}
    </section>
  );
}

export function MetricsPanel({ graph, state, update, measure, measures, communities, onSelect }: Props) {
  const id = useId();
  const [limit, setLimit] = useState(20);
  const [byName, setByName] = useState(false);
  const result = measure.status === 'done' ? measure.result : null;
  const ranking = useMemo(() => {
    if (!result) return [];
    const rows = Object.entries(result.values)
      .filter(
        ([key]) =>
          graph.hasNode(key) &&
          (state.rankNodes === 'both' || (graph.getNodeAttribute(key, 'kind') === 'organization') === (state.rankNodes === 'organizations')),
      )
      .map(([key, value]) => ({ key, value, label: graph.getNodeAttribute(key, 'label') }));
    rows.sort((a, b) => b.value - a.value || a.label.localeCompare(b.label));
    const top = rows.slice(0, limit);
    return byName ? top.sort((a, b) => a.label.localeCompare(b.label)) : top;
  }, [result, graph, limit, byName, state.rankNodes]);
  const centrality = (MEASURE_IDS as readonly string[]).includes(state.measure) ? MEASURES[state.measure as MeasureId] : null;
  const attributeName = state.measure.slice(ATTRIBUTE_MEASURE_PREFIX.length);
  const info = centrality ?? {
    label: attributeLabel(attributeName),
    description: `The nodes’ own figure (${attributeLabel(attributeName)}), as recorded in the data (with its year and source in the details panel).`,
  };

  return (
    <div className="metrics-panel" data-testid="metrics-panel">
      <h2>Metrics</h2>
      <label htmlFor={`${id}-measure`}>Measure</label>
      <select id={`${id}-measure`} value={state.measure} onChange={(e) => update((s) => ({ ...s, measure: e.target.value }))}>
        <optgroup label="Centrality">
          {MEASURE_IDS.map((m) => (
            <option key={m} value={m}>
              {MEASURES[m].label}
            </option>
          ))}
        </optgroup>
        {measures.some((m) => m.startsWith(ATTRIBUTE_MEASURE_PREFIX)) && (
          <optgroup label="Node attributes">
            {measures
              .filter((m) => m.startsWith(ATTRIBUTE_MEASURE_PREFIX))
              .map((m) => (
                <option key={m} value={m}>
                  {attributeLabel(m.slice(ATTRIBUTE_MEASURE_PREFIX.length))}
                </option>
              ))}
          </optgroup>
        )}
      </select>
      <p className="small">{info.description}</p>
      {centrality && (
        <>
          <fieldset className="inner">
            <legend>Ties it runs on</legend>
            {TIE_KINDS.map((kind) => (
              <label key={kind} className="check">
                <input
                  type="checkbox"
                  checked={state.metricKinds.includes(kind)}
                  disabled={state.metricKinds.length === 1 && state.metricKinds.includes(kind)}
                  onChange={(e) =>
                    update((s) => ({
                      ...s,
                      metricKinds: e.target.checked
                        ? TIE_KINDS.filter((k) => k === kind || s.metricKinds.includes(k))
                        : s.metricKinds.filter((k) => k !== kind),
                    }))
                  }
                />{' '}
                {TIE_STYLES[kind].label}
              </label>
            ))}
          </fieldset>
          <fieldset className="inner">
            <legend>Memberships</legend>
            {PROJECTIONS.map((p) => (
              <label key={p} className="check">
                <input type="radio" name={`${id}-projection`} checked={state.projection === p} onChange={() => update((s) => ({ ...s, projection: p }))} />{' '}
                {p === 'bipartite' ? 'As ties to organizations (bipartite)' : 'As state–state links, weighted by shared blocs'}
              </label>
            ))}
          </fieldset>
        </>
      )}
      <label className="check">
        <input
          type="checkbox"
          checked={state.colorBy === 'community'}
          onChange={(e) => update((s) => ({ ...s, colorBy: e.target.checked ? 'community' : 'measure' }))}
        />{' '}
        Colour by community (Louvain, fixed seed)
      </label>
      {communities && <Communities graph={graph} result={communities} onSelect={onSelect} />}
      <p className={`small status-line ${measure.status}`} role="status" data-testid="metric-status" data-status={measure.status}>
        {measure.status === 'computing' && <span className="spinner" aria-hidden="true" />} {measure.message}
      </p>
      {result && (
        <>
          <div className="scale" aria-label="Scale: node size and colour grow with the value">
            <span className="small">low</span>
            <span className="ramp" style={{ background: `linear-gradient(to right, ${COLOR_RAMP.join(', ')})` }} aria-hidden="true" />
            <span className="small">high · larger nodes score higher</span>
          </div>
          <Distribution values={Object.values(result.values)} />
          <fieldset className="inner rank-nodes">
            <legend>Rank</legend>
            {RANK_NODES.map((r) => (
              <label key={r} className="check">
                <input type="radio" name={`${id}-rank`} checked={state.rankNodes === r} onChange={() => update((s) => ({ ...s, rankNodes: r }))} />{' '}
                {r === 'states' ? 'States' : r === 'organizations' ? 'Organizations' : 'Both'}
              </label>
            ))}
          </fieldset>
          <div className="row">
            <label htmlFor={`${id}-limit`}>Top</label>
            <select id={`${id}-limit`} value={limit} onChange={(e) => setLimit(Number(e.target.value))}>
              {[10, 20, 50, 300].map((n) => (
                <option key={n} value={n}>
                  {n === 300 ? 'all' : n}
                </option>
              ))}
            </select>
          </div>
          <table className="data-table ranking" data-testid="ranking">
            <caption className="visually-hidden">Ranking by {info.label}</caption>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col" aria-sort={byName ? 'ascending' : 'none'}>
                  <button type="button" onClick={() => setByName(true)}>
                    Node
                  </button>
                </th>
                <th scope="col" aria-sort={byName ? 'none' : 'descending'}>
                  <button type="button" onClick={() => setByName(false)}>
                    {info.label}
                  </button>
                </th>
              </tr>
            </thead>
            <tbody>
              {ranking.map((row, i) => (
                <tr key={row.key} data-key={row.key}>
                  <td>{i + 1}</td>
                  <td>
                    <button type="button" className="link-button" onClick={() => onSelect(row.key)}>
                      {row.label}
                    </button>
                  </td>
                  <td>{format(row.value)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
