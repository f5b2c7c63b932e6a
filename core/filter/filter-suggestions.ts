// Suggestions for the filter box as one types: the term being typed completed to a key or to the
// values that key takes (methods and domains from the capture), each as the whole box's new text,
// so a plain <datalist> can offer them.
import { LEAK_CATEGORIES, LEAK_SEVERITIES } from '../leaks/leak-finding';
import { FILTER_HAS, FILTER_KEYS, FILTER_TIERS } from './request-filter';

export interface SeenInCapture {
  methods: readonly string[];
  domains: readonly string[];
}

const STATUS_VALUES = ['5xx', '4xx', '500', '502', '503', '504', '>=400', '500-599'];
const MAX_SUGGESTIONS = 12;

export function filterSuggestions(text: string, seen: SeenInCapture): string[] {
  const start = text.search(/\S+$/);
  const before = start < 0 ? text : text.slice(0, start);
  const typed = start < 0 ? '' : text.slice(start);
  const negation = typed.startsWith('-') ? '-' : '';
  const term = typed.slice(negation.length);
  const colon = term.indexOf(':');
  const complete = (value: string) => `${before}${negation}${value}`;
  if (colon < 0) {
    return FILTER_KEYS.filter((key) => key.startsWith(term.toLowerCase())).map((key) => complete(`${key}:`));
  }
  const key = term.slice(0, colon).toLowerCase();
  const partial = term.slice(colon + 1).toLowerCase();
  const values = valuesOf(key, seen).filter((value) => value.toLowerCase().startsWith(partial) && value.toLowerCase() !== partial);
  return values.slice(0, MAX_SUGGESTIONS).map((value) => complete(`${key}:${value}`));
}

function valuesOf(key: string, seen: SeenInCapture): readonly string[] {
  switch (key) {
    case 'status':
      return STATUS_VALUES;
    case 'method':
      return seen.methods;
    case 'domain':
      return seen.domains;
    case 'leak':
      return ['any', ...LEAK_CATEGORIES];
    case 'severity':
      return LEAK_SEVERITIES;
    case 'tier':
      return FILTER_TIERS;
    case 'has':
      return FILTER_HAS;
    default:
      return [];
  }
}
