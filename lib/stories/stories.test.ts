import { describe, expect, it } from 'vitest';
import { smallDataset, SOURCE } from '@/lib/data/dataset.fixtures';
import { buildGraph } from '@/lib/graph/build';
import { checkStory } from './check-story';
import { readStoryFile, storyToFile } from './story-file';
import type { Story } from './story-schema';
import { viewStateContext } from '@/lib/view/view-state-context';

const graph = buildGraph(smallDataset());
const context = { measures: ['degree'], today: '2026-11-30' };
const story = (view: Story['steps'][number]['view']): Story => ({
  id: 'fixture',
  title: 'Fixture',
  summary: '',
  steps: [{ title: 'One', text: 'Text', sources: [SOURCE], view }],
});

describe('checkStory', () => {
  it('accepts nodes and ties that exist on the step date', () => {
    expect(checkStory(story({ date: '2013-01-01', focus: 'BBB', highlight: ['membership:BBB>pact'], params: 'depth=2' }), graph, 'f.json', context)).toEqual(
      [],
    );
  });
  it('locates nodes and ties missing on the date and unknown parameters', () => {
    const problems = checkStory(
      story({ date: '1990-01-01', focus: 'pact', highlight: ['membership:AAA>pact', 'nope'], params: 'depth=9&date=2000' }),
      graph,
      'f.json',
      context,
    );
    expect(problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'steps[0].view.focus: "pact" does not exist on 1990-01-01',
      'steps[0].view.highlight[0]: tie "membership:AAA>pact" does not hold on 1990-01-01',
      'steps[0].view.highlight[1]: unknown tie "nope"',
      'steps[0].view.params: set date in its own field, not in params',
      ...problems.slice(4).map((p) => `${p.path}: ${p.message}`),
    ]);
    expect(problems.length).toBeGreaterThan(4);
  });
});

describe('story files', () => {
  it('round-trips a story', () => {
    const s = story({ date: '2013', focus: 'BBB' });
    expect(readStoryFile(storyToFile(s), 'mine.json')).toEqual({ ok: true, story: s });
  });
  it('says what is wrong and where', () => {
    expect(readStoryFile('{', 'a.json')).toMatchObject({ ok: false, messages: [expect.stringMatching(/^a\.json: not valid JSON/)] });
    const bad = readStoryFile(
      JSON.stringify({ id: 'x', title: 'T', summary: '', steps: [{ title: '', text: 'x', sources: [], view: { date: '2024-02-30' } }] }),
      'b.json',
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.messages).toContain('b.json steps[0].title: a step needs a title');
      expect(bad.messages.some((m) => m.startsWith('b.json steps[0].view.date:'))).toBe(true);
    }
  });
  it('never executes or keeps prototype keys', () => {
    const result = readStoryFile('{"id":"x","title":"T","summary":"","steps":[],"__proto__":{"polluted":1}}', 'c.json');
    expect(result.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('story steps and views', () => {
  it('a recorded step plays back as the same view', async () => {
    const { stepFromView, stepViewState } = await import('./step-view');
    const { DEFAULT_VIEW_STATE } = await import('@/lib/view/view-state');
    const ctx = viewStateContext(graph, context.measures, context.today);
    const view = { ...DEFAULT_VIEW_STATE, date: '2013-01-01', focus: 'BBB', depth: 2 as const, layout: 'geographic' as const, panel: 'compare' as const };
    const step = stepFromView(view, '2026-11-30', 'Beta suspended', 'Beta is suspended.');
    expect(step.view).toEqual({ date: '2013-01-01', focus: 'BBB', params: 'depth=2&layout=geographic&panel=compare' });
    const back = stepViewState(step, 'mine', 2, ctx);
    expect(back.notices).toEqual([]);
    expect(back.state).toEqual({ ...view, story: 'mine', step: 2 });
  });
});

describe('a recorded story', () => {
  it('with a step whose text is not written yet survives export and import', () => {
    const s: Story = {
      id: 'draft',
      title: 'Draft',
      summary: '',
      steps: [{ title: 'Step 1', text: '', sources: [], view: { date: '2024-03-01', focus: 'BBB' } }],
    };
    expect(readStoryFile(storyToFile(s), 'draft.json')).toEqual({ ok: true, story: s });
  });
});
