// GET /api/stories: the stories shipped in data/stories, with their steps, for the explorer's story player.
import { jsonAnswer } from '@/lib/api/answer';
import { STORIES_ROUTE } from '@/lib/api/routes';
import { DEFAULT_DATA_DIR } from '@/lib/data/load';
import { loadStories } from '@/lib/stories/load-stories';
import { apiRoute } from '../respond';

export const GET = apiRoute(STORIES_ROUTE, async () => {
  const { stories, problems } = await loadStories(DEFAULT_DATA_DIR);
  // data/ is validated before release; a broken story file is left out rather than failing the others
  return jsonAnswer(200, { stories, skipped: problems.length });
});
export const HEAD = GET;
