// Messages of database drivers and engines: they name the engine, schema, tables, queries and hosts.
// Each rule keys on phrases only the driver writes, so a page merely mentioning "SQL" stays quiet.

import type { LeakRule } from '../leak-rule';
import { BODY_ONLY } from '../../text/text-rule';
import { PRISMA_DATABASE_MESSAGE, PRISMA_FAILED_CALL } from '../../text/prisma-messages';

const DB = {
  category: 'database-error',
  severity: 'high',
  scope: BODY_ONLY,
  mergeWithin: 200,
  provesError: true,
  confidence: 0.85,
  // The rest of the message line, so the evidence shows what the driver said.
  extendToLineEnd: 200,
} as const;

/**
 * The server's own message, without a driver's class name: what an app's `{"error": err.message}`
 * sends on. The wording is the database's, but documentation, forums and blog posts quote it too,
 * so on its own it needs an error response (or another proof of one) to count.
 */
const SERVER_MESSAGE = { ...DB, confidence: 0.8, context: { success: 0.6 } } as const;

/** A double quote as PostgreSQL prints it around names: plain, JSON-escaped once or twice, or HTML-escaped. */
const PG_QUOTE = String.raw`(?:\\{0,3}"|&quot;|&#34;)`;
/** A quoted name (table, column, constraint…): never a quote, backslash or HTML-escape character inside. */
const PG_NAME = String.raw`${PG_QUOTE}[^"\\&<>\n]{1,130}${PG_QUOTE}`;

/** MySQL/MariaDB error names as the Node drivers (mysql, mysql2) put them in `err.code`. */
const MYSQL_ERROR_CODES = [
  'NO_SUCH_TABLE', 'ACCESS_DENIED_ERROR', 'DBACCESS_DENIED_ERROR', 'TABLEACCESS_DENIED_ERROR', 'PARSE_ERROR',
  'BAD_FIELD_ERROR', 'BAD_DB_ERROR', 'BAD_NULL_ERROR', 'DUP_ENTRY', 'DUP_FIELDNAME', 'NON_UNIQ_ERROR',
  'NO_REFERENCED_ROW_2', 'ROW_IS_REFERENCED_2', 'NO_DEFAULT_FOR_FIELD', 'DATA_TOO_LONG',
  'TRUNCATED_WRONG_VALUE_FOR_FIELD', 'WRONG_VALUE_COUNT_ON_ROW', 'LOCK_DEADLOCK', 'LOCK_WAIT_TIMEOUT',
  'CON_COUNT_ERROR', 'TABLE_EXISTS_ERROR', 'SP_DOES_NOT_EXIST', 'NOT_SUPPORTED_AUTH_MODE',
] as const;


export const DATABASE_ERROR_RULES: readonly LeakRule[] = [
  {
    ...DB,
    id: 'database-error.postgresql',
    title: 'PostgreSQL error',
    keywords: ['psycopg2.', 'psycopg.', 'pg::', 'psqlexception', 'npgsql', 'connection to server at', 'accepting tcp/ip connections', 'password authentication failed for user', 'asyncpg.', 'sqlstate 42p01', 'pq: '],
    pattern: new RegExp(
      String.raw`(?:psycopg2?\.(?:errors\.|)[A-Z]\w{1,60}|asyncpg\.exceptions\.\w{1,60}|PG::\w{1,60}|org\.postgresql\.util\.PSQLException|Npgsql\.\w{1,60}|connection to server at|accepting TCP\/IP connections|password authentication failed for user|\(SQLSTATE 42P01\)|\bpq: [a-z])`,
    ),
    reach: { before: 60, after: 260 },
  },
  {
    ...SERVER_MESSAGE,
    id: 'database-error.postgresql-message',
    title: 'PostgreSQL error',
    // PostgreSQL's wording of its commonest errors (undefined table or column, constraint
    // violations, bad input, syntax, connection limits) and the DETAIL lines that follow them,
    // each with the quoted names it always carries.
    keywords: ['does not exist', 'violates ', 'null value in column', 'value too long for type', 'invalid input syntax for type', 'invalid input value for enum', 'permission denied for ', 'current transaction is aborted', 'canceling statement due to', 'on conflict specification', 'key (', 'failing row contains (', 'too many clients already', 'no pg_hba.conf entry', 'syntax error at '],
    pattern: new RegExp(
      String.raw`(?:\b(?:relation|column|schema|sequence|database) ${PG_NAME}(?: of relation ${PG_NAME})? does not exist|\bcolumn [\w$]{1,63}\.[\w$]{1,63} does not exist|\bfunction [\w$.]{1,130}\([^()\n]{0,200}\) does not exist|duplicate key value violates unique constraint ${PG_NAME}|null value in column ${PG_NAME}(?: of relation ${PG_NAME})? violates not-null constraint|(?:insert or update|update or delete) on table ${PG_NAME} violates foreign key constraint ${PG_NAME}|new row for relation ${PG_NAME} violates check constraint ${PG_NAME}|conflicting key value violates exclusion constraint ${PG_NAME}|value too long for type character(?: varying)?\(\d{1,5}\)|invalid input (?:syntax for type [\w ]{1,40}|value for enum [\w$.]{1,130}): ${PG_QUOTE}|\bpermission denied for (?:table|relation|schema|sequence|database|function|view) [\w$.]{1,130}|current transaction is aborted, commands ignored until end of transaction block|canceling statement due to (?:statement timeout|lock timeout|user request|conflict with recovery)|there is no unique or exclusion constraint matching the ON CONFLICT specification|\bKey \([\w$", ]{1,200}\)=\([^()\n]{0,200}\) (?:already exists|is not present in table|is still referenced from table)|\bFailing row contains \(|\bsyntax error at (?:or near ${PG_NAME}|end of input)|sorry, too many clients already|no pg_hba\.conf entry for host)`,
    ),
    reach: { before: 460, after: 300 },
  },
  {
    ...DB,
    id: 'database-error.postgresql-error-fields',
    title: 'PostgreSQL error',
    // node-postgres' DatabaseError serialised whole (`res.json(err)`): the server's severity,
    // SQLSTATE and the PostgreSQL source file, line and routine that raised it.
    keywords: ['"severity":', '"routine":'],
    pattern:
      /"severity":\s?"(?:ERROR|FATAL|PANIC)",\s?"code":\s?"[\dA-Z]{5}"|"file":\s?"[\w-]{1,60}\.c",\s?"line":\s?"\d{1,6}",\s?"routine":\s?"\w{1,80}"/,
    reach: { before: 60, after: 120 },
  },
  {
    ...SERVER_MESSAGE,
    id: 'database-error.mysql-message',
    title: 'MySQL/MariaDB error',
    // MySQL's and MariaDB's wording of their commonest errors, and mysql2's serialised error.
    keywords: ["' doesn't exist", "unknown column '", "duplicate entry '", "' cannot be null", 'a foreign key constraint fails', 'data too long for column', "doesn't have a default value", "for column '", "unknown database '", 'lock wait timeout exceeded', 'deadlock found when trying to get lock', "column count doesn't match value count", " command denied to user '", '"sqlmessage":', '"sqlstate":'],
    pattern: new RegExp(
      String.raw`(?:\bTable '[\w$.-]{1,130}' doesn't exist|\bUnknown column '[^'\n]{1,130}' in '[\w ]{1,40}'|\bDuplicate entry '[^'\n]{0,200}' for key '[^'\n]{1,130}'|\bColumn '[^'\n]{1,130}' cannot be null|Cannot (?:add or update a child|delete or update a parent) row: a foreign key constraint fails|Data too long for column '[^'\n]{1,130}' at row \d|\bField '[^'\n]{1,130}' doesn't have a default value|\bIncorrect \w{1,20} value: '[^'\n]{0,200}' for column '|\bUnknown database '[^'\n]{1,130}'|Lock wait timeout exceeded; try restarting transaction|Deadlock found when trying to get lock|Column count doesn't match value count at row \d|\b[A-Z]{3,20} command denied to user '|"sqlMessage":\s?"|"sqlState":\s?"[\dA-Z]{5}")`,
    ),
    reach: { before: 160, after: 300 },
  },
  {
    ...DB,
    id: 'database-error.postgresql-sqlstate',
    title: 'PostgreSQL error code',
    // A SQLSTATE in an error's "code" field (node-postgres sets err.code to it; Fastify's default
    // handler and many apps copy it). Only PostgreSQL's own codes (…P…, 3D000, 3F000): all-digit
    // ones such as 23505 or 40001 are also postal codes and other vendors' API error numbers.
    keywords: ['"code":'],
    pattern:
      /"code":\s?"(?<evidence>22P0[1-6]|25P0[1-3]|28P01|2BP01|39P0[1-3]|40P01|42P(?:0[1-9]|1\d|2[0-2])|55P0[2-4]|57P0[1-5]|58P0[1-3]|3D000|3F000)"/,
    reach: { before: 0, after: 16 },
    confidence: 0.75,
    // A code alone says less than a message: it needs an error response.
    context: { success: 0.6 },
  },
  {
    ...DB,
    id: 'database-error.mysql',
    title: 'MySQL/MariaDB error',
    keywords: ['error in your sql syntax', 'mysql server version', 'mariadb server version', 'access denied for user', "can't connect to mysql", "can't connect to local mysql", 'mysqli', 'mysql_', 'com.mysql.', 'pymysql.', 'mysqldb.', 'mysql.connector', ...MYSQL_ERROR_CODES.map((code) => `er_${code.toLowerCase()}`)],
    pattern: new RegExp(
      String.raw`(?:You have an error in your SQL syntax|(?:MySQL|MariaDB) server version for the right syntax|Access denied for user '[^'\n]{0,64}'@'[^'\n]{0,255}'|Can't connect to (?:local )?MySQL server|\bmysqli?(?:_\w{1,40})?\(\)|mysqli_sql_exception|com\.mysql\.\w{1,60}|pymysql\.err\.\w{1,60}|MySQLdb\.\w{1,60}|mysql\.connector\.errors\.\w{1,60}|\bER_(?:${MYSQL_ERROR_CODES.join('|')})\b)`,
    ),
    reach: { before: 120, after: 260 },
  },
  {
    ...DB,
    id: 'database-error.prisma-invocation',
    title: 'Prisma Client error',
    // Every Prisma Client error message opens with the call that failed, then the engine's or the
    // validator's reason (a missing table, a constraint, the data model's fields).
    keywords: ['()` invocation'],
    pattern: new RegExp(PRISMA_FAILED_CALL),
    reach: { before: 140, after: 20 },
  },
  {
    ...SERVER_MESSAGE,
    id: 'database-error.prisma-message',
    title: 'Prisma database error',
    ...PRISMA_DATABASE_MESSAGE,
    reach: { before: 160, after: 80 },
  },
  {
    ...DB,
    id: 'database-error.sqlite',
    title: 'SQLite error',
    keywords: ['sqlite3.', 'sqlite_error', 'sqlite_busy', 'sqlite_constraint', 'sqlite3::', 'sqliteexception', 'sqlite error', 'no such table: '],
    pattern: new RegExp(
      String.raw`(?:sqlite3\.(?:Operational|Integrity|Programming|Database|Interface|Data|NotSupported)Error|SQLITE_(?:ERROR|BUSY|CONSTRAINT)|SQLite3::\w{1,60}|SQLiteException|SQLite error|no such table: [\w.]{1,100})`,
    ),
    reach: { before: 20, after: 260 },
  },
  {
    ...DB,
    id: 'database-error.sql-server',
    title: 'SQL Server error',
    keywords: ['sqlclient.sqlexception', 'ole db provider for sql server', 'odbc sql server driver', 'odbc driver', 'unclosed quotation mark after the character string', 'incorrect syntax near', 'sqlsrv_'],
    pattern: new RegExp(
      String.raw`(?:(?:System|Microsoft)\.Data\.SqlClient\.SqlException|Microsoft OLE DB Provider for SQL Server|\[Microsoft\]\[ODBC (?:SQL Server )?Driver[^\]\n]{0,60}\]|Unclosed quotation mark after the character string|Incorrect syntax near|sqlsrv_\w{1,40}\(\))`,
    ),
    reach: { before: 30, after: 260 },
  },
  {
    ...DB,
    id: 'database-error.oracle',
    title: 'Oracle error',
    keywords: ['ora-', 'oracle.manageddataaccess', 'oracle.jdbc', 'cx_oracle', 'oci_'],
    pattern: new RegExp(
      String.raw`(?:\bORA-\d{5}: |Oracle\.ManagedDataAccess\.\w{1,60}|oracle\.jdbc\.\w{1,60}|cx_Oracle\.\w{1,60}|\boci_\w{1,30}\(\))`,
    ),
    reach: { before: 30, after: 260 },
  },
  {
    ...DB,
    id: 'database-error.mongodb',
    title: 'MongoDB error',
    keywords: ['mongoerror', 'mongoservererror', 'mongonetworkerror', 'mongoserverselectionerror', 'mongoparseerror', 'e11000 duplicate key', 'pymongo.errors', 'mongodb.driver'],
    pattern: new RegExp(
      String.raw`(?:Mongo(?:Server|Network|ServerSelection|Parse)?Error|E11000 duplicate key error|pymongo\.errors\.\w{1,60}|MongoDB\.Driver\.\w{1,60})`,
    ),
    reach: { before: 30, after: 260 },
  },
  {
    ...DB,
    id: 'database-error.redis',
    title: 'Redis error',
    keywords: ['redis connection to', 'redis.exceptions.', 'noauth authentication required', 'wrongtype operation against a key', 'predis\\', 'redisexception', 'replyerror', 'redis::'],
    pattern: new RegExp(
      String.raw`(?:Redis connection to|redis\.exceptions\.\w{1,60}|NOAUTH Authentication required|WRONGTYPE Operation against a key|Predis\\\w{1,60}|RedisException|ReplyError|Redis::\w{1,60})`,
    ),
    reach: { before: 30, after: 260 },
  },
  {
    ...DB,
    id: 'database-error.orm',
    title: 'Database layer exception',
    keywords: ['sqlalchemy.exc.', 'django.db.utils.', 'activerecord::', 'doctrine\\dbal\\', 'illuminate\\database\\', 'pdoexception', 'sqlstate[', 'sequelize', 'prismaclient', 'queryfailederror', 'org.hibernate.', 'java.sql.sqlexception', 'knex:'],
    pattern: new RegExp(
      String.raw`(?:sqlalchemy\.exc\.\w{1,60}|django\.db\.utils\.\w{1,60}|ActiveRecord::\w{1,60}|Doctrine\\DBAL\\[\w\\]{1,100}|Illuminate\\Database\\\w{1,60}|PDOException|SQLSTATE\[\w{5}\]|Sequelize[A-Z]\w{0,40}|PrismaClient[A-Z]\w{0,40}|QueryFailedError|org\.hibernate\.[\w.]{1,100}|java\.sql\.SQL\w{0,40})`,
    ),
    reach: { before: 30, after: 260 },
  },
  {
    ...DB,
    id: 'database-error.raw-sql',
    title: 'SQL statement in an error',
    keywords: ['[sql: ', '(sql: ', 'sql: select', 'sql: insert', 'sql: update', 'sql: delete', 'failed query:', 'query was: ', 'sql statement:'],
    pattern:
      /(?:\[SQL|\(SQL|SQL|Failed query|query was|SQL statement)\s?:\s{0,4}(?:SELECT|INSERT|UPDATE|DELETE|WITH|CREATE|ALTER|DROP)\b/i,
    reach: { before: 20, after: 30 },
    extendToLineEnd: 300,
  },
];
