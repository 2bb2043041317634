// Validates a data directory: schema and integrity problems of the dataset, then every story checked against the graph.
import { MEASURE_IDS } from '@/lib/analysis/measures';
import { buildGraph } from '@/lib/graph/build';
import { attributeMeasureIds } from '@/lib/graph/numeric-attributes';
import { checkStory } from '@/lib/stories/check-story';
import { loadStories } from '@/lib/stories/load-stories';
import { todayIso } from './dates';
import { loadDataset } from './load';
import type { DataProblem } from './problems';

export type DirectoryReport = { problems: DataProblem[]; summary: string };

export async function validateDirectory(dir: string, today: string = todayIso()): Promise<DirectoryReport> {
  const { dataset, problems } = await loadDataset(dir);
  const { stories, problems: storyProblems } = await loadStories(dir);
  if (problems.length === 0) {
    const graph = buildGraph(dataset);
    const context = { measures: [...MEASURE_IDS, ...attributeMeasureIds(graph)], today };
    for (const story of stories) storyProblems.push(...checkStory(story, graph, `stories/${story.id}.json`, context));
  }
  const summary = `${dataset.states.length} states, ${dataset.organizations.length} organizations, ${dataset.ties.length} ties, ${stories.length} stories (as of ${dataset.info.asOf})`;
  return { problems: [...problems, ...storyProblems], summary };
}
