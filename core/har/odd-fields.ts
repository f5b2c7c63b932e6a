// Fields of a HAR entry that the command line could not read as HAR says, named so the report can
// say what was left out instead of scanning less in silence. to-captured-entry.ts reads the rest.
import type { Entry } from 'har-format';
import { isRecord } from './json-shape';
import { STATUS_IN_TEXT } from './to-captured-entry';

/** One short phrase per field that was unreadable and therefore not scanned. */
export function oddFields(entry: Entry): string[] {
  const { response } = entry;
  const odd: string[] = [];
  const checkHeaders = (where: string, headers: unknown) => {
    if (headers == null) return;
    if (!Array.isArray(headers)) odd.push(`${where} is not a list`);
    else if (headers.some((header) => !isRecord(header) || typeof header.name !== 'string')) odd.push(`${where} has fields without a name`);
  };
  checkHeaders('response.headers', response.headers);
  const status: unknown = response.status;
  if (status !== undefined && typeof status !== 'number' && !(typeof status === 'string' && STATUS_IN_TEXT.test(status))) {
    odd.push('response.status is not a status code');
  }
  const content: unknown = response.content;
  if (content != null && !isRecord(content)) odd.push('response.content is not an object');
  else if (content != null) {
    if (content.text != null && typeof content.text !== 'string') odd.push('response.content.text is not text');
  }
  return odd;
}
