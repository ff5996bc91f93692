// Checks the running server against the public contract with graphql-js itself:
// findBreakingChanges(contract, served) must return nothing.
// Usage: node contract.mjs <graphql-url> <contract.graphql> [allowed-changes.txt]
// An allowed-changes file lists descriptions (one per line) still expected while a feature is being built.
import { readFileSync } from 'node:fs';
import { buildClientSchema, buildSchema, findBreakingChanges, getIntrospectionQuery } from 'graphql';

const [url, contractPath, allowedPath] = process.argv.slice(2);
if (!url || !contractPath) {
  console.error('usage: node contract.mjs <graphql-url> <contract.graphql> [allowed-changes.txt]');
  process.exit(2);
}

let response;
try {
  response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query: getIntrospectionQuery() }),
  });
} catch (error) {
  console.error(`contract: cannot reach ${url}: ${error.message}`);
  process.exit(2);
}
const body = await response.json();
if (!body.data) {
  console.error(`contract: introspection failed (${response.status}): ${JSON.stringify(body.errors)}`);
  process.exit(1);
}

const served = buildClientSchema(body.data);
const contract = buildSchema(readFileSync(contractPath, 'utf8'));
const allowed = new Set(allowedPath ? readFileSync(allowedPath, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean) : []);
// graphql-js adds its own standard directives (@specifiedBy, @oneOf …) to any schema it builds; the contract
// declares none, so differences in directives it does not declare are not part of the contract.
const declaredDirectives = new Set([...readFileSync(contractPath, 'utf8').matchAll(/^\s*directive\s+@(\w+)/gm)].map((m) => m[1]));
const isUndeclaredDirective = (c) => c.type.startsWith('DIRECTIVE_') && ![...declaredDirectives].some((d) => c.description.includes(d));
const changes = findBreakingChanges(contract, served).filter((c) => !isUndeclaredDirective(c));
const unexpected = changes.filter((c) => !allowed.has(c.description));

for (const change of changes) console.log(`${allowed.has(change.description) ? 'allowed ' : 'BREAKING'} ${change.type}: ${change.description}`);
console.log(`contract: ${changes.length} breaking change(s), ${unexpected.length} unexpected`);
process.exit(unexpected.length === 0 ? 0 : 1);
