// View state the user set (filters, sort) that should survive closing and reopening DevTools: kept
// in the extension's localStorage, which the panel page has in both browsers. Saved as it is set,
// not in an effect after the next paint: DevTools may be closed right after the last keystroke.
import { useCallback, useState } from 'preact/hooks';

export function usePersistentState<T>(key: string, initial: T): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(() => {
    try {
      const stored = localStorage.getItem(key);
      return stored === null ? initial : (JSON.parse(stored) as T);
    } catch {
      return initial;
    }
  });
  const setAndSave = useCallback(
    (next: T) => {
      setValue(next);
      try {
        localStorage.setItem(key, JSON.stringify(next));
      } catch {
        // Storage full or refused: the setting lasts for this panel only.
      }
    },
    [key],
  );
  return [value, setAndSave];
}
