// Validates data/ (or the directory given as the first argument): prints every problem with file and path, exits 1 on any.
import path from 'node:path';
import { loadDataset } from '@/lib/data/load';
import { formatProblem } from '@/lib/data/problems';

const dir = path.resolve(process.argv[2] ?? 'data');
const { dataset, problems } = await loadDataset(dir);
const where = path.relative(process.cwd(), dir) || '.';

if (problems.length > 0) {
  for (const problem of problems) console.error(`${where}/${formatProblem(problem)}`);
  console.error(`\nvalidate:data: ${problems.length} problem(s) in ${where}/`);
  process.exit(1);
}
console.log(
  `validate:data: ${where}/ is valid: ${dataset.states.length} states, ${dataset.organizations.length} organizations, ${dataset.ties.length} ties (as of ${dataset.info.asOf})`,
);
