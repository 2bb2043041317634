'use client';
// The right-hand panel: tabs for the focus's details, metrics, the path tool, the bloc comparison, changes, history and stories.
import type { KeyboardEvent, ReactNode } from 'react';
import { PANELS, type PanelName } from '@/lib/view/view-state';

const TITLES: Record<PanelName, string> = {
  details: 'Details',
  metrics: 'Metrics',
  path: 'Path',
  compare: 'Compare',
  changes: 'Changes',
  history: 'History',
  stories: 'Stories',
};

type Props = { panel: PanelName; onPanel: (panel: PanelName) => void; children: ReactNode; drawerOpen?: boolean; onCloseDrawer?: () => void };

export function SidePanel({ panel, onPanel, children, drawerOpen = false, onCloseDrawer }: Props) {
  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const next = PANELS[(PANELS.indexOf(panel) + step + PANELS.length) % PANELS.length]!;
    onPanel(next);
    document.getElementById(`tab-${next}`)?.focus();
  };
  return (
    <aside className="details" id="side-panel-drawer" data-open={drawerOpen} aria-label="Details and analysis">
      <div role="tablist" aria-label="Panels" className="tabs" onKeyDown={onKeyDown}>
        {PANELS.map((name) => (
          <button
            key={name}
            id={`tab-${name}`}
            type="button"
            role="tab"
            aria-selected={panel === name}
            aria-controls="side-panel"
            tabIndex={panel === name ? 0 : -1}
            onClick={() => onPanel(name)}
          >
            {TITLES[name]}
          </button>
        ))}
      </div>
      {onCloseDrawer && (
        <button type="button" className="drawer-close" onClick={onCloseDrawer} aria-label="Close the panels">
          ×
        </button>
      )}
      <div id="side-panel" role="tabpanel" aria-labelledby={`tab-${panel}`} tabIndex={0}>
        {children}
      </div>
    </aside>
  );
}
