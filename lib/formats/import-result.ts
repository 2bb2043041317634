// What every importer returns, the limits it enforces, and the collector of errors and warnings it reports through.
import type { EntenteGraph } from '@/lib/graph/types';

/** A problem that stops the import, and where it is: "line 12", "row 4", "<edge id=e7>", "$.nodes[3]". */
export type ImportError = { message: string; where: string };

export type ImportResult = { ok: true; graph: EntenteGraph; warnings: string[]; positions: boolean } | { ok: false; errors: ImportError[] };

/** Files above this size are refused before they are read (20 MiB). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const MAX_IMPORT_NODES = 100_000;
export const MAX_IMPORT_EDGES = 200_000;
/** JSON nested deeper than this is refused before JSON.parse sees it. */
export const MAX_JSON_DEPTH = 64;

export type ImportLimits = { maxBytes: number; maxNodes: number; maxEdges: number };
export const DEFAULT_LIMITS: ImportLimits = { maxBytes: MAX_IMPORT_BYTES, maxNodes: MAX_IMPORT_NODES, maxEdges: MAX_IMPORT_EDGES };

/** After this many errors an importer stops looking: the user has enough to fix. */
const MAX_ERRORS = 50;
const MAX_WARNINGS = 30;

/** Object keys that could reach a prototype if a careless consumer assigned them: refused in every format. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export function formatBytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} KB`;
  return Number.isInteger(mb) ? `${mb} MB` : `${mb.toFixed(1)} MB`;
}

/** Thrown inside an importer to stop at once (too many errors, a limit); caught by `runImport`, never by callers. */
export class StopImport extends Error {}

export type Problems = {
  errors: ImportError[];
  /** Records an error; stops the import once there are too many. */
  error(message: string, where: string): void;
  /** Records an error and stops the import. */
  fatal(message: string, where: string): never;
  warn(message: string): void;
  /** Counts an occurrence of a repeated situation, reported once as `summary(count, examples)`. */
  tally(topic: string, example: string, summary: (count: number, examples: string[]) => string): void;
  /** Says a tallied situation in other words once more is known (null: it is no problem after all). */
  rephrase(topic: string, summary: ((count: number, examples: string[]) => string) | null): void;
  /** How many times a situation was tallied. */
  tallied(topic: string): number;
  warnings(): string[];
};

export function createProblems(): Problems {
  const errors: ImportError[] = [];
  const warnings: string[] = [];
  let droppedWarnings = 0;
  const tallies = new Map<string, { count: number; examples: string[]; summary: (count: number, examples: string[]) => string }>();
  const problems: Problems = {
    errors,
    error(message, where) {
      errors.push({ message, where });
      if (errors.length >= MAX_ERRORS) {
        errors.push({ message: `stopped after ${MAX_ERRORS} errors`, where: where });
        throw new StopImport();
      }
    },
    fatal(message, where) {
      errors.push({ message, where });
      throw new StopImport();
    },
    warn(message) {
      if (warnings.length < MAX_WARNINGS) warnings.push(message);
      else droppedWarnings++;
    },
    tally(topic, example, summary) {
      const entry = tallies.get(topic) ?? { count: 0, examples: [], summary };
      entry.count++;
      if (entry.examples.length < 5 && !entry.examples.includes(example)) entry.examples.push(example);
      tallies.set(topic, entry);
    },
    rephrase(topic, summary) {
      const entry = tallies.get(topic);
      if (!entry) return;
      if (summary === null) tallies.delete(topic);
      else entry.summary = summary;
    },
    tallied(topic) {
      return tallies.get(topic)?.count ?? 0;
    },
    warnings() {
      const all = [...[...tallies.values()].map((t) => t.summary(t.count, t.examples)), ...warnings];
      return droppedWarnings > 0 ? [...all, `… and ${droppedWarnings} more warnings`] : all;
    },
  };
  return problems;
}

/**
 * Runs an importer body so that bad input never escapes as an exception: a StopImport ends it with the errors so far,
 * and anything unexpected becomes an error naming the file's format rather than a crash.
 */
export function runImport(format: string, body: (problems: Problems) => ImportResult): ImportResult {
  const problems = createProblems();
  try {
    const result = body(problems);
    if (problems.errors.length > 0) return { ok: false, errors: problems.errors };
    return result;
  } catch (error) {
    if (error instanceof StopImport) return { ok: false, errors: problems.errors };
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [...problems.errors, { message: `could not read this ${format} file: ${message}`, where: 'file' }] };
  }
}

/** Refuses empty and oversized text before any parsing. */
export function checkText(text: string, limits: ImportLimits, problems: Problems): void {
  // A UTF-16 code unit takes one to three bytes in UTF-8: count exactly only when the length alone cannot decide.
  const tooLarge = text.length > limits.maxBytes || (text.length * 3 > limits.maxBytes && new TextEncoder().encode(text).length > limits.maxBytes);
  if (tooLarge) {
    problems.fatal(`the file is larger than the ${formatBytes(limits.maxBytes)} import limit`, 'file');
  }
  if (text.trim() === '') problems.fatal('the file is empty', 'file');
}
