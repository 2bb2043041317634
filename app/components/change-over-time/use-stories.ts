'use client';
// The stories the explorer can play: the shipped ones (fetched once, when first needed) and the user's own (IndexedDB).
import { useCallback, useEffect, useState } from 'react';
import { storySchema, type Story } from '@/lib/stories/story-schema';
import { loadUserStories, saveUserStories } from './user-stories';

export type StoriesState = {
  shipped: Story[];
  user: Story[];
  status: 'idle' | 'loading' | 'ready' | 'error';
  message: string | null;
  saveUser: (stories: Story[]) => Promise<void>;
  find: (id: string) => Story | undefined;
};

export function useStories(needed: boolean): StoriesState {
  const [shipped, setShipped] = useState<Story[]>([]);
  const [user, setUser] = useState<Story[]>([]);
  const [status, setStatus] = useState<StoriesState['status']>('idle');
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    if (!needed || status !== 'idle') return;
    setStatus('loading');
    void Promise.all([
      fetch('/api/stories')
        .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`))))
        .then((body: { stories?: unknown[] }) =>
          (body.stories ?? []).flatMap((s) => {
            const parsed = storySchema.safeParse(s);
            return parsed.success ? [parsed.data] : [];
          }),
        ),
      loadUserStories(),
    ])
      .then(([fetched, saved]) => {
        setShipped(fetched);
        setUser(saved.stories);
        if (saved.dropped > 0) setMessage(`${saved.dropped} saved stor${saved.dropped === 1 ? 'y' : 'ies'} could not be read and were left out.`);
        setStatus('ready');
      })
      .catch((error: unknown) => {
        setMessage(`The stories could not be loaded: ${(error as Error).message}.`);
        setStatus('error');
      });
  }, [needed, status]);

  const saveUser = useCallback(async (stories: Story[]) => {
    setUser(stories);
    await saveUserStories(stories);
  }, []);
  const find = useCallback((id: string) => user.find((s) => s.id === id) ?? shipped.find((s) => s.id === id), [user, shipped]);
  return { shipped, user, status, message, saveUser, find };
}
