'use client';
// A measure-history chart (SVG): one line per node, hover shows a year's values, click moves the explorer there.
import { forwardRef, useState } from 'react';
import type { Series } from '@/lib/analysis/series';
import { chartGeometry, DEFAULT_BOX, formatValue, nearestPoint } from '@/lib/view/series-chart';

type Props = { series: Series; labelOf: (key: string) => string; onPickDate: (date: string) => void };

export const SeriesChart = forwardRef<SVGSVGElement, Props>(function SeriesChart({ series, labelOf, onPickDate }, ref) {
  const box = DEFAULT_BOX;
  const geometry = chartGeometry(series, box);
  const [hover, setHover] = useState<Series['points'][number] | null>(null);
  const pointAt = (event: React.MouseEvent<SVGSVGElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    return nearestPoint(series, geometry, ((event.clientX - rect.left) / rect.width) * box.width);
  };
  return (
    <figure className="series-chart">
      <svg
        ref={ref}
        xmlns="http://www.w3.org/2000/svg"
        viewBox={`0 0 ${box.width} ${box.height}`}
        width="100%"
        role="img"
        aria-label={`${series.label} by ${series.step === 'year' ? 'year' : 'change date'} for ${series.nodes.map(labelOf).join(', ')}`}
        data-testid="series-chart"
        onMouseMove={(e) => setHover(pointAt(e))}
        onMouseLeave={() => setHover(null)}
        onClick={(e) => {
          const point = pointAt(e);
          if (point) onPickDate(point.date);
        }}
        style={{ cursor: 'pointer', fontFamily: 'system-ui, sans-serif' }}
      >
        <rect x="0" y="0" width={box.width} height={box.height} fill="#ffffff" />
        {geometry.yTicks.map((t) => (
          <g key={`y${t.label}`}>
            <line x1={box.left} x2={box.width - box.right} y1={t.y} y2={t.y} stroke="#e9ecef" />
            <text x={box.left - 4} y={t.y + 3} fontSize="9" textAnchor="end" fill="#495057">
              {t.label}
            </text>
          </g>
        ))}
        {geometry.xTicks.map((t) => (
          <text key={`x${t.label}`} x={t.x} y={box.height - box.bottom + 14} fontSize="9" textAnchor="middle" fill="#495057">
            {t.label}
          </text>
        ))}
        <line x1={box.left} x2={box.width - box.right} y1={box.height - box.bottom} y2={box.height - box.bottom} stroke="#868e96" />
        {geometry.paths.map((p) => (
          <path key={p.node} d={p.d} fill="none" stroke={p.color} strokeWidth="2" data-node={p.node} />
        ))}
        {hover && (
          <line x1={geometry.x(hover.date)} x2={geometry.x(hover.date)} y1={box.top} y2={box.height - box.bottom} stroke="#adb5bd" strokeDasharray="3 3" />
        )}
      </svg>
      <figcaption>
        <ul className="series-keys">
          {geometry.paths.map((p, i) => (
            <li key={p.node}>
              <span className="swatch" style={{ background: p.color }} aria-hidden="true" /> {labelOf(p.node)}
              {hover && <strong data-testid={`series-value-${p.node}`}>: {hover.values[i] === null ? '–' : formatValue(hover.values[i]!)}</strong>}
            </li>
          ))}
        </ul>
        <p className="muted" aria-live="polite">
          {hover ? `${hover.date} (click to go to this date)` : 'Hover to read a year; click to move the explorer there.'}
        </p>
      </figcaption>
    </figure>
  );
});
