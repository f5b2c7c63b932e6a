// "Copy as cURL": one POSIX shell command, every word single-quoted, so a hostile URL, header or
// body runs nothing when pasted.
import { shellQuote } from '../text/shell-quote';
import type { ReproducibleRequest } from './reproducible-request';

export function curlCommand({ method, url, headers, body }: ReproducibleRequest): string {
  const words = ['curl', shellQuote(url)];
  const upper = method.toUpperCase();
  // --data-raw makes curl POST by itself; any other method is named.
  if (upper !== 'GET' && !(upper === 'POST' && body !== undefined)) words.push('-X', shellQuote(method));
  let compressed = false;
  for (const { name, value } of headers) {
    if (name.toLowerCase() === 'accept-encoding') compressed = true;
    else words.push('-H', shellQuote(`${name}: ${value}`));
  }
  if (body !== undefined) words.push('--data-raw', shellQuote(body));
  // curl then asks for what the browser asked for and decodes it, instead of printing gzip.
  if (compressed) words.push('--compressed');
  return words.join(' ');
}
