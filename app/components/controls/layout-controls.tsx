'use client';
// Layout choice: force-directed, geographic, concentric by the chosen measure, grouped by organization.
import { useId } from 'react';
import { LAYOUTS, type LayoutName, type ViewState } from '@/lib/view/view-state';
import type { UpdateViewState } from '../use-view-state';

const LAYOUT_LABELS: Record<LayoutName, string> = {
  force: 'Force-directed',
  geographic: 'Geographic',
  concentric: 'Concentric by measure',
  grouped: 'Grouped by organization',
};

export function LayoutControls({ state, update }: { state: ViewState; update: UpdateViewState }) {
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
      <p className="muted small">
        Node size and colour, and the concentric rings, follow the measure chosen under Metrics ({state.measure.replace(/^attr:/, '').replace(/-/g, ' ')}).
      </p>
    </fieldset>
  );
}
