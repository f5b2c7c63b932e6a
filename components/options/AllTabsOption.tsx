// The opt-in to count server errors on every tab. The checkbox shows whether the browser holds the
// permission now, not a stored wish: the user may also remove it in the browser's own settings.
import { useEffect, useState } from 'preact/hooks';

export interface AllTabsAccess {
  has(): Promise<boolean>;
  request(): Promise<boolean>;
  remove(): Promise<boolean>;
  onChanged(listener: () => void): void;
}

export function AllTabsOption({ access }: { access: AllTabsAccess }) {
  const [granted, setGranted] = useState<boolean | undefined>(undefined);
  const [problem, setProblem] = useState<string | undefined>(undefined);

  useEffect(() => {
    const refresh = () => void access.has().then(setGranted, () => setGranted(false));
    refresh();
    access.onChanged(refresh);
  }, [access]);

  const toggle = (wanted: boolean) => {
    setProblem(undefined);
    // request() must be called in the click's own handler, before anything awaits.
    const change = wanted ? access.request() : access.remove();
    change.then(
      (done) => {
        if (!done && wanted) setProblem('The browser did not grant the access, so only tabs with DevTools open are counted.');
        return access.has().then(setGranted);
      },
      (error: unknown) => {
        setProblem(`The browser refused: ${error instanceof Error ? error.message : String(error)}`);
        return access.has().then(setGranted);
      },
    );
  };

  return (
    <main class="options">
      <h1>Server Error Lens</h1>
      <label class="option">
        <input
          type="checkbox"
          checked={granted === true}
          disabled={granted === undefined}
          onChange={(event) => {
            const wanted = event.currentTarget.checked;
            // Shows what the browser holds, not the click, until it answered.
            event.currentTarget.checked = granted === true;
            toggle(wanted);
          }}
        />
        <span>Count server errors on all tabs, even with DevTools closed</span>
      </label>
      <p class="explanation">
        By default the toolbar badge counts what the Server Errors panel captured, and only while DevTools is open: the
        extension needs no permission for that. Turned on, it asks the browser for access to the <em>http</em> and{' '}
        <em>https</em> sites you visit and to <em>webRequest</em>, and counts each tab's 5xx responses from the last page
        load on. It reads only the status code, keeps the count in memory, and sends nothing anywhere. Turning it off gives
        the permission back.
      </p>
      <p class="state" role="status">
        {granted === undefined ? 'Checking…' : granted ? 'On: every tab is counted.' : 'Off: only tabs with DevTools open are counted.'}
      </p>
      {problem && <p class="problem" role="alert">{problem}</p>}
    </main>
  );
}
