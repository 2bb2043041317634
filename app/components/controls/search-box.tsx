'use client';
// A combobox to find a country or organization by any of its names or its ISO code, with keyboard-navigable
// suggestions; nodes absent on the date say when they existed.
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { searchNodes, type SearchEntry } from '@/lib/graph/search';

type Props = { entries: readonly SearchEntry[]; onPick: (key: string) => void; label?: string; initial?: string };

export function SearchBox({ entries, onPick, label = 'Find a country or organization', initial = '' }: Props) {
  const listId = useId();
  const [query, setQuery] = useState(initial);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const matches = useMemo(() => searchNodes(entries, query), [entries, query]);
  const expanded = open && matches.length > 0;

  function pick(entry: SearchEntry | undefined) {
    if (!entry) return;
    onPick(entry.key);
    setQuery(entry.label);
    setOpen(false);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      setOpen(true);
      setActive((i) => Math.min(i + 1, matches.length - 1));
    } else if (event.key === 'ArrowUp') {
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter') {
      pick(matches[active]);
    } else if (event.key === 'Escape') {
      setOpen(false);
      return;
    } else {
      return;
    }
    event.preventDefault();
  }

  return (
    <div className="search">
      <label htmlFor={`${listId}-input`} className="visually-hidden">
        {label}
      </label>
      <input
        id={`${listId}-input`}
        type="search"
        role="combobox"
        placeholder={label === 'Find a country or organization' ? 'Find a country or organization (name or ISO code)' : `${label}: name or ISO code`}
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded ? `${listId}-${active}` : undefined}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
      />
      <ul id={listId} role="listbox" className="suggestions" hidden={!expanded}>
        {matches.map((entry, i) => (
          <li
            key={entry.key}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'active' : undefined}
            onMouseDown={(event) => {
              event.preventDefault(); // keep focus in the input until the pick is done
              pick(entry);
            }}
          >
            {entry.kind === 'organization' && <span aria-hidden="true">◆</span>}{' '}
            <span>{entry.onDate === false && entry.lifespan ? `${entry.label}, ${entry.lifespan}` : entry.label}</span>
            {entry.label !== entry.name && <span className="muted"> · {entry.name}</span>}
            <span className="code">{entry.key}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
