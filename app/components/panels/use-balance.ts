'use client';
// Structural balance of a graph for one state, counted in a Web Worker (balance.worker.ts) after the frame that shows the
// selection: the page never waits for the signed network or the triads. Answers are kept per graph and state.
import { useEffect, useState } from 'react';
import { alliesInConflict, balanceInput, enemiesOfEnemies, signedAdjacency, triadBalance, type StateBalance, type TriadCount } from '@/lib/analysis/balance';
import { idRecordFrom } from '@/lib/graph/id-record';
import type { EntenteGraph } from '@/lib/graph/types';
import type { BalanceAnswer, BalanceQuestion } from './balance.worker';

/** The whole graph's triads, and each state's. */
export type GraphTriads = TriadCount & { byState: Record<string, TriadCount> };
type Known = { triads?: GraphTriads; states: Map<string, Omit<StateBalance, 'own'>> };

const known = new WeakMap<EntenteGraph, Known>();
const graphIds = new WeakMap<EntenteGraph, number>();
const pending = new Map<number, { graph: EntenteGraph; state: string }>();
const listeners = new Set<() => void>();
let worker: Worker | null = null;
let workerGraph = 0;
let nextGraphId = 0;
let nextQuestion = 0;

function knownOf(graph: EntenteGraph): Known {
  let entry = known.get(graph);
  if (!entry) known.set(graph, (entry = { states: new Map() }));
  return entry;
}

/** Without a worker (it failed to start or answered with an error): counted here, after the frame, as before. */
function countHere(graph: EntenteGraph, state: string): void {
  setTimeout(() => {
    const adjacency = signedAdjacency(graph);
    const entry = knownOf(graph);
    if (graph.hasNode(state))
      entry.states.set(state, { enemies: enemiesOfEnemies(graph, state, adjacency), allies: alliesInConflict(graph, state, adjacency) });
    entry.triads ??= triadBalance(graph, adjacency);
    listeners.forEach((listener) => listener());
  }, 0);
}

function onAnswer(event: MessageEvent<BalanceAnswer>): void {
  const answer = event.data;
  const asked = pending.get(answer.id);
  if (!asked) return;
  const { graph, state } = asked;
  const entry = knownOf(graph);
  if (answer.kind === 'state') entry.states.set(answer.state, answer.balance);
  else if (answer.kind === 'triads') {
    entry.triads = { balanced: answer.balanced, unbalanced: answer.unbalanced, byState: idRecordFrom(answer.byState) };
    pending.delete(answer.id);
  } else {
    pending.delete(answer.id);
    workerGraph = 0;
    return countHere(graph, state);
  }
  if (entry.triads) pending.delete(answer.id);
  listeners.forEach((listener) => listener());
}

function ask(graph: EntenteGraph, state: string): void {
  try {
    if (!worker) {
      worker = new Worker(new URL('./balance.worker.ts', import.meta.url));
      worker.addEventListener('message', onAnswer);
      worker.addEventListener('error', () => {
        worker?.terminate();
        worker = null;
        workerGraph = 0;
        for (const asked of pending.values()) countHere(asked.graph, asked.state);
        pending.clear();
      });
    }
  } catch {
    return countHere(graph, state);
  }
  let graphId = graphIds.get(graph);
  if (graphId === undefined) graphIds.set(graph, (graphId = ++nextGraphId));
  const question: BalanceQuestion = { id: ++nextQuestion, graphId, state, ...(workerGraph === graphId ? {} : { graph: balanceInput(graph) }) };
  workerGraph = graphId;
  pending.set(question.id, { graph, state });
  worker.postMessage(question);
}

/** The balance figures of `state` in `graph`: its enemies of enemies and allies at odds, then the triads (null until counted). */
export function useBalance(graph: EntenteGraph, state: string): { state: Omit<StateBalance, 'own'> | null; triads: GraphTriads | null } {
  const [, setVersion] = useState(0);
  useEffect(() => {
    const listener = () => setVersion((v) => v + 1);
    listeners.add(listener);
    const entry = knownOf(graph);
    let frame = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    if (!entry.states.has(state) || !entry.triads) {
      // After the frame that shows the click: the question's copy of the graph is not part of it.
      frame = requestAnimationFrame(() => (timer = setTimeout(() => ask(graph, state), 0)));
    }
    return () => {
      listeners.delete(listener);
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [graph, state]);
  const entry = known.get(graph);
  return { state: entry?.states.get(state) ?? null, triads: entry?.triads ?? null };
}
