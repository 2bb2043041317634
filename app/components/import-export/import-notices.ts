// The warnings of the last import, handed to the explorer that opens the imported graph: that explorer is a new one
// (sometimes after a reload), so the import's own status line is gone by the time the graph is drawn.
const KEY = 'entente:import-notices';

/** Keeps what the import of `name` warned about, for takeImportNotices. */
export function keepImportNotices(name: string, warnings: readonly string[]): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(warnings.map((warning) => `${name}: ${warning}`)));
  } catch {
    // no session storage (private mode quota): the warnings are not shown again
  }
}

/** The kept warnings, once: they are cleared as they are read. */
export function takeImportNotices(): string[] {
  try {
    const raw = sessionStorage.getItem(KEY);
    sessionStorage.removeItem(KEY);
    const value: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}
