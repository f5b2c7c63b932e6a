import { describe, expect, it } from 'vitest';
import { EVIDENCE_RULES } from '../../../core/diagnosis/evidence-rules/all-rules';
import { FALLBACK_DISCOUNT, rankCauses } from '../../../core/diagnosis/rank-causes';
import { explainStatus } from '../../../core/status-knowledge/explain-status';

const error500 = (body: string) => ({ status: 500, headers: [], body });
const topCause = (body: string, status = 500) => rankCauses({ status, headers: [], body })[0];

// Realistic texts as stacks print them; each row names the cause that must rank first and the
// rule that must supply the evidence.
describe('rankCauses picks the specific cause', () => {
  it.each([
    ['Error: connect ECONNREFUSED 10.0.3.7:5432\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)', 'database', 'postgres-unreachable'],
    ['redis.exceptions.ConnectionError: Error 111 connecting to cache.internal:6379. Connection refused.', 'database', 'redis-unreachable'],
    ['Error: connect ECONNREFUSED 127.0.0.1:6379\n    at TCPConnectWrap.afterConnect', 'database', 'redis-unreachable'],
    ["SQLSTATE[HY000] [2002] Connection refused (SQL: select * from `users` where `id` = 1)", 'database', 'sqlstate-code'],
    ["mysqli_sql_exception: Access denied for user 'shop'@'10.0.0.4' (using password: YES)", 'database', 'mysql-error'],
    ['MongoServerSelectionError: connect ECONNREFUSED 127.0.0.1:27017', 'database', 'mongodb-unreachable'],
    ['sqlite3.OperationalError: database is locked', 'database', 'sqlite-error'],
    ['ORA-12541: TNS:no listener', 'database', 'oracle-error'],
    ["Microsoft.Data.SqlClient.SqlException (0x80131904): Login failed for user 'app'.", 'database', 'sqlserver-error'],
    ['psycopg2.errors.UndefinedTable: relation "orders" does not exist', 'database', 'postgres-error'],
    ['ERROR: permission denied for table invoices', 'database', 'postgres-error'],
    // node-postgres messages as Express handlers pass them on ({"error": err.message}), and pg's error object whole.
    ['{"error":"column \\"totl\\" does not exist"}', 'database', 'postgres-error'],
    ['{"error":"duplicate key value violates unique constraint \\"users_email_key\\""}', 'database', 'postgres-error'],
    ['{"error":"null value in column \\"total\\" of relation \\"orders\\" violates not-null constraint"}', 'database', 'postgres-error'],
    ['{"length":104,"name":"error","severity":"ERROR","code":"42P01","position":"15","file":"parse_relation.c","line":"1392","routine":"parserOpenTable"}', 'database', 'postgres-error'],
    ["OOM command not allowed when used memory > 'maxmemory'.", 'database', 'redis-error'],
    ["OSError: [Errno 28] No space left on device: '/var/cache/app/thumb.png'", 'disk-space', 'no-space-left'],
    ["Error: ENOSPC: no space left on device, write", 'disk-space', 'no-space-left'],
    ["OSError: [Errno 122] Disk quota exceeded: '/home/site/uploads/a.jpg'", 'disk-space', 'disk-full'],
    ["Error: EACCES: permission denied, open '/srv/app/uploads/a.png'", 'permissions', 'errno-eacces'],
    ["PermissionError: [Errno 13] Permission denied: '/var/www/media/x'", 'permissions', 'errno-eacces'],
    ['Warning: fopen(/var/www/cache/x.tmp): Failed to open stream: Permission denied in /var/www/lib.php on line 3', 'permissions', 'permission-denied'],
    ['PHP Fatal error:  Allowed memory size of 134217728 bytes exhausted (tried to allocate 20480 bytes)', 'memory', 'php-memory-limit'],
    ['java.lang.OutOfMemoryError: Java heap space', 'memory', 'runtime-out-of-memory'],
    ['FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory', 'memory', 'runtime-out-of-memory'],
    ['OSError: [Errno 12] Cannot allocate memory', 'memory', 'os-out-of-memory'],
    ["PHP Parse error:  syntax error, unexpected token \"}\" in /var/www/app/Cart.php on line 88", 'syntax-error', 'php-parse-error'],
    ["SyntaxError: Unexpected identifier 'orders'\n    at internalCompileFunction (node:internal/vm:76:18)", 'syntax-error', 'syntax-error-exception'],
    ["  File \"/app/views.py\", line 12\n    def total(:\n              ^\nSyntaxError: invalid syntax", 'syntax-error', 'syntax-error-exception'],
    ["/var/www/html/.htaccess: Invalid command 'RewriteEngin', perhaps misspelled or defined by a module not included in the server configuration", 'server-config', 'apache-config-directive'],
    ['HTTP Error 500.19 - Internal Server Error. The requested page cannot be accessed because the related configuration data for the page is invalid.', 'server-config', 'iis-config-error'],
    ['upstream connect error or disconnect/reset before headers. reset reason: connection failure', 'upstream', 'envoy-upstream-failure'],
    ['no healthy upstream', 'upstream', 'envoy-upstream-failure'],
    ['<html><body><h1>503 Service Unavailable</h1>\nNo server is available to handle this request.\n</body></html>', 'upstream', 'haproxy-no-server'],
    ['Error: connect ECONNREFUSED 10.0.0.12:8080', 'upstream', 'service-connection-failure'],
    ['dial tcp 10.1.0.9:5432: connect: connection refused', 'database', 'postgres-unreachable'],
    ["OperationalError: (2003, \"Can't connect to MySQL server on 'db' ([Errno 111] Connection refused)\")", 'database', 'mysql-error'],
    ['Error: getaddrinfo ENOTFOUND payments.internal', 'dns', 'dns-resolution-failure'],
    ['Error: certificate has expired\n code: CERT_HAS_EXPIRED', 'tls', 'tls-failure'],
    ['Whoops, our servers are under maintenance. We will be right back.', 'capacity', 'maintenance-mode'],
    ['{"error":"rate limit exceeded, retry later"}', 'capacity', 'rate-limited'],
    ['{"detail":"Request was throttled. Expected available in 30 seconds."}', 'capacity', 'rate-limited'],
    ['An error occurred (ThrottlingException) when calling the Converse operation: Too many tokens', 'capacity', 'rate-limited'],
    ['Traceback (most recent call last):\n  File "/app/shop.py", line 9, in checkout\nKeyError: \'SPRING\'', 'unhandled-exception', 'stack-trace'],
    ['{"message":"Cannot read properties of undefined (reading \'id\')"}', 'unhandled-exception', 'programming-error-message'],
  ])('%s → %s', (body, cause, ruleId) => {
    const top = topCause(body);
    expect(top?.causeId).toBe(cause);
    expect(top?.score).toBeGreaterThan(0);
    expect(top?.evidence.map((e) => e.ruleId)).toContain(ruleId);
  });
});

describe('look-alikes', () => {
  it.each([
    // JSON parsing is bad input data, not a broken deployment.
    ['SyntaxError: Unexpected token < in JSON at position 0', 'syntax-error'],
    ['SyntaxError: Unexpected token \'<\', "<!DOCTYPE "... is not valid JSON', 'syntax-error'],
    // A SQL syntax error is the database's complaint, not unparseable server code.
    ["You have an error in your SQL syntax; check the manual near 'FROM' at line 1", 'syntax-error'],
    // Werkzeug's stock text mentions overload as one of two possibilities.
    ['<p>The server encountered an internal error and was unable to complete your request. Either the server is overloaded or there is an error in the application.</p>', 'capacity'],
    // A page's script saying it of its own handlers (Nuxt's dev overlay): no request was turned away.
    ['<script>\n    // Dragging (unified, rAF throttled)\n    let drag = null;\n</script>', 'capacity'],
    ['<script>const onScroll = throttle(update, 100); // scroll events are throttled</script>', 'capacity'],
    // PostgreSQL privilege errors are database grants, not file permissions.
    ['ERROR: permission denied for table invoices', 'permissions'],
    // Redis running out of its own memory budget is not the application process running out.
    ["OOM command not allowed when used memory > 'maxmemory'.", 'memory'],
    // The refusal belongs to the data store, not to a generic upstream service.
    ['Error: connect ECONNREFUSED 127.0.0.1:6379', 'upstream'],
    ['Uncaught mysqli_sql_exception: Connection refused in /var/www/db.php:3', 'upstream'],
  ])('%s is not evidence of %s', (body, wrongCause) => {
    const ranked = rankCauses(error500(body));
    expect(ranked.find((c) => c.causeId === wrongCause)?.score ?? 0).toBe(0);
  });

  it.each([
    // A port number alone, or far from any failure wording, is not a failed connection.
    ['Listening on 0.0.0.0:5432 for replication; upstream responded normally'],
    ['Order #6379 could not be processed: coupon expired'],
    [`Connection refused by the payment provider.${' '.repeat(120)}Reserved stock for order ref:5432`],
  ])('%s is not evidence of a data store outage', (body) => {
    expect(rankCauses(error500(body)).find((c) => c.causeId === 'database')?.score ?? 0).toBe(0);
  });

  it('ignores source lines quoted by a debug page', () => {
    const body = [
      '<h1>KeyError</h1>',
      '<pre class="line before"><span class="ws">    </span># fails with ENOSPC when the disk is full</pre>',
      '<li onclick="toggle(\'pre1\', \'post1\')"><pre>    conn = psycopg2.connect(dsn)</pre></li>',
      "<blockquote>KeyError: 'SPRING'</blockquote>",
    ].join('\n');
    const scored = rankCauses(error500(body)).filter((c) => c.score > 0).map((c) => c.causeId);
    expect(scored).toEqual(['unhandled-exception']);
  });
});

describe('ranking rules', () => {
  it('ranks nothing outside 500–599, even a page that quotes errors', () => {
    const docs = 'Troubleshooting: "ECONNREFUSED 127.0.0.1:5432" means PostgreSQL is down; ENOSPC means the disk is full.';
    expect(rankCauses({ status: 200, headers: [], body: docs })).toEqual([]);
    expect(rankCauses({ status: 404, headers: [], body: docs })).toEqual([]);
    expect(rankCauses({ status: 600, headers: [], body: docs })).toEqual([]);
    expect(rankCauses({ status: 500, headers: [], body: docs }).filter((c) => c.score > 0).length).toBeGreaterThan(0);
  });

  it('puts a specific cause above the stack trace that carried it', () => {
    const body = 'Traceback (most recent call last):\n  File "/app/export.py", line 4, in export\nOSError: [Errno 28] No space left on device';
    const ranked = rankCauses(error500(body));
    expect(ranked.map((c) => c.causeId).slice(0, 2)).toEqual(['disk-space', 'unhandled-exception']);
    expect(ranked[1]?.score).toBeCloseTo(0.6 * FALLBACK_DISCOUNT);
  });

  it('combines independent rules for the same cause', () => {
    const one = topCause('PermissionError: denied')?.score ?? 0;
    const two = topCause("PermissionError: [Errno 13] Permission denied: '/srv/x'")?.score ?? 0;
    expect(one).toBeCloseTo(0.9);
    expect(two).toBeGreaterThan(one);
    expect(two).toBeLessThanOrEqual(1);
  });

  it('follows evidence with the rest of the status checklist, unscored, in checklist order', () => {
    const ranked = rankCauses(error500("Error: EACCES: permission denied, open '/srv/x'"));
    const checklist = explainStatus(500)!.causes.map((c) => c.id);
    expect(ranked[0]?.causeId).toBe('permissions');
    expect(ranked.slice(1).map((c) => c.causeId)).toEqual(checklist.filter((id) => id !== 'permissions'));
    expect(ranked.slice(1).every((c) => c.score === 0 && c.evidence.length === 0)).toBe(true);
  });

  it('uses the status checklist order when there is no evidence', () => {
    expect(rankCauses({ status: 503, headers: [], body: '' }).map((c) => c.causeId)).toEqual(
      explainStatus(503)!.causes.map((c) => c.id),
    );
    expect(rankCauses({ status: 502, headers: [], body: null })[0]).toEqual({
      causeId: 'upstream',
      label: explainStatus(502)!.causes[0]!.label,
      score: 0,
      evidence: [],
    });
  });

  it('reads evidence from headers', () => {
    const ranked = rankCauses({ status: 503, headers: [{ name: 'Retry-After', value: '120' }], body: null });
    expect(ranked[0]?.score).toBeCloseTo(0.6);
    expect(ranked[0]).toMatchObject({
      causeId: 'capacity',
      evidence: [{ ruleId: 'retry-after-header', text: '120', where: { header: 'retry-after' }, offset: 0, length: 3 }],
    });
  });

  it('reports where the evidence is in the body', () => {
    const body = 'prefix\nError: ENOSPC: no space left on device';
    const evidence = rankCauses(error500(body))[0]?.evidence[0];
    expect(evidence).toMatchObject({ ruleId: 'no-space-left', text: 'ENOSPC', where: 'body', offset: 14, length: 6 });
  });

  it('shows a message repeated down the page once, at its first place', () => {
    const body = 'Error: ENOSPC: no space left on device\n...\nError: ENOSPC: no space left on device\nwrite ENOSPC';
    const evidence = rankCauses(error500(body))[0]?.evidence ?? [];
    expect(evidence.map((e) => [e.ruleId, e.text, e.offset])).toEqual([
      ['no-space-left', 'ENOSPC', 7],
      ['no-space-left', 'no space left on device', 15],
    ]);
  });

  it('ranks a cause that is not on the status checklist, with its catalogue label', () => {
    const ranked = rankCauses({ status: 504, headers: [], body: 'Error: ENOSPC: no space left on device' });
    expect(ranked[0]).toMatchObject({ causeId: 'disk-space', label: 'Disk full' });
  });

  it('stays fast on a large hostile body', () => {
    const body = 'ECONNREFUSED '.repeat(50_000) + 'a'.repeat(500_000) + ' at '.repeat(50_000);
    const started = performance.now();
    rankCauses(error500(body));
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('evidence rule data', () => {
  it('has unique ids, lowercase keywords and weights in (0, 1]', () => {
    const ids = EVIDENCE_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of EVIDENCE_RULES) {
      expect(rule.weight).toBeGreaterThan(0);
      expect(rule.weight).toBeLessThanOrEqual(1);
      expect(rule.pattern.flags).not.toMatch(/[gy]/);
      for (const keyword of rule.keywords) expect(keyword).toBe(keyword.toLowerCase());
      if (rule.scope.body) expect(rule.keywords.length).toBeGreaterThan(0);
    }
  });
});
