// Database errors as Node services send them on: the server's own message (PostgreSQL, MySQL,
// MariaDB) in an app's JSON, captured from real servers (test/fixtures/responses/node-db), and the
// look-alikes that must stay quiet: the app's own codes, postal codes, docs quoting the messages.

import { describe, expect, it } from 'vitest';
import type { LeakFinding, ScannableResponse } from '../../../core/leaks/leak-finding';
import { scanResponse } from '../../../core/leaks/scan-response';
import { scannableFixture } from '../../fixtures/labelled-fixtures';

function databaseFindings(subject: ScannableResponse): LeakFinding[] {
  return scanResponse(subject).findings.filter((finding) => finding.category === 'database-error');
}

const json = (body: string, status = 500): ScannableResponse => ({ url: 'https://shop.example.com/api/orders', status, mimeType: 'application/json', headers: [], body });
const page = (body: string, status = 200): ScannableResponse => ({ url: 'https://shop.example.com/docs', status, mimeType: 'text/html', headers: [], body });

describe('database errors captured from Node services', () => {
  it.each([
    ['express-pg-relation-missing', 'relation \\"orders\\" does not exist'],
    ['express-pg-unique-violation-409', 'duplicate key value violates unique constraint \\"customers_email_key\\"'],
    ['express-pg-not-null-violation-400', 'null value in column \\"email\\" of relation \\"customers\\" violates not-null constraint'],
    ['fastify-pg-relation-missing', '42P01'],
    ['knex-pg-relation-missing', 'relation \\"orders\\" does not exist'],
    ['sequelize-pg-missing-column', 'SequelizeDatabaseError'],
    ['express-mysql-no-such-table', "Table 'shop.orders' doesn't exist"],
    ['express-mysql-unknown-column', "Unknown column 'created_at' in 'SELECT'"],
    ['express-mysql-dup-entry-409', "Duplicate entry 'ada@example.com' for key 'email'"],
    ['express-mysql-bad-null-400', "Column 'email' cannot be null"],
    ['express-mysql-error-object', 'ER_NO_SUCH_TABLE'],
    ['knex-mysql-no-such-table', "Table 'shop.orders' doesn't exist"],
  ])('node-db/%s', (name, evidence) => {
    const [first, ...rest] = databaseFindings(scannableFixture(`responses/node-db/${name}.json`));
    expect(first?.evidence.startsWith(evidence)).toBe(true);
    // One message, one finding.
    expect(rest).toEqual([]);
  });

  it.each(['express-pg-customers-200', 'express-pg-email-taken-409', 'express-pg-docs-200', 'fastify-pg-customers-200'])('node-db/%s gives no finding', (name) => {
    expect(scanResponse(scannableFixture(`responses/node-db/${name}.json`)).findings).toEqual([]);
  });

  it("finds node-postgres' DatabaseError serialised whole (res.status(500).json(err))", () => {
    // What pg 8.23.1 against PostgreSQL 15 sent for a SELECT from a missing table: the message is not enumerable.
    const body = '{"length":105,"name":"error","severity":"ERROR","code":"42P01","position":"23","file":"parse_relation.c","line":"1392","routine":"parserOpenTable"}';
    expect(databaseFindings(json(body))[0]?.evidence.startsWith('"severity":"ERROR","code":"42P01"')).toBe(true);
  });
});

describe('PostgreSQL and MySQL wording in other drivers and escapings', () => {
  it.each([
    ['a Django debug page (HTML-escaped quotes)', page('<pre class="exception_value">relation &quot;orders&quot; does not exist\nLINE 1: SELECT * FROM &quot;orders&quot;</pre>', 500)],
    ['a foreign key violation', json('{"error":"insert or update on table \\"orders\\" violates foreign key constraint \\"orders_customer_id_fkey\\"","detail":"Key (customer_id)=(7) is not present in table \\"customers\\"."}')],
    ['a qualified unquoted column', json('{"error":"column c.totl does not exist"}')],
    ['a syntax error', json('{"error":"syntax error at or near \\"FORM\\""}')],
    ['a bad enum value', json('{"error":"invalid input value for enum order_status: \\"shipped!\\""}', 400)],
    ['a statement timeout', json('{"error":"canceling statement due to statement timeout"}')],
    ['a doubly escaped message (a log line inside JSON)', json('{"log":"{\\"error\\":\\"relation \\\\\\"orders\\\\\\" does not exist\\"}"}')],
    ['MySQL: a child row without its parent', json('{"message":"Cannot add or update a child row: a foreign key constraint fails (`shop`.`orders`, CONSTRAINT `orders_ibfk_1` FOREIGN KEY (`customer_id`) REFERENCES `customers` (`id`))","code":"ER_NO_REFERENCED_ROW_2"}', 400)],
    ["MySQL: the classic 'field list'", json('{"message":"Unknown column \'totl\' in \'field list\'"}')],
    ['a lone PostgreSQL SQLSTATE in an error', json('{"statusCode":500,"code":"3D000","error":"Internal Server Error"}')],
  ])('%s', (_name, subject) => {
    expect(databaseFindings(subject)).toHaveLength(1);
  });
});

describe('database look-alikes stay quiet', () => {
  it.each([
    ["the app's own code for a duplicate", json('{"error":"A customer with this email already exists","code":"EMAIL_TAKEN"}', 409)],
    ['a postal code in a "code" field', json('{"error":"We do not deliver there","field":"zip","code":"23505"}', 422)],
    ['an all-digit vendor error number', json('{"errcode":40001,"errmsg":"invalid credential","code":"40001"}', 401)],
    ['a PostgreSQL-like code in a successful listing', json('{"parts":[{"code":"42P01","name":"Oil filter"}]}', 200)],
    ['an app code that only looks like a MySQL one', json('{"code":"ER_INVALID_TOKEN","message":"Token expired"}', 401)],
    ['app wording without the quoted names', json('{"error":"column does not exist"}', 400)],
    ['a page that does not exist', page('<h1>This page does not exist</h1>', 404)],
    ['a forum question quoting the message in a paragraph', page('<p>After deploying I get duplicate key value violates unique constraint "users_pkey" on every sign-up. Why?</p>')],
    ['a blog post quoting MySQL in a paragraph', page("<p>MySQL answers Table 'shop.orders' doesn't exist until the migration ran.</p>")],
  ])('%s', (_name, subject) => {
    expect(databaseFindings(subject)).toEqual([]);
  });
});
