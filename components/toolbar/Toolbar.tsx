import type { Ref } from 'preact';
import type { InvalidTerm } from '@/core/filter/request-filter';
import { REQUEST_ORDERS, REQUEST_ORDER_LABELS, type RequestOrder } from '@/core/filter/request-order';
import { VisibleText } from '../VisibleText';
import { ExportMenu, type ExportMenuProps } from './ExportMenu';

const FILTER_HELP =
  'Free text matches the URL. Terms: status:5xx, status:502, status:>=400, status:500-599, method:POST, domain:api.example.com, domain:*.example.com, leak:secret (a category, or leak:any), severity:medium (or worse), tier:proxy, has:request-id, has:leak. -term negates; terms are ANDed; "quotes" keep spaces.';

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
  /** Terms of the filter that could not be read, shown under the toolbar. */
  invalidFilterTerms?: readonly InvalidTerm[];
  order: RequestOrder;
  onOrderChange(order: RequestOrder): void;
  exportMenu: ExportMenuProps;
  searchBodies: boolean;
  onSearchBodiesChange(value: boolean): void;
  /** How many bodies the free text was looked for in, when body search is on. */
  bodySearchStatus?: string;
  /** Completions of the term being typed, each as the box's whole new text. */
  filterSuggestions: readonly string[];
  onOpenHar(file: File): void;
  /** What the last opened HAR gave, or why it could not be opened. */
  importStatus?: string;
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
      <label class="toolbar-check" title="Order of the list">
        Sort
        <select class="toolbar-sort" value={props.order} onChange={(event) => props.onOrderChange(event.currentTarget.value as RequestOrder)}>
          {REQUEST_ORDERS.map((order) => (
            <option key={order} value={order}>
              {REQUEST_ORDER_LABELS[order]}
            </option>
          ))}
        </select>
      </label>
      <ExportMenu {...props.exportMenu} />
      <label class="toolbar-button open-har" title="Open a HAR file (or drop one on the panel): its requests are analysed and listed, marked as imported">
        Open HAR
        <input
          type="file"
          accept=".har,.json,.gz,application/json"
          class="visually-hidden"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (file) props.onOpenHar(file);
          }}
        />
      </label>
      <input
        ref={props.filterInputRef}
        type="search"
        class={`toolbar-filter${props.invalidFilterTerms?.length ? ' has-invalid' : ''}`}
        placeholder="Filter: text, status:5xx, method:POST, leak:secret, -domain:…"
        aria-label="Filter requests"
        list="filter-suggestions"
        autoComplete="off"
        title={FILTER_HELP}
        value={props.filterText}
        onInput={(event) => props.onFilterTextChange(event.currentTarget.value)}
      />
      <ToolbarCheckbox
        label="Search bodies"
        hint="Also look for the filter's free text in the response bodies the capture holds"
        checked={props.searchBodies}
        onChange={props.onSearchBodiesChange}
      />
      <datalist id="filter-suggestions">
        {props.filterSuggestions.map((suggestion) => (
          <option key={suggestion} value={suggestion} />
        ))}
      </datalist>
      {props.bodySearchStatus && (
        <p class="import-status body-search-status" role="status">
          {props.bodySearchStatus}
        </p>
      )}
      {props.importStatus && (
        <p class="import-status" role="status">
          <VisibleText text={props.importStatus} />
        </p>
      )}
      {props.invalidFilterTerms?.length ? (
        <p class="filter-problems" role="status">
          {props.invalidFilterTerms.map(({ term, reason }) => (
            <span key={term} class="filter-problem">
              <code>
                <VisibleText text={term} />
              </code>{' '}
              not understood: {reason}
            </span>
          ))}
        </p>
      ) : null}
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
