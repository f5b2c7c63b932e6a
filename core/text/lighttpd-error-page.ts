// lighttpd answers its own errors with one fixed page, whether it failed itself (a CGI that crashed)
// or as a gateway (every backend down): the tier markers and the upstream evidence share it.

/** lighttpd's built-in error page: XHTML 1.0 under an iso-8859-1 XML declaration, the status as its only heading. */
export const LIGHTTPD_ERROR_PAGE = /<\?xml version="1\.0" encoding="iso-8859-1"\?>\n<!DOCTYPE html PUBLIC "-\/\/W3C\/\/DTD XHTML 1\.0 Transitional\/\/EN"[^>]{0,120}>\n<html[^>]{0,120}>\n <head>\n {2}<title>\d{3} [^<\n]{1,60}<\/title>\n <\/head>\n <body>\n {2}<h1>\d{3} [^<\n]{1,60}<\/h1>\n <\/body>/;

/** lighttpd sends its own 503, like 502 and 504, as a gateway: when every backend of a handler is down. */
export const LIGHTTPD_GATEWAY_STATUSES: readonly number[] = [502, 503, 504];
