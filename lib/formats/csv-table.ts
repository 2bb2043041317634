// RFC 4180 CSV cells and tables: writing (formula-like cells neutralised) and reading with line numbers for messages.
import { FORBIDDEN_KEYS, StopImport, type Problems } from './import-result';

export type CsvRow = { cells: string[]; line: number };
export type CsvTable = { headers: string[]; rows: CsvRow[]; delimiter: string };

const FORMULA = /^'*[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * A cell as CSV, quoted when RFC 4180 requires it. Text a spreadsheet would run as a formula (starting with = + - @,
 * tab or CR) gets a leading apostrophe, which the reader takes off again; plain numbers such as -74.0 are left alone.
 */
export function csvCell(value: string, delimiter = ','): string {
  const safe = FORMULA.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
  return /["\r\n]/.test(safe) || safe.includes(delimiter) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(cells: string[], delimiter = ','): string {
  return cells.map((cell) => csvCell(cell, delimiter)).join(delimiter);
}

/** Undoes the export's formula neutralisation: one leading apostrophe before a formula character is taken off. */
export function unneutralise(cell: string): string {
  return cell.startsWith("'") && FORMULA.test(cell) && !PLAIN_NUMBER.test(cell) ? cell.slice(1) : cell;
}

function detectDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length - 1] as const);
  const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return best[1] > 0 ? best[0] : ',';
}

/** Splits CSV text into records; an unclosed quote stops the import with the line where the field began. */
export function readCsvRecords(text: string, delimiter: string, problems: Problems, file = ''): CsvRow[] {
  const at = (place: string) => (file ? `${file} ${place}` : place);
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let rowLine = 1;
  let i = 0;
  const endCell = () => {
    cells.push(cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    if (!(cells.length === 1 && cells[0]!.trim() === '')) rows.push({ cells, line: rowLine });
    cells = [];
  };
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"' && cell.trim() === '') {
      const quoteLine = line;
      cell = '';
      i++;
      for (;;) {
        if (i >= text.length) problems.fatal(`a quoted field that starts on line ${quoteLine} is never closed`, at(`line ${quoteLine}`));
        const q = text[i]!;
        if (q === '"') {
          if (text[i + 1] === '"') {
            cell += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else {
          if (q === '\n') line++;
          cell += q;
          i++;
        }
      }
      const next = text[i];
      if (next !== undefined && next !== delimiter && next !== '\r' && next !== '\n') {
        problems.error(`unexpected text after a closing quote (a quote inside a field must be doubled: "")`, at(`line ${line}`));
        while (i < text.length && text[i] !== delimiter && text[i] !== '\n') i++;
      }
      continue;
    }
    if (c === delimiter) endCell();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else cell += c;
    i++;
  }
  if (cell !== '' || cells.length > 0) endRow();
  return rows;
}

/**
 * Reads a CSV file with a header row. `file` names it in every location ("nodes file line 3"; none for the edges
 * file). Checks the header (no empty, duplicate or forbidden names) and that every row has as many fields.
 */
export function readCsvTable(text: string, problems: Problems, file = ''): CsvTable {
  const at = (place: string) => (file ? `${file} ${place}` : place);
  const what = file || 'edges file';
  const clean = text.replace(/^\uFEFF/, '');
  const delimiter = detectDelimiter(clean);
  const records = readCsvRecords(clean, delimiter, problems, file);
  const [header, ...rows] = records;
  if (!header) return problems.fatal(`the ${what} has no header row`, at('line 1'));
  const headers = header.cells.map((h) => h.trim());
  const errorsBefore = problems.errors.length;
  headers.forEach((h, i) => {
    if (h === '') problems.error(`column ${i + 1} of the header has no name`, at(`line ${header.line}`));
    else if (FORBIDDEN_KEYS.has(h)) problems.error(`the column name "${h}" is not allowed`, at(`line ${header.line}`));
    else if (headers.indexOf(h) !== i) problems.error(`the column "${h}" appears twice in the header`, at(`line ${header.line}`));
  });
  // A broken header makes every later message about columns misleading: stop here.
  if (problems.errors.length > errorsBefore) throw new StopImport();
  if (rows.length === 0) problems.fatal(`the ${what} has a header (${headers.join(', ')}) but no rows`, at(`line ${header.line + 1}`));
  rows.forEach((row, r) => {
    if (row.cells.length !== headers.length) {
      problems.error(`this row has ${row.cells.length} fields, the header has ${headers.length}`, at(`row ${r + 1} (line ${row.line})`));
    }
    row.cells = row.cells.map(unneutralise);
  });
  return { headers, rows, delimiter };
}
