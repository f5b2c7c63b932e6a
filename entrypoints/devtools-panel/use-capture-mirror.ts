// The panel's copy of the capture, kept in step with the DevTools page over the tab channel.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { CaptureDiagnosis } from '@/core/diagnosis/diagnose-capture';
import type { DevtoolsToPanel, EntryDetail, EntryRow, PanelToDevtools } from '@/messaging/protocol';
import { openPanelSide } from '@/messaging/tab-channel';

export interface CaptureMirror {
  rows: EntryRow[];
  preserveLog: boolean;
  details: ReadonlyMap<string, EntryDetail>;
  diagnosis: CaptureDiagnosis | undefined;
  /** The last HAR export the DevTools page made, once asked for. */
  harExport: HarExportMessage | undefined;
  reportExport: ReportExportMessage | undefined;
  /** The last body search's answer. */
  bodySearch: BodySearchMessage | undefined;
  send(message: PanelToDevtools): void;
}

export type BodySearchMessage = Extract<DevtoolsToPanel, { type: 'body-search' }>;

export type HarExportMessage = Extract<DevtoolsToPanel, { type: 'har-export' }>;

export type ReportExportMessage = Extract<DevtoolsToPanel, { type: 'report-export' }>;

export function useCaptureMirror(tabId: number): CaptureMirror {
  const [rowsById, setRowsById] = useState<ReadonlyMap<string, EntryRow>>(new Map());
  const [preserveLog, setPreserveLog] = useState(false);
  const [details, setDetails] = useState<ReadonlyMap<string, EntryDetail>>(new Map());
  const [diagnosis, setDiagnosis] = useState<CaptureDiagnosis>();
  const [harExport, setHarExport] = useState<HarExportMessage>();
  const [reportExport, setReportExport] = useState<ReportExportMessage>();
  const [bodySearch, setBodySearch] = useState<BodySearchMessage>();

  const channel = useMemo(
    () =>
      openPanelSide(tabId, (message) => {
        switch (message.type) {
          case 'reset':
            setRowsById(new Map(message.rows.map((row) => [row.entry.id, row])));
            setPreserveLog(message.preserveLog);
            setDetails(new Map());
            return;
          case 'rows':
            setRowsById((previous) => {
              const next = new Map(previous);
              for (const row of message.rows) next.set(row.entry.id, row);
              return next;
            });
            // A row that changed may have a newer body or analysis: ask again when selected.
            setDetails((previous) => {
              if (!message.rows.some((row) => previous.has(row.entry.id))) return previous;
              const next = new Map(previous);
              for (const row of message.rows) next.delete(row.entry.id);
              return next;
            });
            return;
          case 'detail':
            setDetails((previous) => new Map(previous).set(message.detail.id, message.detail));
            return;
          case 'diagnosis':
            setDiagnosis(message.diagnosis);
            return;
          case 'har-export':
            setHarExport(message);
            return;
          case 'report-export':
            setReportExport(message);
            return;
          case 'body-search':
            setBodySearch(message);
            return;
        }
      }),
    [tabId],
  );

  useEffect(() => {
    channel.send({ type: 'hello' });
    return () => channel.close();
  }, [channel]);

  const rows = useMemo(() => [...rowsById.values()], [rowsById]);
  return {
    rows,
    preserveLog,
    details,
    diagnosis,
    harExport,
    reportExport,
    bodySearch,
    send: (message) => {
      if (message.type === 'set-preserve-log') setPreserveLog(message.value);
      channel.send(message);
    },
  };
}
