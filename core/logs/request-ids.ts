// The identifiers a response carries that a server's logs carry too, each labelled with what
// usually writes it: the way from a failed request to its log line. Data, one entry per header;
// ids in the body come from the JSON fields frameworks use in their error bodies.
import type { HeaderField } from '../capture/captured-entry';

export interface RequestId {
  /** Where it was found: a header name as sent, or `body: traceId`. */
  source: string;
  value: string;
  /** Who usually writes it, in a few words. */
  writtenBy: string;
  /** For trace headers: the trace id inside the value, which log stores index on its own. */
  traceId?: string;
  parentSpanId?: string;
}

interface IdHeader {
  writtenBy: string;
  /** Pulls the trace and span ids out of the value, when the header packs several. */
  parse?: (value: string) => { traceId?: string; parentSpanId?: string };
}

const ID_HEADERS: Record<string, IdHeader> = {
  'x-request-id': { writtenBy: 'the application or a proxy in front of it (Rails, nginx $request_id, Envoy, Heroku router, request-id middleware)' },
  'x-correlation-id': { writtenBy: 'the application or its API gateway (correlation id passed between services)' },
  'request-id': { writtenBy: 'the application or its API gateway' },
  'x-trace-id': { writtenBy: 'the application\'s tracing middleware' },
  traceparent: { writtenBy: 'W3C Trace Context (OpenTelemetry and most tracers)', parse: parseTraceparent },
  tracestate: { writtenBy: 'W3C Trace Context, vendor part' },
  'x-amzn-trace-id': { writtenBy: 'AWS X-Ray / Application Load Balancer', parse: (value) => ({ traceId: /(?:^|;)\s*Root=([^;\s]+)/.exec(value)?.[1] }) },
  'x-amzn-requestid': { writtenBy: 'AWS API Gateway / Lambda' },
  'x-amz-request-id': { writtenBy: 'Amazon S3 or another AWS service' },
  'x-amz-cf-id': { writtenBy: 'Amazon CloudFront' },
  'cf-ray': { writtenBy: 'Cloudflare (the data centre is the suffix)' },
  'x-cloud-trace-context': { writtenBy: 'Google Cloud load balancer / Cloud Trace', parse: (value) => ({ traceId: /^([0-9a-f]{32})/i.exec(value)?.[1] }) },
  'sentry-trace': { writtenBy: 'Sentry', parse: (value) => ({ traceId: /^([0-9a-f]{32})/i.exec(value)?.[1], parentSpanId: /^[0-9a-f]{32}-([0-9a-f]{16})/i.exec(value)?.[1] }) },
  'x-b3-traceid': { writtenBy: 'Zipkin B3 propagation' },
  b3: { writtenBy: 'Zipkin B3 propagation (single header)', parse: (value) => ({ traceId: /^([0-9a-f]{16,32})/i.exec(value)?.[1] }) },
  'x-vercel-id': { writtenBy: 'Vercel' },
  'fly-request-id': { writtenBy: 'Fly.io proxy' },
  'x-github-request-id': { writtenBy: 'GitHub' },
  'x-ms-request-id': { writtenBy: 'Azure' },
  'x-azure-ref': { writtenBy: 'Azure Front Door' },
  'x-goog-request-id': { writtenBy: 'Google APIs' },
  'x-datadog-trace-id': { writtenBy: 'Datadog APM' },
  'x-envoy-request-id': { writtenBy: 'Envoy' },
};

/** JSON fields error bodies put request or trace ids in (ASP.NET Core ProblemDetails traceId, Spring, Express apps…). */
const BODY_ID_FIELDS = ['traceId', 'trace_id', 'requestId', 'request_id', 'correlationId', 'correlation_id', 'x-request-id'];
/** Ids are short tokens; anything longer or with spaces is not one. */
const ID_VALUE = /^[\w.:/+=@-]{6,200}$/;
const MAX_BODY_CHARS_PARSED = 64 * 1024;

export function findRequestIds(headers: readonly HeaderField[], body: string | null | undefined): RequestId[] {
  const ids: RequestId[] = [];
  for (const { name, value } of headers) {
    const known = ID_HEADERS[name.toLowerCase()];
    const trimmed = value.trim();
    if (!known || !trimmed || trimmed.length > 512) continue;
    ids.push({ source: name, value: trimmed, writtenBy: known.writtenBy, ...withoutUndefined(known.parse?.(trimmed) ?? {}) });
  }
  for (const [field, value] of bodyIds(body)) {
    if (!ids.some((id) => id.value === value)) ids.push({ source: `body: ${field}`, value, writtenBy: 'the application, in its error body' });
  }
  return ids;
}

function parseTraceparent(value: string): { traceId?: string; parentSpanId?: string } {
  const match = /^[0-9a-f]{2}-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}/i.exec(value);
  return match ? { traceId: match[1], parentSpanId: match[2] } : {};
}

/** Top-level (and one level down, e.g. {"error": {…}}) id fields of a JSON body. */
function bodyIds(body: string | null | undefined): [string, string][] {
  const text = body?.trimStart();
  if (!text || !text.startsWith('{') || text.length > MAX_BODY_CHARS_PARSED) return [];
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    return [];
  }
  const found: [string, string][] = [];
  const visit = (node: unknown, depth: number) => {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return;
    for (const [key, value] of Object.entries(node)) {
      if (BODY_ID_FIELDS.includes(key) && typeof value === 'string' && ID_VALUE.test(value)) found.push([key, value]);
      else if (depth === 0) visit(value, 1);
    }
  };
  visit(document, 0);
  return found;
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Per id value of `ids`, the other failures whose response carries the same value in a header. */
export function failuresSharingIds<T extends { id: string; responseHeaders: readonly HeaderField[] }>(
  ids: readonly RequestId[],
  self: string,
  failures: readonly T[],
): Map<string, T[]> {
  const shared = new Map<string, T[]>();
  for (const { value } of ids) {
    const others = failures.filter((failure) => failure.id !== self && failure.responseHeaders.some((header) => header.value.trim() === value));
    if (others.length) shared.set(value, others);
  }
  return shared;
}
