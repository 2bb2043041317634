// The embed: the iframe snippet for a view (same URL parameters as the explorer), and the explorer link it offers.

const escapeAttribute = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** `?focus=ARM` → `/embed?focus=ARM`: the same view parameters, without the explorer-only ones (panel, table view). */
export function embedPath(search: string): string {
  const params = new URLSearchParams(search);
  for (const name of ['panel', 'view', 'from', 'to']) params.delete(name);
  const query = params.toString();
  return `/embed${query ? `?${query}` : ''}`;
}

/** The explorer view for the same parameters: "Open in Entente". */
export function explorerPath(search: string): string {
  const query = new URLSearchParams(search).toString();
  return `/${query ? `?${query}` : ''}`;
}

export function embedSnippet(o: { origin: string; search: string; width: number; height: number; title: string }): string {
  const src = `${o.origin}${embedPath(o.search)}`;
  return `<iframe src="${escapeAttribute(src)}" width="${Math.round(o.width)}" height="${Math.round(o.height)}" title="${escapeAttribute(o.title)}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}
