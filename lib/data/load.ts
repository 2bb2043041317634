// Reads data/ from disk (server and scripts only), parses it and runs the integrity checks.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { filesIn, ROW_DIRS, SINGLE_FILES } from './files';
import { checkIntegrity } from './integrity';
import { parseDataset, type ParsedDataset, type RawFiles } from './parse';
import type { DataProblem } from './problems';

export const DEFAULT_DATA_DIR = path.join(process.cwd(), 'data');

async function listDataFiles(dir: string): Promise<string[]> {
  const folders = await Promise.all(ROW_DIRS.map(async (sub) => filesIn(sub, await readdir(path.join(dir, sub)).catch(() => []))));
  return [...SINGLE_FILES, ...folders.flat()];
}

export async function readRawFiles(dir: string): Promise<{ files: RawFiles; problems: DataProblem[] }> {
  const files: RawFiles = {};
  const problems: DataProblem[] = [];
  await Promise.all(
    (await listDataFiles(dir)).map(async (name) => {
      let text: string;
      try {
        text = await readFile(path.join(dir, name), 'utf8');
      } catch {
        return; // absent: parseDataset reports the required files
      }
      try {
        files[name] = JSON.parse(text);
      } catch (error) {
        problems.push({ file: name, path: '', message: `not valid JSON: ${(error as Error).message}` });
      }
    }),
  );
  return { files, problems };
}

/** Loads and checks the dataset in `dir`; `problems` is empty when the data is valid. */
export async function loadDataset(dir: string = DEFAULT_DATA_DIR): Promise<ParsedDataset> {
  const { files, problems: readProblems } = await readRawFiles(dir);
  const parsed = parseDataset(files);
  const problems = [...readProblems, ...parsed.problems, ...checkIntegrity(parsed.dataset, parsed.origins)];
  return { ...parsed, problems };
}
