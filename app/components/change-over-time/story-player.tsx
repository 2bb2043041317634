'use client';
// The story being played, over the graph: the step's title, text and sources, previous/next, and progress.
import type { Story } from '@/lib/stories/story-schema';
import { SourceList } from '../panels/source-list';

type Props = { story: Story; step: number; onStep: (step: number) => void; onClose: () => void };

export function StoryPlayer({ story, step, onStep, onClose }: Props) {
  const index = Math.min(Math.max(step, 1), story.steps.length);
  const current = story.steps[index - 1]!;
  return (
    <section className="story-player" aria-label={`Story: ${story.title}`} data-testid="story-player" data-step={index}>
      <header>
        <p className="muted">
          {story.title} · step <span data-testid="story-step">{index}</span> of {story.steps.length}
        </p>
        <button type="button" onClick={onClose} aria-label="Close the story">
          ×
        </button>
      </header>
      <progress value={index} max={story.steps.length} aria-label="Progress through the story" />
      <h2 data-testid="story-title">{current.title}</h2>
      <p>{current.text}</p>
      {current.sources.length > 0 && (
        <details>
          <summary>Sources ({current.sources.length})</summary>
          <SourceList sources={current.sources} />
        </details>
      )}
      <div className="story-nav">
        <button type="button" onClick={() => onStep(index - 1)} disabled={index <= 1} data-shortcut="story-previous" aria-keyshortcuts="[">
          ◀ Previous
        </button>
        <button type="button" onClick={() => onStep(index + 1)} disabled={index >= story.steps.length} data-shortcut="story-next" aria-keyshortcuts="]">
          Next ▶
        </button>
      </div>
    </section>
  );
}
