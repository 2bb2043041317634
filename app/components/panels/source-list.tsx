// A list of sources as outbound links (publisher, title, date); URLs are validated http(s) links from data/.
import type { Source } from '@/lib/data/schema';

export function SourceList({ sources }: { sources: readonly Source[] }) {
  if (sources.length === 0) return null;
  return (
    <ul className="sources" aria-label="Sources">
      {sources.map((source) => (
        <li key={`${source.url}|${source.title}`}>
          <a href={source.url} target="_blank" rel="noopener noreferrer">
            {source.publisher}: {source.title}
          </a>{' '}
          <span className="muted">({source.date})</span>
        </li>
      ))}
    </ul>
  );
}
