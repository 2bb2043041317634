'use client';
// The compare view: two organizations' cohesion figures side by side on the chosen date (both blocs ringed on the graph).
import { useId, useMemo } from 'react';
import { blocCohesion, type BlocCohesion } from '@/lib/analysis/cohesion';
import { MEMBERSHIP_GROUPS, MEMBERSHIP_GROUP_NAMES } from '@/lib/graph/membership';
import type { EntenteGraph } from '@/lib/graph/types';
import { formatCompact } from '@/lib/view/format';
import { isPlainGraph } from '@/lib/view/kind-words';

type Props = { graph: EntenteGraph; orgs: [string, string]; onChange: (orgs: [string, string]) => void; onSelect: (key: string) => void };

const pct = (share: number | null | undefined) => (share === null || share === undefined ? '–' : `${(share * 100).toFixed(0)}%`);

/** A membership group's row: its count, and the states by name when there are few enough to read. */
function groupRow(graph: EntenteGraph, keys: string[]): string {
  const names = keys.map((k) => graph.getNodeAttribute(k, 'label')).sort((x, y) => x.localeCompare(y));
  return keys.length === 0 ? '0' : keys.length <= 12 ? `${keys.length}: ${names.join(', ')}` : `${keys.length}`;
}

function rows(graph: EntenteGraph, b: BlocCohesion): [string, string][] {
  const label = (key: string) => graph.getNodeAttribute(key, 'label');
  const hegemon = (indicator: 'population' | 'gdp' | 'milexUsd') => {
    const h = b.hegemon[indicator];
    return h ? `${label(h.key)} ${pct(h.share)}` : '–';
  };
  const total = (indicator: 'population' | 'gdp' | 'milexUsd', prefix = '') => {
    const t = b.totals[indicator];
    return t ? `${formatCompact(t.sum, prefix)} (${t.reported}/${t.of} report)` : '–';
  };
  return [
    ['Name', `${b.label}: ${b.name}`],
    ['Founded', b.founded],
    [`In the organization (${MEMBERSHIP_GROUPS.members.label.toLowerCase()} + ${MEMBERSHIP_GROUPS.strained.label.toLowerCase()})`, `${b.counts.in}`],
    ...MEMBERSHIP_GROUP_NAMES.map((group): [string, string] => [MEMBERSHIP_GROUPS[group].label, groupRow(graph, b[group])]),
    ['Internal alliances / dependencies', `${b.internalTies.alliances} / ${b.internalTies.dependencies}`],
    ['Density (alliance or dependency ties between member pairs)', pct(b.density)],
    ['Conflicts between members', b.internalConflicts.map((c) => `${label(c.a)}–${label(c.b)} (${c.status})`).join(', ') || 'none'],
    [
      'Members in conflict with outsiders',
      `${b.conflictsWithOutsiders.length}${
        b.conflictsWithOutsiders.length
          ? ': ' +
            b.conflictsWithOutsiders
              .slice(0, 6)
              .map((c) => `${label(c.member)}–${label(c.outsider)}`)
              .join(', ')
          : ''
      }`,
    ],
    ['Population', total('population')],
    ['GDP', total('gdp', '$')],
    ['Military spending', total('milexUsd', '$')],
    ['Largest share of population', hegemon('population')],
    ['Largest share of GDP (hegemony index)', hegemon('gdp')],
    ['Largest share of military spending', hegemon('milexUsd')],
    [
      'Members’ trade, arms and base dependencies pointing to the largest member',
      b.dependencyOnLargest
        ? `${pct(b.dependencyOnLargest.share)} (${b.dependencyOnLargest.tiesToLargest} of ${b.dependencyOnLargest.ties} ties, to ${label(b.dependencyOnLargest.largest)})`
        : '–',
    ],
  ];
}

export function ComparePanel({ graph, orgs, onChange, onSelect }: Props) {
  const id = useId();
  const options = useMemo(() => graph.filterNodes((_, a) => a.kind === 'organization').sort(), [graph]);
  const blocs = useMemo(() => orgs.map((o) => (graph.hasNode(o) ? blocCohesion(graph, o) : null)), [graph, orgs]);
  const tables = blocs.map((b) => (b ? rows(graph, b) : null));
  if (options.length === 0) {
    return (
      <div className="compare-panel" data-testid="compare-panel">
        <h2>Compare two blocs</h2>
        <p data-testid="compare-unavailable">
          Compare sets two organizations side by side: their members, their ties and their weight.{' '}
          {isPlainGraph(graph) ? 'This graph' : 'The view on this date'} has no organizations with members, so there is nothing to compare.
        </p>
      </div>
    );
  }
  return (
    <div className="compare-panel" data-testid="compare-panel">
      <h2>Compare two blocs</h2>
      <div className="row">
        {([0, 1] as const).map((i) => (
          <span key={i}>
            <label htmlFor={`${id}-${i}`} className={i === 0 ? 'bloc-a-label' : 'bloc-b-label'}>
              {i === 0 ? 'First (blue ring)' : 'Second (orange ring)'}
            </label>{' '}
            <select id={`${id}-${i}`} value={orgs[i]} onChange={(e) => onChange(i === 0 ? [e.target.value, orgs[1]] : [orgs[0], e.target.value])}>
              {options.map((o) => (
                <option key={o} value={o}>
                  {graph.getNodeAttribute(o, 'label')}
                </option>
              ))}
            </select>
          </span>
        ))}
      </div>
      <table className="data-table compare" data-testid="compare-table">
        <caption className="visually-hidden">Cohesion figures as of {graph.getAttribute('asOf')}</caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            {orgs.map((o, i) => (
              <th scope="col" key={i}>
                <button type="button" className="link-button" onClick={() => onSelect(o)}>
                  {graph.hasNode(o) ? graph.getNodeAttribute(o, 'label') : o}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {(tables[0] ?? tables[1] ?? []).map(([figure], r) => (
            <tr key={figure} data-figure={figure}>
              <th scope="row">{figure}</th>
              {tables.map((t, i) => (
                <td key={i}>{t ? t[r]![1] : 'did not exist on this date'}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="small muted">
        Hegemony index: the largest member’s share of the bloc’s total. Figures from the CIA World Factbook (population 2025, GDP and military spending 2024); a
        member without a figure is left out of the sum and counted in “report”.
      </p>
    </div>
  );
}
