export interface ToolbarProps {
  preserveLog: boolean;
  serverErrorsOnly: boolean;
  leaksOnly: boolean;
  filterText: string;
  onClear(): void;
  onPreserveLogChange(value: boolean): void;
  onServerErrorsOnlyChange(value: boolean): void;
  onLeaksOnlyChange(value: boolean): void;
  onFilterTextChange(value: string): void;
}

export function Toolbar(props: ToolbarProps) {
  return (
    <div class="toolbar" role="toolbar" aria-label="Capture controls">
      <button type="button" class="toolbar-button" title="Clear" onClick={props.onClear}>
        Clear
      </button>
      <span class="toolbar-divider" />
      <label class="toolbar-check" title="Do not clear the list on page reload or navigation">
        <input
          type="checkbox"
          checked={props.preserveLog}
          onChange={(event) => props.onPreserveLogChange(event.currentTarget.checked)}
        />
        Preserve log
      </label>
      <label class="toolbar-check">
        <input
          type="checkbox"
          checked={props.serverErrorsOnly}
          onChange={(event) => props.onServerErrorsOnlyChange(event.currentTarget.checked)}
        />
        Server errors only
      </label>
      <label class="toolbar-check" title="Show only responses that disclose server internals">
        <input
          type="checkbox"
          checked={props.leaksOnly}
          onChange={(event) => props.onLeaksOnlyChange(event.currentTarget.checked)}
        />
        Leaks only
      </label>
      <input
        type="search"
        class="toolbar-filter"
        placeholder="Filter URLs"
        aria-label="Filter URLs"
        value={props.filterText}
        onInput={(event) => props.onFilterTextChange(event.currentTarget.value)}
      />
    </div>
  );
}
