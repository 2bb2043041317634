// Parses the raw contents of the data files with the zod schemas, row by row, collecting every problem.
import type { z } from 'zod';
import {
  HISTORICAL_STATES_FILE,
  INDICATORS_FILE,
  INFO_FILE,
  LIFESPANS_FILE,
  ORGANIZATIONS_DIR,
  REQUIRED_FILES,
  STATES_FILE,
  TIES_DIR,
} from './files';
import { formatPath, type DataProblem } from './problems';
import { datasetInfoSchema, indicatorsSchema, lifespanSchema, organizationSchema, stateSchema, tieSchema, type Dataset } from './schema';

/** Where a row came from (file relative to data/, index in its array), so that later checks can point at it. */
export type RowOrigin = { file: string; index: number };

export type ParsedDataset = {
  dataset: Dataset;
  /** `origins.ties[i]` locates `dataset.ties[i]`; likewise for states and organizations. */
  origins: { states: RowOrigin[]; lifespans: RowOrigin[]; organizations: RowOrigin[]; ties: RowOrigin[] };
  problems: DataProblem[];
};

/** Raw JSON by file path relative to data/ ("states.json", "ties/conflicts.json"); a missing file is absent. */
export type RawFiles = Partial<Record<string, unknown>>;

function issuesToProblems(file: string, prefix: PropertyKey[], error: z.ZodError): DataProblem[] {
  return error.issues.map((issue) => ({ file, path: formatPath([...prefix, ...issue.path]), message: issue.message }));
}

type Parsed<T> = { rows: T[]; origins: RowOrigin[] };

function parseRows<T>(files: RawFiles, names: readonly string[], schema: z.ZodType<T>, problems: DataProblem[]): Parsed<T> {
  const parsed: Parsed<T> = { rows: [], origins: [] };
  for (const file of names) {
    const raw = files[file];
    if (raw === undefined) continue;
    if (!Array.isArray(raw)) {
      problems.push({ file, path: '', message: 'expected a JSON array of records' });
      continue;
    }
    raw.forEach((item: unknown, index) => {
      const result = schema.safeParse(item);
      if (result.success) {
        parsed.rows.push(result.data);
        parsed.origins.push({ file, index });
      } else {
        problems.push(...issuesToProblems(file, [index], result.error));
      }
    });
  }
  return parsed;
}

const inDir = (files: RawFiles, dir: string) => Object.keys(files).filter((name) => name.startsWith(`${dir}/`)).sort();

export function parseDataset(files: RawFiles): ParsedDataset {
  const problems: DataProblem[] = REQUIRED_FILES.filter((file) => files[file] === undefined).map((file) => ({ file, path: '', message: 'file is missing' }));
  const infoResult = datasetInfoSchema.safeParse(files[INFO_FILE]);
  if (!infoResult.success && files[INFO_FILE] !== undefined) problems.push(...issuesToProblems(INFO_FILE, [], infoResult.error));
  const info = infoResult.success ? infoResult.data : { title: 'Entente', asOf: '1970', description: '', credits: [] };

  const states = parseRows(files, [STATES_FILE, HISTORICAL_STATES_FILE], stateSchema, problems);
  const lifespans = parseRows(files, [LIFESPANS_FILE], lifespanSchema, problems);
  const indicators = parseRows(files, [INDICATORS_FILE], indicatorsSchema, problems);
  const organizations = parseRows(files, inDir(files, ORGANIZATIONS_DIR), organizationSchema, problems);
  const ties = parseRows(files, inDir(files, TIES_DIR), tieSchema, problems);
  return {
    dataset: { info, states: states.rows, lifespans: lifespans.rows, organizations: organizations.rows, indicators: indicators.rows, ties: ties.rows },
    origins: { states: states.origins, lifespans: lifespans.origins, organizations: organizations.origins, ties: ties.origins },
    problems,
  };
}
