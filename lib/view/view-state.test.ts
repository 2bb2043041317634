import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE, parseViewState, serializeViewState, type ViewState } from './view-state';

const context = { nodeKeys: new Set(['ARM', 'RUS', 'csto', 'nato']), measures: ['degree', 'betweenness'], today: '2026-11-29' };
const parse = (query: string) => parseViewState(new URLSearchParams(query), context);

describe('view state in the URL', () => {
  it('gives the defaults for an empty query, and an empty query for the defaults', () => {
    expect(parse('')).toEqual({ state: DEFAULT_VIEW_STATE, notices: [] });
    expect(serializeViewState(DEFAULT_VIEW_STATE).toString()).toBe('');
  });

  it('round-trips a full state', () => {
    const state: ViewState = {
      ...DEFAULT_VIEW_STATE,
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
      filters: {
        ...DEFAULT_VIEW_STATE.filters,
        regions: ['Asia', 'Europe'],
        orgs: ['csto'],
        tieKinds: ['membership', 'conflict'],
        hiddenSubtypes: ['trade-import'],
        conflictIntensity: 'war',
        minWeight: 10,
        membership: 'members',
        hideIsolated: true,
        showDoubtful: true,
        attribute: { name: 'recognition', values: ['partial', 'un-observer'] },
      },
    };
    const query = serializeViewState(state).toString();
    expect(parse(query)).toEqual({ state, notices: [] });
  });

  it('keeps doubtful trade figures hidden unless the link says doubtful=show', () => {
    expect(parse('').state.filters.showDoubtful).toBe(false);
    expect(parse('doubtful=show').state.filters.showDoubtful).toBe(true);
    expect(parse('doubtful=yes').notices).toEqual(['Ignored doubtful=yes: doubtful can only be "show" (doubtful trade figures are hidden by default).']);
  });

  it('ignores unknown and malformed parameters with a notice for each, keeping the rest', () => {
    const { state, notices } = parse('focus=XYZ&depth=7&date=2023-02-30&layout=spiral&kinds=membership,friendship&colour=red&members=all&focus=RUS');
    expect(state.focus).toBe('RUS');
    expect(state.depth).toBe(1);
    expect(state.date).toBeNull();
    expect(state.layout).toBe('force');
    expect(state.filters.tieKinds).toEqual(['membership']);
    expect(notices).toEqual([
      'Ignored focus=XYZ: no state or organization has this key.',
      'Ignored depth=7: depth is 1, 2 or 3.',
      'Ignored date=2023-02-30: is not a real calendar date.',
      'Ignored layout=spiral: layout is one of force, geographic, concentric, grouped.',
      'Ignored kinds=friendship: tie kinds are membership, alliance, conflict, dependency, deployment.',
      'Ignored colour=red: not a parameter Entente knows.',
      'Ignored members=all: members is one of members, associates, former.',
    ]);
  });

  it('treats today’s date as no date', () => {
    expect(parse('date=2026-11-29').state.date).toBeNull();
  });
});
