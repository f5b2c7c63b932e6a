// Server code or templates that no longer parse, typically after a partial or broken update.
// JSON parse failures also say "SyntaxError" in JavaScript; they are bad data, not broken code.

import { BODY_ONLY } from '../../text/text-rule';
import type { EvidenceRule } from './evidence-rule';

export const SYNTAX_ERROR_RULES: readonly EvidenceRule[] = [
  {
    id: 'php-parse-error',
    causeId: 'syntax-error',
    description: 'PHP could not parse a script (also the wording Ruby uses for its syntax errors).',
    scope: BODY_ONLY,
    keywords: ['parse error', 'syntax error, unexpected'],
    pattern: /(?:PHP |<b>|^)Parse error\b|\bsyntax error, unexpected\b/m,
    weight: 0.95,
  },
  {
    id: 'syntax-error-exception',
    causeId: 'syntax-error',
    description: 'Python or JavaScript could not parse server code (SyntaxError, IndentationError, TabError).',
    scope: BODY_ONLY,
    keywords: ['syntaxerror', 'indentationerror', 'taberror'],
    // A SyntaxError about JSON or a regular expression is bad input data, not broken code.
    pattern: /\b(?:SyntaxError|IndentationError|TabError): (?![^\n]{0,120}JSON|Invalid regular expression)[^\n<]{1,120}/,
    weight: 0.9,
  },
  {
    id: 'compile-error-page',
    causeId: 'syntax-error',
    description: 'A server page failed to compile on first request (JSP via Jasper, ASP.NET), so the page source is broken.',
    scope: BODY_ONLY,
    keywords: ['unable to compile class', 'syntax error', 'compiler error message', 'parser error message'],
    pattern: /\bUnable to compile class for JSP\b|\bSyntax error(?:, insert| on token)\b|\b(?:Compiler|Parser) Error Message: /,
    weight: 0.9,
  },
  {
    id: 'module-transform-error',
    causeId: 'syntax-error',
    description: 'A module the dev server or bundler compiles on request no longer parses (Vite, esbuild, Rolldown/Oxc).',
    scope: BODY_ONLY,
    keywords: ['transform failed with', '[parse_error]', 'failed to parse source for import analysis'],
    pattern: /\bTransform failed with \d{1,4} errors?\b|\[PARSE_ERROR\]|\bFailed to parse source for import analysis\b/,
    weight: 0.9,
  },
  {
    id: 'template-syntax-error',
    causeId: 'syntax-error',
    description: 'A server-side template no longer parses (Django, Jinja2, Twig).',
    scope: BODY_ONLY,
    keywords: ['templatesyntaxerror', 'twig\\error\\syntaxerror'],
    pattern: /\bTemplateSyntaxError\b|\bTwig\\Error\\SyntaxError\b/,
    weight: 0.85,
  },
];
