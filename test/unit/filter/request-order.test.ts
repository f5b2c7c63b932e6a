import { describe, expect, it } from 'vitest';
import { orderRequests, type OrderableRequest, type RequestOrder } from '../../../core/filter/request-order';

const rows: (OrderableRequest & { name: string })[] = [
  { name: 'ok', status: 200, time: 12, size: 300 },
  { name: 'crash', status: 500, time: 80, size: 1200, worstLeakSeverity: 'high' },
  { name: 'failed', status: 0, time: 5, size: -1 },
  { name: 'gateway', status: 502, time: 3000, size: 150, worstLeakSeverity: 'low' },
  { name: 'missing', status: 404, time: 12, size: 300 },
];

describe('orderRequests', () => {
  it.each<[RequestOrder, string[]]>([
    ['arrival', ['ok', 'crash', 'failed', 'gateway', 'missing']],
    ['status', ['gateway', 'crash', 'missing', 'ok', 'failed']],
    ['duration', ['gateway', 'crash', 'ok', 'missing', 'failed']],
    ['size', ['crash', 'ok', 'missing', 'gateway', 'failed']],
    ['leak', ['crash', 'gateway', 'ok', 'failed', 'missing']],
  ])('by %s: %j (ties keep arrival order)', (order, expected) => {
    expect(orderRequests(rows, order, (row) => row).map((row) => row.name)).toEqual(expected);
    expect(rows.map((row) => row.name)).toEqual(['ok', 'crash', 'failed', 'gateway', 'missing']);
  });
});
