import { describe, expect, it } from 'vitest';
import { adviseFixes } from '../../../core/fixes/advise-fixes';
import { FIX_CATALOGUE } from '../../../core/fixes/fix-catalogue';
import { scanResponse } from '../../../core/leaks/scan-response';
import type { ScannableResponse } from '../../../core/leaks/leak-finding';
import { LEAK_CORPUS, loadFixtures, scannableFixture } from '../../fixtures/labelled-fixtures';

/** Fix id → the rules of the findings it is advised for ('unknown' where the origin is not shown). */
function advice(path: string): Record<string, string[]> {
  const response = scannableFixture(path);
  const { findings } = scanResponse(response);
  const fixes = adviseFixes(response, findings);
  const byFix: Record<string, Set<string>> = {};
  findings.forEach((finding, index) => (byFix[fixes[index]?.id ?? 'unknown'] ??= new Set()).add(finding.rule));
  return Object.fromEntries(Object.entries(byFix).map(([id, rules]) => [id, [...rules].sort()]));
}
const fixIds = (path: string) => Object.keys(advice(path)).sort();

/** Every response in the corpus, as scannableFixture() paths. */
const CORPUS = loadFixtures(LEAK_CORPUS).map((fixture) => fixture.file.replace(/^test\/fixtures\//, ''));

// Captured from servers run on this machine (scripts/fixtures/): fix ids advised per response.
const CAPTURED: Record<string, string[]> = {
  'responses/flask/uncaught-exception-debug.json': ['werkzeug-debugger', 'werkzeug-dev-server'],
  'responses/flask/uncaught-exception-prod.json': ['werkzeug-dev-server'],
  'responses/django/uncaught-exception-debug.json': ['django-debug', 'python-wsgiref'],
  'responses/django/uncaught-exception-debug-plain.json': ['django-debug', 'python-wsgiref'],
  'responses/django/not-found-debug.json': ['django-debug', 'python-wsgiref'],
  'responses/rails/uncaught-exception-dev.json': ['rails-local-requests', 'webrick-server-header'],
  'responses/rails/uncaught-exception-prod.json': ['webrick-server-header'],
  'responses/rails/xhr-uncaught-exception-dev.json': ['rails-local-requests', 'webrick-server-header'],
  'responses/rails/xhr-not-found-dev.json': ['rails-local-requests', 'webrick-server-header'],
  'responses/rails/api-html-secret-source-dev.json': ['rails-local-requests', 'webrick-server-header'],
  'responses/rails/api-json-exception-dev.json': ['rails-debug-exceptions-api', 'webrick-server-header'],
  'responses/rails/api-json-not-found-dev.json': ['rails-debug-exceptions-api', 'webrick-server-header'],
  'responses/rails/api-xml-exception-dev.json': ['rails-debug-exceptions-api', 'webrick-server-header'],
  'responses/sinatra/uncaught-exception-dev.json': ['sinatra-show-exceptions', 'webrick-server-header'],
  'responses/sinatra/not-found-dev.json': ['sinatra-development-mode', 'webrick-server-header'],
  'responses/php/symfony-debug-exception.json': ['php-expose-php', 'symfony-debug'],
  'responses/php/uncaught-exception-dev.json': ['php-display-errors', 'php-expose-php'],
  'responses/php/pdo-pgsql-refused-dev.json': ['php-display-errors', 'php-expose-php'],
  'responses/php/uncaught-exception-prod.json': ['php-expose-php'],
  'responses/php/phpinfo-200.json': ['php-expose-php', 'php-phpinfo'],
  'responses/tomcat/jsp-exception-500.json': ['tomcat-error-report'],
  'responses/node/express-uncaught-exception-dev.json': ['express-error-handler'],
  'responses/node/express-json-error-handler-dev.json': ['express-error-handler'],
  'responses/node/fastify-pg-refused.json': ['fastify-error-handler'],
  'responses/nestjs/stack-filter-prod.json': ['nestjs-exception-filter'],
  // Boom's payload has Fastify's keys in Fastify's order: hapi's no-cache (on every response) or its frames tell them apart.
  'responses/node-more/hapi-boom-bad-request-pg-400.json': ['hapi-boom'],
  'responses/node-more/hapi-boomify-503-pg.json': ['hapi-boom'],
  'responses/node-more/hapi-pg-uncaught-dev.json': ['hapi-boom'],
  // LoopBack runs on Express; its error writer (strong-error-handler) is what sends the details.
  'responses/node-more/loopback-pg-uncaught-debug.json': ['loopback-error-writer'],
  'responses/node-more/loopback-pg-uncaught-debug-html.json': ['loopback-error-writer'],
  'responses/node-more/loopback-uncaught-exception-debug.json': ['loopback-error-writer'],
  'responses/node-more/feathers-express-general-error.json': ['feathers-errors'],
  'responses/node-more/feathers-express-pg-uncaught.json': ['feathers-errors'],
  'responses/node-more/feathers-koa-general-error.json': ['feathers-errors'],
  'responses/node-more/restify-pg-uncaught.json': ['restify-errors'],
  'responses/node-more/restify-internal-server-error-cause.json': ['restify-errors'],
  'responses/python-more/fastapi-uncaught-exception-debug-html.json': ['starlette-debug'],
  'responses/python-more/fastapi-uncaught-exception-debug-text.json': ['starlette-debug'],
  'responses/python-more/tornado-uncaught-exception-debug.json': ['tornado-serve-traceback', 'tornado-server-header'],
  'responses/python-more/aiohttp-uncaught-exception-loop-debug-html.json': ['aiohttp-asyncio-debug', 'unknown'],
  'responses/python-more/bottle-uncaught-exception-debug.json': ['bottle-debug', 'python-wsgiref'],
  'responses/python-more/cherrypy-uncaught-exception-default.json': ['cherrypy-server-header', 'cherrypy-show-tracebacks'],
  // Their error pages' footers keep the version whatever the debug settings: no fix is known for them.
  'responses/more-stacks/dancer-exception-dev.json': ['dancer2-server-tokens', 'dancer2-show-stacktrace', 'unknown'],
  'responses/more-stacks/mojo-exception-dev.json': ['mojolicious-production-mode'],
  'responses/more-stacks/rack-show-exceptions-dev.json': ['rack-show-exceptions', 'webrick-server-header'],
  'responses/more-stacks/jetty-npe-stacks.json': ['jetty-server-version', 'jetty-show-stacks', 'unknown'],
  // HttpException's own body ({message, error, statusCode}) built from the database error's text.
  'responses/node-frameworks-db/nest-ise-message-prod.json': ['nestjs-exception-filter'],
  'responses/node-frameworks-db/nest-conflict-detail-409-prod.json': ['nestjs-exception-filter'],
  'responses/nextjs/gssp-exception-dev.json': ['nextjs-production-build'],
  'responses/nextjs/api-route-exception-dev.json': ['nextjs-production-build'],
  'responses/nextjs/app-router-exception-dev.json': ['nextjs-production-build'],
  'responses/nextjs/app-router-exception-rsc-dev.json': ['nextjs-production-build'],
  'responses/nuxt/page-exception-dev.json': ['nuxt-production-build'],
  'responses/nuxt/not-found-dev.json': ['nuxt-production-build'],
  'responses/nuxt/api-exception-dev.json': ['nuxt-production-build'],
  'responses/nuxt/index-200-dev.json': ['nuxt-production-build'],
  'responses/astro/page-exception-dev.json': ['astro-production-build'],
  'responses/astro/endpoint-exception-dev.json': ['astro-production-build'],
  'responses/astro/index-200-dev.json': ['astro-production-build'],
  'responses/sveltekit/load-exception-dev.json': ['sveltekit-production-build'],
  'responses/sveltekit/not-found-dev.json': ['sveltekit-production-build'],
  'responses/sveltekit/index-200-dev.json': ['sveltekit-production-build'],
  'responses/react-router/loader-exception-dev.json': ['react-router-production-build'],
  'responses/react-router/action-exception-dev.json': ['react-router-production-build'],
  'responses/react-router/loader-exception-data-dev.json': ['react-router-production-build'],
  'responses/react-router/action-exception-data-dev.json': ['react-router-production-build'],
  'responses/react-router/not-found-dev.json': ['react-router-production-build'],
  'responses/react-router/index-200-dev.json': ['react-router-production-build'],
  'responses/go/panic-recovered-debug-stack.json': ['go-handler-error'],
  'responses/go/dial-refused-error-message.json': ['go-handler-error'],
  'responses/nginx/closed-upstream-502.json': ['nginx-server-tokens'],
  'responses/apache/proxy-closed-port-503.json': ['apache-server-tokens'],
  'responses/varnish/backend-closed-port-503.json': ['varnish-via'],
  'responses/vite/syntax-error-module-dev.json': ['vite-production-build'],
  'responses/vite/missing-import-dev.json': ['vite-production-build'],
  'responses/vite/plugin-transform-error-dev.json': ['vite-production-build'],
  'responses/vite/middleware-exception-dev.json': ['vite-production-build'],
  'responses/vite/module-200-dev.json': ['vite-production-build'],
  'responses/vite/ssr-exception-next-dev.json': ['express-error-handler'],
  'responses/node-orm/prisma-table-missing.json': ['express-error-handler'],
  'responses/node-orm/prisma-dev-express-default.json': ['express-error-handler'],
};

// Not from a server run here (Spring Boot, ASP.NET and IIS cannot be installed on this machine):
// real traces and headers placed in each product's documented page layout (see each file's source).
const RECONSTRUCTED: Record<string, string[]> = {
  'leaks/spring-whitelabel-trace-500.json': ['spring-boot-error-attributes'],
  'leaks/spring-json-trace-500.json': ['spring-boot-error-attributes'],
  'leaks/spring-actuator-env.json': ['spring-boot-actuator-exposure'],
  'leaks/aspnet-ysod-500.json': ['aspnet-custom-errors'],
  'leaks/dotnet-core-json-problem-500.json': ['aspnet-core-exception-handler'],
  'leaks/headers-version-and-backend.json': ['aspnet-version-header', 'iis-server-header', 'php-expose-php', 'unknown'],
};

// The whole corpus's responses each of these fixes is advised on.
const ONLY_ON: Record<string, string[]> = {
  'nextjs-production-build': [
    'responses/nextjs/api-route-exception-dev.json',
    'responses/nextjs/app-router-exception-dev.json',
    'responses/nextjs/app-router-exception-rsc-dev.json',
    'responses/nextjs/gssp-exception-dev.json',
    'responses/node-frameworks-db/next-api-throw-dev.json',
    'responses/node-frameworks-db/next-gssp-pg-dev.json',
    'responses/node-frameworks-db/next-server-component-pg-dev.json',
    'responses/node-frameworks-db/next-server-component-pg-rsc-dev.json',
  ],
  'nuxt-production-build': ['responses/nuxt/api-exception-dev.json', 'responses/nuxt/index-200-dev.json', 'responses/nuxt/not-found-dev.json', 'responses/nuxt/page-exception-dev.json'],
  'astro-production-build': ['responses/astro/endpoint-exception-dev.json', 'responses/astro/index-200-dev.json', 'responses/astro/page-exception-dev.json'],
  'sveltekit-production-build': ['responses/sveltekit/index-200-dev.json', 'responses/sveltekit/load-exception-dev.json', 'responses/sveltekit/not-found-dev.json'],
  'react-router-production-build': [
    'responses/react-router/action-exception-data-dev.json',
    'responses/react-router/action-exception-dev.json',
    'responses/react-router/index-200-dev.json',
    'responses/react-router/loader-exception-data-dev.json',
    'responses/react-router/loader-exception-dev.json',
    'responses/react-router/not-found-dev.json',
  ],
  'rails-local-requests': [
    'responses/rails/api-html-secret-source-dev.json',
    'responses/rails/connection-refused-dev.json',
    'responses/rails/not-found-dev.json',
    'responses/rails/uncaught-exception-dev.json',
    'responses/rails/xhr-not-found-dev.json',
    'responses/rails/xhr-uncaught-exception-dev.json',
  ],
  'rails-debug-exceptions-api': ['responses/rails/api-json-exception-dev.json', 'responses/rails/api-json-not-found-dev.json', 'responses/rails/api-xml-exception-dev.json'],
  'sinatra-development-mode': ['responses/sinatra/not-found-dev.json'],
  'starlette-debug': [
    'responses/python-more/fastapi-psycopg2-uncaught-debug-html.json',
    'responses/python-more/fastapi-psycopg2-uncaught-debug-text.json',
    'responses/python-more/fastapi-uncaught-exception-debug-html.json',
    'responses/python-more/fastapi-uncaught-exception-debug-text.json',
  ],
  'tornado-serve-traceback': ['responses/python-more/tornado-psycopg2-uncaught-debug.json', 'responses/python-more/tornado-uncaught-exception-debug.json'],
  'aiohttp-asyncio-debug': ['responses/python-more/aiohttp-psycopg2-uncaught-loop-debug-text.json', 'responses/python-more/aiohttp-uncaught-exception-loop-debug-html.json'],
  'bottle-debug': ['responses/python-more/bottle-psycopg2-uncaught-debug.json', 'responses/python-more/bottle-uncaught-exception-debug.json'],
  'cherrypy-show-tracebacks': [
    'responses/python-more/cherrypy-not-found-404-default.json',
    'responses/python-more/cherrypy-psycopg2-uncaught-default.json',
    'responses/python-more/cherrypy-uncaught-exception-default.json',
  ],
  'dancer2-show-stacktrace': ['responses/more-stacks/dancer-connection-refused-dev.json', 'responses/more-stacks/dancer-exception-dev.json'],
  'mojolicious-production-mode': ['responses/more-stacks/mojo-connection-refused-dev.json', 'responses/more-stacks/mojo-exception-dev.json', 'responses/more-stacks/mojo-not-found-dev.json'],
  'rack-show-exceptions': ['responses/more-stacks/rack-show-exceptions-dev.json', 'responses/more-stacks/rack-show-exceptions-refused-dev.json'],
  'jetty-show-stacks': ['responses/more-stacks/jetty-connection-refused-stacks.json', 'responses/more-stacks/jetty-npe-stacks.json'],
  'vite-production-build': [
    'responses/vite/middleware-exception-dev.json',
    'responses/vite/missing-import-dev.json',
    'responses/vite/module-200-dev.json',
    'responses/vite/plugin-transform-error-dev.json',
    'responses/vite/syntax-error-module-dev.json',
  ],
};

describe('adviseFixes on captured responses', () => {
  it.each(Object.entries(CAPTURED))('%s', (path, expected) => {
    expect(fixIds(path)).toEqual(expected);
  });

  it.each(Object.entries(RECONSTRUCTED))('%s (reconstructed layout)', (path, expected) => {
    expect(fixIds(path)).toEqual(expected);
  });

  it('advises the development-mode fixes on their dev captures and on no other response in the corpus', () => {
    // Production builds of the same apps, the other frameworks' pages and our own samples included.
    const advisedOn = (id: string) => CORPUS.filter((path) => fixIds(path).includes(id));
    for (const [id, paths] of Object.entries(ONLY_ON)) expect(advisedOn(id), id).toEqual([...paths].sort());
  });

  it('gives every catalogue entry a response it is advised for', () => {
    const advised = new Set([...Object.values(CAPTURED), ...Object.values(RECONSTRUCTED)].flat());
    expect([...FIX_CATALOGUE.keys()].filter((id) => !advised.has(id))).toEqual([]);
  });

  it('puts every finding of a debug page under its framework, and a banner under the server that sent it', () => {
    expect(advice('responses/django/uncaught-exception-debug.json')).toMatchObject({
      'python-wsgiref': ['version-disclosure.server-banner-header'],
      'django-debug': expect.arrayContaining(['debug-page.debug-setting-notice', 'stack-trace.python-header', 'secret.connection-string', 'source-code.context-lines']),
    });
    // Both banners of "Werkzeug/2.2.2 Python/3.11.2" are the development server's.
    expect(advice('responses/flask/uncaught-exception-debug.json')['werkzeug-dev-server']).toEqual(['version-disclosure.server-banner-header']);
    expect(advice('responses/flask/uncaught-exception-debug.json').unknown).toBeUndefined();
    // nginx in front, PHP behind: each banner to its own product, the app's JSON message to nobody.
    expect(advice('responses/nginx/relayed-app-json-500.json')).toEqual({
      'nginx-server-tokens': ['version-disclosure.server-banner-header'],
      'php-expose-php': ['version-disclosure.server-banner-header'],
      unknown: ['database-error.orm'],
    });
    // Tomcat's footer is Tomcat's, not Apache httpd's.
    expect(advice('responses/tomcat/jsp-exception-500.json')['tomcat-error-report']).toContain('version-disclosure.error-page-footer');
  });

  it('says the origin is unknown rather than guess', () => {
    // A JSON stack with no framework header, a served .env, a token echoed by some service.
    for (const path of ['leaks/node-json-stack-500.json', 'leaks/dotenv-served-200.json', 'leaks/github-token-error-text.json', 'leaks/python-sqlite-traceback-500.json']) {
      expect(fixIds(path), path).toEqual(['unknown']);
    }
    // Express in front does not make a secret in the body an Express error-handler leak.
    const response = { headers: [{ name: 'X-Powered-By', value: 'Express' }], body: '{"key":"sk_live_4eC39HqLyjWDarjtT1zdp7dc"}' };
    const findings = scanResponse({ ...response, url: 'https://shop.test/api', status: 500, mimeType: 'application/json' }).findings;
    expect(findings.map((finding) => finding.category)).toContain('secret');
    expect(adviseFixes(response, findings)).toEqual(findings.map(() => null));
  });

  it('tells Fastify’s default JSON shape from NestJS’s, which has the same keys in another order', () => {
    const shape = (body: string) => adviseFixes({ headers: [], body }, [internalAddressFinding(body)])[0]?.id ?? null;
    expect(shape('{"statusCode":500,"code":"ECONNREFUSED","error":"Internal Server Error","message":"connect ECONNREFUSED 10.0.0.7:5432"}')).toBe('fastify-error-handler');
    expect(shape('{"statusCode":500,"message":"connect ECONNREFUSED 10.0.0.7:5432","error":"Internal Server Error"}')).toBeNull();
    expect(shape('not json {"statusCode":500,"error":"x","message":"10.0.0.7"}')).toBeNull();
  });

  it('tells a dev server by its own markup, each marker on its own', () => {
    const ids = (response: ScannableResponse) => [...new Set(adviseFixes(response, scanResponse(response).findings).map((fix) => fix?.id ?? 'unknown'))];
    // astro dev with its toolbar turned off still marks elements with their source file; without
    // either, a /@fs/ module URL alone does not say which Vite framework served the page.
    const astro = scannableFixture('responses/astro/index-200-dev.json');
    const noToolbar = { ...astro, body: astro.body!.replace(/<script>window\.__astro_dev_toolbar__ = [^\n]*<\/script>/, '') };
    expect(noToolbar.body).not.toContain('__astro_dev_toolbar__');
    expect(ids(noToolbar)).toEqual(['astro-production-build']);
    expect(ids({ ...noToolbar, body: noToolbar.body!.replace(/ data-astro-source-(?:file|loc)="[^"]*"/g, '') })).toEqual(['unknown']);
    // A React Server Components stack is Next's when Next's Vary says so; another RSC framework's is not.
    const rsc = scannableFixture('responses/nextjs/app-router-exception-rsc-dev.json');
    expect(ids({ ...rsc, headers: rsc.headers.filter((header) => header.name.toLowerCase() !== 'vary') })).toEqual(['unknown']);
    // Rails' text debug page is told by its "Rails.root:" line in a text/plain body.
    const xhr = scannableFixture('responses/rails/xhr-not-found-dev.json');
    const asHtml = { ...xhr, headers: xhr.headers.filter((header) => header.name !== 'Server').map((header) => (header.name === 'Content-Type' ? { ...header, value: 'text/html' } : header)) };
    expect(ids(asHtml)).toEqual(['unknown']);
  });

  it('tells Nitro’s development error JSON, stack and all, from its production one', () => {
    const shape = (body: string) => adviseFixes({ headers: [], body }, [internalAddressFinding(body)])[0]?.id ?? null;
    const production = '{"error":true,"url":"http://shop.test/api/stock","statusCode":500,"statusMessage":"Server Error","message":"connect ECONNREFUSED 10.0.0.7:5432"}';
    expect(shape(production)).toBeNull();
    expect(shape(production.replace(/}$/, ',"stack":["connect ECONNREFUSED 10.0.0.7:5432","at TCPConnectWrap.afterConnect (node:net:1555:16)"]}'))).toBe('nuxt-production-build');
  });

  it('links each fix to its project’s documentation over https', () => {
    for (const fix of FIX_CATALOGUE.values()) expect(new URL(fix.docs).protocol, fix.id).toBe('https:');
  });
});

function internalAddressFinding(body: string) {
  const offset = body.indexOf('10.0.0.7');
  return {
    rule: 'internal-address.private-ipv4',
    category: 'internal-address' as const,
    severity: 'medium' as const,
    title: 'Private IPv4 address',
    evidence: '10.0.0.7',
    location: { in: 'body' as const, line: 1, column: offset + 1, offset, length: 8 },
    confidence: 0.9,
  };
}
