/**
 * The standard templates, loaded after the pane's first paint: the template
 * data (every catalogue row and criterion text) is the largest part of the
 * gallery, so it comes in its own chunk.
 */
import { useEffect, useState } from 'react';
import type { Template } from '../../core/templates/types';

let cache: readonly Template[] | null = null;

export function loadTemplates(): Promise<readonly Template[]> {
  return import(/* webpackChunkName: "templates" */ '../../core/templates').then((m) => {
    cache = m.TEMPLATES;
    return m.TEMPLATES;
  });
}

/** The templates, or null while they load; `error` when the chunk could not be loaded. */
export function useTemplates(): { templates: readonly Template[] | null; error: string | null } {
  const [templates, setTemplates] = useState<readonly Template[] | null>(cache);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (cache !== null) return undefined;
    let live = true;
    loadTemplates().then(
      (t) => {
        if (live) setTemplates(t);
      },
      (err: unknown) => {
        if (live) setError(err instanceof Error ? err.message : String(err));
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return { templates, error };
}
