// Ticks on a cause checklist last for the DevTools session, per origin and status: investigating a
// 500 on one site should not tick boxes for a 502 or for another site. sessionStorage of the panel
// document lives exactly as long as this DevTools window.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { CauseId } from '@/core/status-knowledge/cause-ids';

function storageKey(origin: string, status: number): string {
  return `server-error-lens.ticks ${origin} ${status}`;
}

function readTicks(key: string): Set<CauseId> {
  try {
    return new Set(JSON.parse(sessionStorage.getItem(key) ?? '[]') as CauseId[]);
  } catch {
    return new Set();
  }
}

export function useChecklistTicks(origin: string, status: number) {
  const key = storageKey(origin, status);
  const [ticked, setTicked] = useState(() => readTicks(key));
  useEffect(() => setTicked(readTicks(key)), [key]);
  const setTick = useCallback(
    (id: CauseId, value: boolean) => {
      const next = readTicks(key);
      if (value) next.add(id);
      else next.delete(id);
      sessionStorage.setItem(key, JSON.stringify([...next]));
      setTicked(next);
    },
    [key],
  );
  return { ticked, setTick };
}
