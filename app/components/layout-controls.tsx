'use client';
// Layout and measure choice: force-directed, geographic, concentric by the measure, grouped by organization.
import { useId } from 'react';
import { LAYOUTS, type LayoutName, type ViewState } from '@/lib/view/view-state';
import type { UpdateViewState } from './use-view-state';

const LAYOUT_LABELS: Record<LayoutName, string> = {
  force: 'Force-directed',
  geographic: 'Geographic',
  concentric: 'Concentric by measure',
  grouped: 'Grouped by organization',
};

type Props = { state: ViewState; update: UpdateViewState; measures: readonly string[]; measureStatus: string };

export function LayoutControls({ state, update, measures, measureStatus }: Props) {
  const id = useId();
  return (
    <fieldset className="panel">
      <legend>Layout</legend>
      <label htmlFor={`${id}-layout`}>Arrange nodes</label>
      <select id={`${id}-layout`} value={state.layout} onChange={(e) => update((s) => ({ ...s, layout: e.target.value as LayoutName }))}>
        {LAYOUTS.map((name) => (
          <option key={name} value={name}>
            {LAYOUT_LABELS[name]}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-measure`}>Size nodes by</label>
      <select id={`${id}-measure`} value={state.measure} onChange={(e) => update((s) => ({ ...s, measure: e.target.value }))}>
        {measures.map((m) => (
          <option key={m} value={m}>
            {m.replace(/-/g, ' ')}
          </option>
        ))}
      </select>
      <p className="muted small" aria-live="polite" data-testid="measure-status">
        {measureStatus}
      </p>
    </fieldset>
  );
}
