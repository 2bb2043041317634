'use client';
// Values of the chosen measure on the shown graph, for node size and the concentric layout.
import { useMemo } from 'react';
import type { EntenteGraph } from '@/lib/graph/types';

export type MeasureValues = { values: Record<string, number>; status: string };

export function useMeasureValues(graph: EntenteGraph, measure: string): MeasureValues {
  return useMemo(() => {
    const values: Record<string, number> = {};
    graph.forEachNode((key) => {
      values[key] = graph.degree(key);
    });
    return { values, status: measure === 'degree' ? 'Sized by number of ties shown.' : `Sized by number of ties shown (${measure} comes with the metrics panel).` };
  }, [graph, measure]);
}
