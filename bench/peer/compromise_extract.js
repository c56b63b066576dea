// The peer a newsgraph user would otherwise pick: the compromise NLP library (npm), run on the
// same JSON Lines articles as `newsgraph extract`, extracting people, places and organizations
// per article. Writes one JSON line per article {"id", "people", "places", "organizations"} and
// prints a one-line summary on stderr.
//
// usage: NODE_PATH=bench/peer/node_modules node bench/peer/compromise_extract.js IN.jsonl OUT.jsonl
'use strict';

const fs = require('fs');
const readline = require('readline');
const nlp = require('compromise');

async function main() {
  const [input, output] = process.argv.slice(2);
  if (!input || !output) {
    process.stderr.write('usage: compromise_extract.js IN.jsonl OUT.jsonl\n');
    process.exit(2);
  }
  const out = fs.createWriteStream(output);
  const lines = readline.createInterface({ input: fs.createReadStream(input), crlfDelay: Infinity });
  let docs = 0;
  let names = 0;
  for await (const line of lines) {
    if (!line.trim()) continue;
    const doc = JSON.parse(line);
    const parsed = nlp(doc.text);
    const record = {
      id: doc.id,
      people: parsed.people().out('array'),
      places: parsed.places().out('array'),
      organizations: parsed.organizations().out('array'),
    };
    names += record.people.length + record.places.length + record.organizations.length;
    if (!out.write(JSON.stringify(record) + '\n')) await new Promise((r) => out.once('drain', r));
    docs += 1;
  }
  await new Promise((r) => out.end(r));
  process.stderr.write(`compromise: ${docs} documents, ${names} names -> ${output}\n`);
}

main().catch((e) => {
  process.stderr.write(`compromise_extract: ${e.stack || e}\n`);
  process.exit(1);
});
