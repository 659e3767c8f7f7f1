// The page's behaviour. It asks knotguide (knotguide.wasm, through knotguide.js) for everything
// a person reads about their knots: the choices and their defaults, the muscles for a place, the
// plan in words (its headings included), and why a step is in it or not. The page adds its
// questions, the sentences that frame an explanation, and the layout.
"use strict";

const $ = (id) => document.getElementById(id);

// An element with text and attributes; `children` are appended.
function element(tag, text = "", attributes = {}, ...children) {
  const made = document.createElement(tag);
  if (text) made.textContent = text;
  for (const [name, value] of Object.entries(attributes)) made.setAttribute(name, value);
  made.append(...children);
  return made;
}

// The first letter in capitals: the catalog's labels are written to sit inside sentences.
const capitalised = (words) => words.charAt(0).toUpperCase() + words.slice(1);

// knotguide answers {"ok": ...} or {"error": {...}}; an error here is the page's own mistake.
function answer(json) {
  const parsed = JSON.parse(json);
  if (parsed.error) throw new Error(`${parsed.error.path}: ${parsed.error.problem}`);
  return parsed.ok;
}

// Checkboxes or radio buttons, one per choice, in a container whose id names the group.
function fillChoices(container, choices, type, checked = () => false) {
  for (const choice of choices) {
    const id = `${container.id}-${choice.name}`;
    const input = element("input", "", { type, id, name: container.id, value: choice.name });
    input.checked = checked(choice.name);
    container.append(element("label", "", { for: id, class: "choice" }, input,
                              " " + capitalised(choice.words)));
  }
}

const ticked = (name) =>
  [...document.querySelectorAll(`input[name="${name}"]:checked`)].map((input) => input.value);

// The knots the form describes: none when no place is chosen (warning signs need none); the
// place that hurts; or the muscle the person found a knot in, and the place too when the muscle
// lies elsewhere (a knot sends pain away from itself, and the engine weighs both places).
function knots(place) {
  if (place === null) return [];
  if (!place.muscle) return [{ region: place.region }];
  return place.liesIn === place.region ? [{ muscle: place.muscle }]
                                       : [{ muscle: place.muscle }, { region: place.region }];
}

// What the form says, as knotguide's assessment JSON (docs/schema/assessment.schema.json). Pain
// and days left as "not sure" are left out, and the plan says what it could not weigh.
function assessment(place) {
  const a = {
    knots: knots(place),
    red_flags: ticked("red_flags"),
    trend: ticked("trend")[0],
    daily_impact: ticked("daily_impact")[0],
    sleep_impact: ticked("sleep_impact")[0],
    causes: ticked("causes"),
    moment: ticked("moment")[0],
    equipment: ticked("equipment"),
    preferences: ticked("preferences"),
    health: ticked("health"),
  };
  if ($("country").value) a.country = $("country").value;
  if (!$("pain-unsure").checked) a.pain = Number($("pain").value);
  const since = $("since");
  if (since.value.trim() !== "") a.since = Number(since.value);
  else if (since.validity.badInput) a.since = "not a number";  // knotguide names the problem
  return a;
}

// The form's question, and its field, for a part of the assessment knotguide names in an error
// (a JSON Pointer).
const questions = {
  "/since": ["How many days have you had it", "since"],
  "/pain": ["How bad is the pain", "pain"],
};

// The plan as knotguide reads it (a tree of parts: see binding.cpp). The page only lays it
// out: the first line in the banner, sections under headings, steps as a numbered list. Each
// part's key becomes a class (or, for a step or an item, data-key), for styles and tests.
function renderPlan(plan) {
  const [headline, ...parts] = plan.parts;
  const banner = $("banner");
  banner.className = `banner level-${plan.level}`;
  banner.dataset.level = plan.level;
  banner.replaceChildren(element("p", "", { class: "headline" }, ...inline(headline.parts)));
  $("plan-body").replaceChildren(...parts.map(block));
}

function sourceList(sources) {
  return element("ul", "", { class: "sources" }, ...sources.map((s) =>
      element("li", "", {}, s.address ? element("a", s.name, { href: s.address, rel: "noreferrer" })
                                      : s.name)));
}

const classOf = (part) => (part.key || "").replaceAll("_", "-");
const isPart = (p) => typeof p !== "string";
const labelled = (part) => element("b", `${part.label}:`);

// Words and the emphasis within them.
function inline(parts) {
  return parts.map((p) => (isPart(p) ? element("strong", "", {}, ...inline(p.parts)) : p));
}

function block(part) {
  const within = part.parts;
  switch (part.part) {
    case "section": {
      const heading = element("h3", part.label + (part.number ? ` ${part.number}` : ""));
      const listed = within.filter((p) => isPart(p) && p.part !== "notice");
      const notes = within.filter((p) => isPart(p) && p.part === "notice").map(block);
      if (!listed.length) return element("div", "", { class: classOf(part) }, heading,
                                         element("p", "", {}, ...inline(within)));
      const numbered = part.key === "steps" || part.key === "more";
      const list = element(numbered ? "ol" : "ul", "", { class: classOf(part) },
                           ...listed.map(block));
      // More about the steps is there for whoever wants it, folded away.
      if (part.key === "more") return element("details", "", {}, element("summary", part.label), list);
      return element("div", "", {}, heading, list, ...notes);
    }
    case "step": {
      const title = within.filter((p) => !isPart(p) || p.part === "title");
      const rest = within.filter((p) => isPart(p) && p.part !== "title");
      return element("li", "", { "data-key": part.key, value: part.number },
                     element("h4", "", {}, ...inline(title)),
                     ...rest.map(block));
    }
    case "detail":
      return element("p", "", { class: classOf(part) }, labelled(part), " ", ...inline(within));
    case "item":
      return element("li", "", { "data-key": part.key || "" }, ...inline(within));
    case "sources": {
      const list = sourceList(within);
      if (part.key === "more") return element("details", "", {}, element("summary", part.label), list);
      return element("div", "", {}, element("h3", part.label), list);
    }
    default:  // a notice (what the person told us has a label), the disclaimer
      return element("p", "", { class: classOf(part) || part.part },
                     ...(part.label ? [labelled(part), " "] : []), ...inline(within));
  }
}

// "Why, or why not?": where the step stands, then knotguide's reason in the catalog's words, or,
// for a reason that is the person's own answer, that answer.
function renderExplanation(e) {
  const said = [];
  if (e.standing === "in_plan") {
    said.push(`${e.title} is step ${e.rank} of your plan.`, ...e.why);
  } else if (e.standing === "excluded") {
    said.push(`${e.title} is not in your plan.`);
    if (e.because) said.push(e.because);
    else if (e.because_rule === "preference") said.push(`You said you would rather ${e.because_answer}.`);
    else if (e.because_rule === "moment") said.push(`It does not suit this time: ${e.because_answer}.`);
    else said.push(`Your plan puts this first: ${e.level_says}`);
  } else if (e.standing === "outranked") {
    said.push(`${e.title} could help, but your plan keeps to its ${e.steps} most useful steps.`,
              ...e.why);
  } else {
    said.push(`${e.title}: nothing you told us calls for it.`);
  }
  const parts = [element("p", said.join(" "))];
  if (e.sources.length) parts.push(sourceList(e.sources));
  $("why-answer").replaceChildren(...parts);
}

function start(kg) {
  const started = performance.now();
  const words = answer(kg.vocabulary());
  const regionWords = new Map(words.region.map((r) => [r.name, r.words]));
  let place = null;

  // The body maps: each place a button named in the catalog's words (its <title> gives the name
  // and a tooltip); and the same places as a list, for small places and screen readers.
  for (const region of document.querySelectorAll(".region")) {
    const name = region.dataset.region;
    if (!regionWords.has(name)) throw new Error(`the map names a place knotguide does not know: ${name}`);
    region.setAttribute("role", "button");
    region.setAttribute("tabindex", "0");
    region.setAttribute("aria-pressed", "false");
    const title = document.createElementNS("http://www.w3.org/2000/svg", "title");
    title.textContent = capitalised(regionWords.get(name));
    region.prepend(title);
    region.addEventListener("click", () => choose(name));
    region.addEventListener("keydown", (event) => {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        choose(name);
      }
    });
  }
  for (const r of words.region) $("place-list").append(element("option", capitalised(r.words), { value: r.name }));
  $("place-list").addEventListener("change", () => { if ($("place-list").value) choose($("place-list").value); });

  function choose(name) {
    for (const region of document.querySelectorAll(".region")) {
      region.setAttribute("aria-pressed", String(region.dataset.region === name));
    }
    $("place-list").value = name;
    const where = regionWords.get(name);
    $("chosen").textContent = `You chose: ${where}.`;
    const muscles = answer(kg.muscles(name));
    place = { region: name };
    $("muscles-legend").textContent =
        `Muscles that may hold a knot causing pain in the ${where}. Do you know which one it is?`;
    const choices = $("muscle-choices");
    choices.replaceChildren();
    fillChoices(choices, [{ name: "", words: "not sure" }, ...muscles], "radio",
                (muscle) => muscle === "");
    for (const input of choices.querySelectorAll("input")) {
      input.addEventListener("change", () => {
        const muscle = muscles.find((m) => m.name === input.value);
        place = { region: name, muscle: muscle?.name, liesIn: muscle?.lies_in };
      });
    }
    $("muscles").hidden = false;
  }

  const chosenByDefault = (field) => (n) => n === words.defaults[field];
  fillChoices($("red_flags"), words.red_flag, "checkbox");
  fillChoices($("trend"), words.trend, "radio", chosenByDefault("trend"));
  fillChoices($("daily_impact"), words.impact, "radio", chosenByDefault("daily_impact"));
  fillChoices($("sleep_impact"), words.impact, "radio", chosenByDefault("sleep_impact"));
  fillChoices($("causes"), words.cause, "checkbox");
  fillChoices($("moment"), words.moment, "radio", chosenByDefault("moment"));
  fillChoices($("equipment"), words.equipment, "checkbox");
  fillChoices($("preferences"), words.preference, "checkbox");
  fillChoices($("health"), words.health_fact, "checkbox");
  for (const c of words.country) $("country").append(element("option", capitalised(c.words), { value: c.name }));
  for (const i of words.intervention) $("why-what").append(element("option", i.words, { value: i.name }));

  // The pain: "not sure" until the person moves the slider or clears the box.
  $("pain").max = String(words.max_pain);
  const showPain = () => {
    const unsure = $("pain-unsure").checked;
    $("pain-value").textContent = unsure ? "(not sure)" : $("pain").value;
    $("pain").setAttribute("aria-valuetext", unsure ? "not sure" : $("pain").value);
  };
  $("pain").addEventListener("input", () => { $("pain-unsure").checked = false; showPain(); });
  $("pain-unsure").addEventListener("change", showPain);
  showPain();

  let asked = null;  // the assessment of the plan on show, for "why not?"
  $("form").addEventListener("submit", (event) => {
    event.preventDefault();
    const error = $("form-error");
    for (const [, field] of Object.values(questions)) $(field).removeAttribute("aria-invalid");
    const a = assessment(place);
    const t0 = performance.now();
    const made = JSON.parse(kg.plan(JSON.stringify(a)));
    if (made.error) {
      // No plan stays on screen beside an answer it was not made from.
      $("plan").hidden = true;
      asked = null;
      const [question, field] = questions[made.error.path] ?? [made.error.path, null];
      error.textContent = `${question}: ${made.error.problem}.`;
      error.hidden = false;
      if (field) {
        $(field).setAttribute("aria-invalid", "true");
        $(field).focus();
      }
      return;
    }
    error.hidden = true;
    asked = a;
    renderPlan(made.ok);
    $("why-answer").replaceChildren();
    $("why-what").value = "";
    // When care is urgent, nothing below the plan invites reading on.
    $("why-form").hidden = made.ok.level === "emergency" || made.ok.level === "doctor_today";
    $("plan").hidden = false;
    $("banner").focus();  // a screen reader reads the level first; the screen scrolls to it
    const drawn = performance.now();
    if (!window.knotguideTiming.firstPlan) {
      window.knotguideTiming.firstPlan = { computeAndDraw: drawn - t0 };
    }
  });
  $("why-form").addEventListener("submit", (event) => {
    event.preventDefault();
    if (asked !== null && $("why-what").value !== "") {
      renderExplanation(answer(kg.explain(JSON.stringify(asked), $("why-what").value)));
    }
  });

  $("show").disabled = false;
  $("show").textContent = "Show my plan";
  window.knotguideTiming = { ready: performance.now(), setUp: performance.now() - started };
  document.body.dataset.ready = "true";
}

knotguide().then(start).catch((problem) => {
  // Browsers run WebAssembly only from a web server, which must send .wasm as application/wasm.
  $("show").textContent = "Not available";
  const error = $("form-error");
  error.textContent = "This page could not start its guidance: open it from a web server, not " +
                      `as a file. (${problem.message ?? problem})`;
  error.hidden = false;
});
