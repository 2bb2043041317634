'use client';
// The legend: node shapes and tie styles, drawn from the same table as the Cytoscape stylesheet.
import { useEffect, useRef, type ReactNode } from 'react';
import type { TieKind } from '@/lib/data/schema';
import { PENDING_STATUSES } from '@/lib/data/tie-kinds';
import { ENDED_TIE_STYLE, PENDING_TIE_STYLE, PLAIN_EDGE_STYLE, MEMBERSHIP_STATUS_STYLES, NODE_STYLES, TIE_STYLES, type LineStyle } from '@/lib/view/tie-styles';

const DASHES: Record<LineStyle, string | undefined> = { solid: undefined, dashed: '6 4', dotted: '1.5 3' };

/** A sample of a tie as the graph draws it: its colour, line style and width (scaled to fit), and arrowhead. */
function LineSample({ color, lineStyle, width = 2, arrow = false }: { color: string; lineStyle: LineStyle; width?: number; arrow?: boolean }) {
  return (
    <svg width="36" height="12" aria-hidden="true" className="legend-sample">
      <line
        x1="2"
        y1="6"
        x2="30"
        y2="6"
        stroke={color}
        strokeWidth={Math.min(width, 4)}
        strokeDasharray={DASHES[lineStyle]}
        strokeLinecap={lineStyle === 'solid' ? 'butt' : 'round'}
      />
      {arrow && <polygon points="29,2 35,6 29,10" fill={color} />}
    </svg>
  );
}

/** A node kind as the graph draws it (a state's circle, an organization's box) and its name, or `label` instead. */
function NodeItem({ kind, label }: { kind: keyof typeof NODE_STYLES; label?: string }) {
  const style = NODE_STYLES[kind];
  return (
    <li data-kind={`node:${kind}`}>
      <svg width="36" height="14" aria-hidden="true" className="legend-sample">
        {style.shape === 'ellipse' ? (
          <circle cx="18" cy="7" r="6" fill={style.color} stroke={style.border} />
        ) : (
          <rect x="4" y="1" width="28" height="12" rx="3" fill={style.color} />
        )}
      </svg>
      {label ?? style.label}
    </li>
  );
}

/**
 * The folding box around the entries: open on wide screens; on a phone, upright or turned (or a frame, a window narrowed
 * to phone width or height) it folds so that it does not cover the graph.
 */
function LegendBox({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const narrow = window.matchMedia('(max-width: 600px), (max-height: 500px)'); // a phone, upright or turned
    const fold = () => {
      if (ref.current && narrow.matches) ref.current.open = false;
    };
    fold();
    narrow.addEventListener('change', fold);
    return () => narrow.removeEventListener('change', fold);
  }, []);
  return (
    <details className="legend" open ref={ref}>
      <summary>Legend</summary>
      <ul>{children}</ul>
    </details>
  );
}

/**
 * `showEnded`: whether ended ties are on the graph (otherwise the legend says where to turn them on). `plain`: an
 * imported graph without Entente's kinds, whose nodes and edges are drawn alike; `directed`: whether any edge has a
 * direction (drawn with an arrowhead).
 */
export function Legend({ showEnded = false, plain = false, directed = true }: { showEnded?: boolean; plain?: boolean; directed?: boolean }) {
  if (plain) {
    return (
      <LegendBox>
        <NodeItem kind="state" label="Node" />
        <li data-kind="edge">
          <LineSample color={PLAIN_EDGE_STYLE.color} lineStyle={PLAIN_EDGE_STYLE.lineStyle} width={PLAIN_EDGE_STYLE.width} arrow={directed} />
          {PLAIN_EDGE_STYLE.label}
          {directed ? ' (source → target)' : ''}
        </li>
      </LegendBox>
    );
  }
  return (
    <LegendBox>
      <NodeItem kind="state" />
      <NodeItem kind="organization" />
      {(Object.keys(TIE_STYLES) as TieKind[]).map((kind) => {
        const style = TIE_STYLES[kind];
        return (
          <li key={kind} data-kind={kind}>
            <LineSample color={style.color} lineStyle={style.lineStyle} width={style.width} arrow={style.arrow} />
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
      {[...new Set(PENDING_STATUSES.map(([kind]) => kind))].map((kind) => (
        <li key={`pending:${kind}`} data-kind={`pending:${kind}`}>
          <LineSample color={TIE_STYLES[kind].color} lineStyle={PENDING_TIE_STYLE.lineStyle} width={PENDING_TIE_STYLE.width} />
          {PENDING_TIE_STYLE.label} <span className="muted">({PENDING_TIE_STYLE.description})</span>
        </li>
      ))}
      <li data-kind="parallel">
        <svg width="36" height="14" aria-hidden="true" className="legend-sample">
          <path d="M2 7 Q18 -1 34 7" fill="none" stroke={TIE_STYLES.alliance.color} strokeWidth="2" />
          <path d="M2 7 Q18 15 34 7" fill="none" stroke={TIE_STYLES.dependency.color} strokeWidth="2" strokeDasharray={DASHES.dotted} />
        </svg>
        Several ties between two nodes <span className="muted">(one curve each; click one to list them all)</span>
      </li>
      <li data-kind="ended">
        <LineSample color={ENDED_TIE_STYLE.color} lineStyle={ENDED_TIE_STYLE.lineStyle} width={ENDED_TIE_STYLE.width} />
        {ENDED_TIE_STYLE.label} <span className="muted">({showEnded ? ENDED_TIE_STYLE.description : 'hidden; “Show ended ties” in Filters'})</span>
      </li>
    </LegendBox>
  );
}
