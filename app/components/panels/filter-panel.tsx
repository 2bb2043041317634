'use client';
// Filters, combined, with live counts of what is shown and hidden, and a one-click reset.
import { useId, useMemo } from 'react';
import { ALLIANCE_STATUSES, CONFLICT_STATUSES, TIE_KINDS, type TieKind } from '@/lib/data/schema';
import { categoricalAttributes } from '@/lib/graph/categorical-attributes';
import { DEFAULT_FILTERS, type Filters, type MembershipLevel } from '@/lib/graph/filter';
import { isDoubtfulEdge } from '@/lib/graph/doubtful';
import { edgeHolds } from '@/lib/graph/holds';
import { MEMBERSHIP_GROUPS, edgeMembershipGroup, type MembershipGroup } from '@/lib/graph/membership';
import { ownKindKey, ownKinds, type OwnKindTarget } from '@/lib/graph/own-kinds';
import type { EntenteGraph } from '@/lib/graph/types';
import { isPlainGraph } from '@/lib/view/kind-words';
import { formatStatus } from '@/lib/view/format';
import { PLAIN_EDGE_STYLE, TIE_STYLES } from '@/lib/view/tie-styles';

type Props = { view: EntenteGraph; shown: EntenteGraph; filters: Filters; onChange: (filters: Filters) => void };

const toggle = <T,>(list: readonly T[], item: T, on: boolean): T[] => (on ? [...list, item] : list.filter((x) => x !== item));

/** A tie kind's status checkboxes: the statuses shown, none checked meaning all. */
function StatusChecks<S extends string>({
  statuses,
  chosen,
  words,
  onChange,
}: {
  statuses: readonly S[];
  chosen: readonly S[];
  words: (status: S) => string;
  onChange: (chosen: S[]) => void;
}) {
  return (
    <>
      <p className="muted small">Status (none checked = all)</p>
      {statuses.map((status) => (
        <label key={status} className="check">
          <input type="checkbox" checked={chosen.includes(status)} onChange={(e) => onChange(toggle(chosen, status, e.target.checked))} /> {words(status)}
        </label>
      ))}
    </>
  );
}

/** What the day's view holds, to offer as choices with counts. */
function choices(view: EntenteGraph) {
  const regions = new Map<string, number>();
  const subregions = new Map<string, number>();
  const kinds = new Map<TieKind, number>();
  const subtypes = new Map<string, { kind: TieKind; count: number }>();
  const orgs: { key: string; label: string }[] = [];
  const groups = new Map<MembershipGroup, number>();
  let ended = 0;
  let doubtful = 0;
  view.forEachNode((key, a) => {
    if (a.kind === 'organization') orgs.push({ key, label: a.label });
    else {
      regions.set(a.region, (regions.get(a.region) ?? 0) + 1);
      if (a.subregion) subregions.set(a.subregion, (subregions.get(a.subregion) ?? 0) + 1);
    }
  });
  view.forEachEdge((_, a) => {
    if (!edgeHolds(a)) ended++;
    if (isDoubtfulEdge(a)) doubtful++;
    const group = edgeMembershipGroup(a);
    if (group) groups.set(group, (groups.get(group) ?? 0) + 1);
    kinds.set(a.kind, (kinds.get(a.kind) ?? 0) + 1);
    if (a.subtype) subtypes.set(a.subtype, { kind: a.kind, count: (subtypes.get(a.subtype)?.count ?? 0) + 1 });
  });
  return {
    regions: [...regions].sort(([a], [b]) => a.localeCompare(b)),
    subregions: [...subregions].sort(([a], [b]) => a.localeCompare(b)),
    kinds,
    subtypes: [...subtypes].sort(([a], [b]) => a.localeCompare(b)),
    orgs: orgs.sort((a, b) => a.label.localeCompare(b.label)),
    groups,
    ended,
    doubtful,
  };
}

export function FilterPanel({ view, shown, filters: f, onChange }: Props) {
  const id = useId();
  const c = useMemo(() => choices(view), [view]);
  const categories = useMemo(() => categoricalAttributes(view), [view]);
  const category = categories.find((cat) => cat.name === f.attribute?.name);
  const set = (change: Partial<Filters>) => onChange({ ...f, ...change });
  const isDefault = JSON.stringify(f) === JSON.stringify(DEFAULT_FILTERS);
  const plain = isPlainGraph(view);
  // An imported graph's own kinds (its "kind", "type" or "relation" attribute), each one checkbox.
  const ownNodeKinds = useMemo(() => (plain ? ownKinds(view, 'node') : []), [plain, view]);
  const ownEdgeKinds = useMemo(() => (plain ? ownKinds(view, 'edge') : []), [plain, view]);
  const kindsShown = plain ? (ownEdgeKinds.length > 0 ? [] : TIE_KINDS.filter((kind) => c.kinds.has(kind))) : TIE_KINDS;
  const hiddenOwn = f.hiddenOwnKinds;
  const ownKindBoxes = (target: OwnKindTarget, kinds: { kind: string | null; count: number }[]) => (
    <div className="own-kinds" data-testid={`own-${target}-kinds`}>
      {kinds.map(({ kind, count }) => {
        const key = ownKindKey(target, kind);
        return (
          <label key={key} className="check" data-own-kind={kind ?? ''}>
            <input type="checkbox" checked={!hiddenOwn.includes(key)} onChange={(e) => set({ hiddenOwnKinds: toggle(hiddenOwn, key, !e.target.checked) })} />{' '}
            {kind ?? '(no kind)'} <span className="muted">({count})</span>
          </label>
        );
      })}
    </div>
  );

  return (
    <fieldset className="panel filters">
      <legend>Filters</legend>
      <p className="counts" data-testid="filter-counts">
        Showing {shown.order} of {view.order} nodes ({view.order - shown.order} hidden), {shown.size} of {view.size} {plain ? 'edges' : 'ties'} (
        {view.size - shown.size} hidden)
      </p>
      <button type="button" onClick={() => onChange(DEFAULT_FILTERS)} disabled={isDefault}>
        Reset filters
      </button>

      <details open>
        <summary>Nodes</summary>
        {!plain &&
          (['state', 'organization'] as const).map((kind) => (
            <label key={kind} className="check">
              <input type="checkbox" checked={f.nodeKinds.includes(kind)} onChange={(e) => set({ nodeKinds: toggle(f.nodeKinds, kind, e.target.checked) })} />{' '}
              {kind === 'state' ? 'States' : 'Organizations'}
            </label>
          ))}
        {ownNodeKinds.length > 0 && ownKindBoxes('node', ownNodeKinds)}
        <label className="check">
          <input type="checkbox" checked={f.hideIsolated} onChange={(e) => set({ hideIsolated: e.target.checked })} />{' '}
          {plain ? 'Hide nodes without edges' : 'Hide states without ties'}
        </label>
      </details>

      <details hidden={plain}>
        <summary>Regions{f.regions.length + f.subregions.length > 0 ? ` (${f.regions.length + f.subregions.length})` : ''}</summary>
        {c.regions.map(([region, count]) => (
          <label key={region} className="check">
            <input type="checkbox" checked={f.regions.includes(region)} onChange={(e) => set({ regions: toggle(f.regions, region, e.target.checked) })} />{' '}
            {region} <span className="muted">({count})</span>
          </label>
        ))}
        <label htmlFor={`${id}-subregions`}>Subregions (none selected = all)</label>
        <select
          id={`${id}-subregions`}
          multiple
          size={5}
          value={f.subregions}
          onChange={(e) => set({ subregions: [...e.target.selectedOptions].map((o) => o.value) })}
        >
          {c.subregions.map(([sub, count]) => (
            <option key={sub} value={sub}>
              {sub} ({count})
            </option>
          ))}
        </select>
      </details>

      <details hidden={plain}>
        <summary>Blocs{f.orgs.length > 0 ? ` (${f.orgs.length})` : ''}</summary>
        <p className="muted small">Show only these organizations and their members.</p>
        {c.orgs.map((org) => (
          <label key={org.key} className="check">
            <input type="checkbox" checked={f.orgs.includes(org.key)} onChange={(e) => set({ orgs: toggle(f.orgs, org.key, e.target.checked) })} /> {org.label}
          </label>
        ))}
        <fieldset className="inner">
          <legend>Membership status</legend>
          {(
            [
              ['members', `${MEMBERSHIP_GROUPS.members.label} and ${MEMBERSHIP_GROUPS.strained.label.toLowerCase()} only`, ['members', 'strained']],
              ['associates', `With ${MEMBERSHIP_GROUPS.associates.label.toLowerCase()}`, ['associates']],
              ['former', `With ${MEMBERSHIP_GROUPS.former.label.toLowerCase()}${f.showEnded ? '' : ' (with “Show ended ties”)'}`, ['former']],
            ] as [MembershipLevel, string, MembershipGroup[]][]
          ).map(([level, label, counted]) => (
            <label key={level} className="check">
              <input type="radio" name={`${id}-membership`} checked={f.membership === level} onChange={() => set({ membership: level })} /> {label}{' '}
              <span className="muted" data-testid={`membership-count-${level}`}>
                ({counted.map((group) => c.groups.get(group) ?? 0).reduce((x, y) => x + y, 0)})
              </span>
            </label>
          ))}
        </fieldset>
      </details>

      <details open>
        <summary>{plain ? 'Edges' : 'Ties'}</summary>
        {!plain && (
          <label className="check">
            <input type="checkbox" checked={f.showEnded} onChange={(e) => set({ showEnded: e.target.checked })} data-testid="show-ended" /> Show ended ties{' '}
            <span className="muted">({c.ended})</span>
          </label>
        )}
        {!plain && <p className="muted small">Withdrawals, terminated treaties and ended conflicts on this date, drawn grey.</p>}
        {!plain && c.doubtful > 0 && (
          <label className="check">
            <input type="checkbox" checked={f.showDoubtful} onChange={(e) => set({ showDoubtful: e.target.checked })} data-testid="show-doubtful" /> Show
            doubtful trade figures <span className="muted">({c.doubtful})</span>
          </label>
        )}
        {!plain && c.doubtful > 0 && (
          <p className="muted small">Published trade shares the plausibility check questions (a tie’s note says why); hidden unless checked.</p>
        )}
        {ownEdgeKinds.length > 0 && ownKindBoxes('edge', ownEdgeKinds)}
        {kindsShown.map((kind) => (
          <div key={kind}>
            <label className="check">
              <input type="checkbox" checked={f.tieKinds.includes(kind)} onChange={(e) => set({ tieKinds: toggle(f.tieKinds, kind, e.target.checked) })} />{' '}
              <span className="swatch" style={{ background: plain ? PLAIN_EDGE_STYLE.color : TIE_STYLES[kind].color }} aria-hidden="true" />{' '}
              {plain ? 'Edges' : TIE_STYLES[kind].label} <span className="muted">({c.kinds.get(kind) ?? 0})</span>
            </label>
            <div className="sub-options">
              {c.subtypes
                .filter(([, s]) => s.kind === kind)
                .map(([subtype, s]) => (
                  <label key={subtype} className="check">
                    <input
                      type="checkbox"
                      checked={!f.hiddenSubtypes.includes(subtype)}
                      disabled={!f.tieKinds.includes(kind)}
                      onChange={(e) => set({ hiddenSubtypes: toggle(f.hiddenSubtypes, subtype, !e.target.checked) })}
                    />{' '}
                    {subtype.replace(/-/g, ' ')} <span className="muted">({s.count})</span>
                  </label>
                ))}
            </div>
          </div>
        ))}
      </details>

      <details hidden={plain}>
        <summary>Conflicts</summary>
        <label htmlFor={`${id}-intensity`}>Intensity</label>
        <select id={`${id}-intensity`} value={f.conflictIntensity} onChange={(e) => set({ conflictIntensity: e.target.value as Filters['conflictIntensity'] })}>
          <option value="any">Any</option>
          <option value="war">War only (≥1,000 battle deaths a year)</option>
        </select>
        <StatusChecks
          statuses={CONFLICT_STATUSES}
          chosen={f.conflictStatuses}
          words={(status) => status.replace(/-/g, ' ')}
          onChange={(conflictStatuses) => set({ conflictStatuses })}
        />
      </details>

      <details hidden={plain}>
        <summary>Alliances</summary>
        <StatusChecks
          statuses={ALLIANCE_STATUSES}
          chosen={f.allianceStatuses}
          words={formatStatus}
          onChange={(allianceStatuses) => set({ allianceStatuses })}
        />
      </details>

      <details>
        <summary>Attribute{f.attribute ? ` (${f.attribute.name})` : ''}</summary>
        <label htmlFor={`${id}-attribute`}>Show nodes whose</label>
        <select
          id={`${id}-attribute`}
          value={f.attribute?.name ?? ''}
          onChange={(e) => set({ attribute: e.target.value ? { name: e.target.value, values: [] } : null })}
        >
          <option value="">(any attribute)</option>
          {categories.map((cat) => (
            <option key={cat.name} value={cat.name}>
              {cat.name}
            </option>
          ))}
        </select>
        {f.attribute && category && (
          <fieldset className="inner">
            <legend>is one of</legend>
            {category.values.map(({ value, count }) => (
              <label key={value} className="check">
                <input
                  type="checkbox"
                  checked={f.attribute!.values.includes(value)}
                  onChange={(e) => set({ attribute: { name: category.name, values: toggle(f.attribute!.values, value, e.target.checked) } })}
                />{' '}
                {value} <span className="muted">({count})</span>
              </label>
            ))}
          </fieldset>
        )}
      </details>

      <details>
        <summary>{plain ? 'Weight' : 'Dependencies'}</summary>
        <label htmlFor={`${id}-weight`}>
          Minimum weight: <output htmlFor={`${id}-weight`}>{f.minWeight}</output> {plain ? '(edges without a weight stay)' : '(e.g. % of imports)'}
        </label>
        <input id={`${id}-weight`} type="range" min={0} max={60} step={1} value={f.minWeight} onChange={(e) => set({ minWeight: Number(e.target.value) })} />
      </details>
    </fieldset>
  );
}
