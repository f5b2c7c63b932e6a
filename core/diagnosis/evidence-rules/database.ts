// Database and backing-store failures: driver and ORM exception names, server error codes, and
// refused or timed-out connections to the well-known ports of data stores.

import { BODY_ONLY } from '../../text/text-rule';
import { PRISMA_DATABASE_MESSAGE } from '../../text/prisma-messages';
import type { EvidenceRule } from './evidence-rule';

/** Data stores whose default port is distinctive enough to name the store from an address. */
const DATA_STORES = [
  { id: 'postgres', name: 'PostgreSQL', port: 5432 },
  { id: 'mysql', name: 'MySQL/MariaDB', port: 3306 },
  { id: 'sqlserver', name: 'SQL Server', port: 1433 },
  { id: 'oracle', name: 'Oracle', port: 1521 },
  { id: 'mongodb', name: 'MongoDB', port: 27017 },
  { id: 'redis', name: 'Redis', port: 6379 },
] as const;

/** Words that say a connection attempt failed, in Node, Go, libpq, JDBC, redis-py, MySQL clients. */
const CONNECTION_FAILURE =
  /ECONNREFUSED|ETIMEDOUT|EHOSTUNREACH|[Cc]onnection refused|[Cc]onnection timed out|[Cc]ould not connect|[Cc]an't connect|[Ff]ailed to connect|[Ee]rror \d{1,5} connecting to|i\/o timeout|connect: |port \d{1,5} failed/;

// "connect ECONNREFUSED 10.0.0.5:5432", "dial tcp 10.0.0.5:5432: connect: connection refused",
// "connection to server at "db", port 5432 failed", "Error 111 connecting to localhost:6379".
// A failed connection to one of these ports is the app losing its data store, not a full database.
function unreachableStoreRule(store: (typeof DATA_STORES)[number]): EvidenceRule {
  return {
    id: `${store.id}-unreachable`,
    causeId: 'database',
    description: `The application could not open a connection to ${store.name} (port ${store.port}), a data store it depends on.`,
    scope: BODY_ONLY,
    keywords: [String(store.port)],
    pattern: new RegExp(`(?:[:,'"/]|\\bport )${store.port}\\b`),
    near: { pattern: CONNECTION_FAILURE, withinChars: 80 },
    weight: 0.95,
  };
}

export const DATABASE_RULES: readonly EvidenceRule[] = [
  ...DATA_STORES.map(unreachableStoreRule),
  {
    id: 'database-unreachable-wording',
    causeId: 'database',
    // Apps wrap the driver's failure in their own words ("Orders database unavailable", caused by a
    // ConnectException that names no port): a database said to be unreachable, near a failed connection.
    description: 'The application says its database could not be reached, and a connection failed.',
    scope: BODY_ONLY,
    keywords: ['database'],
    pattern: /\b[Dd]atabase (?:is )?(?:unavailable|unreachable|down|not reachable|not available)\b|\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) (?:connect to|reach) (?:the )?(?:[\w-]{1,30} )?database\b/,
    near: { pattern: CONNECTION_FAILURE, withinChars: 400 },
    weight: 0.9,
  },
  {
    id: 'sqlstate-code',
    causeId: 'database',
    description: 'A SQLSTATE code: the error came back from a SQL database or its driver.',
    scope: BODY_ONLY,
    keywords: ['sqlstate'],
    pattern: /\bSQLSTATE\[[0-9A-Z]{5}\]|\bSQLSTATE[ =:]{1,3}[0-9A-Z]{5}\b/,
    weight: 0.9,
  },
  {
    id: 'postgres-error',
    causeId: 'database',
    description: 'A PostgreSQL server or driver error (libpq, psycopg, node-postgres, JDBC, Npgsql, Ruby pg).',
    scope: BODY_ONLY,
    keywords: ['psycopg', 'pg::', 'psqlexception', 'npgsql', 'is the server running on', 'does not exist', 'too many clients', 'permission denied for', 'pq: ', 'violates unique constraint', 'violates not-null', 'parseropentable'],
    pattern:
      /\bpsycopg2?\.|\bPG::[A-Z]\w{2,40}|\bPSQLException\b|\bNpgsql\w{0,20}Exception\b|Is the server running on (?:that )?host|\b(?:relation|column) \S{1,100} (?:of relation \S{1,100} )?does not exist|duplicate key value violates unique constraint|null value in column \S{1,100} (?:of relation \S{1,100} )?violates not-null constraint|"parserOpenTable"|sorry, too many clients already|\bpermission denied for (?:table|relation|schema|database|sequence|function|view)\b|\bpq: /,
    weight: 0.9,
  },
  {
    id: 'prisma-engine-error',
    causeId: 'database',
    description: 'Prisma reports the database\'s answer: a missing table or column, a violated constraint, or a server it cannot reach or log in to.',
    scope: BODY_ONLY,
    ...PRISMA_DATABASE_MESSAGE,
    weight: 0.9,
  },
  {
    id: 'mysql-error',
    causeId: 'database',
    description: 'A MySQL or MariaDB server or driver error.',
    scope: BODY_ONLY,
    keywords: ['mysql', 'access denied for user', 'er_', 'sql syntax', "doesn't exist", 'too many connections', 'deadlock found'],
    pattern:
      /\bmysqli_sql_exception\b|\bMySQLdb\.|\bpymysql\.err\.|\bMysql2::Error\b|\bcom\.mysql\.cj\.|Can't connect to (?:local )?MySQL server|Access denied for user '|\bER_[A-Z_]{4,40}\b|error in your SQL syntax|Table '[^'\s]{1,100}' doesn't exist|\bToo many connections\b|Deadlock found when trying to get lock/,
    weight: 0.9,
  },
  {
    id: 'sqlite-error',
    causeId: 'database',
    description: 'A SQLite error: the database file is missing, locked, read-only or lacks a table.',
    scope: BODY_ONLY,
    keywords: ['sqlite', 'database is locked', 'no such table', 'unable to open database'],
    pattern: /\bsqlite3?\.\w{1,40}Error\b|\bSQLITE_[A-Z_]{4,30}\b|\bdatabase is locked\b|\bno such table: |unable to open database file|attempt to write a readonly database/,
    weight: 0.9,
  },
  {
    id: 'sqlserver-error',
    causeId: 'database',
    description: 'A Microsoft SQL Server error or driver exception.',
    scope: BODY_ONLY,
    keywords: ['sqlexception', 'sql server', 'login failed for user', 'invalid object name'],
    pattern:
      /\b(?:System|Microsoft)\.Data\.SqlClient\.SqlException\b|error occurred while establishing a connection to SQL Server|\[ODBC Driver \d{1,3} for SQL Server\]|Login failed for user '|Invalid object name '/,
    weight: 0.9,
  },
  {
    id: 'oracle-error',
    causeId: 'database',
    description: 'An Oracle database error code or driver exception.',
    scope: BODY_ONLY,
    keywords: ['ora-', 'tns:', 'cx_oracle', 'oracle.jdbc', 'dpi-'],
    pattern: /\bORA-\d{5}\b|\bTNS:[a-z]|\bcx_Oracle\.|\boracle\.jdbc\.|\bDPI-\d{4}\b/,
    weight: 0.9,
  },
  {
    id: 'mongodb-error',
    causeId: 'database',
    description: 'A MongoDB driver error: no reachable server, timeout or server-side failure.',
    scope: BODY_ONLY,
    keywords: ['mongo', 'e11000'],
    pattern: /\bMongo(?:Network|ServerSelection|Server|Timeout|Parse)?Error\b|\bpymongo\.errors\.|\bcom\.mongodb\.\w{1,40}Exception\b|\bE11000 duplicate key\b/,
    weight: 0.9,
  },
  {
    id: 'redis-error',
    causeId: 'database',
    description: 'A Redis client or server error: the cache or queue store is unreachable, full, read-only or refuses writes.',
    scope: BODY_ONLY,
    keywords: ['redis', 'misconf', 'noauth', 'oom command not allowed', 'readonly you'],
    pattern:
      /\bRedis::\w{1,40}Error\b|\bredis\.exceptions\.\w{1,40}\b|\bPredis\\|\bReplyError\b|\bMISCONF Redis\b|\bNOAUTH Authentication required|\bOOM command not allowed|\bREADONLY You can't write/,
    weight: 0.85,
  },
  {
    id: 'orm-database-error',
    causeId: 'database',
    description: 'A database exception raised through an ORM or data-access layer.',
    scope: BODY_ONLY,
    keywords: ['sqlalchemy', 'django.db', 'activerecord', 'queryexception', 'doctrine', 'prisma', 'sequelize', 'typeorm', 'hibernate', 'java.sql', 'hikaripool', 'jdbc', 'pdoexception'],
    pattern:
      /\bsqlalchemy\.exc\.\w{1,40}|\bdjango\.db\.utils\.\w{1,40}|\bActiveRecord::(?:ConnectionNotEstablished|StatementInvalid|NoDatabaseError|Deadlocked|ConnectionTimeoutError)\b|\bIlluminate\\Database\\QueryException\b|\bDoctrine\\DBAL\\|\bPrismaClient\w{1,40}Error\b|\bSequelize\w{0,40}Error\b|\bQueryFailedError\b|\borg\.hibernate\.exception\.\w{1,40}|\bjava\.sql\.SQL\w{0,40}Exception\b|\bHikariPool-\d{1,3} - Connection is not available|\bCannotGetJdbcConnectionException\b|\bPDOException\b/,
    weight: 0.9,
  },
];
