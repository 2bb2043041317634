'use client';
// Bringing your own graph: a file picker, drag and drop onto the page, and ?file=<url>. Errors say what and where and
// leave the graph on screen as it was; a CSV whose columns are ambiguous gets a mapping preview first.
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { CsvMapping } from '@/lib/formats/csv';
import { ACCEPTED_EXTENSIONS, FORMAT_LABELS } from '@/lib/formats/registry';
import type { StoredGraph } from './imported-store';
import { useModalDialog } from '../dialogs/use-modal-dialog';
import { fetchGraphFile, importFiles, type ImportOutcome, type NamedFile } from './import-files';

/** `file` is the view state's ?file= parameter. */
type Props = { file: string | null; onImported: (stored: StoredGraph) => Promise<void> };

/** Counts imports, so that a slow one finishing after a newer one cannot replace the newer graph. */
let latestImport = 0;

/** ?file= is read once per page load: the explorer remounts on the graph it brings and must not fetch it again. */
let fileParameterRead = false;

export function ImportControl({ file, onImported }: Props) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState('');
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [pending, setPending] = useState<NamedFile[] | null>(null);

  const run = useCallback(
    async (files: NamedFile[], mapping?: CsvMapping) => {
      const ticket = ++latestImport;
      setBusy(`Reading ${files.map((f) => f.name).join(' and ')}…`);
      const result = await importFiles(files, mapping);
      setBusy('');
      if (ticket !== latestImport) return; // the user has given another file since
      if (result.status === 'mapping') {
        setPending(files);
        setOutcome(result);
        return;
      }
      setPending(null);
      setOutcome(result);
      if (result.status === 'ok') await onImported({ name: result.name, savedAt: new Date().toISOString(), graph: result.graph });
    },
    [onImported],
  );

  const fromFileList = useCallback(
    async (list: FileList | File[]) => {
      const files = await Promise.all([...list].map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
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
      setBusy(`Fetching ${url}…`);
      const fetched = await fetchGraphFile(url, window.location.href);
      setBusy('');
      if ('error' in fetched) setOutcome({ status: 'failed', name: url, errors: [{ message: fetched.error, where: 'file parameter' }] });
      else await run([fetched]);
    })();
  }, [file, run]);

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
        <p className="import-status" role="status">
          {busy}
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

function MappingDialog({ outcome, onCancel, onConfirm }: { outcome: Extract<ImportOutcome, { status: 'mapping' }>; onCancel: () => void; onConfirm: (m: CsvMapping) => void }) {
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
