// The explorer's shareable view state, and its round trip through URL parameters with a notice for each bad one.
import { DEFAULT_MEASURE_KINDS, TIE_KINDS, type TieKind } from '@/lib/data/tie-kinds';
import { parseAsOfParam } from '@/lib/graph/date-param';
import type { Direction } from '@/lib/graph/ego';
import { DEFAULT_FILTERS, MEMBERSHIP_LEVELS, type Filters, type MembershipLevel } from '@/lib/graph/filter';

export const LAYOUTS = ['force', 'geographic', 'concentric', 'grouped'] as const;
export type LayoutName = (typeof LAYOUTS)[number];
export const VIEWS = ['graph', 'table'] as const;
export const PANELS = ['details', 'metrics', 'path', 'compare', 'changes', 'history', 'stories'] as const;
export type PanelName = (typeof PANELS)[number];
export const PROJECTIONS = ['bipartite', 'co-membership'] as const;
export const RANK_NODES = ['states', 'organizations', 'both'] as const;

export type ViewState = {
  /** YYYY-MM-DD, or null for today. */
  date: string | null;
  focus: string | null;
  /** A second node shown with the focus as a pair: every tie between the two, their shared organizations. */
  pair: string | null;
  depth: 1 | 2 | 3;
  direction: Direction;
  /** Hide everything outside the focus instead of fading it. */
  focusOnly: boolean;
  /** Let a focus deeper than one step pass through organizations (off: a large organization would flood it). */
  throughOrganizations: boolean;
  layout: LayoutName;
  /** The measure that sizes nodes and orders the concentric layout. */
  measure: string;
  view: (typeof VIEWS)[number];
  /** The side panel shown: details of the focus, metrics, path tool or bloc comparison. */
  panel: PanelName;
  /** Tie kinds the measure runs on, and how memberships enter it. */
  metricKinds: TieKind[];
  projection: (typeof PROJECTIONS)[number];
  /** The path tool's ends, and the two organizations compared. */
  pathFrom: string | null;
  pathTo: string | null;
  /** The path tool keeps to friendly ties (no conflicts, no invasions). */
  pathFriendly: boolean;
  /** What the ranking lists: states, organizations or both. */
  rankNodes: (typeof RANK_NODES)[number];
  compare: [string, string];
  /** Node colour: the measure's ramp, or the Louvain community on the ties the measure runs on. */
  colorBy: 'measure' | 'community';
  /** An imported file's URL (?file=), kept so that the link can be shared. */
  file: string | null;
  /** The Changes mode's earlier date (the later one is `date`); null = the mode is off. */
  since: string | null;
  /** The story being played (its id) and the step shown, from 1. */
  story: string | null;
  step: number;
  filters: Filters;
};

export const DEFAULT_VIEW_STATE: ViewState = {
  date: null,
  focus: null,
  pair: null,
  depth: 1,
  direction: 'both',
  focusOnly: false,
  throughOrganizations: false,
  layout: 'force',
  measure: 'degree',
  view: 'graph',
  panel: 'details',
  metricKinds: [...DEFAULT_MEASURE_KINDS],
  projection: 'bipartite',
  pathFrom: null,
  pathTo: null,
  pathFriendly: false,
  rankNodes: 'states',
  compare: ['csto', 'nato'],
  colorBy: 'measure',
  file: null,
  since: null,
  story: null,
  step: 1,
  filters: DEFAULT_FILTERS,
};

/** What the parser knows about the data, to reject unknown keys. */
export type ViewStateContext = { nodeKeys: ReadonlySet<string>; measures: readonly string[]; today: string };

export type ParsedViewState = { state: ViewState; notices: string[] };

const list = (value: string) => value.split(',').map((s) => s.trim()).filter(Boolean);

const KNOWN_PARAMS = new Set([
  'date', 'focus', 'depth', 'dir', 'mode', 'layout', 'measure', 'view', 'panel', 'mkinds', 'proj', 'from', 'to', 'cmp', 'file', 'color', 'attr', 'pair', 'through', 'friendly', 'rank',
  'since', 'story', 'step', 'nodes', 'regions', 'subregions', 'orgs', 'kinds', 'hide', 'intensity', 'cstatus', 'minweight', 'members', 'isolated', 'ended', 'hideown',
]);

/** Reads a view state from URL parameters; anything unknown or malformed is ignored and explained in `notices`. */
export function parseViewState(params: URLSearchParams, context: ViewStateContext): ParsedViewState {
  const notices: string[] = [];
  const state: ViewState = structuredClone(DEFAULT_VIEW_STATE);
  const f = state.filters;
  const ignore = (name: string, value: string, why: string) => notices.push(`Ignored ${name}=${value}: ${why}.`);

  for (const [name, value] of params) {
    if (!KNOWN_PARAMS.has(name)) {
      ignore(name, value, 'not a parameter Entente knows');
      continue;
    }
    switch (name) {
      case 'date': {
        const parsed = parseAsOfParam(value, context.today);
        if (parsed.ok) state.date = parsed.day === context.today ? null : parsed.day;
        else ignore(name, value, parsed.message.replace(/^asOf "[^"]*" /, ''));
        break;
      }
      case 'focus':
        if (context.nodeKeys.has(value)) state.focus = value;
        else ignore(name, value, 'no state or organization has this key');
        break;
      case 'pair':
        if (context.nodeKeys.has(value)) state.pair = value;
        else ignore(name, value, 'no state or organization has this key');
        break;
      case 'through':
        if (value === 'orgs') state.throughOrganizations = true;
        else ignore(name, value, 'through can only be "orgs"');
        break;
      case 'friendly':
        if (value === '1') state.pathFriendly = true;
        else ignore(name, value, 'friendly can only be 1');
        break;
      case 'rank':
        if ((RANK_NODES as readonly string[]).includes(value)) state.rankNodes = value as ViewState['rankNodes'];
        else ignore(name, value, `rank is one of ${RANK_NODES.join(', ')}`);
        break;
      case 'depth':
        if (value === '1' || value === '2' || value === '3') state.depth = Number(value) as 1 | 2 | 3;
        else ignore(name, value, 'depth is 1, 2 or 3');
        break;
      case 'dir':
        if (value === 'both' || value === 'out' || value === 'in') state.direction = value;
        else ignore(name, value, 'dir is both, out or in');
        break;
      case 'mode':
        if (value === 'focus') state.focusOnly = true;
        else ignore(name, value, 'mode can only be "focus"');
        break;
      case 'layout':
        if ((LAYOUTS as readonly string[]).includes(value)) state.layout = value as LayoutName;
        else ignore(name, value, `layout is one of ${LAYOUTS.join(', ')}`);
        break;
      case 'measure':
        if (context.measures.includes(value)) state.measure = value;
        else ignore(name, value, `measure is one of ${context.measures.join(', ')}`);
        break;
      case 'view':
        if (value === 'graph' || value === 'table') state.view = value;
        else ignore(name, value, 'view is graph or table');
        break;
      case 'panel':
        if ((PANELS as readonly string[]).includes(value)) state.panel = value as PanelName;
        else ignore(name, value, `panel is one of ${PANELS.join(', ')}`);
        break;
      case 'mkinds': {
        const kinds = list(value).filter((k): k is TieKind => (TIE_KINDS as readonly string[]).includes(k));
        if (kinds.length > 0 && kinds.length === list(value).length) state.metricKinds = kinds;
        else ignore(name, value, `mkinds is a list of ${TIE_KINDS.join(', ')}`);
        break;
      }
      case 'proj':
        if ((PROJECTIONS as readonly string[]).includes(value)) state.projection = value as ViewState['projection'];
        else ignore(name, value, `proj is one of ${PROJECTIONS.join(', ')}`);
        break;
      case 'from':
      case 'to':
        if (context.nodeKeys.has(value)) state[name === 'from' ? 'pathFrom' : 'pathTo'] = value;
        else ignore(name, value, 'no state or organization has this key');
        break;
      case 'cmp': {
        const orgs = list(value);
        if (orgs.length === 2 && orgs.every((o) => context.nodeKeys.has(o))) state.compare = [orgs[0]!, orgs[1]!];
        else ignore(name, value, 'cmp takes two organization keys, e.g. csto,nato');
        break;
      }
      case 'attr': {
        const match = /^([^:]+):(.+)$/.exec(value);
        if (match) f.attribute = { name: match[1]!, values: match[2]!.split('|') };
        else ignore(name, value, 'attr is name:value, or name:value1|value2');
        break;
      }
      case 'color':
        if (value === 'community') state.colorBy = 'community';
        else ignore(name, value, 'color can only be "community"');
        break;
      case 'file':
        if (/^(https?:\/\/|\/)/.test(value)) state.file = value;
        else ignore(name, value, 'file is an http(s) URL or a path on this site');
        break;
      case 'since': {
        const parsed = parseAsOfParam(value, context.today, 'since');
        if (parsed.ok) state.since = parsed.day;
        else ignore(name, value, parsed.message.replace(/^since "[^"]*" /, ''));
        break;
      }
      case 'story':
        if (/^[a-z0-9][a-z0-9-]{0,63}$/.test(value)) state.story = value;
        else ignore(name, value, 'story is a story id, e.g. csto');
        break;
      case 'step': {
        const n = Number(value);
        if (Number.isInteger(n) && n >= 1 && n <= 100) state.step = n;
        else ignore(name, value, 'step is a whole number from 1');
        break;
      }
      case 'nodes': {
        const kinds = list(value);
        if (kinds.length > 0 && kinds.every((k) => k === 'state' || k === 'organization')) f.nodeKinds = kinds as Filters['nodeKinds'];
        else ignore(name, value, 'nodes is a list of state and organization');
        break;
      }
      case 'regions':
        f.regions = list(value);
        break;
      case 'subregions':
        f.subregions = list(value);
        break;
      case 'orgs': {
        const orgs = list(value);
        const unknown = orgs.filter((o) => !context.nodeKeys.has(o));
        if (unknown.length > 0) ignore(name, unknown.join(','), 'no organization has this key');
        f.orgs = orgs.filter((o) => context.nodeKeys.has(o));
        break;
      }
      case 'kinds': {
        const kinds = list(value);
        const unknown = kinds.filter((k) => !(TIE_KINDS as readonly string[]).includes(k));
        if (unknown.length > 0) ignore(name, unknown.join(','), `tie kinds are ${TIE_KINDS.join(', ')}`);
        f.tieKinds = kinds.filter((k): k is TieKind => (TIE_KINDS as readonly string[]).includes(k));
        break;
      }
      case 'hide':
        f.hiddenSubtypes = value === 'none' ? [] : list(value);
        break;
      case 'intensity':
        if (value === 'war' || value === 'any') f.conflictIntensity = value;
        else ignore(name, value, 'intensity is any or war');
        break;
      case 'cstatus':
        f.conflictStatuses = list(value);
        break;
      case 'minweight': {
        const n = Number(value);
        if (value !== '' && Number.isFinite(n) && n >= 0) f.minWeight = n;
        else ignore(name, value, 'minweight is a number ≥ 0');
        break;
      }
      case 'members':
        if ((MEMBERSHIP_LEVELS as readonly string[]).includes(value)) f.membership = value as MembershipLevel;
        else ignore(name, value, `members is one of ${MEMBERSHIP_LEVELS.join(', ')}`);
        break;
      case 'isolated':
        if (value === 'hide') f.hideIsolated = true;
        else ignore(name, value, 'isolated can only be "hide"');
        break;
      case 'hideown':
        // An imported graph's own kinds to hide, "node:person|edge:owns"; kinds the file does not have hide nothing.
        f.hiddenOwnKinds = value.split('|').filter((k) => /^(node|edge):/.test(k));
        if (f.hiddenOwnKinds.length === 0) ignore(name, value, 'hideown is node:kind or edge:kind, several joined by |');
        break;
      case 'ended':
        if (value === 'show') f.showEnded = true;
        else ignore(name, value, 'ended can only be "show" (ended ties are hidden by default)');
        break;
    }
  }
  return { state, notices };
}

/** Writes a view state as URL parameters, leaving out what equals the default so that links stay short. */
export function serializeViewState(state: ViewState): URLSearchParams {
  const d = DEFAULT_VIEW_STATE;
  const df = d.filters;
  const f = state.filters;
  const params = new URLSearchParams();
  const set = (name: string, value: string, isDefault: boolean) => {
    if (!isDefault) params.set(name, value);
  };
  const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  set('date', state.date ?? '', state.date === null);
  set('focus', state.focus ?? '', state.focus === null);
  set('pair', state.pair ?? '', state.pair === null);
  set('depth', String(state.depth), state.depth === d.depth);
  set('through', 'orgs', !state.throughOrganizations);
  set('friendly', '1', !state.pathFriendly);
  set('rank', state.rankNodes, state.rankNodes === d.rankNodes);
  set('dir', state.direction, state.direction === d.direction);
  set('mode', 'focus', !state.focusOnly);
  set('layout', state.layout, state.layout === d.layout);
  set('measure', state.measure, state.measure === d.measure);
  set('view', state.view, state.view === d.view);
  set('panel', state.panel, state.panel === d.panel);
  set('mkinds', state.metricKinds.join(','), sameList(state.metricKinds, d.metricKinds));
  set('proj', state.projection, state.projection === d.projection);
  set('from', state.pathFrom ?? '', state.pathFrom === null);
  set('to', state.pathTo ?? '', state.pathTo === null);
  set('cmp', state.compare.join(','), sameList(state.compare, d.compare));
  set('file', state.file ?? '', state.file === null);
  set('color', 'community', state.colorBy === 'measure');
  set('since', state.since ?? '', state.since === null);
  set('story', state.story ?? '', state.story === null);
  set('step', String(state.step), state.story === null || state.step === d.step);
  set('nodes', f.nodeKinds.join(','), sameList(f.nodeKinds, df.nodeKinds));
  set('regions', f.regions.join(','), f.regions.length === 0);
  set('subregions', f.subregions.join(','), f.subregions.length === 0);
  set('orgs', f.orgs.join(','), f.orgs.length === 0);
  set('kinds', f.tieKinds.join(','), sameList(f.tieKinds, df.tieKinds));
  set('hide', f.hiddenSubtypes.length === 0 ? 'none' : f.hiddenSubtypes.join(','), sameList(f.hiddenSubtypes, df.hiddenSubtypes));
  set('intensity', f.conflictIntensity, f.conflictIntensity === df.conflictIntensity);
  set('cstatus', f.conflictStatuses.join(','), f.conflictStatuses.length === 0);
  set('minweight', String(f.minWeight), f.minWeight === df.minWeight);
  set('members', f.membership, f.membership === df.membership);
  set('isolated', 'hide', !f.hideIsolated);
  set('ended', 'show', !f.showEnded);
  set('hideown', (f.hiddenOwnKinds ?? []).join('|'), (f.hiddenOwnKinds ?? []).length === 0);
  set('attr', f.attribute ? `${f.attribute.name}:${f.attribute.values.join('|')}` : '', f.attribute === null);
  return params;
}
