#!/usr/bin/env node
// `npm run token -- --role admin [--role viewer] [--sub alice] [--expires-in 3600]`
// Prints a bearer token signed with JWT_SECRET (HS256), as an identity provider would issue it,
// with JWT_ISSUER / JWT_AUDIENCE when set and the roles where JWT_ROLES_CLAIM says (default `roles`).
import { parseArgs } from 'node:util';
import jwt from 'jsonwebtoken';

const ROLES = ['admin', 'editor', 'viewer'];

function fail(message) {
  console.error(message);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      role: { type: 'string', multiple: true, default: [] },
      sub: { type: 'string', default: 'cli-user' },
      'expires-in': { type: 'string', default: '3600' },
      help: { type: 'boolean', default: false },
    },
  }));
} catch (error) {
  fail(String(error.message));
}

if (values.help) {
  console.log('Usage: npm run token -- --role <admin|editor|viewer> [--role …] [--sub NAME] [--expires-in SECONDS]');
  process.exit(0);
}
const secret = process.env.JWT_SECRET;
if (!secret) fail('JWT_SECRET is not set: export the same secret the API runs with.');
if (values.sub.trim() === '') fail('--sub must name someone: the API refuses a token without a subject.');
if (values.role.length === 0) fail(`Give at least one --role (${ROLES.join(', ')}).`);
const unknown = values.role.filter((role) => !ROLES.includes(role));
if (unknown.length > 0) fail(`Unknown role(s): ${unknown.join(', ')} (expected ${ROLES.join(', ')}).`);
const expiresIn = Number(values['expires-in']);
if (!Number.isInteger(expiresIn) || expiresIn <= 0) fail('--expires-in must be a positive number of seconds.');

const options = { algorithm: 'HS256', subject: values.sub, expiresIn };
if (process.env.JWT_ISSUER) options.issuer = process.env.JWT_ISSUER;
if (process.env.JWT_AUDIENCE) options.audience = process.env.JWT_AUDIENCE;
// `realm_access.roles` -> { realm_access: { roles: [...] } }, as the API reads it.
let claims = values.role;
for (const segment of (process.env.JWT_ROLES_CLAIM?.trim() || 'roles').split('.').reverse()) {
  claims = { [segment]: claims };
}
console.log(jwt.sign(claims, secret, options));
