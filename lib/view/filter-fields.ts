// The filters' registry: each Filters field's URL parameter, parser, writer and default (the defaults are DEFAULT_FILTERS).
import { TIE_KIND_TABLE, TIE_KINDS, type TieKind } from '@/lib/data/tie-kinds';
import { DEFAULT_FILTERS, MEMBERSHIP_LEVELS, type Filters, type MembershipLevel } from '@/lib/graph/filter';
import { knownItems, oneOf, type FieldTable } from './view-field';

const NODE_KINDS = ['state', 'organization'] as const;
const ALLIANCE_STATUSES: readonly string[] = TIE_KIND_TABLE.alliance.statuses;
const joined = (values: readonly string[]) => values.join(',');

export const FILTER_FIELDS: FieldTable<Filters> = {
  nodeKinds: {
    kept: 'url',
    param: 'nodes',
    label: 'node kinds shown',
    values: 'a list of state and organization',
    default: DEFAULT_FILTERS.nodeKinds,
    parse: knownItems<Filters['nodeKinds'][number]>((k) => (NODE_KINDS as readonly string[]).includes(k)),
    serialize: joined,
  },
  regions: {
    kept: 'url',
    param: 'regions',
    label: 'regions of the states shown (none: every region)',
    values: 'a list of the regions of the graph’s states',
    default: DEFAULT_FILTERS.regions,
    parse: (raw, context) => ({ ...knownItems((r) => context.regions.has(r))(raw), why: 'no state is in this region' }),
    serialize: joined,
  },
  subregions: {
    kept: 'url',
    param: 'subregions',
    label: 'subregions of the states shown (none: every subregion)',
    values: 'a list of the subregions of the graph’s states',
    default: DEFAULT_FILTERS.subregions,
    parse: (raw, context) => ({ ...knownItems((r) => context.subregions.has(r))(raw), why: 'no state is in this subregion' }),
    serialize: joined,
  },
  orgs: {
    kept: 'url',
    param: 'orgs',
    label: 'only these organizations and their members (none: all)',
    values: 'a list of organization keys, e.g. csto,nato',
    default: DEFAULT_FILTERS.orgs,
    parse: (raw, context) => ({ ...knownItems((o) => context.nodeKeys.has(o))(raw), why: 'no organization has this key' }),
    serialize: joined,
  },
  tieKinds: {
    kept: 'url',
    param: 'kinds',
    label: 'tie kinds shown',
    values: `a list of ${TIE_KINDS.join(', ')}`,
    default: DEFAULT_FILTERS.tieKinds,
    parse: (raw) => ({ ...knownItems<TieKind>((k) => (TIE_KINDS as readonly string[]).includes(k))(raw), why: `tie kinds are ${TIE_KINDS.join(', ')}` }),
    serialize: joined,
  },
  showEnded: {
    kept: 'url',
    param: 'ended',
    label: 'also draw ties that ended before the date, in their own style',
    values: 'show or hide',
    default: DEFAULT_FILTERS.showEnded,
    parse: (raw) =>
      raw === 'show' ? { value: true } : raw === 'hide' ? { value: false } : { ignored: raw, why: 'ended is show or hide (ended ties are hidden by default)' },
    serialize: (show) => (show ? 'show' : 'hide'),
  },
  showDoubtful: {
    kept: 'url',
    param: 'doubtful',
    label: 'also draw ties whose figure is flagged doubtful (trade shares the plausibility check questions)',
    values: 'show or hide',
    default: DEFAULT_FILTERS.showDoubtful,
    parse: (raw) =>
      raw === 'show'
        ? { value: true }
        : raw === 'hide'
          ? { value: false }
          : { ignored: raw, why: 'doubtful is show or hide (doubtful trade figures are hidden by default)' },
    serialize: (show) => (show ? 'show' : 'hide'),
  },
  hiddenSubtypes: {
    kept: 'url',
    param: 'hide',
    label: 'tie subtypes hidden',
    values: 'a list of tie subtypes, or none',
    default: DEFAULT_FILTERS.hiddenSubtypes,
    parse: (raw, context) => (raw === 'none' ? { value: [] } : { ...knownItems((s) => context.subtypes.has(s))(raw), why: 'no tie has this subtype' }),
    serialize: (subtypes) => (subtypes.length === 0 ? 'none' : joined(subtypes)),
  },
  conflictIntensity: {
    kept: 'url',
    param: 'intensity',
    label: 'conflicts shown: any, or only those at war intensity on the date',
    values: 'any or war',
    default: DEFAULT_FILTERS.conflictIntensity,
    parse: oneOf(['any', 'war'] as const),
    serialize: String,
  },
  conflictStatuses: {
    kept: 'url',
    param: 'cstatus',
    label: 'conflict statuses shown (none: every status)',
    values: 'a list of conflict statuses, e.g. active,ceasefire',
    default: DEFAULT_FILTERS.conflictStatuses,
    parse: (raw, context) => ({ ...knownItems((s) => context.conflictStatuses.has(s))(raw), why: 'no conflict has this status' }),
    serialize: joined,
  },
  allianceStatuses: {
    kept: 'url',
    param: 'astatus',
    label: 'alliance statuses shown (none: every status)',
    values: `a list of alliance statuses: ${ALLIANCE_STATUSES.join(', ')}`,
    default: DEFAULT_FILTERS.allianceStatuses,
    parse: knownItems((s) => ALLIANCE_STATUSES.includes(s)),
    serialize: joined,
  },
  minWeight: {
    kept: 'url',
    param: 'minweight',
    label: 'dependencies with a lower weight are hidden',
    values: 'a number ≥ 0',
    default: DEFAULT_FILTERS.minWeight,
    parse: (raw) => {
      const n = Number(raw);
      return raw !== '' && Number.isFinite(n) && n >= 0 ? { value: n } : { ignored: raw };
    },
    serialize: String,
  },
  membership: {
    kept: 'url',
    param: 'members',
    label: 'memberships shown: members only, also associates, also former members',
    values: `one of ${MEMBERSHIP_LEVELS.join(', ')}`,
    default: DEFAULT_FILTERS.membership,
    parse: oneOf<MembershipLevel>(MEMBERSHIP_LEVELS),
    serialize: String,
  },
  hideIsolated: {
    kept: 'url',
    param: 'isolated',
    label: 'hide nodes without a tie shown',
    values: 'hide or show',
    default: DEFAULT_FILTERS.hideIsolated,
    parse: (raw) => (raw === 'hide' ? { value: true } : raw === 'show' ? { value: false } : { ignored: raw }),
    serialize: (hide) => (hide ? 'hide' : 'show'),
  },
  hiddenOwnKinds: {
    kept: 'url',
    param: 'hideown',
    label: 'an imported graph’s own node and edge kinds hidden',
    values: 'node:kind or edge:kind, several joined by |',
    default: DEFAULT_FILTERS.hiddenOwnKinds,
    parse: (raw) => {
      const kinds = raw.split('|').filter((k) => /^(node|edge):/.test(k));
      return kinds.length > 0 ? { value: kinds } : { ignored: raw, why: 'hideown is node:kind or edge:kind, several joined by |' };
    },
    serialize: (kinds) => kinds.join('|'),
  },
  attribute: {
    kept: 'url',
    param: 'attr',
    label: 'only nodes whose text attribute has one of these values',
    values: 'name:value, or name:value1|value2, with a node attribute’s name',
    default: DEFAULT_FILTERS.attribute,
    parse: (raw, context) => {
      const match = /^([^:]+):(.+)$/.exec(raw);
      if (!match) return { ignored: raw };
      if (!context.nodeAttributes.has(match[1]!)) return { ignored: raw, why: `no node has an attribute named ${match[1]}` };
      return { value: { name: match[1]!, values: match[2]!.split('|') } };
    },
    serialize: (attribute) => (attribute ? `${attribute.name}:${attribute.values.join('|')}` : ''),
  },
};
