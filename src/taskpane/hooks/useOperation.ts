/**
 * Runs one async operation at a time for a component: tracks whether it is
 * busy and the error to show (the error's message only, never a stack).
 */
import { useCallback, useEffect, useRef, useState } from 'react';

export interface Operation {
  readonly busy: boolean;
  readonly error: string | null;
  /** The failed error's name (e.g. "UnsupportedHostError"), to offer a way out. */
  readonly errorName: string | null;
  /** Runs `task`; resolves to its result, or undefined when it failed or another run is going on. */
  run<T>(task: () => Promise<T>): Promise<T | undefined>;
  clearError(): void;
}

export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message || err.name;
  if (typeof err === 'string') return err;
  const message = (err as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(err);
}

export function useOperation(): Operation {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [errorName, setErrorName] = useState<string | null>(null);
  const running = useRef(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(async <T,>(task: () => Promise<T>): Promise<T | undefined> => {
    if (running.current) return undefined;
    running.current = true;
    setBusy(true);
    setError(null);
    setErrorName(null);
    try {
      return await task();
    } catch (err) {
      if (mounted.current) {
        setError(errorMessage(err));
        setErrorName(err instanceof Error ? err.name : null);
      }
      return undefined;
    } finally {
      running.current = false;
      if (mounted.current) setBusy(false);
    }
  }, []);

  const clearError = useCallback(() => {
    setError(null);
    setErrorName(null);
  }, []);
  return { busy, error, errorName, run, clearError };
}
