// Each category on real bodies: responses captured from real servers (test/fixtures/responses)
// and real runtime output (test/fixtures/leaks), positives with the evidence the user will see,
// and the look-alikes that must stay quiet for that category.

import { describe, expect, it } from 'vitest';
import type { LeakCategory, LeakFinding } from '../../../core/leaks/leak-finding';
import { scanResponse } from '../../../core/leaks/scan-response';
import { scannableFixture } from '../../fixtures/labelled-fixtures';


function findingsOf(path: string, category: LeakCategory): LeakFinding[] {
  return scanResponse(scannableFixture(path)).findings.filter((finding) => finding.category === category);
}

/** category → [fixture, start of the first finding's evidence] */
const POSITIVES: [LeakCategory, string, string][] = [
  ['stack-trace', 'responses/flask/uncaught-exception-debug.json', 'Traceback (most recent call last):'],
  ['stack-trace', 'responses/go/panic-recovered-debug-stack.json', 'goroutine '],
  ['stack-trace', 'leaks/ruby-backtrace-500.json', '/home/deploy/shop/current/app/models/order.rb:3:in `total'],
  ['stack-trace', 'leaks/tomcat-exception-report-500.json', 'at Checkout.total(Checkout.java:3)'],
  ['stack-trace', 'leaks/node-json-stack-500.json', 'at priceOf (/srv/api/src/handlers/cart.js:2:'],
  ['stack-trace', 'responses/php/pdo-pgsql-refused-dev.json', 'Stack trace:\n#0 '],
  // Framework debug output of Python, Perl and Ruby servers (scripts/fixtures/python-more.sh, more-stacks.sh).
  ['debug-page', 'responses/python-more/tornado-uncaught-exception-debug.json', 'Traceback (most recent call last):\n  File "/usr/lib/python3/dist-packages/tornado/web.py"'],
  ['debug-page', 'responses/python-more/fastapi-uncaught-exception-debug-html.json', '<title>Starlette Debugger</title>'],
  ['debug-page', 'responses/python-more/cherrypy-uncaught-exception-default.json', '<pre id="traceback">Traceback'],
  ['debug-page', 'responses/python-more/aiohttp-psycopg2-uncaught-loop-debug-text.json', '500 Internal Server Error\n\nTraceback'],
  ['debug-page', 'responses/more-stacks/dancer-exception-dev.json', '<div class="title">Stack</div>'],
  ['debug-page', 'responses/more-stacks/mojo-exception-dev.json', 'This application is in <b>development</b> mode'],
  ['debug-page', 'responses/more-stacks/rack-show-exceptions-dev.json', 'seeing this error because you use <code>Rack::ShowExceptions'],
  ['stack-trace', 'responses/more-stacks/dancer-exception-dev.json', 'main in /usr/bin/plackup l. 7'],
  ['stack-trace', 'responses/python-more/fastapi-uncaught-exception-debug-html.json', '<p class="frame-title">File <span class="frame-filename">'],
  ['stack-trace', 'responses/more-stacks/rack-show-exceptions-dev.json', '<ul class="traceback">'],
  ['file-path', 'responses/more-stacks/mojo-json-error-message-prod.json', '\\/var\\/lib\\/shop\\/invoices\\/2026-11.pdf'],
  ['file-path', 'responses/more-stacks/dancer-connection-refused-dev.json', '/usr/share/perl5/Plack/Runner.pm'],
  ['source-code', 'responses/more-stacks/dancer-exception-dev.json', '<tr class="errline"><th>24</th>'],
  ['source-code', 'responses/more-stacks/mojo-exception-dev.json', 'class="context-value wide">'],
  ['source-code', 'responses/python-more/fastapi-uncaught-exception-debug-html.json', '<span class="frame-line">'],
  ['environment-dump', 'responses/more-stacks/dancer-exception-dev.json', '<div class="title">Environment</div>'],
  ['version-disclosure', 'responses/more-stacks/dancer-exception-prod.json', 'Dancer2 0.400001'],
  ['version-disclosure', 'responses/more-stacks/mojo-exception-dev.json', 'Perl:</td>'],
  ['version-disclosure', 'responses/more-stacks/puma-exception-dev.json', 'puma-5.6.5'],
  ['file-path', 'leaks/ruby-backtrace-500.json', '/home/deploy/shop/current/app/models/order.rb'],
  ['file-path', 'leaks/aspnet-ysod-500.json', 'C:\\inetpub\\wwwroot\\Shop\\Controllers\\OrdersController.cs'],
  ['file-path', 'responses/rails/uncaught-exception-dev.json', '/tmp/sel-fixtures/rails'],
  ['file-path', 'responses/go/panic-recovered-debug-stack.json', '/usr/lib/go-1.19/src/runtime/debug/stack.go'],
  ['database-error', 'responses/php/pdo-pgsql-refused-dev.json', 'PDOException: SQLSTATE[08006] [7] connection to server at'],
  ['database-error', 'leaks/sqlite-error-json-500.json', 'SQLite error: Error: in prepare, no such table: users'],
  ['database-error', 'leaks/node-redis-refused-json-503.json', 'Redis connection to 127.0.0.1:6399 failed'],
  ['debug-page', 'responses/flask/uncaught-exception-debug.json', 'Werkzeug Debugger'],
  ['debug-page', 'responses/django/uncaught-exception-debug.json', 'seeing this error because you have <code>DEBUG = True'],
  ['debug-page', 'responses/rails/uncaught-exception-dev.json', 'Action Controller: Exception caught'],
  ['debug-page', 'leaks/aspnet-ysod-500.json', "Server Error in '/' Application."],
  ['version-disclosure', 'responses/nginx/closed-upstream-502.json', 'nginx/1.22.1'],
  ['version-disclosure', 'responses/apache/htaccess-invalid-command-500.json', 'Apache/2.4.'],
  ['version-disclosure', 'leaks/tomcat-exception-report-500.json', 'Apache Tomcat/10.1.16'],
  ['secret', 'responses/django/uncaught-exception-debug.json', 'password=&quot;fixt****'],
  ['secret', 'leaks/stripe-key-in-bundle.json', 'sk_l****'],
  ['secret', 'leaks/private-key-in-json-500.json', '-----BEGIN PRIVATE KEY-----\\nMIIE****'],
  ['internal-address', 'responses/php/pdo-pgsql-refused-dev.json', '127.0.0.1&quot;, port 5432'],
  ['internal-address', 'leaks/gateway-json-502-internal-upstream.json', '10.0.3.12:8080'],
  ['source-code', 'responses/flask/uncaught-exception-debug.json', 'class="line before">'],
  ['source-code', 'responses/rails/uncaught-exception-dev.json', 'Extracted source (around line <strong>#31</strong>)'],
  ['source-code', 'leaks/aspnet-ysod-500.json', 'Source Error:'],
  ['environment-dump', 'responses/django/uncaught-exception-debug.json', 'id="meta-info"'],
  ['environment-dump', 'leaks/dotenv-served-200.json', 'APP_ENV=production\nAPP_KEY=base64:'],
  ['environment-dump', 'leaks/spring-actuator-env.json', '"name": "systemEnvironment"'],
];

/** category → fixtures that merely look like it */
const LOOK_ALIKES: [LeakCategory, string][] = [
  ['stack-trace', 'leaks/docs-article-quoting-traceback.json'],
  ['stack-trace', 'leaks/vite-client-module.json'],
  ['file-path', 'leaks/preact-source-map.json'],
  // CherryPy with show_tracebacks off keeps an empty <pre id="traceback">; Jetty without stacks still lists the exception chain.
  ['debug-page', 'responses/python-more/cherrypy-not-found-404-quiet.json'],
  ['debug-page', 'responses/more-stacks/jetty-npe-no-stacks.json'],
  ['file-path', 'leaks/html-form-password-fields.json'],
  ['database-error', 'leaks/stackoverflow-like-question.json'],
  ['version-disclosure', 'leaks/json-api-ids-hashes.json'],
  ['version-disclosure', 'responses/nginx/tokens-off-closed-upstream-502.json'],
  ['secret', 'leaks/login-json-access-token.json'],
  ['secret', 'leaks/jose-asn1-module.json'],
  ['secret', 'leaks/docs-article-quoting-traceback.json'],
  ['secret', 'responses/flask/uncaught-exception-debug.json'],
  ['internal-address', 'leaks/docs-private-addresses.json'],
  ['internal-address', 'responses/apache/htaccess-invalid-command-500.json'],
  ['debug-page', 'responses/flask/uncaught-exception-prod.json'],
  ['environment-dump', 'leaks/preact-min-bundle.json'],
];

describe.each([...new Set(POSITIVES.map(([category]) => category))])('%s', (category) => {
  it.each(POSITIVES.filter(([positive]) => positive === category).map(([, path, evidence]) => [path, evidence]))('found in %s', (path, evidence) => {
    const [first] = findingsOf(path, category);
    expect(first?.evidence.startsWith(evidence)).toBe(true);
  });

  it.each(LOOK_ALIKES.filter(([quiet]) => quiet === category).map(([, path]) => [path]))('not in look-alike %s', (path) => {
    expect(findingsOf(path, category)).toEqual([]);
  });
});
