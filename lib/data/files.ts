// Where each part of the dataset lives in data/: single files, and folders whose every *.json file adds rows.

export const INFO_FILE = 'dataset.json';
/** States that exist today, generated from world-countries. */
export const STATES_FILE = 'states.json';
/** States that no longer exist (the Soviet Union, Yugoslavia, ...), written by hand in the same shape. */
export const HISTORICAL_STATES_FILE = 'historical-states.json';
/** When each state existed as an independent state. */
export const LIFESPANS_FILE = 'lifespans.json';
export const INDICATORS_FILE = 'indicators.json';
/** Every *.json file in these folders is an array of rows of that part. */
export const ORGANIZATIONS_DIR = 'organizations';
export const TIES_DIR = 'ties';

/** Files that must be there; the others are optional. */
export const REQUIRED_FILES = [INFO_FILE, STATES_FILE] as const;
export const SINGLE_FILES = [INFO_FILE, STATES_FILE, HISTORICAL_STATES_FILE, LIFESPANS_FILE, INDICATORS_FILE] as const;
export const ROW_DIRS = [ORGANIZATIONS_DIR, TIES_DIR] as const;

/** Files of a folder part in a stable order, e.g. ["ties/alliances.json", "ties/conflicts.json"]. */
export function filesIn(dir: string, names: readonly string[]): string[] {
  return names.filter((name) => name.endsWith('.json')).sort().map((name) => `${dir}/${name}`);
}
