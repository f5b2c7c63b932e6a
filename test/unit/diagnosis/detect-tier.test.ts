import { describe, expect, it } from 'vitest';
import { detectTier } from '../../../core/diagnosis/detect-tier';
import { loadDiagnosisFixtures } from '../../fixtures/labelled-fixtures';

const h = (...pairs: [string, string][]) => pairs.map(([name, value]) => ({ name, value }));

describe('detectTier on real and vendor-documented 5xx responses', () => {
  const errors = loadDiagnosisFixtures().filter((f) => f.status >= 500);

  it.each(errors.map((f) => [f.file, f] as const))('%s: detects the labelled tier', (_file, fixture) => {
    expect(detectTier({ status: fixture.status, headers: fixture.headers, body: fixture.body }).tier).toBe(fixture.labels.tier);
  });
});

describe('detectTier reasoning', () => {
  const cloudflare = h(['Server', 'cloudflare'], ['CF-RAY', '8e5f2c1d9a7b3c4d-AMS']);

  it.each([
    {
      name: 'a CDN header on an origin JSON error does not make the CDN its author',
      response: { status: 500, headers: [...cloudflare, { name: 'Content-Type', value: 'application/json' }], body: '{"error":"boom"}' },
      tier: 'application',
      vendor: undefined,
    },
    {
      name: 'Cloudflare-only status with a Cloudflare header, even without a body',
      response: { status: 521, headers: cloudflare, body: '' },
      tier: 'cdn',
      vendor: 'Cloudflare',
    },
    {
      name: 'a 52x without any Cloudflare header is not attributed to Cloudflare',
      response: { status: 521, headers: [], body: '' },
      tier: 'cdn',
      vendor: undefined,
    },
    {
      name: "the origin's nginx gateway page forwarded through Cloudflare",
      response: { status: 502, headers: cloudflare, body: '<html>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</html>' },
      tier: 'proxy',
      vendor: 'nginx',
    },
    {
      name: "Cloudflare's own branded 502 page",
      response: { status: 502, headers: cloudflare, body: '<div id="cf-error-details" class="cf-error-details-wrapper"><span class="cf-error-code">502</span>' },
      tier: 'cdn',
      vendor: 'Cloudflare',
    },
    {
      name: "nginx's page for a status it produced itself",
      response: { status: 500, headers: h(['Server', 'nginx']), body: '<center><h1>500 Internal Server Error</h1></center>\r\n<hr><center>nginx</center>' },
      tier: 'origin-server',
      vendor: 'nginx',
    },
    {
      name: 'Envoy in front of an application that answered with its own JSON',
      response: { status: 503, headers: h(['server', 'envoy']), body: '{"message":"maintenance"}' },
      tier: 'application',
      vendor: undefined,
    },
    {
      name: 'an ALB naming itself in Server',
      response: { status: 504, headers: h(['Server', 'awselb/2.0']), body: '' },
      tier: 'proxy',
      vendor: 'AWS Elastic Load Balancing',
    },
    {
      name: 'X-Powered-By names the application stack',
      response: { status: 500, headers: h(['X-Powered-By', 'Next.js']), body: '' },
      tier: 'application',
      vendor: 'Next.js',
    },
    {
      name: 'Envoy relaying an upstream answer (x-envoy-upstream-service-time)',
      response: { status: 500, headers: h(['server', 'envoy'], ['x-envoy-upstream-service-time', '12']), body: '' },
      tier: 'application',
      vendor: undefined,
    },
    {
      name: 'Rails stock production 500 page behind nginx',
      response: { status: 500, headers: h(['Server', 'nginx']), body: "<h1>We're sorry, but something went wrong.</h1>" },
      tier: 'application',
      vendor: undefined,
    },
    {
      name: 'API Gateway writing its own error',
      response: { status: 502, headers: h(['x-amzn-ErrorType', 'InternalServerErrorException']), body: '{"message": "Internal server error"}' },
      tier: 'proxy',
      vendor: 'Amazon API Gateway',
    },
    {
      name: 'a bare "Bad Gateway" text is weak proxy evidence',
      response: { status: 502, headers: h(['Content-Type', 'text/plain; charset=utf-8']), body: 'Bad Gateway' },
      tier: 'proxy',
      vendor: undefined,
    },
  ])('$name', ({ response, tier, vendor }) => {
    const detected = detectTier(response);
    expect(detected.tier).toBe(tier);
    expect(detected.vendor).toBe(vendor);
  });

  it('keeps on-path layers as evidence without letting them decide', () => {
    const detected = detectTier({ status: 500, headers: [...cloudflare, { name: 'Via', value: '1.1 varnish' }], body: '' });
    expect(detected).toMatchObject({ tier: 'application', basis: 'status' });
    expect(detected.evidence.map((e) => [e.markerId, e.generated])).toEqual([
      ['cloudflare-header', false],
      ['cloudflare-server-header', false],
      ['via-header', false],
    ]);
  });

  it('explains the decisive marker first, with the matched text and where it was', () => {
    const detected = detectTier({ status: 503, headers: h(['server', 'envoy']), body: 'no healthy upstream' });
    expect(detected.basis).toBe('markers');
    expect(detected.evidence[0]).toEqual({ markerId: 'envoy-page', text: 'no healthy upstream', where: 'body', generated: true });
    expect(detected.evidence[1]).toEqual({ markerId: 'envoy-server-header', text: 'envoy', where: { header: 'server' }, generated: false });
  });

  it('says unknown when nothing in a non-5xx response identifies a layer', () => {
    expect(detectTier({ status: 404, headers: [], body: 'not here' })).toEqual({ tier: 'unknown', basis: 'none', evidence: [] });
  });

  it('does not read a JSON success body as an application error page', () => {
    expect(detectTier({ status: 200, headers: [], body: '{"status":"ok"}' }).tier).toBe('unknown');
  });
});
