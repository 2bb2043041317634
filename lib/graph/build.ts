// Builds the timeless graphology graph from a validated dataset: every node, every tie with all its periods.
import { MultiGraph } from '@/lib/graph/graphology';
import { INDICATOR_NAMES, type Dataset, type Indicators, type Lifespan, type Organization, type State, type Tie } from '@/lib/data/schema';
import { isDirectedKind, tieKey } from '@/lib/data/tie-key';
import type { EdgeAttributes, EntenteGraph, OrganizationNodeAttributes, StateNodeAttributes } from './types';

export function stateAttributes(state: State, indicators?: Indicators, lifespan?: Lifespan): StateNodeAttributes {
  const years = Object.fromEntries(INDICATOR_NAMES.flatMap((name) => (indicators?.[name] ? [[name, indicators[name].year]] : [])));
  return {
    kind: 'state',
    label: state.name,
    name: state.name,
    officialName: state.officialName,
    iso2: state.iso2,
    region: state.region,
    subregion: state.subregion,
    flag: state.flag,
    lat: state.lat,
    lng: state.lng,
    recognition: state.recognition,
    aliases: state.aliases ?? [],
    lifespan: lifespan ? lifespan.periods.map(({ start, end }) => ({ start, end })) : null,
    population: indicators?.population?.value ?? null,
    gdp: indicators?.gdp?.value ?? null,
    milexPctGdp: indicators?.milexPctGdp?.value ?? null,
    milexUsd: indicators?.milexUsd?.value ?? null,
    personnel: indicators?.personnel?.value ?? null,
    indicatorYears: years,
    indicatorSources: indicators?.sources ?? [],
  };
}

/** The latest name, used where no date applies. */
function currentName(org: Organization) {
  return org.names[org.names.length - 1]!;
}

export function organizationAttributes(org: Organization): OrganizationNodeAttributes {
  const name = currentName(org);
  const hq = org.headquarters;
  return {
    kind: 'organization',
    label: name.acronym,
    name: name.name,
    orgKind: org.kind,
    founded: org.founded,
    dissolved: org.dissolved,
    formerNames: org.names,
    aliases: org.aliases ?? [],
    headquarters: hq ? `${hq.city}, ${hq.country}` : null,
    lat: hq?.lat ?? null,
    lng: hq?.lng ?? null,
    description: org.description,
    sources: org.sources,
  };
}

export function edgeAttributes(tie: Tie, period: Tie['periods'][number]): EdgeAttributes {
  return {
    kind: tie.kind,
    subtype: 'subtype' in tie ? tie.subtype : null,
    status: period.status,
    intensity: 'intensity' in period ? period.intensity : null,
    start: period.start,
    end: period.end,
    label: tie.label ?? null,
    note: tie.note ?? null,
    periodNote: period.note ?? null,
    weight: 'weight' in tie && tie.weight ? tie.weight.value : null,
    unit: 'weight' in tie && tie.weight ? tie.weight.unit : null,
    year: 'weight' in tie && tie.weight ? tie.weight.year : null,
    ucdpId: 'ucdpId' in tie ? (tie.ucdpId ?? null) : null,
    directed: isDirectedKind(tie.kind),
    sources: tie.sources,
    periodSources: period.sources ?? [],
    periods: tie.periods,
  };
}

export function buildGraph(dataset: Dataset): EntenteGraph {
  const graph: EntenteGraph = new MultiGraph({ type: 'mixed', allowSelfLoops: false });
  graph.replaceAttributes({ title: dataset.info.title, asOf: null, datasetAsOf: dataset.info.asOf });
  const indicatorsByState = new Map(dataset.indicators.map((row) => [row.state, row]));
  const lifespanByState = new Map(dataset.lifespans.map((row) => [row.state, row]));
  for (const state of dataset.states) {
    graph.addNode(state.key, stateAttributes(state, indicatorsByState.get(state.key), lifespanByState.get(state.key)));
  }
  for (const org of dataset.organizations) graph.addNode(org.key, organizationAttributes(org));
  for (const tie of dataset.ties) {
    const attributes = edgeAttributes(tie, tie.periods[tie.periods.length - 1]!);
    if (attributes.directed) graph.addDirectedEdgeWithKey(tieKey(tie), tie.source, tie.target, attributes);
    else graph.addUndirectedEdgeWithKey(tieKey(tie), tie.source, tie.target, attributes);
  }
  return graph;
}
