// Validates JSON files against a JSON Schema (draft 2020-12) with Ajv, in strict mode.
//
//   node validate.mjs <schema> [--each] <file>...
//
// A file is one JSON document; after --each, every element of the file's top-level array is
// validated on its own. Exits 0 when all are valid, 1 naming the first invalid value, and 77
// (ctest's "skipped") when Ajv is not installed: run `npm ci --prefix tests/schema`.
import { readFileSync } from "node:fs";

let Ajv2020;
try {
  Ajv2020 = (await import("ajv/dist/2020.js")).default;
} catch {
  console.log("validate: Ajv is not installed; run `npm ci --prefix tests/schema` (skipped)");
  process.exit(77);
}

const [schemaPath, ...rest] = process.argv.slice(2);
if (!schemaPath || rest.length === 0) {
  console.error("usage: node validate.mjs <schema> [--each] <file>...");
  process.exit(2);
}

const ajv = new Ajv2020({ strict: true, allErrors: false });
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));

let each = false;
let count = 0;
for (const arg of rest) {
  if (arg === "--each") {
    each = true;
    continue;
  }
  const document = JSON.parse(readFileSync(arg, "utf8"));
  const values = each ? document : [document];
  values.forEach((value, index) => {
    if (!validate(value)) {
      const where = each ? `${arg}[${index}]` : arg;
      console.error(`validate: ${where} does not match ${schemaPath}:`);
      console.error(JSON.stringify(validate.errors, null, 2));
      process.exit(1);
    }
    count += 1;
  });
}
console.log(`validate: ${count} values match ${schemaPath}`);
