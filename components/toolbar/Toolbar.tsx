import type { Ref } from 'preact';

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
  /** The filter box, for the panel's `/` shortcut. */
  filterInputRef?: Ref<HTMLInputElement>;
}

export function Toolbar(props: ToolbarProps) {
  return (
    <div class="toolbar" role="toolbar" aria-label="Capture controls">
      <button type="button" class="toolbar-button" title="Clear" onClick={props.onClear}>
        Clear
      </button>
      <span class="toolbar-divider" />
      <ToolbarCheckbox
        label="Preserve log"
        hint="Do not clear the list on page reload or navigation"
        checked={props.preserveLog}
        onChange={props.onPreserveLogChange}
      />
      <ToolbarCheckbox
        label="Server errors only"
        hint="Show only 5xx responses"
        checked={props.serverErrorsOnly}
        onChange={props.onServerErrorsOnlyChange}
      />
      <ToolbarCheckbox
        label="Leaks only"
        hint="Show only responses that disclose server internals"
        checked={props.leaksOnly}
        onChange={props.onLeaksOnlyChange}
      />
      <input
        ref={props.filterInputRef}
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

interface ToolbarCheckboxProps {
  label: string;
  hint: string;
  checked: boolean;
  onChange(value: boolean): void;
}

function ToolbarCheckbox({ label, hint, checked, onChange }: ToolbarCheckboxProps) {
  return (
    <label class="toolbar-check" title={hint}>
      <input type="checkbox" checked={checked} onChange={(event) => onChange(event.currentTarget.checked)} />
      {label}
    </label>
  );
}
