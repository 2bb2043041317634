'use client';
// One analysis Web Worker per caller, alive while the caller is mounted: it runs measures and communities (analysis.worker.ts).
import { useEffect, useRef } from 'react';

export function useAnalysisWorker() {
  const workerRef = useRef<Worker | null>(null);
  useEffect(() => {
    const worker = new Worker(new URL('./analysis.worker.ts', import.meta.url));
    workerRef.current = worker;
    return () => {
      worker.terminate();
      workerRef.current = null;
    };
  }, []);
  return workerRef;
}
