// Reads the shipped stories in data/stories (server and scripts only), parsed with their located problems.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { formatPath, type DataProblem } from '@/lib/data/problems';
import { curatedStorySchema, type Story } from './story-schema';

export const STORIES_DIR = 'stories';

export async function loadStories(dataDir: string): Promise<{ stories: Story[]; problems: DataProblem[] }> {
  const names = (await readdir(path.join(dataDir, STORIES_DIR)).catch(() => [] as string[])).filter((n) => n.endsWith('.json')).sort();
  const stories: Story[] = [];
  const problems: DataProblem[] = [];
  for (const name of names) {
    const file = `${STORIES_DIR}/${name}`;
    let raw: unknown;
    try {
      raw = JSON.parse(await readFile(path.join(dataDir, file), 'utf8'));
    } catch (error) {
      problems.push({ file, path: '', message: `not valid JSON: ${(error as Error).message}` });
      continue;
    }
    const parsed = curatedStorySchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push({ file, path: formatPath(issue.path), message: issue.message });
      continue;
    }
    if (parsed.data.id !== name.replace(/\.json$/, '')) problems.push({ file, path: 'id', message: `the id "${parsed.data.id}" must match the file name` });
    else stories.push(parsed.data);
  }
  return { stories, problems };
}
