// Serves the web page from 127.0.0.1 and drives the system's Chromium through it as a person
// would. Work in progress (issue 14).
//   node page_test.mjs <folder with index.html, page.js, knotguide.js, knotguide.wasm> <shots>
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join } from "node:path";

let chromium;
try {
  ({ chromium } = await import("playwright-core"));
} catch {
  console.log("page_test: playwright-core is not installed (npm ci --prefix tests/browser): skipped");
  process.exit(77);
}
const [folder, shots] = process.argv.slice(2);
const types = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm" };
const server = createServer(async (request, response) => {
  const path = request.url === "/" ? "/index.html" : request.url;
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

const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const failures = [];
const expect = (ok, what) => { if (!ok) failures.push(what); };
try {
  const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
  const offsite = [];
  page.on("request", (r) => { if (!r.url().startsWith(origin)) offsite.push(r.url()); });
  const started = Date.now();
  await page.goto(origin + "/");
  await page.waitForSelector("body[data-ready=true]");
  await page.click("button[data-region=neck]");
  await page.waitForSelector("#steps li");
  console.log(`load to first plan: ${Date.now() - started} ms`);
  expect(await page.locator("#muscles li[data-muscle=upper_trapezius]").count() === 1, "neck lists upper_trapezius");
  expect(await page.getAttribute("#level", "data-level") === "self_care", "a neck knot at pain 4 is self-care");
  await page.screenshot({ path: join(shots, "neck-360.png"), fullPage: true });
  await page.check("#chest");
  expect(await page.getAttribute("#level", "data-level") === "emergency", "chest pain is an emergency");
  const steps = await page.locator("#steps li").evaluateAll((items) => items.map((i) => i.dataset.what));
  expect(steps.length === 1 && steps[0] === "emergency_care", `emergency care alone, got ${steps}`);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: join(shots, "emergency-1280.png"), fullPage: true });
  expect(offsite.length === 0, `no request off 127.0.0.1, got ${offsite}`);
} finally {
  await browser.close();
  server.close();
}
if (failures.length) {
  console.error("page_test: " + failures.join("; "));
  process.exit(1);
}
console.log("page_test: all checks passed");
