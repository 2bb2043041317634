'use client';
// The Changes mode's panel: the two dates, counts by kind of change, the changes legend, and the dated list of changes
// (narrowed by tie kind and by the focused node), each with what changed and its sources.
import { useMemo, useState } from 'react';
import type { TieKind } from '@/lib/data/schema';
import { changesBetween, type ChangeEvent } from '@/lib/changes/changes-between';
import { aYearBefore, filterChanges } from '@/lib/changes/changes-request';
import type { ChangeCounts } from '@/lib/changes/changes-view';
import type { EntenteGraph } from '@/lib/graph/types';
import { CHANGE_STYLES } from '@/lib/view/change-styles';
import { TIE_STYLES } from '@/lib/view/tie-styles';
import { SourceList } from '../panels/source-list';

type Props = {
  timeless: EntenteGraph;
  /** The tie kinds and subtypes the filters show: the list follows them (trade is hidden by default). */
  shownKinds: readonly string[];
  hiddenSubtypes: readonly string[];
  since: string | null;
  day: string;
  focus: string | null;
  counts: ChangeCounts | null;
  onSince: (since: string | null) => void;
  onSelect: (key: string) => void;
};

const MAX_LISTED = 300;
const TYPE_WORDS: Readonly<Record<ChangeEvent['type'], string>> = {
  'tie-started': 'began',
  'tie-ended': 'ended',
  'status-changed': 'changed',
  'node-appeared': 'appeared',
  'node-disappeared': 'ceased to exist',
};

function nameOf(graph: EntenteGraph, key: string): string {
  return graph.hasNode(key) ? graph.getNodeAttribute(key, 'name') : key;
}

function describe(graph: EntenteGraph, c: ChangeEvent): string {
  if (c.kind === 'node') return `${nameOf(graph, c.key)} ${TYPE_WORDS[c.type]}`;
  const what = `${TIE_STYLES[c.kind].label.split(' /')[0]}${c.subtype ? ` (${c.subtype})` : ''}`;
  const pair = `${nameOf(graph, c.source)} – ${nameOf(graph, c.target)}`;
  if (c.type === 'status-changed') return `${pair}: ${what} ${c.from} → ${c.to}`;
  return `${pair}: ${what} ${TYPE_WORDS[c.type]}${c.type === 'tie-started' ? ` (${c.to})` : ` (was ${c.from})`}`;
}

export function ChangesPanel({ timeless, shownKinds, hiddenSubtypes, since, day, focus, counts, onSince, onSelect }: Props) {
  const [kind, setKind] = useState<TieKind | 'node' | 'all'>('all');
  const all = useMemo(() => (since && since < day ? changesBetween(timeless, since, day) : []), [timeless, since, day]);
  const listed = useMemo(
    () =>
      filterChanges(all, { kinds: kind === 'all' ? null : [kind], node: focus }).filter(
        (c) => c.kind === 'node' || (shownKinds.includes(c.kind) && !(c.subtype !== null && hiddenSubtypes.includes(c.subtype))),
      ),
    [all, kind, focus, shownKinds, hiddenSubtypes],
  );

  if (since === null) {
    return (
      <div className="changes-panel">
        <p>See what changed between two dates: new ties, ended ties and changed statuses, drawn on the graph and listed with their sources.</p>
        <button type="button" onClick={() => onSince(aYearBefore(day))} data-testid="changes-start">
          Compare with a year earlier
        </button>
      </div>
    );
  }
  return (
    <div className="changes-panel" data-testid="changes-panel">
      <div className="changes-dates">
        <label>
          From <input type="date" value={since} max={day} onChange={(e) => e.target.value && onSince(e.target.value)} data-testid="changes-since" />
        </label>{' '}
        to <time dateTime={day}>{day}</time> <span className="muted">(the date control)</span>{' '}
        <button type="button" onClick={() => onSince(null)}>
          Leave Changes mode
        </button>
      </div>
      {since >= day && <p role="alert">Pick a “from” date before {day}.</p>}
      {counts && (
        <ul className="change-legend" aria-label="Changes legend" data-testid="change-counts">
          {(Object.keys(CHANGE_STYLES) as (keyof typeof CHANGE_STYLES)[]).map((name) => (
            <li key={name} data-change={name}>
              <svg width="36" height="12" aria-hidden="true">
                <line
                  x1="2"
                  y1="6"
                  x2="34"
                  y2="6"
                  stroke={CHANGE_STYLES[name].color}
                  strokeWidth={Math.min(CHANGE_STYLES[name].width, 4)}
                  strokeDasharray={CHANGE_STYLES[name].dashed ? '6 4' : undefined}
                  opacity={Math.max(CHANGE_STYLES[name].opacity, 0.5)}
                />
              </svg>
              {CHANGE_STYLES[name].label}: <strong>{counts[name]}</strong>
            </li>
          ))}
          <li>
            Nodes that appeared: <strong>{counts.appeared}</strong>, ceased to exist: <strong>{counts.disappeared}</strong>
          </li>
        </ul>
      )}
      <label>
        Kind{' '}
        <select value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
          <option value="all">all</option>
          {(Object.keys(TIE_STYLES) as TieKind[]).map((k) => (
            <option key={k} value={k}>
              {TIE_STYLES[k].label}
            </option>
          ))}
          <option value="node">states and organizations</option>
        </select>
      </label>
      <p className="muted" data-testid="changes-count">
        {listed.length} change{listed.length === 1 ? '' : 's'}
        {focus ? ` involving ${nameOf(timeless, focus)}` : ''} between {since} and {day}
        {listed.length > MAX_LISTED ? `; the first ${MAX_LISTED} are listed (narrow by kind or focus a node)` : ''}. Ties hidden by the filters are left out.
      </p>
      <ol className="change-list" data-testid="change-list">
        {listed.slice(0, MAX_LISTED).map((c, i) => (
          <li key={`${c.key}|${c.date}|${i}`} data-type={c.type} data-key={c.key}>
            <time dateTime={c.date}>{c.date}</time>{' '}
            <button type="button" className="link-button" onClick={() => onSelect(c.kind === 'node' ? c.key : c.source)}>
              {describe(timeless, c)}
            </button>
            {c.sources.length > 0 && (
              <details>
                <summary>Sources ({c.sources.length})</summary>
                <SourceList sources={c.sources} />
              </details>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
