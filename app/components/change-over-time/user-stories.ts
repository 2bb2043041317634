// The user's own stories, kept in this browser (IndexedDB via idb-keyval); each is re-validated when read back.
import { get, set } from 'idb-keyval';
import { storySchema, type Story } from '@/lib/stories/story-schema';

const KEY = 'entente-user-stories';

/** The saved stories that still validate; `dropped` counts the ones that no longer do. */
export async function loadUserStories(): Promise<{ stories: Story[]; dropped: number }> {
  let raw: unknown;
  try {
    raw = await get(KEY);
  } catch {
    return { stories: [], dropped: 0 };
  }
  if (!Array.isArray(raw)) return { stories: [], dropped: raw === undefined ? 0 : 1 };
  const parsed = raw.map((s) => storySchema.safeParse(s));
  return { stories: parsed.flatMap((p) => (p.success ? [p.data] : [])), dropped: parsed.filter((p) => !p.success).length };
}

export async function saveUserStories(stories: readonly Story[]): Promise<void> {
  await set(KEY, stories);
}
