'use client';
// Stories: play a shipped or saved story (its step list jumps to any step), and record your own from the views you
// visit: add the current view as a step, edit titles and texts, reorder, delete, save in this browser, export and import.
import { useState, type ChangeEvent } from 'react';
import { readStoryFile, storyToFile } from '@/lib/stories/story-file';
import type { Story, StoryStep } from '@/lib/stories/story-schema';
import { download } from '../import-export/image-export';
import type { StoriesState } from './use-stories';

type Props = {
  stories: StoriesState;
  playing: string | null;
  step: number;
  onPlay: (id: string, step: number) => void;
  /** A step showing the explorer's current view. */
  currentStep: () => StoryStep;
};

function freshId(taken: (id: string) => boolean, base: string): string {
  const stem =
    base
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'my-story';
  let id = stem;
  for (let n = 2; taken(id); n++) id = `${stem}-${n}`;
  return id;
}

function move<T>(list: readonly T[], from: number, to: number): T[] {
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item!);
  return copy;
}

export function StoriesPanel({ stories, playing, step, onPlay, currentStep }: Props) {
  const [editing, setEditing] = useState<string | null>(null);
  const [messages, setMessages] = useState<string[]>([]);
  const taken = (id: string) => stories.find(id) !== undefined;
  const story = playing ? stories.find(playing) : undefined;
  const draft = editing ? stories.user.find((s) => s.id === editing) : undefined;

  const saveDraft = (next: Story) => void stories.saveUser(stories.user.map((s) => (s.id === next.id ? next : s)));
  const newStory = () => {
    const id = freshId(taken, 'my-story');
    const created: Story = { id, title: 'My story', summary: '', steps: [{ ...currentStep(), title: 'Step 1', text: '' }] };
    void stories.saveUser([...stories.user, created]);
    setEditing(id);
  };
  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const result = readStoryFile(await file.text(), file.name);
    if (!result.ok) return setMessages(result.messages);
    const id = taken(result.story.id) ? freshId(taken, result.story.id) : result.story.id;
    await stories.saveUser([...stories.user, { ...result.story, id }]);
    setMessages([`Imported “${result.story.title}” (${result.story.steps.length} steps)${id !== result.story.id ? ` as ${id}` : ''}.`]);
  };

  return (
    <div className="stories-panel" data-testid="stories-panel">
      {stories.status === 'loading' && <p role="status">Loading stories…</p>}
      {stories.message && <p role="alert">{stories.message}</p>}
      {story && (
        <section aria-label="Steps of the story being played">
          <h3>{story.title}</h3>
          <ol className="story-steps">
            {story.steps.map((s, i) => (
              <li key={i} aria-current={i + 1 === step ? 'step' : undefined}>
                <button type="button" className="link-button" onClick={() => onPlay(story.id, i + 1)}>
                  {s.view.date.slice(0, 4)} · {s.title}
                </button>
              </li>
            ))}
          </ol>
        </section>
      )}
      <h3>Stories</h3>
      <ul className="story-list">
        {stories.shipped.map((s) => (
          <li key={s.id}>
            <button type="button" onClick={() => onPlay(s.id, 1)} data-testid={`play-${s.id}`}>
              ▶ {s.title}
            </button>
            <p className="muted">{s.summary}</p>
          </li>
        ))}
      </ul>
      <h3>Your stories</h3>
      <p className="muted">Kept in this browser. Record one from the views you visit, then export it to share.</p>
      <ul className="story-list" data-testid="user-stories">
        {stories.user.map((s) => (
          <li key={s.id}>
            <strong>{s.title}</strong> <span className="muted">({s.steps.length} steps)</span>{' '}
            <button type="button" onClick={() => onPlay(s.id, 1)} disabled={s.steps.length === 0}>
              Play
            </button>{' '}
            <button type="button" onClick={() => setEditing(editing === s.id ? null : s.id)} aria-expanded={editing === s.id}>
              Edit
            </button>{' '}
            <button type="button" onClick={() => download(new Blob([storyToFile(s)], { type: 'application/json' }), `entente-story-${s.id}.json`)}>
              Export
            </button>{' '}
            <button type="button" onClick={() => void stories.saveUser(stories.user.filter((u) => u.id !== s.id))} aria-label={`Delete ${s.title}`}>
              Delete
            </button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={newStory} data-testid="story-new">
        Record a new story from this view
      </button>{' '}
      <label className="file-button">
        Import a story (JSON) <input type="file" accept=".json,application/json" onChange={(e) => void importFile(e)} data-testid="story-import" />
      </label>
      {messages.length > 0 && (
        <ul role="alert" data-testid="story-messages">
          {messages.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
      {draft && (
        <section className="story-editor" aria-label={`Editing ${draft.title}`} data-testid="story-editor">
          <label>
            Title <input value={draft.title} maxLength={200} onChange={(e) => saveDraft({ ...draft, title: e.target.value || 'Untitled' })} />
          </label>
          <ol>
            {draft.steps.map((s, i) => (
              <li key={i}>
                <input
                  aria-label={`Step ${i + 1} title`}
                  value={s.title}
                  maxLength={200}
                  onChange={(e) =>
                    saveDraft({ ...draft, steps: draft.steps.map((x, j) => (j === i ? { ...x, title: e.target.value || `Step ${i + 1}` } : x)) })
                  }
                />
                <textarea
                  aria-label={`Step ${i + 1} text`}
                  value={s.text}
                  maxLength={2000}
                  rows={3}
                  onChange={(e) => saveDraft({ ...draft, steps: draft.steps.map((x, j) => (j === i ? { ...x, text: e.target.value } : x)) })}
                />
                <span className="muted">
                  {s.view.date}
                  {s.view.focus ? ` · ${s.view.focus}` : ''}
                </span>{' '}
                <button
                  type="button"
                  disabled={i === 0}
                  onClick={() => saveDraft({ ...draft, steps: move(draft.steps, i, i - 1) })}
                  aria-label={`Move step ${i + 1} up`}
                >
                  ↑
                </button>
                <button
                  type="button"
                  disabled={i === draft.steps.length - 1}
                  onClick={() => saveDraft({ ...draft, steps: move(draft.steps, i, i + 1) })}
                  aria-label={`Move step ${i + 1} down`}
                >
                  ↓
                </button>
                <button
                  type="button"
                  disabled={draft.steps.length === 1}
                  onClick={() => saveDraft({ ...draft, steps: draft.steps.filter((_, j) => j !== i) })}
                  aria-label={`Delete step ${i + 1}`}
                >
                  Delete
                </button>
              </li>
            ))}
          </ol>
          <button
            type="button"
            onClick={() => saveDraft({ ...draft, steps: [...draft.steps, { ...currentStep(), title: `Step ${draft.steps.length + 1}`, text: '' }] })}
            data-testid="story-add-step"
          >
            Add the current view as a step
          </button>
        </section>
      )}
    </div>
  );
}
