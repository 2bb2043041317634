// A Web Worker that reads, parses and builds an imported graph, so that a large file never freezes the page: it reads
// the File itself (reporting bytes), parses XML with xmldom (workers have no DOMParser), and returns the outcome.
import { parseXmlInNode } from '@/lib/formats/node-xml';
import type { CsvMapping } from '@/lib/formats';
import { importFiles, type ImportOutcome, type NamedFile } from './import-files';
import { isFile, sizeOf, type ImportSource } from './import-source';

export type ImportJob = { files: ImportSource[]; mapping?: CsvMapping };
export type ImportProgress = { type: 'progress'; stage: 'reading' | 'parsing'; loaded: number; total: number };
export type ImportDone = { type: 'done'; outcome: ImportOutcome; ms: number };
export type ImportReply = ImportProgress | ImportDone;

const post = (reply: ImportReply) => (self as unknown as Worker).postMessage(reply);

async function readAll(files: ImportSource[]): Promise<NamedFile[]> {
  const total = files.reduce((sum, f) => sum + sizeOf(f), 0);
  let loaded = 0;
  let lastReport = 0;
  const out: NamedFile[] = [];
  for (const file of files) {
    if (!isFile(file)) {
      out.push(file);
      loaded += file.bytes.byteLength;
      continue;
    }
    const bytes = new Uint8Array(file.size);
    const reader = file.stream().getReader();
    let offset = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes.set(value.subarray(0, Math.max(0, bytes.length - offset)), offset);
      offset += value.byteLength;
      loaded += value.byteLength;
      if (loaded - lastReport > 256 * 1024) {
        lastReport = loaded;
        post({ type: 'progress', stage: 'reading', loaded, total });
      }
    }
    out.push({ name: file.name, bytes: bytes.subarray(0, Math.min(offset, bytes.length)) });
  }
  post({ type: 'progress', stage: 'parsing', loaded: total, total });
  return out;
}

self.onmessage = async (event: MessageEvent<ImportJob>) => {
  const started = performance.now();
  try {
    const files = await readAll(event.data.files);
    const outcome = await importFiles(files, event.data.mapping, parseXmlInNode);
    post({ type: 'done', outcome, ms: performance.now() - started });
  } catch (error) {
    const outcome: ImportOutcome = {
      status: 'failed',
      name: event.data.files.map((f) => f.name).join(', '),
      errors: [{ message: `the import stopped: ${(error as Error).message}`, where: 'file' }],
    };
    post({ type: 'done', outcome, ms: performance.now() - started });
  }
};
