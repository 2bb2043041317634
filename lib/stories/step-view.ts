// Between story steps and explorer views: the view state a step shows, and a step recorded from the current view.
import { firstDay } from '@/lib/data/dates';
import { DEFAULT_VIEW_STATE, parseViewState, serializeViewState, type ViewState, type ViewStateContext } from '@/lib/view/view-state';
import type { StoryStep } from './story-schema';

/** Parameters a step keeps in their own fields, never in `params`. */
const OWN_FIELDS = ['date', 'focus', 'story', 'step'];

/** The explorer view of step `index` (from 1) of story `storyId`; unknown parameters come back as notices. */
export function stepViewState(step: StoryStep, storyId: string, index: number, context: ViewStateContext): { state: ViewState; notices: string[] } {
  const params = new URLSearchParams(step.view.params ?? '');
  for (const name of OWN_FIELDS) params.delete(name);
  const { state, notices } = parseViewState(params, context);
  const day = firstDay(step.view.date);
  const focus = step.view.focus !== undefined && context.nodeKeys.has(step.view.focus) ? step.view.focus : null;
  return {
    state: { ...state, date: day === context.today ? null : day, focus, story: storyId, step: index, panel: params.has('panel') ? state.panel : 'stories' },
    notices,
  };
}

/** A step that shows the current view, with the given title and text (no sources: the user adds them in the file). */
export function stepFromView(state: ViewState, today: string, title: string, text: string): StoryStep {
  const params = serializeViewState({ ...state, story: null, step: DEFAULT_VIEW_STATE.step });
  for (const name of OWN_FIELDS) params.delete(name);
  if (params.get('panel') === 'stories') params.delete('panel');
  const query = params.toString();
  return {
    title,
    text,
    sources: [],
    view: { date: state.date ?? today, ...(state.focus ? { focus: state.focus } : {}), ...(query ? { params: query } : {}) },
  };
}
