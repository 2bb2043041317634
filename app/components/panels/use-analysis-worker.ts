'use client';
// One analysis Web Worker per caller, started on its first job (a view sized by degree never needs one) and stopped
// when the caller unmounts: it runs measures and communities (analysis.worker.ts).
import { useCallback, useEffect, useRef } from 'react';

/** A function that gives the caller's worker, starting it the first time it is asked for. */
export function useAnalysisWorker(): () => Worker {
  const workerRef = useRef<Worker | null>(null);
  useEffect(
    () => () => {
      workerRef.current?.terminate();
      workerRef.current = null;
    },
    [],
  );
  return useCallback(() => (workerRef.current ??= new Worker(new URL('./analysis.worker.ts', import.meta.url))), []);
}
