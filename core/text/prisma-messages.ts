// Prisma's own wording of the database's answer (P1000–P1002, P2002, P2003, P2011, P2021, P2022,
// P2024): what `{ error: err.message }` sends on, with or without the call it came from. The leak
// rules read it as a database error, the cause rules as the database failing.

export const PRISMA_DATABASE_MESSAGE = {
  keywords: [
    'does not exist in the current database',
    'reach database server at',
    'authentication failed against database server',
    'was reached but timed out',
    'constraint failed on the',
    'constraint violation on the',
    'constraint violated on the',
    'timed out fetching a new connection from the connection pool',
  ],
  pattern:
    /The (?:table|column) `[^`\n]{1,130}` does not exist in the current database|Can(?:'|&#39;|&#x27;)t reach database server at |Authentication failed against database server|The database server at `?[^`\s]{1,200}`? was reached but timed out|(?:Unique|Null|Foreign key) constraint (?:failed|violation|violated) on the |Timed out fetching a new connection from the connection pool/,
} as const;

/** The line every Prisma Client error message opens with: the call that failed. */
export const PRISMA_FAILED_CALL = String.raw`Invalid \`[\w$]{1,60}(?:\.[\w$]{1,100}){1,2}\(\)\` invocation`;
