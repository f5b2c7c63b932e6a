// What the opt-in "count server errors on all tabs" asks for: the manifest declares these as
// optional (wxt.config.ts) and the extension requests exactly these at run time. Only http(s)
// hosts: no other scheme answers with a status code.
export const ALL_TABS_API_PERMISSIONS = ['webRequest'] as const;
export const ALL_TABS_HOSTS = ['http://*/*', 'https://*/*'];
