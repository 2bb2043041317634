// Which graph the explorer shows: the bundled dataset or a graph the user imported (kept in this browser).
export type DataSource = { kind: 'bundled' } | { kind: 'imported'; name: string; savedAt: string };
