// A Web Worker that counts structural balance (balance.ts) off the main thread: the signed network of the latest graph
// is kept, so that selecting another state of the same graph answers at once; the whole graph's triads follow.
import { MultiGraph } from '@/lib/graph/graphology';
import { alliesInConflict, enemiesOfEnemies, signedAdjacency, triadBalance, type SignedAdjacency, type StateBalance } from '@/lib/analysis/balance';
import type { EntenteGraph } from '@/lib/graph/types';
import type { SerializedGraph } from 'graphology-types';

/** `graph` (balanceInput) comes with the first question about a graph; later questions name it by `graphId` only. */
export type BalanceQuestion = { id: number; graphId: number; graph?: SerializedGraph; state: string };
export type BalanceAnswer =
  | { id: number; graphId: number; kind: 'state'; state: string; balance: Omit<StateBalance, 'own'> }
  | { id: number; graphId: number; kind: 'triads'; balanced: number; unbalanced: number; byState: Record<string, { balanced: number; unbalanced: number }> }
  | { id: number; graphId: number; kind: 'error'; message: string };

let current: { graphId: number; graph: EntenteGraph; adjacency: SignedAdjacency; triadsSent: boolean } | null = null;

self.onmessage = (event: MessageEvent<BalanceQuestion>) => {
  const { id, graphId, graph, state } = event.data;
  try {
    if (graph) {
      const g = MultiGraph.from(graph) as unknown as EntenteGraph;
      current = { graphId, graph: g, adjacency: signedAdjacency(g), triadsSent: false };
    }
    if (!current || current.graphId !== graphId) throw new Error('the graph was not sent');
    const { graph: g, adjacency } = current;
    const stateAnswer: BalanceAnswer = {
      id,
      graphId,
      kind: 'state',
      state,
      balance: { enemies: enemiesOfEnemies(g, state, adjacency), allies: alliesInConflict(g, state, adjacency) },
    };
    self.postMessage(stateAnswer);
    if (current.triadsSent) return;
    current.triadsSent = true;
    const { balanced, unbalanced, byState } = triadBalance(g, adjacency);
    self.postMessage({ id, graphId, kind: 'triads', balanced, unbalanced, byState } satisfies BalanceAnswer);
  } catch (error) {
    self.postMessage({ id, graphId, kind: 'error', message: String((error as Error)?.message ?? error) } satisfies BalanceAnswer);
  }
};
