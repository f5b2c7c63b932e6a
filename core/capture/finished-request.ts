// One finished request as the browser hands it over: its HAR entry and a way to read its body.
// Chrome's and Firefox's shapes are ironed into this by adapters/devtools-network.ts.
import type { Entry } from 'har-format';

export interface RawBody {
  content: string | undefined;
  encoding: string | undefined;
}

export interface FinishedRequest {
  har: Entry;
  readBody(): Promise<RawBody>;
}
