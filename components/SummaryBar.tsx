export function SummaryBar({ serverErrors, total }: { serverErrors: number; total: number }) {
  return (
    <div class={`summary-bar${serverErrors ? ' has-errors' : ''}`} role="status">
      <strong class="server-error-count">{serverErrors}</strong> server {serverErrors === 1 ? 'error' : 'errors'} of{' '}
      {total} {total === 1 ? 'request' : 'requests'}
    </div>
  );
}
