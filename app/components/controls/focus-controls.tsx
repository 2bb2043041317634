'use client';
// Focus settings: how many steps out to follow ties, in which direction, and whether to hide everything else.
import { useId } from 'react';
import type { ViewState } from '@/lib/view/view-state';
import type { UpdateViewState } from '../use-view-state';

type Props = { state: ViewState; update: UpdateViewState; focusLabel: string | null };

export function FocusControls({ state, update, focusLabel }: Props) {
  const id = useId();
  return (
    <fieldset className="panel">
      <legend>Focus</legend>
      <p className="muted small">{focusLabel ? `On ${focusLabel}.` : 'Click a node or search to focus on it.'}</p>
      <div className="row">
        <label htmlFor={`${id}-depth`}>Depth</label>
        <select id={`${id}-depth`} value={state.depth} onChange={(e) => update((s) => ({ ...s, depth: Number(e.target.value) as 1 | 2 | 3 }))}>
          <option value={1}>1 step</option>
          <option value={2}>2 steps</option>
          <option value={3}>3 steps</option>
        </select>
        <label htmlFor={`${id}-dir`}>Direction</label>
        <select id={`${id}-dir`} value={state.direction} onChange={(e) => update((s) => ({ ...s, direction: e.target.value as ViewState['direction'] }))}>
          <option value="both">both</option>
          <option value="out">outgoing</option>
          <option value="in">incoming</option>
        </select>
      </div>
      {state.depth > 1 && (
        <label className="check">
          <input type="checkbox" checked={state.throughOrganizations} onChange={(e) => update((s) => ({ ...s, throughOrganizations: e.target.checked }))} /> Go
          on through organizations (their members join the picture)
        </label>
      )}
      <label className="check">
        <input type="checkbox" checked={state.focusOnly} onChange={(e) => update((s) => ({ ...s, focusOnly: e.target.checked }))} /> Hide everything else
      </label>
      {focusLabel && (
        <button type="button" onClick={() => update((s) => ({ ...s, focus: null }))}>
          Clear focus <kbd>Esc</kbd>
        </button>
      )}
    </fieldset>
  );
}
