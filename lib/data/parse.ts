// Parses the raw contents of the data files with the zod schemas, row by row, collecting every problem.
import type { z } from 'zod';
import { INDICATORS_FILE, INFO_FILE, ORGANIZATIONS_FILE, STATES_FILE, TIE_FILES } from './files';
import { formatPath, type DataProblem } from './problems';
import { datasetInfoSchema, indicatorsSchema, organizationSchema, stateSchema, tieSchema, type Dataset, type Tie } from './schema';

/** Where a tie came from, so that later checks can point at it. */
export type TieOrigin = { file: string; index: number };

export type ParsedDataset = {
  dataset: Dataset;
  /** `tieOrigins[i]` locates `dataset.ties[i]`. */
  tieOrigins: TieOrigin[];
  problems: DataProblem[];
};

/** Raw JSON by file name; a missing file is `undefined`. */
export type RawFiles = Partial<Record<string, unknown>>;

function issuesToProblems(file: string, prefix: PropertyKey[], error: z.ZodError): DataProblem[] {
  return error.issues.map((issue) => ({ file, path: formatPath([...prefix, ...issue.path]), message: issue.message }));
}

function parseRows<T>(file: string, raw: unknown, schema: z.ZodType<T>, problems: DataProblem[]): { row: T; index: number }[] {
  if (raw === undefined) {
    problems.push({ file, path: '', message: 'file is missing' });
    return [];
  }
  if (!Array.isArray(raw)) {
    problems.push({ file, path: '', message: 'expected a JSON array of records' });
    return [];
  }
  const rows: { row: T; index: number }[] = [];
  raw.forEach((item: unknown, index) => {
    const result = schema.safeParse(item);
    if (result.success) rows.push({ row: result.data, index });
    else problems.push(...issuesToProblems(file, [index], result.error));
  });
  return rows;
}

export function parseDataset(files: RawFiles): ParsedDataset {
  const problems: DataProblem[] = [];
  const infoResult = datasetInfoSchema.safeParse(files[INFO_FILE]);
  if (!infoResult.success) problems.push(...issuesToProblems(INFO_FILE, [], infoResult.error));
  const info = infoResult.success ? infoResult.data : { title: 'Entente', asOf: '1970', description: '', credits: [] };

  const states = parseRows(STATES_FILE, files[STATES_FILE], stateSchema, problems).map((r) => r.row);
  const organizations = parseRows(ORGANIZATIONS_FILE, files[ORGANIZATIONS_FILE], organizationSchema, problems).map((r) => r.row);
  const indicators = parseRows(INDICATORS_FILE, files[INDICATORS_FILE], indicatorsSchema, problems).map((r) => r.row);
  const ties: Tie[] = [];
  const tieOrigins: TieOrigin[] = [];
  for (const file of TIE_FILES) {
    for (const { row, index } of parseRows(file, files[file], tieSchema, problems)) {
      ties.push(row);
      tieOrigins.push({ file, index });
    }
  }
  return { dataset: { info, states, organizations, indicators, ties }, tieOrigins, problems };
}
