'use client';
// Structural balance for the selected state: its balanced and unbalanced triads, enemies of its enemies, allies at odds.
// The signed network and the triads are counted in a Web Worker after the click's frame (use-balance.ts), so that
// selecting a state is instant; the figures appear when counted.
import { useBalance } from './use-balance';
import type { EntenteGraph } from '@/lib/graph/types';
import { valueOf } from '@/lib/graph/id-record';

export function BalanceFigures({ graph, state }: { graph: EntenteGraph; state: string }) {
  const { state: figures, triads: balance } = useBalance(graph, state);
  const label = (key: string) => graph.getNodeAttribute(key, 'label');
  if (!balance || !figures) {
    return (
      <section className="balance" data-testid="balance" aria-busy="true">
        <h3>Structural balance</h3>
        <p className="small muted">Counting triads…</p>
      </section>
    );
  }
  const { enemies, allies } = figures;
  const own = valueOf(balance.byState, state) ?? { balanced: 0, unbalanced: 0 };
  return (
    <section className="balance" data-testid="balance">
      <h3>Structural balance</h3>
      <p className="small">
        Allies and shared blocs count as friendly, conflicts as hostile. {label(state)} is in {own.balanced} balanced and {own.unbalanced} unbalanced triads
        (whole graph: {balance.balanced} balanced, {balance.unbalanced} unbalanced).
      </p>
      {figures.enemies.length > 0 && (
        <p className="small">
          Enemies of its enemies:{' '}
          {enemies
            .slice(0, 12)
            .map((e) => `${label(e.key)} (via ${e.via.map(label).join(', ')})`)
            .join(', ')}
          {enemies.length > 12 && ` and ${enemies.length - 12} more`}
        </p>
      )}
      {allies.length > 0 && <p className="small">Partners in conflict with each other: {allies.map((a) => `${label(a.a)}–${label(a.b)}`).join(', ')}</p>}
    </section>
  );
}
