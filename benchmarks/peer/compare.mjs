// knotguide's rules in json-rules-engine, on the same assessments: first every answer is
// checked against knotguide's (the triage level and the plan's steps, in order), then, only when
// all agree, both are timed.
//
//   node benchmarks/peer/compare.mjs <dir written by knotguide_peer_export> [rounds]
//
// prints how many assessments agree, how many of them are timed, and json-rules-engine's time per
// evaluation over those (the least of the rounds, in ns); bench.sh sets it beside knotguide's.
//
// The rules run in three passes, as knotguide's engine reads them: the acute phase, the signs the
// knowledge base reads from other answers, then what decides the plan. The events of the last pass
// become a plan in the application's code below (plan()), which is what an application running
// json-rules-engine writes around it: the rules say what holds; the code adds the scores, takes
// the most urgent level, and ranks.
import { readFileSync } from "node:fs";
import { Engine } from "json-rules-engine";

const [dir, roundsArg] = process.argv.slice(2);
if (!dir) {
  console.error("usage: compare.mjs <dir> [rounds]");
  process.exit(2);
}
const rounds = roundsArg === undefined ? 5 : Number(roundsArg);
if (!Number.isInteger(rounds) || rounds < 1) {
  console.error(`rounds: a whole number above 0, not '${roundsArg}'`);
  process.exit(2);
}
const exported = JSON.parse(readFileSync(`${dir}/rules.json`, "utf8"));
const cases = JSON.parse(readFileSync(`${dir}/cases.json`, "utf8"));
const app = exported.app;

const engineOf = (rules) => {
  const engine = new Engine([], { allowUndefinedFacts: false });
  for (const rule of rules) engine.addRule(rule);
  return engine;
};
const passes = {
  acute: engineOf(exported.passes.acute),
  signs: engineOf(exported.passes.signs),
  decide: engineOf(exported.passes.decide),
};
const rank = new Map(app.levels.map((l, i) => [l.level, i]));
const order = new Map(app.interventions.map((name, i) => [name, i]));
const stepOf = new Map(app.levels.map((l) => [l.level, l.step]));
const escalations = new Set(app.escalations);

// The plan for one assessment's facts: its triage level and its steps, best first.
async function plan(given) {
  const facts = { ...given };
  if ((await passes.acute.run(facts)).events.length > 0) facts.acute = true;
  const signs = (await passes.signs.run(facts)).events.map((e) => e.params.sign);
  facts.red_flags = [...new Set([...facts.red_flags, ...signs])];
  const { events } = await passes.decide.run(facts);

  let level = "self_care";
  const atLeast = (l) => {
    if (rank.get(l) > rank.get(level)) level = l;
  };
  const score = { ...app.base };
  const excluded = new Set();
  const escalated = new Set();
  for (const { type, params } of events) {
    if (type === "flag") atLeast(params.level);
    else if (type === "raise") score[params.target] += params.amount;
    else if (type === "lower") score[params.target] -= params.amount;
    else if (type === "exclude") excluded.add(params.target);
    else if (type === "escalate") {
      atLeast(params.level);
      escalated.add(params.target);
    } else if (type === "review") {
      atLeast(app.review_level);
      const step = stepOf.get(app.review_level);
      if (step) escalated.add(step);
    }
  }
  // What the level lets the plan hold: its own step first; waiting only at self-care; when care
  // is urgent, nothing else (unless the policy allows what the person does alone).
  const first = stepOf.get(level);
  if (first) escalated.add(first);
  const urgent = rank.get(level) >= rank.get("doctor_today");
  for (const i of app.interventions) {
    if (i === first) continue;
    const alone = app.profiles[i]?.alone ?? false;
    if ((i === "watchful_waiting" && level !== "self_care") || (urgent && escalations.has(i)) ||
        (urgent && (!app.self_care_when_urgent || !alone))) {
      excluded.add(i);
    }
  }
  // Escalations, most urgent level first; then the rest by score, ties in declaration order.
  const ranked = [];
  for (const { step } of [...app.levels].reverse()) {
    if (step && escalated.has(step) && !excluded.has(step) && app.profiles[step] &&
        !ranked.includes(step)) {
      ranked.push(step);
    }
  }
  const forced = ranked.length;
  const rest = app.interventions.filter((i) => !escalations.has(i) && !excluded.has(i) &&
                                               score[i] > 0 && app.profiles[i]);
  rest.sort((a, b) => score[b] - score[a] || order.get(a) - order.get(b));
  ranked.push(...rest);
  return { level, steps: ranked.slice(0, Math.max(Math.min(ranked.length, app.steps), forced)) };
}

// Agreement first, on every assessment.
let disagree = 0;
for (const [n, c] of cases.entries()) {
  const got = await plan(c.facts);
  if (got.level !== c.level || got.steps.join() !== c.steps.join()) {
    if (++disagree <= 5) {
      console.error(`assessment ${n}: knotguide ${c.level} [${c.steps}], ` +
                    `json-rules-engine ${got.level} [${got.steps}]\n  ${JSON.stringify(c.facts)}`);
    }
  }
}
if (disagree > 0) {
  console.error(`compare.mjs: ${disagree} of ${cases.length} assessments disagree: no timing`);
  process.exit(1);
}
// Then the time of one evaluation: the least of the rounds over the timed assessments (the set
// knotguide was timed on).
const timed = cases.filter((c) => c.timed);
let best = Infinity;
for (let r = 0; r < rounds; ++r) {
  const start = process.hrtime.bigint();
  for (const c of timed) await plan(c.facts);
  best = Math.min(best, Number(process.hrtime.bigint() - start) / timed.length);
}
console.log(`${cases.length} ${timed.length} ${Math.round(best)}`);
