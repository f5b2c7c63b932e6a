// Messages of database drivers and engines: they name the engine, schema, tables, queries and hosts.
// Each rule keys on phrases only the driver writes, so a page merely mentioning "SQL" stays quiet.

import type { LeakRule } from '../leak-rule';

const DB = {
  category: 'database-error',
  severity: 'high',
  scope: { body: true, headers: false },
  mergeWithin: 200,
  provesError: true,
  confidence: 0.85,
  // The rest of the message line, so the evidence shows what the driver said.
  extendToLineEnd: 200,
} as const;


export const DATABASE_ERROR_RULES: readonly LeakRule[] = [
  {
    ...DB,
    id: 'database-error.postgresql',
    title: 'PostgreSQL error',
    keywords: ['psycopg2.', 'psycopg.', 'pg::', 'psqlexception', 'npgsql', 'connection to server at', 'accepting tcp/ip connections', 'syntax error at or near', 'violates unique constraint', 'violates foreign key constraint', 'password authentication failed for user', 'asyncpg.', 'sqlstate 42p01', 'pq: '],
    pattern: new RegExp(
      String.raw`(?:psycopg2?\.(?:errors\.|)[A-Z]\w{1,60}|asyncpg\.exceptions\.\w{1,60}|PG::\w{1,60}|org\.postgresql\.util\.PSQLException|Npgsql\.\w{1,60}|connection to server at|accepting TCP\/IP connections|syntax error at or near|violates (?:unique|foreign key) constraint|password authentication failed for user|\(SQLSTATE 42P01\)|\bpq: [a-z])`,
    ),
    reach: { before: 60, after: 260 },
  },
  {
    ...DB,
    id: 'database-error.mysql',
    title: 'MySQL/MariaDB error',
    keywords: ['error in your sql syntax', 'mysql server version', 'mariadb server version', 'access denied for user', "can't connect to mysql", "can't connect to local mysql", 'mysqli', 'mysql_', 'com.mysql.', 'pymysql.', 'mysqldb.', 'mysql.connector', 'er_no_such_table', 'er_access_denied', 'er_parse_error', 'er_bad_field', 'in \'field list\''],
    pattern: new RegExp(
      String.raw`(?:You have an error in your SQL syntax|(?:MySQL|MariaDB) server version for the right syntax|Access denied for user '[^'\n]{0,64}'@'[^'\n]{0,255}'|Can't connect to (?:local )?MySQL server|\bmysqli?(?:_\w{1,40})?\(\)|mysqli_sql_exception|com\.mysql\.\w{1,60}|pymysql\.err\.\w{1,60}|MySQLdb\.\w{1,60}|mysql\.connector\.errors\.\w{1,60}|ER_(?:NO_SUCH_TABLE|ACCESS_DENIED_ERROR|PARSE_ERROR|BAD_FIELD_ERROR)|Unknown column '[^'\n]{1,100}' in 'field list')`,
    ),
    reach: { before: 120, after: 260 },
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
