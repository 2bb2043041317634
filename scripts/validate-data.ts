// Validates data/ (or the directory given as the first argument): prints every problem with file and path, exits 1 on any.
// Stories (data/stories) are checked against the graph: every node and tie a step names must exist on its date.
import path from 'node:path';
import { formatProblem } from '@/lib/data/problems';
import { validateDirectory } from '@/lib/data/validate-directory';

const dir = path.resolve(process.argv[2] ?? 'data');
const where = path.relative(process.cwd(), dir) || '.';
const { problems, summary } = await validateDirectory(dir);

if (problems.length > 0) {
  for (const problem of problems) console.error(`${where}/${formatProblem(problem)}`);
  console.error(`\nvalidate:data: ${problems.length} problem(s) in ${where}/`);
  process.exit(1);
}
console.log(`validate:data: ${where}/ is valid: ${summary}`);
