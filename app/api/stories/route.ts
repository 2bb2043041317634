// GET /api/stories: the stories shipped in data/stories, with their steps, for the explorer's story player.
import { NextResponse } from 'next/server';
import { DEFAULT_DATA_DIR } from '@/lib/data/load';
import { loadStories } from '@/lib/stories/load-stories';

export async function GET() {
  const { stories, problems } = await loadStories(DEFAULT_DATA_DIR);
  // data/ is validated before release; a broken story file is left out rather than failing the others
  return NextResponse.json({ stories, skipped: problems.length });
}
