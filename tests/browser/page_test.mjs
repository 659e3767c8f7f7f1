// The web page in the system's Chromium, used as a person would: served from 127.0.0.1, with a
// check that nothing is asked of any other address.
//   node page_test.mjs <folder with index.html, page.js, style.css, knotguide.js/.wasm> <shots>
// Exit 0: every check passed; 1: a check failed (each is named); 77: playwright-core is missing.
import { existsSync } from "node:fs";
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";

let chromium;
try {
  ({ chromium } = await import("playwright-core"));
} catch {
  console.log("page_test: playwright-core is not installed (npm ci --prefix tests/browser): skipped");
  process.exit(77);
}
const chromiumPath = "/usr/bin/chromium";  // Debian's: apt-get install chromium
if (!existsSync(chromiumPath)) {
  console.log(`page_test: ${chromiumPath} is not installed: skipped`);
  process.exit(77);
}
const [folder, shots] = process.argv.slice(2);

const types = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css",
                ".wasm": "application/wasm" };
const server = createServer(async (request, response) => {
  const path = normalize(new URL(request.url, "http://x").pathname.replace(/^\/$/, "/index.html"));
  try {
    const body = await readFile(join(folder, path));
    response.writeHead(200, { "Content-Type": types[extname(path)] ?? "application/octet-stream" });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) failures.push(what);
};

// Answers the questions as they come, one screen each: `say[topic]` answers one on the page;
// any other is left as it stands (nothing ticked, "not sure"). Returns the topics asked, in
// order, when the page asks nothing more.
async function converse(page, say = {}) {
  const topics = [];
  for (;;) {
    const topic = await page.locator("#form").getAttribute("data-topic");
    if (!topic) return topics;
    if (topics.length > 15) throw new Error(`more questions than there are topics: ${topics}`);
    topics.push(topic);
    if (say[topic]) await say[topic](page);
    await page.getByRole("button", { name: "Next" }).click();
    if (await page.locator("#form-error").isVisible()) {
      throw new Error(`"${topic}" refused: ${await page.locator("#form-error").textContent()}`);
    }
  }
}
// Back, until the question on `topic` is on screen.
async function backTo(page, topic) {
  while (await page.locator("#form").getAttribute("data-topic") !== topic) {
    await page.getByRole("button", { name: "Previous question" }).click();
  }
}
const tick = (label) => (page) => page.getByLabel(label).check();
const both = (...steps) => async (page) => { for (const s of steps) await s(page); };

let AxeBuilder = null;
try {
  ({ default: AxeBuilder } = await import("@axe-core/playwright"));
} catch {
  console.log("page_test: @axe-core/playwright is not installed (npm ci --prefix tests/browser)");
}
// No violation of WCAG 2.1 A and AA that axe-core finds.
async function accessible(page, when) {
  if (AxeBuilder === null) {
    check(false, `axe-core ran ${when}`);
    return;
  }
  const found = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
      .analyze();
  const said = found.violations.map((v) => `${v.id} (${v.nodes.length})`).join(", ");
  check(found.violations.length === 0, `axe-core: no violations ${when} (${said})`);
}

const browser = await chromium.launch({ executablePath: chromiumPath, args: ["--no-sandbox"] });
try {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 } });
  const requests = [];
  const problems = [];
  context.on("request", (r) => requests.push(r.url()));  // every page's
  context.on("page", (p) => {
    p.on("pageerror", (e) => problems.push(e.message));
    p.on("console", (m) => { if (m.type() === "error") problems.push(m.text()); });
  });
  const opened = async () => {
    const p = await context.newPage();
    await p.goto(origin + "/");
    await p.waitForSelector("body[data-ready=true]", { timeout: 15000 }).catch((e) => {
      throw new Error(`the page did not get ready: ${problems.join("; ") || e.message}`);
    });
    return p;
  };
  const page = await opened();
  const steps = (p = page) => p.locator("#plan-body .steps > li").evaluateAll((l) => l.map((i) => i.dataset.key));
  const levelOf = (p) => p.locator("#banner").getAttribute("data-level");

  // The first question is where it hurts, on the body maps, with why it is asked.
  check(await page.locator("#form").getAttribute("data-topic") === "knots" &&
        await page.locator("#where").isVisible() && await page.locator("#question").isHidden(),
        "the first question is where it hurts, on the map");
  check(await page.locator("#where-heading").textContent() ===
        "Where does it hurt? Pick every place it hurts." &&
        await page.locator("#where-because").textContent() ===
        "Why we ask: What helps, and the warning signs we ask about, depend on where it hurts.",
        "in the catalog's words (ask.knots), with why it is asked (ask.knots.why)");
  check(await page.locator("#progress").textContent() === "Question 1. We stop as soon as we have enough.",
        "the progress line says question 1");
  check(await page.locator("#go-back").count() === 1 && await page.locator("#go-back").isHidden(),
        "no way back from the first question");
  check(await page.evaluate(() => document.activeElement === document.body),
        "the first question does not take the focus: the page is read from the top");
  await accessible(page, "on the first question, at 360 px");

  // Every place on the maps is one knotguide knows, and each can be reached with the keyboard.
  const places = await page.locator(".region").evaluateAll((l) => l.map((r) => r.dataset.region));
  check(new Set(places).size === 25, `the two maps hold all 25 places (${new Set(places).size})`);
  const named = await page.locator(".region[tabindex='0'][role=button]")
      .evaluateAll((l) => l.filter((r) => r.querySelector("title")?.textContent).length);
  check(named === places.length, "every place is a button in the tab order, with its name");

  // A place on the map: its muscles, most likely first, in words.
  await page.locator("#back").getByRole("button", { name: "Neck", exact: true }).click();
  const muscles = await page.locator("#muscle-choices label").allTextContents();
  check(muscles[0].trim() === "Not sure", "'not sure' comes first among the muscles");
  check(muscles[1].trim().startsWith("The side and back of the neck (levator scapulae)"),
        `the neck lists levator scapulae first (${muscles[1]})`);
  check(muscles.some((m) => m.includes("The top of the shoulder (upper trapezius)")),
        "the neck lists the upper trapezius");
  check(await page.locator("#back [data-region=neck]").getAttribute("aria-pressed") === "true",
        "the chosen place is pressed");
  await page.locator("#back").getByRole("button", { name: "Neck", exact: true }).click();
  check(await page.locator("#back [data-region=neck]").getAttribute("aria-pressed") === "false" &&
        (await page.locator("#chosen").textContent()).startsWith("Nothing chosen yet"),
        "pressed again, the place is let go");

  // The places of the arms and legs: the muscles that lie there, or send pain there. Both arms or
  // both legs are one button, chosen here with the keyboard (a click lands between the two).
  const musclesOf = async (map, name) => {
    await page.locator(map).getByRole("button", { name, exact: true }).focus();
    await page.keyboard.press("Enter");
    return (await page.locator("#muscle-choices label").allTextContents()).map((m) => m.trim());
  };
  const forearm = await musclesOf("#front", "Forearm");
  check(forearm[1].startsWith("The back of the forearm, below the elbow (wrist extensors)"),
        `the forearm lists the wrist extensors first (${forearm[1]})`);
  const knee = await musclesOf("#front", "Knee");
  check(knee.some((m) => m.includes("(vastus medialis)")) &&
        knee.some((m) => m.includes("(rectus femoris)")),
        `the knee lists the thigh muscles that send pain there (${knee.join(" | ")})`);
  const chest = await musclesOf("#front", "Chest");
  check(chest[1].startsWith("The front of the chest (pectoralis major)"),
        `the chest lists pectoralis major first (${chest[1]})`);
  check((await musclesOf("#front", "Shin"))[1].startsWith("The front of the shin (tibialis anterior)"),
        "the shin lists tibialis anterior");
  check((await page.locator("#chosen").textContent()) === "You chose: forearm, knee, chest, shin.",
        `several places can be chosen (${await page.locator("#chosen").textContent()})`);

  // With the keyboard alone: Tab onto the lower back, Enter.
  await page.locator("#back [data-region=upper_back]").focus();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  check((await page.locator("#chosen").textContent()).includes("lower back"),
        "Tab and Enter choose the lower back");
  check((await page.locator("#muscle-choices").textContent()).includes("The lower back (quadratus lumborum)"),
        "the lower back lists quadratus lumborum");
  // Or from the list, for places too small to tap.
  await page.getByLabel("Or choose it from a list").selectOption({ label: "Around the eye" });
  check((await page.locator("#chosen").textContent()).includes("around the eye") &&
        await page.locator("#front [data-region=eye]").getAttribute("aria-pressed") === "true",
        "the list chooses a place, and the map shows it");
  for (const name of ["Neck", "Hand"]) {
    await page.locator("#front").getByRole("button", { name, exact: true }).focus();
    await page.keyboard.press("Enter");
  }
  await page.locator("#front").getByRole("button", { name: "Foot", exact: true }).focus();
  await page.keyboard.press("Enter");
  check((await page.locator("#chosen").textContent()).startsWith("You can choose up to 8 places") &&
        await page.locator("#front [data-region=foot]").getAttribute("aria-pressed") === "false",
        `a ninth place is refused, saying why (${await page.locator("#chosen").textContent()})`);
  await page.close();

  // A desk worker with a sore neck: pain 4, three days, hunched at a computer, at the desk, a
  // heating pad at hand; every other question left as it stands.
  const desk = await opened();
  const deskSays = {
    knots: both((p) => p.locator("#front").getByRole("button", { name: "Neck", exact: true }).click(),
                tick("The top of the shoulder (upper trapezius)")),
    red_flags: async (p) => {
      const first = (await p.locator("#red_flags label").first().textContent()).trim();
      check(first.startsWith("Chest pain that comes on suddenly"),
            `the warning signs come second, the most urgent first (${first.slice(0, 40)})`);
      check(await p.locator("#question-because").textContent() ===
            "Why we ask: These can be signs of something that needs medical care. If you tick any, we " +
            "tell you who to contact and how soon.",
            "each question says why it is asked, in the catalog's words");
      await p.screenshot({ path: join(shots, "question-360.png") });
      await accessible(p, "on a checklist, at 360 px");
      // A double click on Next answers this question once, not the next one too.
      await p.getByRole("button", { name: "Next" }).dblclick();
      check(await p.locator("#form").getAttribute("data-topic") === "pain" &&
            await p.locator("#progress").textContent() === "Question 3. We stop as soon as we have enough.",
            "a double click on Next moves on one question");
      await p.getByRole("button", { name: "Previous question" }).click();
      check(await p.locator("#form").getAttribute("data-topic") === "red_flags",
            "Previous question goes back one");
    },
    pain: async (p) => {
      await p.locator("#pain").fill("4");
      await p.screenshot({ path: join(shots, "pain-360.png") });
      check(!(await p.locator("#pain-unsure").isChecked()), "moving the pain slider clears 'not sure'");
    },
    since: (p) => p.locator("#since").fill("3"),
    causes: tick("Sitting hunched over a computer"),
    moment: tick("At your desk"),
    equipment: tick("A heating pad"),
  };
  const asked = await converse(desk, deskSays);
  console.log(`the desk worker was asked ${asked.length} questions: ${asked.join(", ")}`);
  check(asked[0] === "knots" && asked[1] === "red_flags", "where it hurts, then the warning signs");
  check(new Set(asked).size === asked.length, "no question is asked twice");
  check(Number(await desk.locator("#form").getAttribute("data-asked")) === asked.length,
        "one screen for each question knotguide asked, and no other");
  // The figures the README gives.
  check(asked.length === 13, `the desk worker answers 13 questions, as the README says (${asked.length})`);
  const banner = desk.locator("#banner");
  check(await levelOf(desk) === "self_care", "pain 4 for 3 days is self-care");
  check((await banner.textContent()).includes("You can look after this yourself for now"),
        "the banner says so in words");
  check(await desk.evaluate(() => document.activeElement.id) === "banner",
        "with the plan, the focus goes to its banner");
  const heard = await desk.locator("#plan-body .heard").textContent();
  // The muscle the person chose lies in the shoulder; the place they pointed at is said too.
  check(heard.startsWith("You told us: the top of the shoulder (upper trapezius); neck; " +
                         "pain 4 out of 10; for 3 days"),
        `the plan says back what the person told us (${heard})`);
  const deskSteps = await steps(desk);
  check(deskSteps.includes("micro_breaks") && deskSteps.includes("stretching") && deskSteps.includes("heat"),
        `the plan holds active breaks, stretching and heat (${deskSteps})`);
  const heat = desk.locator("#plan-body .steps > li[data-key=heat]");
  check((await heat.textContent()).includes("Use: a heating pad."), "heat says to use the heating pad");
  check((await heat.locator(".caution").count()) > 0, "heat carries its cautions");
  const breaks = await desk.locator("#plan-body .steps > li[data-key=micro_breaks]").textContent();
  check(breaks.includes("Why:") && breaks.includes("How:"), "active breaks say how and why");
  check((await desk.locator("#plan-body").textContent()).includes("Check again on day 14"),
        "self-care has its review day");
  check(await desk.locator("#plan-body .meanwhile").count() === 0,
        "self-care has no advice for until the person is seen");
  check((await desk.locator(".disclaimer").textContent()).includes("It is not a diagnosis"),
        "the disclaimer is shown");
  check(await desk.locator("#settled").isVisible() &&
        await desk.getByRole("button", { name: "Answer the rest anyway" }).isVisible(),
        "the plan says it is settled, and offers to answer more");
  await desk.screenshot({ path: join(shots, "self-care-360.png"), fullPage: true });
  const wide = await desk.evaluate(() => document.documentElement.scrollWidth);
  check(wide <= 360, `nothing is wider than a 360 px phone (${wide} px)`);
  await accessible(desk, "with a plan, at 360 px");

  // Going back to change an answer: the moment, now before bed. The answer given is still
  // ticked when the person comes back to it, and no plan stays beside unsettled answers.
  await backTo(desk, "moment");
  check(await desk.getByLabel("At your desk", { exact: true }).isChecked(),
        "back at a question, the answer given is still there");
  check(await desk.locator("#plan").isHidden(), "going back hides the plan made from later answers");
  const changed = await converse(desk, { ...deskSays, moment: tick("Before bed") });
  check(!changed.includes("knots") && changed[0] === "moment", `only the questions from there on (${changed})`);
  check(!(await steps(desk)).includes("heat"), "no heat at bedtime");
  const aside = await desk.locator("#plan-body .set-aside li[data-key=heat]").textContent().catch(() => "");
  check(aside.includes("Do not lie on a hot pack or use one at bedtime"),
        `the heating pad the person has is set aside at bedtime, with the reason (${aside})`);
  await desk.getByLabel("Ask why a step is in your plan").selectOption({ label: "Heat" });
  await desk.getByRole("button", { name: "Explain" }).click();
  const why = await desk.locator("#why-answer").textContent();
  check(why.includes("Heat is not in your plan.") &&
        why.includes("Do not lie on a hot pack or use one at bedtime: falling asleep on it can burn."),
        `"why not heat?" at bedtime gives the reason (${why})`);

  // Answer more: every question left, one at a time, with the plan still shown.
  await desk.getByRole("button", { name: "Answer the rest anyway" }).click();
  const more = await desk.locator("#form").getAttribute("data-topic");
  check(more !== "" && await desk.locator("#plan").isVisible(),
        `answering more asks a question left (${more}) and keeps the plan`);
  const rest = await converse(desk);
  check(Number(await desk.locator("#form").getAttribute("data-asked")) === 15,
        `after answering more, every question has been asked (${rest.join(", ")})`);
  check(await levelOf(desk) === "self_care", "and the plan still stands");

  // The desktop.
  await desk.setViewportSize({ width: 1280, height: 900 });
  await desk.evaluate(() => window.scrollTo(0, 0));
  await desk.screenshot({ path: join(shots, "self-care-1280.png"), fullPage: true });

  // A warning sign ticked while answering more: the emergency, and no more questions.
  await desk.setViewportSize({ width: 360, height: 780 });
  await backTo(desk, "red_flags");
  check(await desk.locator("#plan").isVisible() && await desk.locator("#more").isHidden(),
        "back among the questions answered more, the plan stays, settled");
  await desk.getByLabel("Numbness around the genitals or the buttocks").check();  // a sign of the back
  await desk.getByRole("button", { name: "Next" }).click();
  // The self-care plan goes; what the emergency needs (where they are, for the number) comes first.
  check(await desk.locator("#plan").isHidden(), "the plan made before the sign is taken away");
  const then = await converse(desk);
  check(then.every((t) => t === "country"), `then only what the emergency needs (${then})`);
  check(await levelOf(desk) === "emergency" && await desk.locator("#form").getAttribute("data-topic") === "" &&
        await desk.locator("#question").isHidden() && await desk.getByRole("button", { name: "Next" }).isHidden(),
        "a sign ticked while answering more: the emergency, and nothing more is asked");
  check(await desk.evaluate(() => document.activeElement.id) === "banner",
        "the emergency's banner takes the focus");
  await desk.close();

  // Chest pain with a sore upper back: the emergency first, and nothing that suggests waiting.
  const urgent = await opened();
  const chestAsked = await converse(urgent, {
    knots: (p) => p.locator("#back").getByRole("button", { name: "Upper back", exact: true }).click(),
    red_flags: tick("Chest pain that comes on suddenly"),
  });
  check(chestAsked.length === 3, `chest pain: the plan after 3 questions, as the README says (${chestAsked})`);
  const ub = urgent.locator("#banner");
  check(await levelOf(urgent) === "emergency", "chest pain is an emergency");
  check(await urgent.evaluate(() => document.activeElement.id) === "banner",
        "the banner has the focus, so a screen reader reads it first");
  const box = await ub.boundingBox();
  check(box !== null && box.y >= 0 && box.y + box.height <= 780,
        `the banner is on screen on a phone (${box && box.y.toFixed(0)} px from the top)`);
  check((await ub.textContent()).includes("Call emergency services or go to an emergency department now."),
        "the banner says what to do now");
  const first = await urgent.locator("#plan > *:not(h2)").first().getAttribute("id");
  check(first === "banner", `the banner comes first in the plan (${first})`);
  const emergencySteps = await steps(urgent);
  check(emergencySteps.length === 1 && emergencySteps[0] === "emergency_care", `emergency care alone (${emergencySteps})`);
  const text = await urgent.locator("#plan-body").textContent();
  check(!text.includes("How it helps: Call emergency services"), "the first line is not said twice");
  const headings = await urgent.locator("#plan-body h3").allTextContents();
  check(headings.join("|") === "What to do|Where this comes from",
        `below the emergency only what to do and the sources (${headings.join(", ")})`);
  check(!/Give it time|week|look after this yourself/.test(text),
        "nothing below the emergency suggests waiting");
  check(await urgent.locator("#why-form").isHidden() && await urgent.locator("#more").isHidden() &&
        await urgent.locator("#settled").isHidden(),
        "nothing invites reading or answering on below it");
  await urgent.screenshot({ path: join(shots, "emergency-360.png"), fullPage: true });
  await urgent.setViewportSize({ width: 1280, height: 900 });
  await urgent.evaluate(() => window.scrollTo(0, 0));
  await urgent.screenshot({ path: join(shots, "emergency-1280.png") });
  await urgent.close();

  // A bad answer is named with its question, and the person stays on it.
  const bad = await opened();
  const refusal = await converse(bad, {
    knots: (p) => p.locator("#front").getByRole("button", { name: "Neck", exact: true }).click(),
    since: (p) => p.locator("#since").fill("-2"),
  }).then(() => "no refusal", (e) => e.message);
  check(refusal.startsWith('"since" refused'), `the days are refused (${refusal})`);
  await accessible(bad, "with an answer refused");
  const error = await bad.locator("#form-error").textContent();
  check(error === "Your answer cannot be below zero days." &&
        (await bad.locator("#question-asks").textContent()).startsWith("About how many days"),
        `a negative number of days is refused under its question (${error})`);
  check(await bad.locator("#form").getAttribute("data-topic") === "since" && await bad.locator("#plan").isHidden(),
        "the question stays, and no plan is shown");
  check(await bad.evaluate(() => document.activeElement.id) === "since" &&
        await bad.locator("#since").getAttribute("aria-invalid") === "true",
        "the focus goes to the answer, marked as the one to correct");
  await bad.close();

  // A warning sign needs no place on the map.
  const signOnly = await opened();
  const strokeAsked = await converse(signOnly, { red_flags: tick("Signs of a stroke") });
  check(await levelOf(signOnly) === "emergency",
        `a warning sign without a place is an emergency plan, after ${strokeAsked.length} questions`);
  await signOnly.close();

  // A neck knot a month old that still hurts: a physical therapist, and until then, not waiting
  // but keeping up normal activities, under the first line.
  const month = await opened();
  await converse(month, {
    knots: (p) => p.locator("#front").getByRole("button", { name: "Neck", exact: true }).click(),
    pain: (p) => p.locator("#pain").fill("4"),
    since: (p) => p.locator("#since").fill("30"),
  });
  check(await levelOf(month) === "physical_therapist",
        "a month-old neck knot that still hurts goes to a physical therapist");
  const meanwhile = await month.locator("#plan-body > .meanwhile").textContent();
  check(meanwhile.startsWith("Until you are seen, keep up your normal activities"),
        `what to do until then is said first (${meanwhile})`);
  check(!(await month.locator("#plan-body").textContent()).includes("Give it a week or two"),
        "and nothing says to wait");
  await month.close();

  // A calf that is swollen and hot: the signs of a clot, a doctor today, nothing to rub or roll;
  // where the person is, the numbers are that country's.
  const calf = await opened();
  const calfSays = {
    knots: (p) => p.locator("#back [data-region=calf] rect").first().click(),  // the left calf
    health: both(tick("Swelling where it hurts"), tick("Skin that feels hot where it hurts")),
    pain: (p) => p.locator("#pain").fill("6"),
    since: (p) => p.locator("#since").fill("2"),
    country: tick("New Zealand"),
  };
  await converse(calf, calfSays);
  check(await levelOf(calf) === "doctor_today", "a swollen, hot calf is a doctor today");
  const clotSteps = await steps(calf);
  check(clotSteps.length === 1 && clotSteps[0] === "see_doctor", `the doctor alone (${clotSteps})`);
  const clotText = await calf.locator("#plan-body").textContent();
  check(clotText.includes("blood clot") && clotText.includes("Healthline"),
        "the clot sign is the reason, with New Zealand's advice line");
  const handsOff = "do not massage, roll, heat or stretch the leg";
  check(clotText.includes(handsOff) && !/\broll\b|\bmassage\b/i.test(clotText.replace(handsOff, "")),
        "told to leave the leg alone, and nothing to roll or massage");
  await backTo(calf, "red_flags");
  await converse(calf, { ...calfSays, red_flags: tick("Pain or swelling in one leg") });
  check(await levelOf(calf) === "emergency" &&
        (await calf.locator("#plan-body").textContent()).includes("In New Zealand, call 111"),
        "with breathlessness or chest pain, an emergency, with New Zealand's number");
  await calf.close();

  const elsewhere = requests.filter((url) => !url.startsWith(origin + "/"));
  check(elsewhere.length === 0, `no request off 127.0.0.1 (${elsewhere.join(", ")})`);
  check(problems.length === 0, `no script error (${problems.join("; ")})`);

  // Load to first plan: a new context (an empty cache, as on a first visit), a sign ticked and
  // the questions answered as fast as a script can; the time is the page's own.
  const cold = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  cold.on("request", (r) => requests.push(r.url()));
  const fresh = await cold.newPage();
  await fresh.goto(origin + "/");
  await fresh.waitForSelector("body[data-ready=true]");
  await converse(fresh, { knots: (p) => p.locator("#front [data-region=neck]").click() });
  const timing = await fresh.evaluate(() => ({
    ready: window.knotguideTiming.ready, plan: window.knotguideTiming.firstPlan.computeAndDraw,
    loaded: performance.getEntriesByType("navigation")[0].loadEventEnd }));
  await cold.close();
  check(requests.every((url) => url.startsWith(origin + "/")), "the timed page asked nothing elsewhere");
  console.log(`timing: page loaded ${timing.loaded.toFixed(0)} ms, knotguide ready ${timing.ready.toFixed(0)} ms, ` +
              `the last answer to the plan drawn in ${timing.plan.toFixed(1)} ms`);
} finally {
  await browser.close();
  server.close();
}
if (failures.length) {
  console.error(`page_test: ${failures.length} check(s) failed`);
  process.exit(1);
}
console.log("page_test: all checks passed");
