'use client';
// Keeps the shareable view state in step with the URL, the one place that writes it: changes push history entries
// (or replace them while playing), and back/forward restore the state the URL describes.
import { useCallback, useEffect, useRef, useState } from 'react';
import { parseViewState, serializeViewState, type ParsedViewState, type ViewState, type ViewStateContext } from '@/lib/view/view-state';

export type UpdateViewState = (change: (state: ViewState) => ViewState, options?: { replace?: boolean }) => void;

/** Reads the view state the address bar describes, against the graph on screen. */
export function readViewStateFromUrl(context: ViewStateContext): ParsedViewState {
  return parseViewState(new URLSearchParams(window.location.search), context);
}

/** Writes a view state into the address bar, as a new history entry or in place of the current one. */
export function writeViewStateToUrl(state: ViewState, mode: 'push' | 'replace'): void {
  const query = serializeViewState(state).toString();
  if (query === window.location.search.replace(/^\?/, '')) return;
  const url = query ? `?${query}` : window.location.pathname;
  if (mode === 'replace') window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
}

export function useViewState(initial: ViewState, context: ViewStateContext, onNotices: (notices: string[]) => void) {
  const [state, setState] = useState(initial);
  // The first write tidies the address the page was opened with (ignored parameters dropped): no new history entry.
  const replaceNext = useRef(true);

  const update: UpdateViewState = useCallback((change, options) => {
    replaceNext.current = options?.replace ?? false;
    setState(change);
  }, []);

  // Written after the frame that shows the change (Next.js answers a history change with work of its own), in order, so
  // that no entry is lost; whatever is still due is written when the explorer goes.
  const due = useRef<{ state: ViewState; mode: 'push' | 'replace' }[]>([]);
  const flushing = useRef(0);
  const flush = useCallback(() => {
    flushing.current = 0;
    for (const write of due.current.splice(0)) writeViewStateToUrl(write.state, write.mode);
  }, []);
  useEffect(() => {
    due.current.push({ state, mode: replaceNext.current ? 'replace' : 'push' });
    if (!flushing.current) flushing.current = requestAnimationFrame(() => void setTimeout(flush, 0));
  }, [state, flush]);
  useEffect(
    () => () => {
      cancelAnimationFrame(flushing.current);
      flush();
    },
    [flush],
  );

  useEffect(() => {
    const onPopState = () => {
      due.current = []; // the address the browser moved to is the state now
      const parsed = readViewStateFromUrl(context);
      setState(parsed.state);
      if (parsed.notices.length > 0) onNotices(parsed.notices);
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [context, onNotices]);

  return [state, update] as const;
}
