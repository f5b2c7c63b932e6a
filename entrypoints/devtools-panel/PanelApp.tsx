// The panel's controller: holds view state (selection, filters) over the mirrored capture and hands
// plain props to the components, which only render.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { isServerError, statusClass } from '@/core/status/status-class';
import { curlCommand } from '@/core/reproduce/curl-command';
import { fetchCall } from '@/core/reproduce/fetch-call';
import { reproducibleRequest } from '@/core/reproduce/reproducible-request';
import { needsConfirmation, retryPlan } from '@/core/retry/retry-plan';
import { retryVerdict, tryText, verdictText } from '@/core/retry/retry-outcome';
import type { ReproduceBarProps } from '@/components/detail/ReproduceBar';
import { failureMarkdown } from '@/core/share/failure-markdown';
import { diagnosisMarkdown } from '@/core/share/diagnosis-markdown';
import { redactUrl } from '@/core/redact/redact-entry';
import { explainStatus } from '@/core/status-knowledge/explain-status';
import { splitUrl } from '@/components/format';
import { DetailView } from '@/components/detail/DetailView';
import { RequestTable } from '@/components/request-table/RequestTable';
import { DiagnosisBanner } from '@/components/diagnosis/DiagnosisBanner';
import { SplitHandle } from '@/components/SplitHandle';
import { SummaryBar } from '@/components/SummaryBar';
import type { ExportMenuProps } from '@/components/toolbar/ExportMenu';
import { Toolbar } from '@/components/toolbar/Toolbar';
import type { EntryRow } from '@/messaging/protocol';
import { useCaptureMirror } from './use-capture-mirror';
import { useChecklistTicks } from './use-checklist-ticks';
import { usePersistentState } from './use-persistent-state';
import { exportFileName, saveFile } from './save-file';
import { openHarFile } from './open-har-file';
import { freeTextTerms, parseRequestFilter } from '@/core/filter/request-filter';
import { filterSuggestions } from '@/core/filter/filter-suggestions';
import { REQUEST_ORDERS, orderRequests, type RequestOrder } from '@/core/filter/request-order';
import { logSearches, timeWindow } from '@/core/logs/log-searches';
import { failuresSharingIds, findRequestIds } from '@/core/logs/request-ids';

export function PanelApp({ tabId }: { tabId: number }) {
  const capture = useCaptureMirror(tabId);
  const [selectedId, setSelectedId] = useState<string>();
  const [serverErrorsOnly, setServerErrorsOnly] = usePersistentState('server-error-lens.server-errors-only', false);
  const [leaksOnly, setLeaksOnly] = usePersistentState('server-error-lens.leaks-only', false);
  const [filterText, setFilterText] = usePersistentState('server-error-lens.filter', '');
  const [order, setOrder] = usePersistentState<RequestOrder>('server-error-lens.order', 'arrival');
  const [searchBodiesOn, setSearchBodiesOn] = usePersistentState('server-error-lens.search-bodies', false);
  const [listShare, setListShare] = useState(0.4);
  const [includeCredentials, setIncludeCredentials] = useState(false);
  const [exportAsked, setExportAsked] = useState<{ kind: 'har' | 'report'; includeCredentials: boolean }>();
  const [importStatus, setImportStatus] = useState<string>();
  const openHar = (file: File) => {
    setImportStatus(`Opening ${file.name}…`);
    openHarFile(file, capture.send).then(setImportStatus, (error: unknown) => setImportStatus(`${file.name} could not be opened: ${error instanceof Error ? error.message : String(error)}.`));
  };
  const [lastExport, setLastExport] = useState<ExportMenuProps['lastExport']>();
  const filterInput = useRef<HTMLInputElement>(null);
  const selectedIdRef = useRef<string>();
  selectedIdRef.current = selectedId;

  const filter = useMemo(() => parseRequestFilter(filterText), [filterText]);
  // Body search runs in the DevTools page, which holds the bodies, once typing pauses; again as rows come.
  const hasFreeText = searchBodiesOn && freeTextTerms(filterText).length > 0;
  useEffect(() => {
    if (!hasFreeText) return;
    const timer = setTimeout(() => capture.send({ type: 'search-bodies', query: filterText }), 300);
    return () => clearTimeout(timer);
  }, [hasFreeText, filterText, capture.rows.length]);
  const bodyMatches = useMemo(() => {
    const answer = capture.bodySearch;
    if (!hasFreeText || !answer || answer.query !== filterText) return undefined;
    return new Map(Object.entries(answer.result.matches).map(([term, ids]) => [term, new Set(ids)]));
  }, [hasFreeText, capture.bodySearch, filterText]);
  const bodySearchStatus = useMemo(() => {
    if (!hasFreeText) return undefined;
    const answer = capture.bodySearch;
    if (!answer || answer.query !== filterText) return 'Searching bodies…';
    const { searched, notHeld } = answer.result;
    return `Searched ${searched} ${searched === 1 ? 'body' : 'bodies'}${notHeld ? `; ${notHeld} not held any more or unreadable, so not searched` : ''}.`;
  }, [hasFreeText, capture.bodySearch, filterText]);
  const seenInCapture = useMemo(() => {
    const methods = new Set<string>();
    const domains = new Set<string>();
    for (const { entry } of capture.rows) {
      methods.add(entry.method.toUpperCase());
      if (URL.canParse(entry.url)) domains.add(new URL(entry.url).hostname);
    }
    return { methods: [...methods].sort(), domains: [...domains].sort() };
  }, [capture.rows]);
  const suggestions = useMemo(() => filterSuggestions(filterText, seenInCapture), [filterText, seenInCapture]);
  const tierById = useMemo(() => new Map(capture.diagnosis?.failingEntries.map((failure) => [failure.id, failure.tier.tier]) ?? []), [capture.diagnosis]);
  const visibleRows = useMemo(() => {
    const isVisible = (row: EntryRow) =>
      (!serverErrorsOnly || isServerError(row.entry.status)) &&
      (!leaksOnly || (row.leakCount ?? 0) > 0) &&
      (filter.isEmpty ||
        filter.matches({
          url: row.entry.url,
          method: row.entry.method,
          status: row.entry.status,
          leakCategories: row.leakCategories ?? [],
          worstLeakSeverity: row.worstLeakSeverity,
          tier: tierById.get(row.entry.id),
          hasRequestId: () => findRequestIds(row.entry.responseHeaders, null).length > 0,
          ...(bodyMatches ? { bodyContains: (term: string) => bodyMatches.get(term)?.has(row.entry.id) === true } : {}),
        }));
    // An order stored by another version that no longer exists falls back to arrival.
    const knownOrder = REQUEST_ORDERS.includes(order) ? order : 'arrival';
    return orderRequests(capture.rows.filter(isVisible), knownOrder, ({ entry, worstLeakSeverity }) => ({
      status: entry.status,
      time: entry.time,
      size: entry.size,
      worstLeakSeverity,
    }));
  }, [capture.rows, serverErrorsOnly, leaksOnly, filter, tierById, order, bodyMatches]);

  // Our own retries and opened HAR files are listed but are not the page's requests or failures.
  const pageRows = useMemo(() => capture.rows.filter((row) => !row.entry.retryOf && !row.entry.importedFrom), [capture.rows]);
  const importedRows = useMemo(() => capture.rows.filter((row) => row.entry.importedFrom).length, [capture.rows]);
  const serverErrors = useMemo(() => pageRows.filter((row) => isServerError(row.entry.status)).length, [pageRows]);
  const retried = useMemo(
    () =>
      pageRows.flatMap(({ entry, retry }) => {
        const verdict = retry && retryVerdict(retry);
        return retry ? [{ id: entry.id, method: entry.method, url: entry.url, request: `${entry.method} ${entry.url}`, kind: verdict?.kind, text: verdict ? verdictText(verdict) : `retrying: ${retry.tries.length} of ${retry.planned} tries done`, tries: retry.tries.map(tryText) }] : [];
      }),
    [pageRows],
  );
  const bannerMarkdown = useMemo(
    () => (capture.diagnosis ? diagnosisMarkdown(capture.diagnosis, retried.map(({ method, url, text }) => ({ request: `${method} ${redactUrl(url)}`, verdict: text }))) : ''),
    [capture.diagnosis, retried],
  );
  const selectedRow = capture.rows.find((row) => row.entry.id === selectedId);
  const selectedDetail = selectedId ? capture.details.get(selectedId) : undefined;
  const selectedStatus = selectedRow?.entry.status ?? 0;
  const logs = useMemo(() => {
    const kind = statusClass(selectedStatus);
    if (!selectedRow || (kind !== 'server-error' && kind !== 'client-error')) return undefined;
    const { entry } = selectedRow;
    const ids = findRequestIds(entry.responseHeaders, selectedDetail?.body?.text);
    const serverDate = entry.responseHeaders.find((header) => header.name.toLowerCase() === 'date')?.value;
    const request = { method: entry.method, url: entry.url, status: entry.status, startedDateTime: entry.startedDateTime, serverDate, ids };
    const failures = pageRows.filter((row) => isServerError(row.entry.status)).map((row) => row.entry);
    const sharedBy = new Map([...failuresSharingIds(ids, entry.id, failures)].map(([value, others]) => [value, others.length]));
    return { ids, window: timeWindow(request), searches: logSearches(request), sharedBy };
  }, [selectedRow, selectedDetail, selectedStatus, pageRows]);
  const reproduce = useMemo((): ReproduceBarProps | undefined => {
    if (!selectedRow) return undefined;
    const { entry, retry } = selectedRow;
    const request = reproducibleRequest(entry, { includeCredentials });
    const failed = entry.status === 0 || entry.status >= 400;
    const verdict = retry && retryVerdict(retry);
    return {
      entryId: entry.id,
      method: entry.method,
      copies: {
        curl: curlCommand(request),
        fetch: fetchCall(request),
        ...(failed
          ? {
              markdown: failureMarkdown({
                entry,
                explanation: isServerError(entry.status) ? explainStatus(entry.status) : undefined,
                analysis: selectedDetail?.analysis,
                ids: logs?.ids ?? [],
                ...(verdict ? { retryVerdict: verdictText(verdict) } : {}),
              }),
            }
          : {}),
        leftOut: request.leftOut,
        includeCredentials,
        onIncludeCredentialsChange: setIncludeCredentials,
      },
      ...(entry.retryOf ? { tryOf: { attempt: entry.retryOf.attempt, onShowOriginal: () => setSelectedId(entry.retryOf!.originalId) } } : {}),
      ...(failed && !entry.retryOf
        ? {
            retry: {
              running: retry?.running ?? false,
              stopped: retry?.stopped ?? false,
              planned: retry?.planned ?? 0,
              tries: retry?.tries.map(tryText) ?? [],
              ...(verdict ? { verdict: verdictText(verdict), verdictKind: verdict.kind } : {}),
              needsConfirmation: needsConfirmation(entry.method),
              differences: retryPlan(entry).differences,
              onStart: (tries: number) => capture.send({ type: 'retry', id: entry.id, tries }),
              onStop: () => capture.send({ type: 'stop-retry', id: entry.id }),
            },
          }
        : {}),
    };
  }, [selectedRow, selectedDetail, logs, includeCredentials]);
  const checklist = useChecklistTicks(splitUrl(selectedRow?.entry.url ?? '').origin, selectedStatus);

  // Each export the DevTools page answers with is saved once, as the user asked for it.
  const saveAnswer = (text: string, extension: '.har' | '.report.json', saved: NonNullable<ExportMenuProps['lastExport']>) => {
    const pageUrl = capture.rows.find(({ entry }) => entry.resourceType === 'document')?.entry.url ?? capture.rows[0]?.entry.url;
    saveFile(exportFileName(pageUrl, new Date(), extension), text, 'application/json');
    setLastExport(saved);
    setExportAsked(undefined);
  };
  useEffect(() => {
    const exported = capture.harExport;
    if (!exported || exportAsked?.kind !== 'har') return;
    saveAnswer(exported.text, '.har', { kind: 'har', entries: exported.entries, bodiesIncomplete: exported.bodiesIncomplete, includeCredentials: exportAsked.includeCredentials });
  }, [capture.harExport]);
  useEffect(() => {
    const report = capture.reportExport;
    if (!report || exportAsked?.kind !== 'report') return;
    saveAnswer(report.text, '.report.json', { kind: 'report', entries: report.entries, findings: report.findings, includeCredentials: exportAsked.includeCredentials });
  }, [capture.reportExport]);

  // On the document, not the panel's root: after a click on nothing or a closed detail, focus is on <body>.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // Handled, Escape stays ours: Chrome forwards unhandled keys to DevTools, whose Escape opens the drawer.
      if (event.key === 'Escape' && selectedIdRef.current !== undefined) {
        event.preventDefault();
        setSelectedId(undefined);
      }
      // `/` jumps to the filter, as in DevTools, unless one is typing somewhere already.
      if (event.key === '/' && !(event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement)) {
        event.preventDefault();
        filterInput.current?.focus();
      }
    };
    // Capture phase: DevTools' own listener on this document forwards unprevented keys at bubble time.
    document.addEventListener('keydown', onKeyDown, true);
    return () => document.removeEventListener('keydown', onKeyDown, true);
  }, []);

  useEffect(() => {
    if (selectedRow && !selectedDetail) capture.send({ type: 'get-detail', id: selectedRow.entry.id });
  }, [selectedRow, selectedDetail]);

  return (
    <div
      class={`panel${selectedRow ? ' with-detail' : ''}`}
      style={{ '--list-share': `${listShare * 100}%` }}
      onDragOver={(event) => {
        if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
      }}
      onDrop={(event) => {
        const file = event.dataTransfer?.files[0];
        if (!file) return;
        event.preventDefault();
        openHar(file);
      }}
    >
      <Toolbar
        preserveLog={capture.preserveLog}
        serverErrorsOnly={serverErrorsOnly}
        leaksOnly={leaksOnly}
        filterText={filterText}
        onClear={() => capture.send({ type: 'clear' })}
        onPreserveLogChange={(value) => capture.send({ type: 'set-preserve-log', value })}
        onServerErrorsOnlyChange={setServerErrorsOnly}
        onLeaksOnlyChange={setLeaksOnly}
        onFilterTextChange={setFilterText}
        filterInputRef={filterInput}
        invalidFilterTerms={filter.invalid}
        order={order}
        onOrderChange={setOrder}
        exportMenu={{
          onExport: (options) => {
            setExportAsked({ kind: 'har', includeCredentials: options.includeCredentials });
            capture.send({ type: 'export-har', ...options });
          },
          onExportReport: (options) => {
            setExportAsked({ kind: 'report', includeCredentials: options.includeCredentials });
            capture.send({ type: 'export-report', ...options });
          },
          lastExport,
        }}
        filterSuggestions={suggestions}
        searchBodies={searchBodiesOn}
        onSearchBodiesChange={setSearchBodiesOn}
        bodySearchStatus={bodySearchStatus}
        onOpenHar={openHar}
        importStatus={importStatus}
      />
      <SummaryBar serverErrors={serverErrors} total={pageRows.length} retries={capture.rows.length - pageRows.length - importedRows} imported={importedRows} />
      <DiagnosisBanner diagnosis={capture.diagnosis} retried={retried} markdown={bannerMarkdown} onSelectEntry={setSelectedId} />
      <div class="panel-body">
        <RequestTable rows={visibleRows} selectedId={selectedId} onSelect={setSelectedId} />
        {selectedRow && <SplitHandle onResize={setListShare} />}
        {selectedRow && reproduce && (
          <DetailView
            row={selectedRow}
            detail={selectedDetail}
            explanation={isServerError(selectedStatus) ? explainStatus(selectedStatus) : undefined}
            logs={logs}
            ticked={checklist.ticked}
            onTickChange={checklist.setTick}
            reproduce={reproduce}
            onClose={() => setSelectedId(undefined)}
          />
        )}
      </div>
    </div>
  );
}
