// Ready-to-copy searches for one failed request in the places its log line may be: access logs
// (nginx/Apache combined, Caddy JSON), journald, Kubernetes, Docker and common log stores. Built
// from the method, the path (never the query string, which may hold tokens), the status, the time
// window and the request's ids; cookies and credentials never go in. Every value from the response
// is quoted for the shell or query language it lands in, so a hostile path cannot run anything.
import { shellQuote } from '../text/shell-quote';
import type { RequestId } from './request-ids';

export interface FailedRequest {
  method: string;
  url: string;
  status: number;
  /** The request's start, ISO 8601. */
  startedDateTime: string;
  /** The server's Date header, when sent: its clock is the one its logs use. */
  serverDate?: string;
  ids: readonly RequestId[];
}

export interface TimeWindow {
  /** The moment searched around: the server's Date when it sent one, else the request's start. */
  at: Date;
  basis: 'server Date header' | 'request start';
  from: Date;
  until: Date;
}

export interface LogSearch {
  /** Where to run it. */
  where: string;
  command: string;
}

/** ±1 minute: clocks drift, and a slow request is logged when it ends. */
export const WINDOW_MS = 60_000;

export function timeWindow({ startedDateTime, serverDate }: Pick<FailedRequest, 'startedDateTime' | 'serverDate'>): TimeWindow | undefined {
  const server = serverDate ? new Date(serverDate) : undefined;
  const started = new Date(startedDateTime);
  const at = server && !Number.isNaN(server.getTime()) ? server : started;
  if (Number.isNaN(at.getTime())) return undefined;
  return { at, basis: at === server ? 'server Date header' : 'request start', from: new Date(at.getTime() - WINDOW_MS), until: new Date(at.getTime() + WINDOW_MS) };
}

export function logSearches(request: FailedRequest): LogSearch[] {
  const path = pathOf(request.url);
  const window = timeWindow(request);
  const id = searchableId(request.ids);
  const searches: LogSearch[] = [];
  const status = String(request.status);
  const method = request.method.toUpperCase().replace(/[^A-Z]/g, '');

  searches.push({
    where: 'nginx / Apache access log (combined format; zgrep also reads rotated .gz files)',
    command: `zgrep -hF ${shellQuote(`"${method} ${path}`)} /var/log/nginx/access.log* | grep -F ${shellQuote(`" ${status} `)}`,
  });
  searches.push({ where: 'Caddy JSON access log', command: `grep -F ${shellQuote(`"uri":${JSON.stringify(path)}`)} /var/log/caddy/access.log | grep -F ${shellQuote(`"status":${status}`)}` });
  if (id) searches.push({ where: 'any log file, by the request id', command: `grep -rF ${shellQuote(id.value)} /var/log/` });
  if (window) {
    const since = journalTime(window.from);
    const until = journalTime(window.until);
    const filter = id ? ` | grep -F ${shellQuote(id.value)}` : ` | grep -F ${shellQuote(path)}`;
    searches.push({ where: 'systemd journal (times in UTC)', command: `journalctl --utc --since ${shellQuote(since)} --until ${shellQuote(until)}${filter}` });
    searches.push({ where: 'Kubernetes (replace deploy/app)', command: `kubectl logs deploy/app --all-containers --since-time=${window.from.toISOString()}${filter}` });
    searches.push({ where: 'Docker (replace app)', command: `docker logs --since ${window.from.toISOString()} --until ${window.until.toISOString()} app 2>&1${filter}` });
  }
  const needle = id?.value ?? path;
  searches.push({ where: 'Grafana Loki (LogQL; replace the stream selector)', command: `{app="app"} |= ${quoted(needle)}${id ? '' : ` |= ${quoted(` ${status} `)}`}` });
  searches.push({
    where: 'Elasticsearch / Kibana (KQL, ECS fields)',
    command: id ? quoted(id.value) : `url.path : ${quoted(path)} and http.response.status_code : ${status} and http.request.method : ${method}`,
  });
  searches.push({
    where: 'CloudWatch Logs Insights',
    command: `fields @timestamp, @message | filter @message like ${quoted(needle)} | sort @timestamp desc | limit 50`,
  });
  searches.push({
    where: 'Datadog Logs',
    command: id ? quoted(id.value) : `@http.url_details.path:${quoted(path)} @http.status_code:${status} @http.method:${method}`,
  });
  return searches;
}

/** The id most logs carry verbatim: a request id before a trace id, the trace id out of a traceparent. */
function searchableId(ids: readonly RequestId[]): { value: string } | undefined {
  const preferred = ids.find((id) => /request-?id|correlation/i.test(id.source)) ?? ids.find((id) => id.traceId) ?? ids[0];
  if (!preferred) return undefined;
  return { value: preferred.traceId ?? preferred.value };
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url.split('?')[0] ?? url;
  }
}

/** POSIX single quotes: nothing inside is special; a quote is closed, escaped and reopened. */
function journalTime(date: Date): string {
  return date.toISOString().replace('T', ' ').replace(/\.\d+Z$/, '');
}

/** A double-quoted string as LogQL, KQL, CloudWatch and Datadog read one: backslash and quote escaped. */
function quoted(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/\n/g, '\\n')}"`;
}
