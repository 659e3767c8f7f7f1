// The page's behaviour: a conversation. knotguide (knotguide.wasm, through knotguide.js) decides
// everything a person reads about their knots: which question comes next and why it is asked,
// its choices, the muscles for a place, the plan in words (its headings included) as soon as no
// answer left could change it, and why a step is in it or not. The page adds the widgets, the
// way back, the sentences that frame an explanation, and the layout.
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

// The knots the map describes: none when no place is chosen (warning signs need none); each
// place that hurts; and the muscle the person found a knot in, in place of the place they chose
// it for, or beside it when the muscle lies elsewhere (a knot sends pain away from itself, and
// the engine weighs both places).
function knots(chosen) {
  return chosen.places.flatMap((region) => {
    const m = chosen.muscle;
    if (!m || m.for !== region) return [{ region }];
    return m.liesIn === region ? [{ muscle: m.name }] : [{ muscle: m.name }, { region }];
  });
}

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

// The widgets of a question that is not the map: a number (pain on a slider with "not sure",
// days in a box left empty when not sure), one choice, or a checklist, each in the catalog's
// words, with what was answered before ticked again when the person comes back to it.
function drawQuestion(q, before, maxPain) {
  const area = $("answer");
  area.replaceChildren();
  if (q.topic === "pain") {
    const was = before?.pain;
    const value = element("output", "", { id: "pain-value", for: "pain" });
    const slider = element("input", "", { id: "pain", type: "range", min: "0", max: String(maxPain),
                                          step: "1", value: String(was ?? 0),
                                          "aria-labelledby": "question-asks",
                                          "aria-describedby": "question-because" });
    const unsure = element("input", "", { id: "pain-unsure", type: "checkbox" });
    unsure.checked = was === undefined;
    const show = () => {
      value.textContent = unsure.checked ? "(not sure)" : slider.value;
      slider.setAttribute("aria-valuetext", unsure.checked ? "not sure" : slider.value);
    };
    slider.addEventListener("input", () => { unsure.checked = false; show(); });
    unsure.addEventListener("change", show);
    area.append(element("p", "Your answer: ", { class: "hint" }, value),
                slider, element("label", "", { class: "inline", for: "pain-unsure" }, unsure, " Not sure"));
    show();
  } else if (q.topic === "since") {
    const box = element("input", "", { id: "since", type: "number", inputmode: "numeric", min: "0",
                                       step: "1", "aria-labelledby": "question-asks",
                                       "aria-describedby": "question-because since-hint" });
    if (before?.since !== undefined) box.value = String(before.since);
    area.append(box, element("p", "A number of days. Leave it empty if you are not sure.",
                             { id: "since-hint", class: "hint" }));
  } else {
    const many = q.answer === "any_of";
    const group = element("div", "", { id: q.topic, role: many ? "group" : "radiogroup",
                                       "aria-labelledby": "question-asks",
                                       "aria-describedby": "question-because" });
    const earlier = before?.[q.topic];
    // A choice starts at "not sure", as the muscles do; a checklist unticked, or all ticked.
    const was = (name) => (earlier === undefined ? q.starts_ticked || name === ""
                                                 : [].concat(earlier).includes(name));
    const choices = many ? q.choices : [{ name: "", words: "not sure" }, ...q.choices];
    fillChoices(group, choices, many ? "checkbox" : "radio", was);
    // The catalog's question says how to answer; what to do when none applies is the page's.
    if (many && !q.starts_ticked) {
      area.append(element("p", "If none of these apply, leave them all unticked and press Next.",
                          { class: "hint" }));
    }
    area.append(group);
  }
}

// The answer on screen, as the assessment field of the question it answers; a field left out
// is "not sure" (and a checklist with nothing ticked, none of them).
function replyTo(q, chosen) {
  if (q.topic === "knots") return { knots: knots(chosen) };
  if (q.topic === "pain") {
    return $("pain-unsure").checked ? {} : { pain: Number($("pain").value) };
  }
  if (q.topic === "since") {
    const box = $("since");
    if (box.value.trim() !== "") return { since: Number(box.value) };
    return box.validity.badInput ? { since: "not a number" } : {};  // knotguide names the problem
  }
  const picked = ticked(q.topic);
  if (q.answer === "any_of") return { [q.topic]: picked };
  return picked.length && picked[0] !== "" ? { [q.topic]: picked[0] } : {};
}

function start(kg) {
  const started = performance.now();
  const words = answer(kg.vocabulary());
  const regionWords = new Map(words.region.map((r) => [r.name, r.words]));

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
    region.addEventListener("click", () => choose(name, true));
    region.addEventListener("keydown", (event) => {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        choose(name, true);
      }
    });
  }
  for (const r of words.region) $("place-list").append(element("option", capitalised(r.words), { value: r.name }));
  $("place-list").addEventListener("change", () => { if ($("place-list").value) choose($("place-list").value); });

  // The places chosen, in order, and the muscle picked for one of them. A place on the map is
  // chosen or let go by pressing it; the list adds one. The muscles shown are the last place's.
  const chosen = { places: [], muscle: null };
  function redraw(shown) {
    for (const region of document.querySelectorAll(".region")) {
      region.setAttribute("aria-pressed", String(chosen.places.includes(region.dataset.region)));
    }
    $("place-list").value = shown ?? "";
    $("chosen").textContent = chosen.places.length === 0
        ? "Nothing chosen yet. If you cannot point to one place, just press Next."
        : `You chose: ${chosen.places.map((r) => regionWords.get(r)).join(", ")}.`;
    $("muscles").hidden = shown === undefined;
    if (shown === undefined) return;
    const where = regionWords.get(shown);
    const muscles = answer(kg.muscles(shown));
    $("muscles-legend").textContent =
        `Muscles that may hold a knot causing pain in the ${where}. Do you know which one it is?`;
    const choices = $("muscle-choices");
    choices.replaceChildren();
    const picked = chosen.muscle?.for === shown ? chosen.muscle.name : "";
    fillChoices(choices, [{ name: "", words: "not sure" }, ...muscles], "radio", (m) => m === picked);
    for (const input of choices.querySelectorAll("input")) {
      input.addEventListener("change", () => {
        const m = muscles.find((one) => one.name === input.value);
        if (m) chosen.muscle = { name: m.name, liesIn: m.lies_in, for: shown };
        else if (chosen.muscle?.for === shown) chosen.muscle = null;
      });
    }
  }
  function choose(name, toggle = false) {
    const at = chosen.places.indexOf(name);
    if (at < 0 && knots({ ...chosen, places: [...chosen.places, name] }).length > words.max_knots) {
      redraw(chosen.places.at(-1));
      $("chosen").textContent = `You can choose up to ${words.max_knots} places. Press one you ` +
                                "chose to remove it first.";
      return;
    }
    if (at >= 0 && toggle) {
      chosen.places.splice(at, 1);
      if (chosen.muscle?.for === name) chosen.muscle = null;
      redraw(chosen.places.at(-1));
      return;
    }
    if (at < 0) chosen.places.push(name);
    redraw(name);
  }
  for (const i of words.intervention) $("why-what").append(element("option", i.words, { value: i.name }));

  // The conversation: `now` is knotguide's last answer (the interview, the question on screen,
  // the plan once settled) and `more` whether the person asked for every question left; `trail`
  // holds, for each question answered, what came before it, so that Back returns to it with its
  // answer still there.
  let now = null;
  let more = false;
  const trail = [];
  let asked = null;  // the answers of the plan on show, for "why not?"

  // knotguide's answer, as text, to the interview so far and a reply (null: none).
  const step = (interview, reply) =>
      kg.next_question(interview === null ? "" : JSON.stringify(interview),
                       reply === null ? "" : JSON.stringify(reply), more);

  function showError(error) {
    const box = $("form-error");
    if (error === null) {
      box.hidden = true;
      for (const field of $("form").querySelectorAll("[aria-invalid]")) {
        field.removeAttribute("aria-invalid");
        field.removeAttribute("aria-errormessage");
      }
      return;
    }
    box.textContent = `Your answer ${error.problem}.`;  // the question is on screen above it
    box.hidden = false;
    const field = $(error.path.split("/")[1] ?? "");
    if (field) {
      field.setAttribute("aria-invalid", "true");
      field.setAttribute("aria-errormessage", "form-error");
      // A checklist or a choice: its first box takes the focus.
      (field.matches("input") ? field : field.querySelector("input"))?.focus();
    }
  }

  // Shows knotguide's answer: the question, or the plan, or both when answering more.
  function show(answered, before = undefined, focus = true) {
    const plan = answered.plan;
    const urgent = plan !== null && (plan.level === "emergency" || plan.level === "doctor_today");
    // Under an emergency or a same-day doctor, nothing more is asked, even when answering more.
    if (urgent) more = false;
    const made = urgent ? { ...answered, question: null } : answered;
    now = made;
    const q = made.question;
    const form = $("form");
    form.dataset.topic = q ? q.topic : "";
    form.dataset.asked = String(made.asked);
    // Screens shown, counted by the way back: a checklist may be asked again in part.
    $("progress").textContent = q ? `Question ${trail.length + 1}. We stop as soon as we have enough.` : "";
    $("progress").hidden = !q;
    $("where").hidden = q?.topic !== "knots";
    $("question").hidden = !q || q.topic === "knots";
    if (q?.topic === "knots") {
      $("where-heading").textContent = q.asks;
      $("where-because").textContent = `Why we ask: ${q.because}`;
      if (before?.chosen) {
        chosen.places = [...before.chosen.places];
        chosen.muscle = before.chosen.muscle;
        redraw(chosen.places.at(-1));
      }
    } else if (q) {
      $("question-asks").textContent = q.asks;
      $("question-because").textContent = `Why we ask: ${q.because}`;
      drawQuestion(q, before, words.max_pain);
    }
    $("go-back").hidden = trail.length === 0;
    $("next").hidden = !q;
    $("next").textContent = "Next";
    $("settled").hidden = plan === null || q !== null || urgent || more;
    $("more").hidden = plan === null || q !== null || more || urgent;
    if (plan === null) {
      $("plan").hidden = true;  // no plan stays on screen beside answers it was not made from
      asked = null;
    } else {
      const fresh = $("plan").hidden || asked === null || $("banner").dataset.level !== plan.level;
      asked = made.interview.answers;
      renderPlan(plan);
      $("why-answer").replaceChildren();
      $("why-what").value = "";
      // When care is urgent, nothing below the plan invites reading on.
      $("why-form").hidden = urgent;
      $("plan").hidden = false;
      if (fresh || !q) {
        $("banner").focus();  // a screen reader reads the level first; the screen scrolls to it
        return;
      }
    }
    // The first question is read from the top of the page; each later one takes the focus.
    if (q && focus) $(q.topic === "knots" ? "where-heading" : "question-asks").focus();
  }

  // The second click of a double click would act on the screen the first one brought.
  for (const id of ["next", "go-back", "more"]) {
    $(id).addEventListener("click", (event) => {
      if (event.detail > 1) {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
    });
  }
  $("form").addEventListener("submit", (event) => {
    event.preventDefault();
    if (now === null || now.question === null) return;
    const reply = replyTo(now.question, chosen);
    const t0 = performance.now();
    const made = JSON.parse(step(now.interview, reply));
    if (made.error) {
      showError(made.error);
      return;
    }
    showError(null);
    trail.push({ interview: now.interview, reply: { ...reply, chosen: structuredClone(chosen) }, more });
    show(made.ok);
    if (made.ok.plan !== null && !window.knotguideTiming.firstPlan) {
      window.knotguideTiming.firstPlan = { computeAndDraw: performance.now() - t0 };
    }
  });
  $("go-back").addEventListener("click", () => {
    const last = trail.pop();
    if (last === undefined) return;
    more = last.more;
    showError(null);
    show(answer(step(last.interview, null)), last.reply);
  });
  $("more").addEventListener("click", () => {
    trail.push({ interview: now.interview, reply: null, more: false });
    more = true;
    show(answer(step(now.interview, null)));
  });
  $("why-form").addEventListener("submit", (event) => {
    event.preventDefault();
    if (asked !== null && $("why-what").value !== "") {
      renderExplanation(answer(kg.explain(JSON.stringify(asked), $("why-what").value)));
    }
  });

  show(answer(step(null, null)), undefined, false);
  $("next").disabled = false;
  window.knotguideTiming = { ready: performance.now(), setUp: performance.now() - started };
  document.body.dataset.ready = "true";
}

// The page's words are painted first; then knotguide.wasm is fetched and compiled (a phone on a
// slow network shows the question sooner).
requestAnimationFrame(() => setTimeout(() => knotguide().then(start).catch((problem) => {
  // Browsers run WebAssembly only from a web server, which must send .wasm as application/wasm.
  $("next").textContent = "Not available";
  const error = $("form-error");
  error.textContent = "This page could not start its guidance: open it from a web server, not " +
                      `as a file. (${problem.message ?? problem})`;
  error.hidden = false;
}), 0));
