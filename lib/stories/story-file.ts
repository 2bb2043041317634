// A story as a file a user saves and opens again: JSON out, and JSON in with located messages for anything wrong.
import { formatPath } from '@/lib/data/problems';
import { storySchema, type Story } from './story-schema';

/** Stories are small; anything larger is not a story file. */
export const MAX_STORY_FILE_BYTES = 1_000_000;

export type StoryFileResult = { ok: true; story: Story } | { ok: false; messages: string[] };

export function storyToFile(story: Story): string {
  return `${JSON.stringify(story, null, 2)}\n`;
}

/** Reads a story file; every problem is reported as "<file> <path>: <message>". Never throws. */
export function readStoryFile(text: string, file: string): StoryFileResult {
  if (text.length > MAX_STORY_FILE_BYTES)
    return { ok: false, messages: [`${file}: ${text.length} bytes is more than a story file can hold (${MAX_STORY_FILE_BYTES})`] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, messages: [`${file}: not valid JSON (${(error as Error).message})`] };
  }
  const parsed = storySchema.safeParse(raw);
  if (parsed.success) return { ok: true, story: parsed.data };
  return { ok: false, messages: parsed.error.issues.slice(0, 20).map((issue) => `${file} ${formatPath(issue.path) || '(whole file)'}: ${issue.message}`) };
}
