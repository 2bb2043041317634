// Reads data/ from disk (server and scripts only), parses it and runs the integrity checks.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DATA_FILES } from './files';
import { checkIntegrity } from './integrity';
import { parseDataset, type ParsedDataset, type RawFiles } from './parse';

export const DEFAULT_DATA_DIR = path.join(process.cwd(), 'data');

export async function readRawFiles(dir: string): Promise<{ files: RawFiles; problems: ParsedDataset['problems'] }> {
  const files: RawFiles = {};
  const problems: ParsedDataset['problems'] = [];
  await Promise.all(
    DATA_FILES.map(async (name) => {
      let text: string;
      try {
        text = await readFile(path.join(dir, name), 'utf8');
      } catch {
        return; // reported as "file is missing" by parseDataset
      }
      try {
        files[name] = JSON.parse(text);
      } catch (error) {
        problems.push({ file: name, path: '', message: `not valid JSON: ${(error as Error).message}` });
        files[name] = [];
      }
    }),
  );
  return { files, problems };
}

/** Loads and checks the dataset in `dir`; `problems` is empty when the data is valid. */
export async function loadDataset(dir: string = DEFAULT_DATA_DIR): Promise<ParsedDataset> {
  const { files, problems: readProblems } = await readRawFiles(dir);
  const parsed = parseDataset(files);
  const problems = [...readProblems, ...parsed.problems, ...checkIntegrity(parsed.dataset, parsed.tieOrigins)];
  return { ...parsed, problems };
}
