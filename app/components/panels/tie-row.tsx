'use client';
// One tie in a list (the details panel's, the pair view's): who to whom, subtype, status, dates or end, weight, label,
// notes, its history of periods and its sources. The caller says how the tie's ends and dates read.
import type { ReactNode } from 'react';
import type { TieFacts } from '@/lib/graph/ties-of';
import { formatPeriod, formatStatus, formatSubtype, formatWeight } from '@/lib/view/format';
import { SourceList } from './source-list';

type Props = {
  tie: TieFacts;
  /** The tie's ends as the list reads them: "→ Russia" (a link) in a node's list, "Armenia → Russia" in a pair's. */
  ends: ReactNode;
  /** What follows the status: the period, "ended 1991-03-01", "holds on this date". */
  when: ReactNode;
  /** A plain imported graph's edge has no status of its own. */
  showStatus?: boolean;
  className: string;
  /** data-* attributes for tests and styles. */
  data: Record<`data-${string}`, string | undefined>;
};

export function TieRow({ tie, ends, when, showStatus = true, className, data }: Props) {
  const weight = formatWeight(tie.weight);
  const subtype = formatSubtype(tie.subtype);
  return (
    <li className={className} data-tie={tie.key} {...data}>
      <div className="tie-line">
        {ends} {subtype && <span className="badge">{subtype}</span>}{' '}
        {showStatus && <span className={`badge status status-${tie.status}`}>{formatStatus(tie.status, tie.intensity, tie.start)}</span>} {when}
        {weight && <span className="weight"> · {weight}</span>}
      </div>
      {tie.label && <p className="tie-label">{tie.label}</p>}
      {tie.periodNote && <p className="note">{tie.periodNote}</p>}
      {tie.note && <p className="note">{tie.note}</p>}
      {tie.periods.length > 1 && (
        <details>
          <summary>History ({tie.periods.length} periods)</summary>
          <ol className="history">
            {tie.periods.map((p) => (
              <li key={p.start}>
                {formatStatus(p.status, 'intensity' in p ? p.intensity : null, p.start)}: {formatPeriod(p.start, p.end)}
                {p.note && <span className="muted"> · {p.note}</span>}
              </li>
            ))}
          </ol>
        </details>
      )}
      <SourceList sources={tie.sources} />
    </li>
  );
}
