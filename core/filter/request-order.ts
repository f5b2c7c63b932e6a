// How the panel's list can be ordered, as in the Network panel: by arrival (the default), status,
// duration, size, or the worst leak found. Stable: requests that compare equal keep their arrival order.
import { severityRank, type LeakSeverity } from '../leaks/leak-finding';

export const REQUEST_ORDERS = ['arrival', 'status', 'duration', 'size', 'leak'] as const;
export type RequestOrder = (typeof REQUEST_ORDERS)[number];

export const REQUEST_ORDER_LABELS: Record<RequestOrder, string> = {
  arrival: 'Arrival',
  status: 'Status (5xx first)',
  duration: 'Duration (slowest first)',
  size: 'Size (largest first)',
  leak: 'Worst leak first',
};

export interface OrderableRequest {
  status: number;
  /** ms */
  time: number;
  /** bytes; -1 when unknown */
  size: number;
  worstLeakSeverity?: LeakSeverity;
}

/** A new array in `order`; the input is not changed. */
export function orderRequests<T>(items: readonly T[], order: RequestOrder, view: (item: T) => OrderableRequest): T[] {
  if (order === 'arrival') return [...items];
  const key = ORDER_KEYS[order];
  return items
    .map((item, index) => ({ item, index, key: key(view(item)) }))
    .sort((a, b) => b.key - a.key || a.index - b.index)
    .map(({ item }) => item);
}

/** Higher sorts first. */
const ORDER_KEYS: Record<Exclude<RequestOrder, 'arrival'>, (request: OrderableRequest) => number> = {
  // A failed request (status 0) after every answered one.
  status: (request) => (request.status === 0 ? -1 : request.status),
  duration: (request) => request.time,
  size: (request) => request.size,
  leak: (request) => (request.worstLeakSeverity === undefined ? -1 : severityRank(request.worstLeakSeverity)),
};
