// A problem found in the dataset, located by file and JSON path, and its one-line rendering.

export type DataProblem = {
  file: string;
  /** JSON path inside the file, e.g. `[12].periods[1].end`; empty for the whole file. */
  path: string;
  message: string;
};

/** Renders a JSON path from zod-style segments: [3, "periods", 1, "end"] → `[3].periods[1].end`. */
export function formatPath(segments: readonly PropertyKey[]): string {
  return segments
    .map((segment, i) => (typeof segment === 'number' ? `[${segment}]` : `${i === 0 ? '' : '.'}${String(segment)}`))
    .join('');
}

export function formatProblem(problem: DataProblem): string {
  const where = problem.path ? `${problem.file} ${problem.path}` : problem.file;
  return `${where}: ${problem.message}`;
}
