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
  const page = await context.newPage();

  await page.goto(origin + "/");
  await page.waitForSelector("body[data-ready=true]", { timeout: 15000 }).catch((e) => {
    throw new Error(`the page did not get ready: ${problems.join("; ") || e.message}`);
  });
  const banner = page.locator("#banner");
  const steps = () => page.locator("#plan-body .steps > li").evaluateAll((l) => l.map((i) => i.dataset.key));
  const show = async () => {
    await page.getByRole("button", { name: "Show my plan" }).click();
    await page.locator("#plan").waitFor();
  };

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

  // A desk worker with a sore neck: pain 4, three days, hunched at a computer, at the desk.
  await page.locator("#front").getByRole("button", { name: "Neck", exact: true }).click();
  await page.getByLabel("Upper trapezius").check();
  await page.locator("#pain").fill("4");
  check(!(await page.locator("#pain-unsure").isChecked()),
        "moving the pain slider clears 'not sure'");
  await page.getByLabel("How many days").fill("3");
  await page.getByLabel("Sitting hunched").check();
  await page.getByLabel("At your desk").check();
  await page.getByLabel("A heating pad").check();
  await show();
  check(await banner.getAttribute("data-level") === "self_care", "pain 4 for 3 days is self-care");
  check((await banner.textContent()).includes("You can look after this yourself for now"),
        "the banner says so in words");
  const heard = await page.locator("#plan-body .heard").textContent();
  // The muscle the person chose lies in the shoulder; the place they pointed at is said too.
  check(heard === "You told us: the top of the shoulder (upper trapezius); neck; " +
                  "pain 4 out of 10; for 3 days; from sitting hunched over a computer.",
        `the plan says back what the person told us (${heard})`);
  const desk = await steps();
  check(desk.includes("micro_breaks") && desk.includes("stretching") && desk.includes("heat"),
        `the plan holds active breaks, stretching and heat (${desk})`);
  const heat = page.locator("#plan-body .steps > li[data-key=heat]");
  check((await heat.textContent()).includes("Use: a heating pad."), "heat says to use the heating pad");
  check((await heat.locator(".caution").count()) > 0, "heat carries its cautions");
  const breaks = await page.locator("#plan-body .steps > li[data-key=micro_breaks]").textContent();
  check(breaks.includes("Why:") && breaks.includes("How:"), "active breaks say how and why");
  check((await page.locator("#plan-body").textContent()).includes("Check again on day 14"),
        "self-care has its review day");
  check(await page.locator("#plan-body .meanwhile").count() === 0,
        "self-care has no advice for until the person is seen");
  check((await page.locator(".disclaimer").textContent()).includes("It is not a diagnosis"),
        "the disclaimer is shown");
  await page.screenshot({ path: join(shots, "self-care-360.png"), fullPage: true });
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  check(wide <= 360, `nothing is wider than a 360 px phone (${wide} px)`);

  // Why not heat at bedtime?
  await page.getByLabel("Before bed").check();
  await show();
  check(!(await steps()).includes("heat"), "no heat at bedtime");
  const aside = await page.locator("#plan-body .set-aside li[data-key=heat]").textContent();
  check(aside.includes("Do not lie on a hot pack or use one at bedtime"),
        `the heating pad the person has is set aside at bedtime, with the reason (${aside})`);
  await page.getByLabel("Ask why a step is in your plan").selectOption({ label: "Heat" });
  await page.getByRole("button", { name: "Explain" }).click();
  const why = await page.locator("#why-answer").textContent();
  check(why.includes("Heat is not in your plan.") &&
        why.includes("Do not lie on a hot pack or use one at bedtime: falling asleep on it can burn."),
        `"why not heat?" at bedtime gives the reason (${why})`);

  // A warning sign: the emergency first, and nothing that suggests waiting.
  await page.getByLabel("Chest pain that comes on suddenly").check();
  await show();
  check(await banner.getAttribute("data-level") === "emergency", "chest pain is an emergency");
  check(await page.evaluate(() => document.activeElement.id) === "banner",
        "the banner has the focus, so a screen reader reads it first");
  const box = await banner.boundingBox();
  check(box !== null && box.y >= 0 && box.y + box.height <= 780,
        `the banner is on screen on a phone (${box && box.y.toFixed(0)} px from the top)`);
  check((await banner.textContent()).includes("Call emergency services or go to an emergency department now."),
        "the banner says what to do now");
  const first = await page.locator("#plan > *:not(h2)").first().getAttribute("id");
  check(first === "banner", `the banner comes first in the plan (${first})`);
  const urgent = await steps();
  check(urgent.length === 1 && urgent[0] === "emergency_care", `emergency care alone (${urgent})`);
  const text = await page.locator("#plan-body").textContent();
  check(!text.includes("How it helps: Call emergency services"), "the first line is not said twice");
  const headings = await page.locator("#plan-body h3").allTextContents();
  check(headings.join("|") === "What to do|Where this comes from",
        `below the emergency only what to do and the sources (${headings.join(", ")})`);
  check(!/Give it time|week|look after this yourself/.test(text),
        "nothing below the emergency suggests waiting");
  check(await page.locator("#why-form").isHidden(), "no question invites reading on below it");
  await page.screenshot({ path: join(shots, "emergency-360.png"), fullPage: true });

  // A bad answer is named with its question, and no plan is made from it.
  await page.getByLabel("Chest pain that comes on suddenly").uncheck();
  await page.getByLabel("How many days").fill("-2");
  await page.getByRole("button", { name: "Show my plan" }).click();
  const error = await page.locator("#form-error").textContent();
  check(error.includes("How many days have you had it") && error.includes("below zero"),
        `a negative number of days is refused with its question (${error})`);
  check(await page.locator("#plan").isHidden(), "no plan stays on screen beside the error");
  check(await page.evaluate(() => document.activeElement.id) === "since" &&
        await page.locator("#since").getAttribute("aria-invalid") === "true",
        "the focus goes to the question, marked as the one to correct");

  // The desktop.
  await page.getByLabel("How many days").fill("3");
  await page.getByLabel("Any time").check();
  await show();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.evaluate(() => window.scrollTo(0, 0));  // the plan, kept in view, beside the map
  await page.screenshot({ path: join(shots, "self-care-1280.png"), fullPage: true });
  await page.getByLabel("Chest pain that comes on suddenly").check();
  await show();
  await page.evaluate(() => window.scrollTo(0, 0));  // the map beside the plan
  await page.screenshot({ path: join(shots, "emergency-1280.png") });

  // A warning sign needs no place on the map.
  const signOnly = await context.newPage();
  await signOnly.goto(origin + "/");
  await signOnly.waitForSelector("body[data-ready=true]");
  await signOnly.getByLabel("Signs of a stroke").check();
  await signOnly.getByRole("button", { name: "Show my plan" }).click();
  check(await signOnly.locator("#banner").getAttribute("data-level") === "emergency",
        "a warning sign without a place is an emergency plan, not a request for the place");
  await signOnly.close();

  // A neck knot a month old that still hurts: a physical therapist, and until then, not waiting
  // but keeping up normal activities, under the first line.
  const month = await context.newPage();
  await month.goto(origin + "/");
  await month.waitForSelector("body[data-ready=true]");
  await month.locator("#front").getByRole("button", { name: "Neck", exact: true }).click();
  await month.locator("#pain").fill("4");
  await month.getByLabel("How many days").fill("30");
  await month.getByRole("button", { name: "Show my plan" }).click();
  check(await month.locator("#banner").getAttribute("data-level") === "physical_therapist",
        "a month-old neck knot that still hurts goes to a physical therapist");
  const meanwhile = await month.locator("#plan-body > .meanwhile").textContent();
  check(meanwhile.startsWith("Until you are seen, keep up your normal activities"),
        `what to do until then is said first (${meanwhile})`);
  check(!(await month.locator("#plan-body").textContent()).includes("Give it a week or two"),
        "and nothing says to wait");
  await month.close();

  // A calf that is swollen and hot: the signs of a clot, a doctor today, nothing to rub or roll;
  // where the person is, the numbers are that country's.
  const calf = await context.newPage();
  await calf.goto(origin + "/");
  await calf.waitForSelector("body[data-ready=true]");
  await calf.locator("#back [data-region=calf] rect").first().click();  // the left calf
  await calf.locator("#pain").fill("6");
  await calf.getByLabel("How many days").fill("2");
  await calf.getByLabel("Swelling where it hurts").check();
  await calf.getByLabel("Skin that feels hot where it hurts").check();
  await calf.getByLabel("Where are you?").selectOption({ label: "New Zealand" });
  await calf.getByRole("button", { name: "Show my plan" }).click();
  check(await calf.locator("#banner").getAttribute("data-level") === "doctor_today",
        "a swollen, hot calf is a doctor today");
  const clotSteps = await calf.locator("#plan-body .steps > li").evaluateAll(
      (items) => items.map((li) => li.dataset.key));
  check(clotSteps.length === 1 && clotSteps[0] === "see_doctor", `the doctor alone (${clotSteps})`);
  const clotText = await calf.locator("#plan-body").textContent();
  check(clotText.includes("blood clot") && clotText.includes("Healthline"),
        "the clot sign is the reason, with New Zealand's advice line");
  const handsOff = "do not massage, roll, heat or stretch the leg";
  check(clotText.includes(handsOff) && !/\broll\b|\bmassage\b/i.test(clotText.replace(handsOff, "")),
        "told to leave the leg alone, and nothing to roll or massage");
  await calf.getByLabel("Pain or swelling in one leg").check();
  await calf.getByRole("button", { name: "Show my plan" }).click();
  check(await calf.locator("#banner").getAttribute("data-level") === "emergency" &&
        (await calf.locator("#plan-body").textContent()).includes("In New Zealand, call 111"),
        "with breathlessness or chest pain, an emergency, with New Zealand's number");
  await calf.close();

  const elsewhere = requests.filter((url) => !url.startsWith(origin + "/"));
  check(elsewhere.length === 0, `no request off 127.0.0.1 (${elsewhere.join(", ")})`);
  check(problems.length === 0, `no script error (${problems.join("; ")})`);

  // Load to first plan: a new context (an empty cache, as on a first visit), the place and the
  // button as fast as a script can.
  const cold = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  cold.on("request", (r) => requests.push(r.url()));
  const fresh = await cold.newPage();
  await fresh.goto(origin + "/");
  await fresh.waitForSelector("body[data-ready=true]");
  await fresh.locator("#front [data-region=neck]").click();
  await fresh.getByRole("button", { name: "Show my plan" }).click();
  await fresh.locator("#plan").waitFor();
  const timing = await fresh.evaluate(() => ({
    ready: window.knotguideTiming.ready, plan: window.knotguideTiming.firstPlan.computeAndDraw,
    loaded: performance.getEntriesByType("navigation")[0].loadEventEnd }));
  await cold.close();
  check(requests.every((url) => url.startsWith(origin + "/")), "the timed page asked nothing elsewhere");
  console.log(`timing: page loaded ${timing.loaded.toFixed(0)} ms, knotguide ready ${timing.ready.toFixed(0)} ms, ` +
              `first plan computed and drawn in ${timing.plan.toFixed(1)} ms: load to first plan ` +
              `${(timing.ready + timing.plan).toFixed(0)} ms`);
} finally {
  await browser.close();
  server.close();
}
if (failures.length) {
  console.error(`page_test: ${failures.length} check(s) failed`);
  process.exit(1);
}
console.log("page_test: all checks passed");
