// Lints Cypher statements offline with Neo4j's own Cypher front end (CYPHER 5).
// Input: a JSON array of {statement, parameters} (extra fields such as name are shown in messages), read from the
// file given as the first argument or from stdin. Prints every diagnostic; exits 1 when any is an error.
import { readFileSync } from 'node:fs';
import { lintCypherQuery, testData } from '@neo4j-cypher/language-support';

const input = readFileSync(process.argv[2] ?? 0, 'utf8');
const statements = JSON.parse(input);
if (!Array.isArray(statements)) {
  console.error('Expected a JSON array of {statement, parameters}.');
  process.exit(2);
}

const Error = 1;
let errors = 0;
let warnings = 0;
for (const [index, item] of statements.entries()) {
  const name = item.name ?? `#${index}`;
  const { diagnostics } = lintCypherQuery(item.statement, {
    procedures: testData.mockSchema.procedures,
    functions: testData.mockSchema.functions,
    parameters: item.parameters ?? {},
    defaultLanguage: 'CYPHER 5',
  });
  for (const diagnostic of diagnostics) {
    const isError = diagnostic.severity === Error;
    if (isError) errors++; else warnings++;
    const { line, character } = diagnostic.range.start;
    console.log(`${isError ? 'error' : 'warning'} ${name} ${line + 1}:${character + 1} ${diagnostic.message}`);
  }
}
console.log(`${statements.length} statements linted: ${errors} errors, ${warnings} warnings.`);
process.exit(errors > 0 ? 1 : 0);
