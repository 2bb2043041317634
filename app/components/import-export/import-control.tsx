'use client';
// Bringing your own graph: a file picker, drag and drop onto the page, and ?file=<url>. Errors say what and where and
// leave the graph on screen as it was; a CSV whose columns are ambiguous gets a mapping preview first.
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { CsvMapping } from '@/lib/formats/csv';
import { ACCEPTED_EXTENSIONS, FORMAT_LABELS } from '@/lib/formats/registry';
import type { StoredGraph } from './imported-store';
import { useModalDialog } from '../dialogs/use-modal-dialog';
import { MAX_IMPORT_BYTES } from '@/lib/formats/import-result';
import { fetchGraphFile, type ImportOutcome } from './import-files';
import { startImport } from './import-runner';
import { sizeOf, type ImportSource } from './import-source';
import { keepImportNotices } from './import-notices';

/** `file` is the view state's ?file= parameter; `onFileLinkSettled` is told when that link has been fetched and read (or failed). */
type Props = { file: string | null; onImported: (stored: StoredGraph) => Promise<void>; onFileLinkSettled?: () => void };

/** Counts imports, so that a slow one finishing after a newer one cannot replace the newer graph. */
let latestImport = 0;

/** ?file= is read once per page load: the explorer remounts on the graph it brings and must not fetch it again. */
let fileParameterRead = false;

/** Whether this page load still has a ?file= link to open: the canvas waits for it instead of drawing the bundled graph first. */
export const fileLinkWaiting = (file: string | null) => file !== null && !fileParameterRead;

/** What is under way: fetching a link or reading and parsing files, with bytes so far, and how to stop it. */
type Busy = { what: string; stage: 'fetching' | 'reading' | 'parsing'; loaded: number; total: number | null; started: number; cancel: () => void };

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;

/** Files above the byte limit are refused by their size, before a byte is read. */
function tooLarge(files: ImportSource[]): ImportOutcome | null {
  const big = files.filter((f) => sizeOf(f) > MAX_IMPORT_BYTES);
  if (big.length === 0) return null;
  return {
    status: 'failed',
    name: big.map((f) => f.name).join(', '),
    errors: big.map((f) => ({
      message: `${f.name} is ${megabytes(sizeOf(f))}, larger than the ${megabytes(MAX_IMPORT_BYTES)} import limit`,
      where: 'file size',
    })),
  };
}

export function ImportControl({ file, onImported, onFileLinkSettled }: Props) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState<Busy | null>(null);
  const [, tick] = useState(0);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [pending, setPending] = useState<ImportSource[] | null>(null);

  const run = useCallback(
    async (files: ImportSource[], mapping?: CsvMapping) => {
      const ticket = ++latestImport;
      const refused = tooLarge(files);
      if (refused) {
        setOutcome(refused);
        return;
      }
      const what = files.map((f) => f.name).join(' and ');
      const started = performance.now();
      const job = startImport(files, mapping, (p) => setBusy((b) => (b ? { ...b, stage: p.stage, loaded: p.loaded, total: p.total } : b)));
      setBusy({ what, stage: 'reading', loaded: 0, total: null, started, cancel: job.cancel });
      const result = await job.done;
      if (ticket !== latestImport) return; // the user has given another file since
      setBusy(null);
      if (result === null) {
        setOutcome({ status: 'failed', name: what, errors: [{ message: 'the import was cancelled', where: 'import' }] });
        return;
      }
      if (result.status === 'mapping') {
        setPending(files);
        setOutcome(result);
        return;
      }
      setPending(null);
      setOutcome(result);
      if (result.status === 'ok') keepImportNotices(result.name, result.warnings);
      if (result.status === 'ok')
        await onImported({ name: result.name, savedAt: new Date().toISOString(), graph: result.graph, openMs: performance.now() - started });
    },
    [onImported],
  );

  const fromFileList = useCallback(
    async (list: FileList | File[]) => {
      const files = [...list];
      if (files.length > 0) await run(files);
    },
    [run],
  );

  // ?file=<url>: a same-origin or CORS-enabled file, kept in the URL so that the link can be shared.
  useEffect(() => {
    const url = file;
    if (!url || fileParameterRead) return;
    fileParameterRead = true;
    void (async () => {
      const ticket = ++latestImport;
      const controller = new AbortController();
      setBusy({ what: url, stage: 'fetching', loaded: 0, total: null, started: performance.now(), cancel: () => controller.abort() });
      try {
        const fetched = await fetchGraphFile(url, window.location.href, {
          signal: controller.signal,
          onProgress: (loaded, total) => setBusy((b) => (b && b.stage === 'fetching' ? { ...b, loaded, total } : b)),
        });
        if (ticket !== latestImport) return; // cancelled, or another file was given since
        setBusy(null);
        if ('error' in fetched) setOutcome({ status: 'failed', name: url, errors: [{ message: fetched.error, where: 'file parameter' }] });
        else await run([fetched]);
      } finally {
        onFileLinkSettled?.();
      }
    })();
  }, [file, run, onFileLinkSettled]);

  useEffect(() => {
    if (!busy) return;
    const timer = setInterval(() => tick((t) => t + 1), 500);
    return () => clearInterval(timer);
  }, [busy]);

  useEffect(() => {
    let depth = 0;
    const hasFiles = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes('Files');
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth += 1;
      setDragging(true);
    };
    const leave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const over = (e: DragEvent) => hasFiles(e) && e.preventDefault();
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      if (e.dataTransfer?.files.length) void fromFileList(e.dataTransfer.files);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [fromFileList]);

  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        Import
      </button>
      <input
        ref={input}
        id={`${id}-file`}
        type="file"
        accept={ACCEPTED_EXTENSIONS}
        multiple
        hidden
        data-testid="import-input"
        aria-label={`Import a graph file (${FORMAT_LABELS}; CSV as an edge list and a node list)`}
        onChange={(e) => {
          if (e.target.files) void fromFileList(e.target.files);
          e.target.value = '';
        }}
      />
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop a {FORMAT_LABELS} file to explore it
        </div>
      )}
      {busy && (
        <p className="import-status" role="status" data-testid="import-progress" data-stage={busy.stage}>
          {busy.stage === 'fetching' ? 'Fetching' : busy.stage === 'reading' ? 'Reading' : 'Parsing and building'} {busy.what}…{' '}
          {busy.stage !== 'parsing' && busy.loaded > 0 && (
            <span data-testid="import-bytes">
              {busy.total ? `${Math.floor((busy.loaded / busy.total) * 100)}% of ${megabytes(busy.total)}` : megabytes(busy.loaded)}{' '}
            </span>
          )}
          <progress aria-label="Import progress" {...(busy.total && busy.stage !== 'parsing' ? { value: busy.loaded, max: busy.total } : {})} />{' '}
          {((performance.now() - busy.started) / 1000).toFixed(0)} s{' '}
          <button
            type="button"
            onClick={() => {
              latestImport++;
              busy.cancel();
              setBusy(null);
              setOutcome({ status: 'failed', name: busy.what, errors: [{ message: 'the import was cancelled', where: 'import' }] });
            }}
          >
            Cancel
          </button>
        </p>
      )}
      {outcome?.status === 'failed' && (
        <div className="import-errors" role="alert" data-testid="import-errors">
          <p>
            <strong>{outcome.name}</strong> could not be imported; the graph on screen is unchanged.
          </p>
          <ul>
            {outcome.errors.slice(0, 12).map((e, i) => (
              <li key={i}>
                {e.where && <span className="code">{e.where}: </span>}
                {e.message}
              </li>
            ))}
            {outcome.errors.length > 12 && <li>… and {outcome.errors.length - 12} more</li>}
          </ul>
          <button type="button" onClick={() => setOutcome(null)}>
            Dismiss
          </button>
        </div>
      )}
      {outcome?.status === 'ok' && outcome.warnings.length > 0 && (
        <div className="notices" role="status" data-testid="import-warnings">
          <ul>
            {outcome.warnings.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
          <button type="button" onClick={() => setOutcome(null)}>
            Dismiss
          </button>
        </div>
      )}
      {outcome?.status === 'mapping' && pending && (
        <MappingDialog outcome={outcome} onCancel={() => setOutcome(null)} onConfirm={(mapping) => void run(pending, mapping)} />
      )}
    </>
  );
}

function MappingDialog({
  outcome,
  onCancel,
  onConfirm,
}: {
  outcome: Extract<ImportOutcome, { status: 'mapping' }>;
  onCancel: () => void;
  onConfirm: (m: CsvMapping) => void;
}) {
  const id = useId();
  const [mapping, setMapping] = useState<CsvMapping>(outcome.mapping);
  const ref = useModalDialog(true);
  const fields = Object.keys(outcome.mapping) as (keyof CsvMapping)[];
  return (
    <dialog ref={ref} className="export-dialog" aria-labelledby={`${id}-t`} onClose={onCancel} data-testid="mapping-dialog">
      <h2 id={`${id}-t`}>Which columns are which?</h2>
      <p className="small">{outcome.reason}</p>
      <table className="data-table">
        <caption>First rows of {outcome.name}</caption>
        <thead>
          <tr>
            {outcome.headers.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {outcome.preview.map((row, r) => (
            <tr key={r}>
              {row.map((cell, c) => (
                <td key={c}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="form-grid">
        {fields.map((field) => (
          <span key={String(field)} style={{ display: 'contents' }}>
            <label htmlFor={`${id}-${String(field)}`}>{String(field)}</label>
            <select
              id={`${id}-${String(field)}`}
              value={(mapping[field] as string | undefined) ?? ''}
              onChange={(e) => setMapping((m) => ({ ...m, [field]: e.target.value || undefined }))}
            >
              <option value="">(none)</option>
              {outcome.headers.map((h) => (
                <option key={h} value={h}>
                  {h}
                </option>
              ))}
            </select>
          </span>
        ))}
      </div>
      <div className="row">
        <button type="button" onClick={() => onConfirm(mapping)}>
          Import with this mapping
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
