// Validates data/ (or the directory given as the first argument): prints every problem with file and path, exits 1 on any.
// Stories (data/stories) are checked against the graph: every node and tie a step names must exist on its date.
import path from 'node:path';
import { MEASURE_IDS } from '@/lib/analysis/measures';
import { todayIso } from '@/lib/data/dates';
import { loadDataset } from '@/lib/data/load';
import { formatProblem } from '@/lib/data/problems';
import { buildGraph } from '@/lib/graph/build';
import { attributeMeasureIds } from '@/lib/graph/numeric-attributes';
import { checkStory } from '@/lib/stories/check-story';
import { loadStories } from '@/lib/stories/load-stories';

const dir = path.resolve(process.argv[2] ?? 'data');
const { dataset, problems } = await loadDataset(dir);
const where = path.relative(process.cwd(), dir) || '.';

const { stories, problems: storyProblems } = await loadStories(dir);
if (problems.length === 0) {
  const graph = buildGraph(dataset);
  const context = { measures: [...MEASURE_IDS, ...attributeMeasureIds(graph)], today: todayIso() };
  for (const story of stories) storyProblems.push(...checkStory(story, graph, `stories/${story.id}.json`, context));
}
const all = [...problems, ...storyProblems];

if (all.length > 0) {
  for (const problem of all) console.error(`${where}/${formatProblem(problem)}`);
  console.error(`\nvalidate:data: ${all.length} problem(s) in ${where}/`);
  process.exit(1);
}
console.log(
  `validate:data: ${where}/ is valid: ${dataset.states.length} states, ${dataset.organizations.length} organizations, ${dataset.ties.length} ties, ${stories.length} stories (as of ${dataset.info.asOf})`,
);
