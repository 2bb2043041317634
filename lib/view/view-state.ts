// The explorer's view state: one registry entry per field (URL name, parser, writer, default, where it is kept), from
// which the defaults, the URL round trip, the notices for ignored parameters and the README's table are derived.
import { DEFAULT_MEASURE_KINDS, TIE_KINDS, type TieKind } from '@/lib/data/tie-kinds';
import { parseAsOfParam } from '@/lib/graph/date-param';
import type { Direction } from '@/lib/graph/ego';
import type { Filters } from '@/lib/graph/filter';
import { FILTER_FIELDS } from './filter-fields';
import { defaultsOf, oneOf, splitList, urlFields, type FieldTable, type UrlField, type ViewStateContext } from './view-field';

export type { ViewStateContext } from './view-field';

export const LAYOUTS = ['force', 'geographic', 'concentric', 'grouped'] as const;
export type LayoutName = (typeof LAYOUTS)[number];
export const VIEWS = ['graph', 'table'] as const;
export const PANELS = ['details', 'metrics', 'path', 'compare', 'changes', 'history', 'stories'] as const;
export type PanelName = (typeof PANELS)[number];
export const PROJECTIONS = ['bipartite', 'co-membership'] as const;
const DIRECTIONS = ['both', 'out', 'in'] as const;
const COLOR_BY = ['measure', 'community'] as const;
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
  colorBy: (typeof COLOR_BY)[number];
  /** An imported file's URL (?file=), kept so that the link can be shared. */
  file: string | null;
  /** The Changes mode's earlier date (the later one is `date`); null = the mode is off. */
  since: string | null;
  /** The story being played (its id) and the step shown, from 1. */
  story: string | null;
  step: number;
  filters: Filters;
};

const nodeKey = (param: string, label: string): UrlField<string | null> => ({
  kept: 'url',
  param,
  label,
  values: 'a state or organization key, e.g. ARM or csto',
  default: null,
  parse: (raw, context) => (context.nodeKeys.has(raw) ? { value: raw } : { ignored: raw, why: 'no state or organization has this key' }),
  serialize: (key) => key ?? '',
});

/** Every ViewState field except the filters, which have their own registry (FILTER_FIELDS). */
export const VIEW_STATE_FIELDS: FieldTable<Omit<ViewState, 'filters'>> = {
  date: {
    kept: 'url',
    param: 'date',
    label: 'the date shown (none: today)',
    values: 'a date YYYY-MM-DD (or YYYY, YYYY-MM) from 1900 to today',
    default: null,
    parse: (raw, context) => {
      const parsed = parseAsOfParam(raw, context.today);
      if (!parsed.ok) return { ignored: raw, why: parsed.message.replace(/^asOf "[^"]*" /, '') };
      return { value: parsed.day === context.today ? null : parsed.day };
    },
    serialize: (date) => date ?? '',
  },
  focus: nodeKey('focus', 'the state or organization in focus'),
  pair: nodeKey('pair', 'a second node shown with the focus as a pair'),
  depth: {
    kept: 'url',
    param: 'depth',
    label: 'steps from the focus shown',
    values: '1, 2 or 3',
    default: 1,
    parse: (raw) => (raw === '1' || raw === '2' || raw === '3' ? { value: Number(raw) as 1 | 2 | 3 } : { ignored: raw }),
    serialize: String,
  },
  direction: {
    kept: 'url',
    param: 'dir',
    label: 'which ties lead away from the focus',
    values: 'both, out or in',
    default: 'both',
    parse: oneOf(DIRECTIONS),
    serialize: String,
  },
  focusOnly: {
    kept: 'url',
    param: 'mode',
    label: 'hide what is outside the focus instead of fading it',
    values: 'focus',
    default: false,
    parse: (raw) => (raw === 'focus' ? { value: true } : { ignored: raw, why: 'mode can only be "focus"' }),
    serialize: (only) => (only ? 'focus' : ''),
  },
  throughOrganizations: {
    kept: 'url',
    param: 'through',
    label: 'let a focus deeper than one step pass through organizations',
    values: 'orgs',
    default: false,
    parse: (raw) => (raw === 'orgs' ? { value: true } : { ignored: raw, why: 'through can only be "orgs"' }),
    serialize: (through) => (through ? 'orgs' : ''),
  },
  layout: {
    kept: 'url',
    param: 'layout',
    label: 'the layout',
    values: `one of ${LAYOUTS.join(', ')}`,
    default: 'force',
    parse: oneOf(LAYOUTS),
    serialize: String,
  },
  measure: {
    kept: 'url',
    param: 'measure',
    label: 'the measure that sizes nodes, or a numeric node attribute',
    values: 'a measure, e.g. degree, betweenness, attr:population',
    default: 'degree',
    parse: (raw, context) => (context.measures.includes(raw) ? { value: raw } : { ignored: raw, why: `measure is one of ${context.measures.join(', ')}` }),
    serialize: String,
  },
  view: {
    kept: 'url',
    param: 'view',
    label: 'graph or table',
    values: 'graph or table',
    default: 'graph',
    parse: oneOf(VIEWS),
    serialize: String,
  },
  panel: {
    kept: 'url',
    param: 'panel',
    label: 'the side panel',
    values: `one of ${PANELS.join(', ')}`,
    default: 'details',
    parse: oneOf(PANELS),
    serialize: String,
  },
  metricKinds: {
    kept: 'url',
    param: 'mkinds',
    label: 'tie kinds the measure runs on',
    values: `a list of ${TIE_KINDS.join(', ')}`,
    default: [...DEFAULT_MEASURE_KINDS],
    parse: (raw) => {
      const kinds = splitList(raw);
      const known = kinds.every((k) => (TIE_KINDS as readonly string[]).includes(k));
      return kinds.length > 0 && known ? { value: kinds as TieKind[] } : { ignored: raw };
    },
    serialize: (kinds) => kinds.join(','),
  },
  projection: {
    kept: 'url',
    param: 'proj',
    label: 'how memberships enter the measure',
    values: `one of ${PROJECTIONS.join(', ')}`,
    default: 'bipartite',
    parse: oneOf(PROJECTIONS),
    serialize: String,
  },
  pathFrom: nodeKey('from', 'the path tool’s start'),
  pathTo: nodeKey('to', 'the path tool’s end'),
  pathFriendly: {
    kept: 'url',
    param: 'friendly',
    label: 'the path tool keeps to friendly ties',
    values: '1',
    default: false,
    parse: (raw) => (raw === '1' ? { value: true } : { ignored: raw, why: 'friendly can only be 1' }),
    serialize: (friendly) => (friendly ? '1' : ''),
  },
  rankNodes: {
    kept: 'url',
    param: 'rank',
    label: 'what the ranking lists',
    values: `one of ${RANK_NODES.join(', ')}`,
    default: 'states',
    parse: oneOf(RANK_NODES),
    serialize: String,
  },
  compare: {
    kept: 'url',
    param: 'cmp',
    label: 'the two organizations compared',
    values: 'two organization keys, e.g. csto,nato',
    default: ['csto', 'nato'],
    parse: (raw, context) => {
      const orgs = splitList(raw);
      return orgs.length === 2 && orgs.every((o) => context.nodeKeys.has(o))
        ? { value: [orgs[0]!, orgs[1]!] }
        : { ignored: raw, why: 'cmp takes two organization keys, e.g. csto,nato' };
    },
    serialize: (orgs) => orgs.join(','),
  },
  colorBy: {
    kept: 'url',
    param: 'color',
    label: 'node colour: the measure, or Louvain communities',
    values: 'measure or community',
    default: 'measure',
    parse: oneOf(COLOR_BY),
    serialize: String,
  },
  file: {
    kept: 'url',
    param: 'file',
    label: 'a graph file to import, kept so that the link can be shared',
    values: 'an http(s) URL or a path on this site',
    default: null,
    parse: (raw) => (/^(https?:\/\/|\/)/.test(raw) ? { value: raw } : { ignored: raw }),
    serialize: (file) => file ?? '',
  },
  since: {
    kept: 'url',
    param: 'since',
    label: 'the Changes mode’s earlier date (the later one is date)',
    values: 'a date YYYY-MM-DD (or YYYY, YYYY-MM) from 1900 to today',
    default: null,
    parse: (raw, context) => {
      const parsed = parseAsOfParam(raw, context.today, 'since');
      return parsed.ok ? { value: parsed.day } : { ignored: raw, why: parsed.message.replace(/^since "[^"]*" /, '') };
    },
    serialize: (since) => since ?? '',
  },
  story: {
    kept: 'url',
    param: 'story',
    label: 'the story being played',
    values: 'a story id, e.g. csto',
    default: null,
    parse: (raw) => (/^[a-z0-9][a-z0-9-]{0,63}$/.test(raw) ? { value: raw } : { ignored: raw, why: 'story is a story id, e.g. csto' }),
    serialize: (story) => story ?? '',
  },
  step: {
    kept: 'url',
    param: 'step',
    label: 'the story step shown, from 1 (with story)',
    values: 'a whole number from 1 to 100',
    default: 1,
    parse: (raw) => {
      const n = Number(raw);
      return Number.isInteger(n) && n >= 1 && n <= 100 ? { value: n } : { ignored: raw, why: 'step is a whole number from 1' };
    },
    serialize: String,
  },
};

export const DEFAULT_VIEW_STATE: ViewState = { ...defaultsOf(VIEW_STATE_FIELDS), filters: defaultsOf(FILTER_FIELDS) };

/** Every URL parameter, in the order links are written. */
export const URL_PARAMETERS: readonly string[] = [...urlFields(VIEW_STATE_FIELDS), ...urlFields(FILTER_FIELDS)].map(([, field]) => field.param);

/** Longer values are refused before parsing: no parameter needs them, and notices stay readable. */
export const MAX_PARAMETER_LENGTH = 2000;

export type ParsedViewState = { state: ViewState; notices: string[] };

/** A value as quoted in a notice: at most 80 characters. */
const quoted = (value: string) => (value.length > 80 ? `${value.slice(0, 79)}…` : value);

type Target = { fields: FieldTable<object>; into: Record<string, unknown> };

/** Reads a view state from URL parameters; anything unknown, malformed, too long or repeated is ignored and explained in `notices`. */
export function parseViewState(params: URLSearchParams, context: ViewStateContext): ParsedViewState {
  const notices: string[] = [];
  const state: ViewState = structuredClone(DEFAULT_VIEW_STATE);
  const byParam = new Map<string, [string, UrlField<unknown>, Target]>();
  const targets: Target[] = [
    { fields: VIEW_STATE_FIELDS as FieldTable<object>, into: state as unknown as Record<string, unknown> },
    { fields: FILTER_FIELDS as FieldTable<object>, into: state.filters as unknown as Record<string, unknown> },
  ];
  for (const target of targets)
    for (const [key, field] of urlFields(target.fields)) byParam.set(field.param, [key, field as unknown as UrlField<unknown>, target]);
  const ignore = (name: string, value: string, why: string) => notices.push(`Ignored ${quoted(name)}=${quoted(value)}: ${why}.`);

  const all = [...params];
  const lastIndex = new Map<string, number>();
  all.forEach(([name], i) => lastIndex.set(name, i));
  all.forEach(([name, raw], i) => {
    const entry = byParam.get(name);
    if (!entry) return ignore(name, raw, 'not a parameter Entente knows');
    if (lastIndex.get(name) !== i) return ignore(name, raw, `${name} is given more than once; the last one is used`);
    if (raw.length > MAX_PARAMETER_LENGTH) return ignore(name, raw, `longer than ${MAX_PARAMETER_LENGTH} characters`);
    const [key, field, target] = entry;
    const parsed = field.parse(raw, context);
    if ('value' in parsed) target.into[key] = parsed.value;
    if (parsed.ignored !== undefined) ignore(name, parsed.ignored, parsed.why ?? `${name} is ${field.values}`);
  });
  return { state, notices };
}

/** Writes a view state as URL parameters, leaving out what equals the default so that links stay short. */
export function serializeViewState(state: ViewState): URLSearchParams {
  const params = new URLSearchParams();
  const write = <T>(fields: FieldTable<T>, values: T) => {
    for (const [key, field] of urlFields(fields)) {
      const text = field.serialize(values[key]);
      if (text !== field.serialize(field.default)) params.set(field.param, text);
    }
  };
  write(VIEW_STATE_FIELDS, state);
  write(FILTER_FIELDS, state.filters);
  if (state.story === null) params.delete('step'); // a step means nothing without its story
  return params;
}
