'use client';
// An accessible alternative to the canvas: the shown nodes and ties as sortable, searchable tables.
import { useId, useMemo, useState } from 'react';
import type { EdgeAttributes, EntenteGraph } from '@/lib/graph/types';
import { edgeEndedOn } from '@/lib/graph/holds';
import { MEMBERSHIP_GROUPS, edgeMembershipGroup } from '@/lib/graph/membership';
import { formatPeriod, formatStatus } from '@/lib/view/format';
import { edgeKindWord, isPlainGraph, isUndated, nodeKindWord } from '@/lib/view/kind-words';

type Column<T> = { key: string; label: string; value: (row: T) => string | number };
type Sort = { column: string; ascending: boolean };

function SortableTable<T>({
  caption,
  rows,
  columns,
  rowKey,
  onRowAction,
  testId,
}: {
  caption: string;
  rows: T[];
  columns: Column<T>[];
  rowKey: (row: T) => string;
  onRowAction?: (row: T) => void;
  testId: string;
}) {
  const [sort, setSort] = useState<Sort>({ column: columns[0]!.key, ascending: true });
  const sorted = useMemo(() => {
    const column = columns.find((c) => c.key === sort.column) ?? columns[0]!;
    return [...rows].sort((a, b) => {
      const x = column.value(a);
      const y = column.value(b);
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
      return sort.ascending ? order : -order;
    });
  }, [rows, columns, sort]);
  return (
    <table className="data-table" data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.key} scope="col" aria-sort={sort.column === c.key ? (sort.ascending ? 'ascending' : 'descending') : 'none'}>
              <button type="button" onClick={() => setSort((s) => ({ column: c.key, ascending: s.column === c.key ? !s.ascending : true }))}>
                {c.label}
              </button>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {sorted.map((row) => (
          <tr key={rowKey(row)} data-key={rowKey(row)}>
            {columns.map((c, i) => (
              <td key={c.key}>
                {i === 0 && onRowAction ? (
                  <button type="button" className="link-button" onClick={() => onRowAction(row)}>
                    {c.value(row)}
                  </button>
                ) : (
                  c.value(row)
                )}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

type NodeRow = { key: string; name: string; kind: string; region: string; ties: number };
type TieRow = { key: string; from: string; to: string; kind: string; subtype: string; status: string; period: string };

const NODE_COLUMNS: Column<NodeRow>[] = [
  { key: 'name', label: 'Name', value: (r) => r.name },
  { key: 'key', label: 'Key', value: (r) => r.key },
  { key: 'kind', label: 'Kind', value: (r) => r.kind },
  { key: 'region', label: 'Region', value: (r) => r.region },
  { key: 'ties', label: 'Ties shown', value: (r) => r.ties },
];
const TIE_COLUMNS: Column<TieRow>[] = [
  { key: 'from', label: 'From', value: (r) => r.from },
  { key: 'to', label: 'To', value: (r) => r.to },
  { key: 'kind', label: 'Kind', value: (r) => r.kind },
  { key: 'subtype', label: 'Subtype', value: (r) => r.subtype },
  { key: 'status', label: 'Status', value: (r) => r.status },
  { key: 'period', label: 'Dates', value: (r) => r.period },
];

/** The status as the panels word it: a membership's group ("member · Members"), an ended tie's end. */
function tieStatusText(a: EdgeAttributes): string {
  const status = formatStatus(a.status, a.intensity, a.start);
  const group = edgeMembershipGroup(a);
  const ended = edgeEndedOn(a);
  return [status, group && MEMBERSHIP_GROUPS[group].label, ended && 'ended'].filter(Boolean).join(' · ');
}

export function TableView({ graph, onSelect }: { graph: EntenteGraph; onSelect: (key: string) => void }) {
  const id = useId();
  const [query, setQuery] = useState('');
  const q = query.trim().toLowerCase();
  const matches = (...texts: string[]) => !q || texts.some((t) => t.toLowerCase().includes(q));
  const plain = isPlainGraph(graph);
  const nodes: NodeRow[] = graph
    .mapNodes((key, a) => ({
      key,
      name: a.kind === 'organization' ? `${a.label} (${a.name})` : a.name,
      kind: nodeKindWord(a, plain),
      region: a.kind === 'state' ? a.region : '',
      ties: graph.degree(key),
    }))
    .filter((r) => matches(r.key, r.name, r.region));
  const ties: TieRow[] = graph
    .mapEdges((key, a, source, target) => ({
      key,
      from: graph.getNodeAttribute(source, 'label'),
      to: graph.getNodeAttribute(target, 'label'),
      kind: plain ? edgeKindWord(a, true) : a.kind,
      subtype: a.subtype ?? '',
      status: plain ? '' : tieStatusText(a),
      period: edgeEndedOn(a) ? `ended ${edgeEndedOn(a)}` : a.start && !plain && !isUndated(a) ? formatPeriod(a.start, a.end) : '',
    }))
    .filter((r) => matches(r.from, r.to, r.kind, r.subtype, r.status));
  return (
    <div className="table-view" data-testid="table-view" data-nodes={graph.order} data-edges={graph.size}>
      <label htmlFor={`${id}-q`}>Search the tables</label>{' '}
      <input id={`${id}-q`} type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="name, code, kind, status…" />
      <SortableTable
        caption={`${plain ? 'Nodes' : 'States and organizations'} (${nodes.length})`}
        rows={nodes}
        columns={plain ? NODE_COLUMNS.filter((c) => c.key !== 'region') : NODE_COLUMNS}
        rowKey={(r) => r.key}
        onRowAction={(r) => onSelect(r.key)}
        testId="nodes-table"
      />
      <SortableTable
        caption={`${plain ? 'Edges' : 'Ties'} (${ties.length})`}
        rows={ties}
        columns={plain ? TIE_COLUMNS.filter((c) => c.key === 'from' || c.key === 'to' || c.key === 'kind') : TIE_COLUMNS}
        rowKey={(r) => r.key}
        testId="ties-table"
      />
    </div>
  );
}
