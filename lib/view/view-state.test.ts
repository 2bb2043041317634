import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE, MAX_PARAMETER_LENGTH, URL_PARAMETERS, parseViewState, serializeViewState, type ViewState } from './view-state';
import type { ViewStateContext } from './view-field';

const context: ViewStateContext = {
  nodeKeys: new Set(['ARM', 'RUS', 'csto', 'nato']),
  measures: ['degree', 'betweenness'],
  today: '2026-11-29',
  regions: new Set(['Asia', 'Europe']),
  subregions: new Set(['Western Asia', 'Eastern Europe']),
  subtypes: new Set(['trade-import', 'trade-export', 'war', 'basing']),
  conflictStatuses: new Set(['active', 'ceasefire', 'ended']),
  nodeAttributes: new Set(['kind', 'region', 'recognition']),
};
const parse = (query: string) => parseViewState(new URLSearchParams(query), context);

/** A state where every field differs from its default, so that every URL parameter is written. */
const everyParameterSet: ViewState = {
  date: '1999-05-01',
  focus: 'ARM',
  pair: 'RUS',
  throughOrganizations: true,
  pathFriendly: true,
  rankNodes: 'both',
  depth: 2,
  direction: 'out',
  focusOnly: true,
  layout: 'geographic',
  measure: 'betweenness',
  view: 'table',
  panel: 'compare',
  metricKinds: ['membership', 'conflict'],
  projection: 'co-membership',
  pathFrom: 'ARM',
  pathTo: 'RUS',
  compare: ['nato', 'csto'],
  colorBy: 'community',
  file: 'https://example.org/graph.gexf',
  since: '1991-12-26',
  story: 'csto',
  step: 3,
  filters: {
    nodeKinds: ['state'],
    regions: ['Asia', 'Europe'],
    subregions: ['Western Asia'],
    orgs: ['csto'],
    tieKinds: ['membership', 'conflict'],
    showEnded: true,
    showDoubtful: true,
    hiddenSubtypes: ['trade-import'],
    conflictIntensity: 'war',
    conflictStatuses: ['active', 'ceasefire'],
    allianceStatuses: ['signed-not-in-force', 'in-force'],
    minWeight: 10,
    membership: 'members',
    hideIsolated: true,
    attribute: { name: 'recognition', values: ['partial', 'un-observer'] },
    hiddenOwnKinds: ['node:agency', 'edge:owns'],
  },
};

describe('view state in the URL', () => {
  it('gives the defaults for an empty query, and an empty query for the defaults', () => {
    expect(parse('')).toEqual({ state: DEFAULT_VIEW_STATE, notices: [] });
    expect(serializeViewState(DEFAULT_VIEW_STATE).toString()).toBe('');
  });

  it('round-trips a state that sets every parameter in the registry', () => {
    const params = serializeViewState(everyParameterSet);
    expect([...params.keys()].sort()).toEqual([...URL_PARAMETERS].sort());
    expect(parse(params.toString())).toEqual({ state: everyParameterSet, notices: [] });
  });

  it('round-trips empty lists and values that are written although they are falsy', () => {
    const state: ViewState = { ...DEFAULT_VIEW_STATE, filters: { ...DEFAULT_VIEW_STATE.filters, hiddenSubtypes: [], tieKinds: [], minWeight: 0.5 } };
    expect(serializeViewState(state).toString()).toBe('kinds=&hide=none&minweight=0.5');
    expect(parse(serializeViewState(state).toString())).toEqual({ state, notices: [] });
  });

  it('keeps doubtful trade figures hidden unless the link says doubtful=show', () => {
    expect(parse('').state.filters.showDoubtful).toBe(false);
    expect(parse('doubtful=show').state.filters.showDoubtful).toBe(true);
    expect(parse('doubtful=yes').notices).toEqual(['Ignored doubtful=yes: doubtful is show or hide (doubtful trade figures are hidden by default).']);
  });

  it('ignores unknown and malformed parameters with a notice for each, keeping the rest', () => {
    const { state, notices } = parse('focus=XYZ&depth=7&date=2023-02-30&layout=spiral&kinds=membership,friendship&colour=red&members=all&focus=RUS');
    expect(state.focus).toBe('RUS');
    expect(state.depth).toBe(1);
    expect(state.date).toBeNull();
    expect(state.layout).toBe('force');
    expect(state.filters.tieKinds).toEqual(['membership']);
    expect(notices).toEqual([
      'Ignored focus=XYZ: focus is given more than once; the last one is used.',
      'Ignored depth=7: depth is 1, 2 or 3.',
      'Ignored date=2023-02-30: is not a real calendar date.',
      'Ignored layout=spiral: layout is one of force, geographic, concentric, grouped.',
      'Ignored kinds=friendship: tie kinds are membership, alliance, conflict, dependency, deployment.',
      'Ignored colour=red: not a parameter Entente knows.',
      'Ignored members=all: members is one of members, associates, former.',
    ]);
  });

  it('refuses filter values that name nothing in the graph, instead of applying them silently', () => {
    const { state, notices } = parse('regions=<script>alert(1)</script>&subregions=toString&cstatus=x&orgs=csto,constructor&hide=__proto__');
    expect(state.filters).toEqual({ ...DEFAULT_VIEW_STATE.filters, orgs: ['csto'] });
    expect(notices).toEqual([
      'Ignored regions=<script>alert(1)</script>: no state is in this region.',
      'Ignored subregions=toString: no state is in this subregion.',
      'Ignored cstatus=x: no conflict has this status.',
      'Ignored orgs=constructor: no organization has this key.',
      'Ignored hide=__proto__: no tie has this subtype.',
    ]);
  });

  it('keeps the known items of a list and names the unknown ones', () => {
    const { state, notices } = parse('regions=Asia,Atlantis&cstatus=active,x');
    expect(state.filters.regions).toEqual(['Asia']);
    expect(state.filters.conflictStatuses).toEqual(['active']);
    expect(notices).toEqual(['Ignored regions=Atlantis: no state is in this region.', 'Ignored cstatus=x: no conflict has this status.']);
  });

  it('refuses over-long values, quoting only their beginning', () => {
    const long = `trade-import,${'x'.repeat(MAX_PARAMETER_LENGTH)}`;
    const { state, notices } = parse(`hide=${long}`);
    expect(state.filters.hiddenSubtypes).toEqual(DEFAULT_VIEW_STATE.filters.hiddenSubtypes);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(new RegExp(`^Ignored hide=trade-import,x+…: longer than ${MAX_PARAMETER_LENGTH} characters\\.$`));
    expect(notices[0]!.length).toBeLessThan(140);
  });

  it('uses the last of a repeated parameter and says so for each earlier one', () => {
    const { state, notices } = parse('layout=grouped&layout=geographic&depth=2&depth=2');
    expect(state.layout).toBe('geographic');
    expect(state.depth).toBe(2);
    expect(notices).toEqual([
      'Ignored layout=grouped: layout is given more than once; the last one is used.',
      'Ignored depth=2: depth is given more than once; the last one is used.',
    ]);
  });

  it('refuses an attribute filter on an attribute no node has, and non-web file links', () => {
    const { state, notices } = parse('attr=toString:x&file=javascript:alert(1)');
    expect(state.filters.attribute).toBeNull();
    expect(state.file).toBeNull();
    expect(notices).toEqual([
      'Ignored attr=toString:x: no node has an attribute named toString.',
      'Ignored file=javascript:alert(1): file is an http(s) URL or a path on this site.',
    ]);
  });

  it('treats today’s date as no date', () => {
    expect(parse('date=2026-11-29').state.date).toBeNull();
  });
});
