// Credentials. Known key formats are matched exactly (prefix + alphabet + length); free-form
// values next to a password-like name must also look random and not be a placeholder.

import type { LeakRule } from '../leak-rule';
import { allOf, isDecodableJwt, isNotDocumentationKey, isPlausibleSecretValue, isRandomToken } from '../rule-checks';

const SECRET = {
  category: 'secret',
  severity: 'high',
  scope: { body: true, headers: true },
  confidence: 0.9,
} as const;

export const SECRET_RULES: readonly LeakRule[] = [
  {
    ...SECRET,
    id: 'secret.aws-access-key',
    title: 'AWS access key id',
    keywords: ['akia', 'asia', 'abia', 'acca'],
    pattern: /(?<![A-Z0-9])(?<secret>(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16})(?![A-Z0-9])/,
    reach: { before: 1, after: 21 },
    accept: allOf(isNotDocumentationKey, isRandomToken),
  },
  {
    ...SECRET,
    id: 'secret.aws-secret-key',
    title: 'AWS secret access key',
    keywords: ['aws_secret_access_key', 'secretaccesskey', 'aws_secret_key'],
    pattern: /(?:aws_secret_access_key|SecretAccessKey|aws_secret_key)["']?\s{0,3}[:=]\s{0,3}["']?(?<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])/i,
    reach: { before: 0, after: 90 },
    accept: allOf(isNotDocumentationKey, isRandomToken),
  },
  {
    ...SECRET,
    id: 'secret.gcp-api-key',
    title: 'Google API key',
    severity: 'medium',
    // Often shipped to browsers on purpose (Maps, Firebase), so less certain than a private key.
    confidence: 0.7,
    keywords: ['aiza'],
    pattern: /(?<![\w-])(?<secret>AIza[\w-]{35})(?![\w-])/,
    reach: { before: 1, after: 40 },
  },
  {
    ...SECRET,
    id: 'secret.gcp-oauth-client-secret',
    title: 'Google OAuth client secret',
    keywords: ['gocspx-'],
    pattern: /(?<![\w-])(?<secret>GOCSPX-[\w-]{28})(?![\w-])/,
    reach: { before: 1, after: 30 },
    accept: isRandomToken,
  },
  {
    ...SECRET,
    id: 'secret.azure-storage-key',
    title: 'Azure storage account key',
    keywords: ['accountkey='],
    pattern: /AccountKey=(?<secret>[A-Za-z0-9+/]{86}==)/,
    reach: { before: 0, after: 100 },
  },
  {
    ...SECRET,
    id: 'secret.github-token',
    title: 'GitHub token',
    keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_'],
    pattern: /(?<!\w)(?<secret>gh[pousr]_[A-Za-z0-9]{36}|github_pat_\w{82})(?!\w)/,
    reach: { before: 1, after: 95 },
    accept: isRandomToken,
  },
  {
    ...SECRET,
    id: 'secret.slack-token',
    title: 'Slack token or webhook',
    keywords: ['xoxb-', 'xoxp-', 'xoxa-', 'xoxr-', 'xoxs-', 'hooks.slack.com/services/'],
    pattern: /(?<secret>xox[bpars]-[0-9A-Za-z-]{10,250}|hooks\.slack\.com\/services\/T[A-Z0-9]{6,20}\/B[A-Z0-9]{6,20}\/[A-Za-z0-9]{20,40})/,
    reach: { before: 0, after: 260 },
    accept: isRandomToken,
  },
  {
    ...SECRET,
    id: 'secret.stripe-key',
    title: 'Stripe secret key',
    // pk_ keys are publishable by design; sk_/rk_ are not.
    keywords: ['sk_live_', 'rk_live_', 'sk_test_', 'rk_test_'],
    pattern: /(?<!\w)(?<secret>[sr]k_(?:live|test)_[0-9A-Za-z]{24,247})(?!\w)/,
    reach: { before: 1, after: 260 },
    accept: isRandomToken,
  },
  {
    ...SECRET,
    id: 'secret.private-key',
    title: 'Private key',
    // Require key material after the armour: PEM parsers in bundles contain the bare header.
    keywords: ['private key-----', 'private key block-----'],
    pattern:
      /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----(?:\\[rn]|\s){1,6}(?<secret>[A-Za-z0-9+/]{40})/,
    reach: { before: 30, after: 60 },
  },
  {
    ...SECRET,
    id: 'secret.jwt',
    title: 'JSON Web Token',
    severity: 'medium',
    confidence: 0.6,
    // Login APIs hand tokens out by design; a token inside an error or a page is what leaks.
    context: { success: 0.75, kind: { json: 0.8 } },
    keywords: ['eyj'],
    pattern: /(?<![\w-])(?<secret>eyJ[\w-]{8,2000}\.eyJ[\w-]{8,4000}\.[\w-]{0,1000})/,
    reach: { before: 1, after: 7010 },
    accept: isDecodableJwt,
  },
  {
    ...SECRET,
    id: 'secret.connection-string',
    title: 'Connection string with credentials',
    keywords: ['postgres://', 'postgresql://', 'mysql://', 'mariadb://', 'mongodb://', 'mongodb+srv://', 'redis://', 'rediss://', 'amqp://', 'amqps://', 'mssql://', 'sqlserver://'],
    pattern:
      /(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|mssql|sqlserver):\/\/[^\s:@/"'<>]{0,100}:(?<secret>[^\s@/"'<>]{1,200})@[\w.-]{1,253}/,
    reach: { before: 14, after: 580 },
    accept: isPlausibleSecretValue,
  },
  {
    ...SECRET,
    id: 'secret.password-assignment',
    title: 'Password or secret value',
    confidence: 0.75,
    // Code and docs name variables "password" all the time; there only a literal is suspicious.
    // A bare `secret` is too vague (Werkzeug's per-page debugger SECRET); compound names are not.
    context: { kind: { script: 0.5, 'source-map': 0.5, markdown: 0.5 } },
    keywords: ['password', 'passwd', 'pwd', 'secret_', '_secret', '-secret', 'api_key', 'apikey', 'api-key', 'private_key'],
    // Quotes may come HTML-escaped, as in debug pages' variable dumps: &#x27;password&#x27;: &#x27;…&#x27;.
    pattern:
      /(?:password|passwd|pwd|[_-]secret|secret_key|api_?key|api-key|private_key)(?:["']|&#x27;|&#39;|&quot;|&#34;)?\s{0,3}(?:=>|[:=])\s{0,3}(?:["']|&#x27;|&#39;|&quot;|&#34;)?(?<secret>[^\s"'&<>,;]{6,200})/i,
    reach: { before: 1, after: 230 },
    accept: isPlausibleSecretValue,
  },
  {
    ...SECRET,
    id: 'secret.token-assignment',
    title: 'Access token value',
    severity: 'medium',
    confidence: 0.7,
    // Token endpoints and login APIs hand tokens out by design; in an error or a page they leak.
    context: { success: 0.6, kind: { script: 0.5, 'source-map': 0.5, markdown: 0.5 } },
    keywords: ['access_token', 'auth_token', 'refresh_token', 'session_token'],
    pattern: /\b(?:access|auth|refresh|session)_token["']?\s{0,3}(?:=>|[:=])\s{0,3}["']?(?<secret>[^\s"'&<>,;]{12,4000})/i,
    reach: { before: 1, after: 4030 },
    accept: isPlausibleSecretValue,
  },
];
