// Runs an import in a fresh Web Worker with progress, and cancels it by ending the worker (a parse cannot be paused).
import type { CsvMapping } from '@/lib/formats';
import type { ImportOutcome } from './import-files';
import type { ImportSource } from './import-source';
import type { ImportJob, ImportProgress, ImportReply } from './import.worker';

export type RunningImport = { done: Promise<ImportOutcome | null>; cancel: () => void };

/** Starts the import; `done` gives the outcome, or null once cancelled. */
export function startImport(files: ImportSource[], mapping: CsvMapping | undefined, onProgress: (p: ImportProgress) => void): RunningImport {
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url));
  let settle: (value: ImportOutcome | null) => void = () => undefined;
  const done = new Promise<ImportOutcome | null>((resolve) => (settle = resolve));
  const finish = (value: ImportOutcome | null) => {
    worker.terminate();
    settle(value);
  };
  worker.onmessage = (event: MessageEvent<ImportReply>) => {
    const reply = event.data;
    if (reply.type === 'progress') onProgress(reply);
    else finish(reply.outcome);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    finish({
      status: 'failed',
      name: files.map((f) => f.name).join(', '),
      errors: [{ message: `the import stopped: ${event.message || 'the worker failed'}`, where: 'file' }],
    });
  };
  // Files go by reference (the worker reads them); fetched bytes are copied, not transferred, since a CSV that needs a
  // column mapping is imported a second time from the same bytes.
  const job: ImportJob = { files, ...(mapping ? { mapping } : {}) };
  worker.postMessage(job);
  return { done, cancel: () => finish(null) };
}
