'use client';
// The legend: node shapes and tie styles, drawn from the same table as the Cytoscape stylesheet.
import { useEffect, useRef } from 'react';
import type { TieKind } from '@/lib/data/schema';
import { MEMBERSHIP_STATUS_STYLES, NODE_STYLES, TIE_STYLES, type LineStyle } from '@/lib/view/tie-styles';

const DASHES: Record<LineStyle, string | undefined> = { solid: undefined, dashed: '6 4', dotted: '1.5 3', double: undefined };

function LineSample({ color, lineStyle, arrow = false }: { color: string; lineStyle: LineStyle; arrow?: boolean }) {
  return (
    <svg width="36" height="12" aria-hidden="true" className="legend-sample">
      {lineStyle === 'double' ? (
        <>
          <line x1="2" y1="4" x2="30" y2="4" stroke={color} strokeWidth="1.6" />
          <line x1="2" y1="8" x2="30" y2="8" stroke={color} strokeWidth="1.6" />
        </>
      ) : (
        <line x1="2" y1="6" x2="30" y2="6" stroke={color} strokeWidth="2.4" strokeDasharray={DASHES[lineStyle]} strokeLinecap="round" />
      )}
      {arrow && <polygon points="29,2 35,6 29,10" fill={color} />}
    </svg>
  );
}

export function Legend() {
  const ref = useRef<HTMLDetailsElement>(null);
  // Open on wide screens; on a phone it starts folded so that it does not cover the graph.
  useEffect(() => {
    if (ref.current && window.matchMedia('(max-width: 600px)').matches) ref.current.open = false;
  }, []);
  return (
    <details className="legend" open ref={ref}>
      <summary>Legend</summary>
      <ul>
        <li>
          <svg width="36" height="14" aria-hidden="true" className="legend-sample">
            <circle cx="18" cy="7" r="6" fill={NODE_STYLES.state.color} stroke={NODE_STYLES.state.border} />
          </svg>
          {NODE_STYLES.state.label}
        </li>
        <li>
          <svg width="36" height="14" aria-hidden="true" className="legend-sample">
            <rect x="4" y="1" width="28" height="12" rx="3" fill={NODE_STYLES.organization.color} />
          </svg>
          {NODE_STYLES.organization.label}
        </li>
        {(Object.keys(TIE_STYLES) as TieKind[]).map((kind) => {
          const style = TIE_STYLES[kind];
          return (
            <li key={kind} data-kind={kind}>
              <LineSample color={style.color} lineStyle={style.lineStyle} arrow={style.arrow} />
              {style.label} <span className="muted">({style.description})</span>
            </li>
          );
        })}
        {Object.values(MEMBERSHIP_STATUS_STYLES).map((style) => (
          <li key={style.label}>
            <LineSample color={style.color} lineStyle={style.lineStyle} />
            {style.label}
          </li>
        ))}
      </ul>
    </details>
  );
}
