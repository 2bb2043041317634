'use client';
// Global keyboard shortcuts (ignored while typing in a field); the help dialog lists SHORTCUTS.
import { useEffect, useRef } from 'react';

export const SHORTCUTS = [
  { keys: '/', action: 'Search for a country or organization' },
  { keys: '?', action: 'Open this help' },
  { keys: 'Esc', action: 'Clear the focus' },
  { keys: 'F', action: 'Fit the graph to the screen' },
  { keys: '+ / −', action: 'Zoom in / out' },
  { keys: 'T', action: 'Switch between graph and table' },
  { keys: 'P', action: 'Play or pause the years' },
  { keys: '[ / ]', action: 'Previous / next step of the story being played' },
] as const;

type Handlers = { openHelp: () => void; clearFocus: () => void; toggleTable: () => void };

const click = (shortcut: string) => document.querySelector<HTMLButtonElement>(`[data-shortcut="${shortcut}"]`)?.click();

export function useKeyboardShortcuts(handlers: Handlers) {
  const ref = useRef(handlers);
  ref.current = handlers;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (event.ctrlKey || event.metaKey || event.altKey || target.closest('input, select, textarea, dialog[open]')) return;
      const actions: Record<string, () => void> = {
        '/': () => document.querySelector<HTMLInputElement>('[role="combobox"]')?.focus(),
        '?': ref.current.openHelp,
        Escape: ref.current.clearFocus,
        f: () => click('fit'),
        '+': () => click('zoom-in'),
        '=': () => click('zoom-in'),
        '-': () => click('zoom-out'),
        t: ref.current.toggleTable,
        p: () => click('play'),
        '[': () => click('story-previous'),
        ']': () => click('story-next'),
      };
      const action = actions[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
