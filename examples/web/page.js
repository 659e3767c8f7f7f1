// The page's logic: it asks knotguide (WebAssembly) for everything and shows the answers in the
// knowledge base's words. Work in progress (issue 14).
"use strict";
knotguide().then((kg) => {
  const knowledge = JSON.parse(kg.knowledge()).ok;
  const words = new Map(knowledge.texts.map((t) => [t.id, t.text]));
  const regions = ["neck", "shoulder", "upper_back", "lower_back", "buttock", "calf"];
  let chosen = null;

  const show = () => {
    if (chosen === null) return;
    const assessment = {
      knots: [{ region: chosen }],
      pain: Number(document.getElementById("pain").value),
      red_flags: document.getElementById("chest").checked ? ["chest_pain"] : [],
    };
    const answer = JSON.parse(kg.plan(JSON.stringify(assessment)));
    const level = document.getElementById("level");
    const steps = document.getElementById("steps");
    steps.replaceChildren();
    if (answer.error) {
      level.textContent = answer.error.problem;
      return;
    }
    const plan = answer.ok;
    level.textContent = words.get(plan.summary);
    level.className = plan.level;
    level.dataset.level = plan.level;
    for (const step of plan.steps) {
      const item = document.createElement("li");
      item.dataset.what = step.what;
      item.textContent = `${words.get("intervention." + step.what)}: ${words.get(step.dose.text) ?? ""}`;
      steps.append(item);
    }
  };

  const group = document.getElementById("regions");
  for (const region of regions) {
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = words.get("region." + region) ?? region;
    button.dataset.region = region;
    button.setAttribute("aria-pressed", "false");
    button.addEventListener("click", () => {
      chosen = region;
      for (const b of group.children) b.setAttribute("aria-pressed", String(b === button));
      const muscles = JSON.parse(kg.muscles(region)).ok;
      const list = document.getElementById("muscles");
      list.replaceChildren(...muscles.map((m) => {
        const item = document.createElement("li");
        item.textContent = words.get("muscle." + m) ?? m;
        item.dataset.muscle = m;
        return item;
      }));
      show();
    });
    group.append(button);
  }
  document.getElementById("pain").addEventListener("input", show);
  document.getElementById("chest").addEventListener("change", show);
  document.body.dataset.ready = "true";
});
