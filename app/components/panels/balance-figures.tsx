'use client';
// Structural balance for the selected state: its balanced and unbalanced triads, enemies of its enemies, allies at odds.
// The signed network is built once per graph (not on every selection); the whole graph's triads are counted once per
// graph and after the click's frame, so that selecting a state is instant.
import { useEffect, useMemo, useState } from 'react';
import { alliesInConflict, enemiesOfEnemies, signedAdjacency, triadBalance, type BalanceResult, type SignedAdjacency } from '@/lib/analysis/balance';
import type { EntenteGraph } from '@/lib/graph/types';
import { valueOf } from '@/lib/graph/id-record';

const counted = new WeakMap<EntenteGraph, BalanceResult>();
const adjacencies = new WeakMap<EntenteGraph, SignedAdjacency>();

function adjacencyOf(graph: EntenteGraph): SignedAdjacency {
  let adjacency = adjacencies.get(graph);
  if (!adjacency) adjacencies.set(graph, (adjacency = signedAdjacency(graph)));
  return adjacency;
}

function useTriadBalance(graph: EntenteGraph, adjacency: SignedAdjacency): BalanceResult | null {
  const [, setDone] = useState(0);
  useEffect(() => {
    if (counted.has(graph)) return;
    const timer = setTimeout(() => {
      counted.set(graph, triadBalance(graph, adjacency));
      setDone((n) => n + 1);
    }, 0);
    return () => clearTimeout(timer);
  }, [graph, adjacency]);
  return counted.get(graph) ?? null;
}

export function BalanceFigures({ graph, state }: { graph: EntenteGraph; state: string }) {
  const adjacency = adjacencyOf(graph);
  const balance = useTriadBalance(graph, adjacency);
  const enemies = useMemo(() => enemiesOfEnemies(graph, state, adjacency), [graph, state, adjacency]);
  const allies = useMemo(() => alliesInConflict(graph, state, adjacency), [graph, state, adjacency]);
  const label = (key: string) => graph.getNodeAttribute(key, 'label');
  if (!balance) {
    return (
      <section className="balance" data-testid="balance" aria-busy="true">
        <h3>Structural balance</h3>
        <p className="small muted">Counting triads…</p>
      </section>
    );
  }
  const own = valueOf(balance.byState, state) ?? { balanced: 0, unbalanced: 0 };
  return (
    <section className="balance" data-testid="balance">
      <h3>Structural balance</h3>
      <p className="small">
        Allies and shared blocs count as friendly, conflicts as hostile. {label(state)} is in {own.balanced} balanced and {own.unbalanced} unbalanced triads
        (whole graph: {balance.balanced} balanced, {balance.unbalanced} unbalanced).
      </p>
      {enemies.length > 0 && (
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
