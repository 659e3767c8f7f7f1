// The WebAssembly build under node, before any browser: each function answers, and bad input
// is an error that names its field.
//   node --no-experimental-fetch smoke.mjs <knotguide.js>
import { createRequire } from "node:module";
import assert from "node:assert/strict";

const require = createRequire(import.meta.url);
const kg = await require(process.argv[2])();
const ok = (json) => {
  const parsed = JSON.parse(json);
  assert.ok(parsed.ok !== undefined, `expected an answer, got ${json}`);
  return parsed.ok;
};

// The parts of a plan's reading of one kind, wherever they lie in it.
const partsOf = (node, kind) => (node.parts || []).flatMap((p) =>
    typeof p === "string" ? [] : [...(p.part === kind ? [p] : []), ...partsOf(p, kind)]);
const wordsOf = (node) => (node.parts || []).map((p) => (typeof p === "string" ? p : wordsOf(p))).join("");
const section = (plan, key) => plan.parts.find((p) => p.key === key) ?? { parts: [] };
const stepsOf = (plan) => partsOf(section(plan, "steps"), "step").map((s) => s.key);

const neck = JSON.stringify({ knots: [{ region: "neck" }], pain: 4, moment: "at_desk" });
const started = performance.now();
const plan = ok(kg.plan(neck));
console.log(`first plan in ${(performance.now() - started).toFixed(2)} ms:`, plan.level,
            stepsOf(plan).join(", "));
assert.equal(plan.level, "self_care");
assert.ok(partsOf(section(plan, "steps"), "step").some((s) => s.key === "micro_breaks" && wordsOf(s).includes("at your desk")));
assert.match(wordsOf(partsOf(plan, "disclaimer")[0]), /not a diagnosis/);

assert.equal(ok(kg.plan_json(neck)).level, "self_care");

// A plan in words once warm (node's compiler has settled after a thousand or so): the
// assessment read, the plan made and its reading written out.
const runs = 1000;
for (let i = 0; i < runs; ++i) kg.plan(neck);
const warm = performance.now();
for (let i = 0; i < runs; ++i) kg.plan(neck);
console.log(`a plan in words, warm: ${((performance.now() - warm) / runs).toFixed(3)} ms each`);

const misspelt = JSON.parse(kg.plan('{"knots": [{"region": "nek"}]}'));
assert.equal(misspelt.error.path, "/knots/0/region");
assert.equal(JSON.parse(kg.muscles("belly")).error.path, "/region");
assert.equal(JSON.parse(kg.explain(neck, "cupping")).error.path, "/intervention");

assert.deepEqual(ok(kg.muscles("neck")).map((m) => m.name),
                 ["levator_scapulae", "upper_trapezius", "sternocleidomastoid", "splenius_capitis",
                  "scalenes", "suboccipitals"]);

const bedtime = JSON.stringify({ knots: [{ region: "neck" }], moment: "before_bed" });
const heat = ok(kg.explain(bedtime, "heat"));
assert.equal(heat.standing, "excluded");
assert.match(heat.because, /bedtime/);

const chest = ok(kg.plan(JSON.stringify({ knots: [{ region: "upper_back" }], red_flags: ["chest_pain"] })));
assert.equal(chest.level, "emergency");
assert.deepEqual(stepsOf(chest), ["emergency_care"]);

// The interview: where it hurts first, then the warning signs of that place, most urgent first;
// a reply that is not valid names its field; the plan once nothing left could change it.
const next = (step, reply) =>
    kg.next_question(JSON.stringify(step.interview), JSON.stringify(reply), false);
let step = ok(kg.next_question("", "", false));
assert.equal(step.question.topic, "knots");
assert.equal(step.plan, null);
step = ok(next(step, { knots: [{ region: "upper_back" }] }));
assert.equal(step.question.topic, "red_flags");
assert.equal(step.question.answer, "any_of");
assert.ok(step.question.choices.some((c) => c.name === "chest_pain" && /^Chest pain/.test(c.words)));
assert.match(step.question.because, /^These can be signs of something that needs medical care/);
assert.equal(JSON.parse(next(step, { red_flags: ["nope"] })).error.path, "/red_flags/0");
step = ok(next(step, { red_flags: ["chest_pain"] }));
for (let asked = 2; step.question !== null; ++asked) {
  assert.ok(asked < 4, `chest pain: more than 4 questions (${step.question.topic})`);
  step = ok(next(step, {}));
}
assert.equal(step.plan.level, "emergency");

const words = ok(kg.vocabulary());
assert.equal(words.region.length, 25);
assert.equal(words.red_flag[0].level, "emergency");
console.log(`knowledge export: ${kg.knowledge().length} bytes; all checks passed`);
