'use client';
// Keeps the shareable view state in step with the URL: changes push history entries (or replace them while playing),
// and back/forward restore the state the URL describes.
import { useCallback, useEffect, useRef, useState } from 'react';
import { parseViewState, serializeViewState, type ViewState, type ViewStateContext } from '@/lib/view/view-state';

export type UpdateViewState = (change: (state: ViewState) => ViewState, options?: { replace?: boolean }) => void;

export function useViewState(initial: ViewState, context: ViewStateContext, onNotices: (notices: string[]) => void) {
  const [state, setState] = useState(initial);
  const replaceNext = useRef(false);

  const update: UpdateViewState = useCallback((change, options) => {
    replaceNext.current = options?.replace ?? false;
    setState(change);
  }, []);

  useEffect(() => {
    const query = serializeViewState(state).toString();
    if (query === window.location.search.replace(/^\?/, '')) return;
    const url = query ? `?${query}` : window.location.pathname;
    if (replaceNext.current) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
  }, [state]);

  useEffect(() => {
    const onPopState = () => {
      const parsed = parseViewState(new URLSearchParams(window.location.search), context);
      setState(parsed.state);
      if (parsed.notices.length > 0) onNotices(parsed.notices);
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [context, onNotices]);

  return [state, update] as const;
}
