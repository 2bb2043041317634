'use client';
// Plays a story: when the URL's story or step changes, the explorer moves to that step's view (once per step, so the
// user can still look around within a step); says so when the story or step does not exist.
import { useCallback, useEffect, useRef } from 'react';
import { stepViewState } from '@/lib/stories/step-view';
import type { Story } from '@/lib/stories/story-schema';
import type { ViewState, ViewStateContext } from '@/lib/view/view-state';
import type { UpdateViewState } from '../use-view-state';
import type { StoriesState } from './use-stories';

export function useStoryPlayback(
  stories: StoriesState,
  state: ViewState,
  update: UpdateViewState,
  context: ViewStateContext,
  addNotices: (n: string[]) => void,
) {
  const applied = useRef<string | null>(null);
  const story: Story | undefined = state.story ? stories.find(state.story) : undefined;

  const goTo = useCallback(
    (id: string, step: number, replace = false) => {
      const target = stories.find(id);
      if (!target) return;
      const index = Math.min(Math.max(step, 1), target.steps.length);
      const { state: next, notices } = stepViewState(target.steps[index - 1]!, id, index, context);
      applied.current = `${id}#${index}`;
      update(() => next, { replace });
      if (notices.length > 0) addNotices(notices);
    },
    [stories, context, update, addNotices],
  );

  useEffect(() => {
    if (!state.story) {
      applied.current = null;
      return;
    }
    if (stories.status !== 'ready') return;
    if (!story) {
      addNotices([`There is no story “${state.story}” here (shipped or saved in this browser).`]);
      update((s) => ({ ...s, story: null, step: 1 }), { replace: true });
      return;
    }
    if (applied.current !== `${story.id}#${state.step}`) goTo(story.id, state.step, true);
  }, [state.story, state.step, story, stories.status, goTo, update, addNotices]);

  const close = useCallback(() => update((s) => ({ ...s, story: null, step: 1 })), [update]);
  const highlight = story ? (story.steps[Math.min(Math.max(state.step, 1), story.steps.length) - 1]?.view.highlight ?? []) : [];
  return { story, goTo, close, highlight };
}
