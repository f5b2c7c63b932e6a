// View state the user set (filters) that should survive closing and reopening DevTools: kept in the
// extension's localStorage, which the panel page has in both browsers.
import { useEffect, useState } from 'preact/hooks';

export function usePersistentState<T>(key: string, initial: T): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(() => {
    try {
      const stored = localStorage.getItem(key);
      return stored === null ? initial : (JSON.parse(stored) as T);
    } catch {
      return initial;
    }
  });
  useEffect(() => {
    try {
      localStorage.setItem(key, JSON.stringify(value));
    } catch {
      // Storage full or refused: the setting lasts for this panel only.
    }
  }, [key, value]);
  return [value, setValue];
}
