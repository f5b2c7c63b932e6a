export function SummaryBar({ serverErrors, total, retries, imported }: { serverErrors: number; total: number; retries: number; imported: number }) {
  return (
    <div class={`summary-bar${serverErrors ? ' has-errors' : ''}`} role="status">
      <strong class="server-error-count">{serverErrors}</strong> server {serverErrors === 1 ? 'error' : 'errors'} of{' '}
      {total} {total === 1 ? 'request' : 'requests'}
      {retries > 0 && <span class="muted"> (and {retries} {retries === 1 ? 'try' : 'tries'} sent by Retry, not counted)</span>}
      {imported > 0 && <span class="muted"> (and {imported} imported from HAR files, not counted)</span>}
    </div>
  );
}
