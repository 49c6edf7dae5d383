// Drives Debian's headless Chromium through kg's pages with playwright-core (from npm; no browser
// is downloaded) and prints what it saw as one JSON object, for tests/test_browser.py to judge.
//
//   node tests/browser/workbench.mjs BASE_URL [SCREENSHOT_DIR]
//
// Each check records what the page shows; nothing here decides pass or fail. With
// SCREENSHOT_DIR, each view is also saved as a PNG there (scripts/screenshots.py).
import { chromium } from "playwright-core";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const AXE = require.resolve("axe-core/axe.min.js");
const [base, shots] = process.argv.slice(2);
const CHROMIUM = process.env.KG_CHROMIUM || "/usr/bin/chromium";

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
});
// bypassCSP: axe is injected as a script of the page's own, which a strict policy would refuse.
const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, bypassCSP: true });
const out = { errors: {} };

async function open(name, url, waitFor) {
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => { if (m.type() === "error" && !/favicon/.test(m.location().url || "")) errors.push(m.text()); });
  await page.goto(base + url, { waitUntil: "networkidle" });
  if (waitFor) { await page.waitForSelector(waitFor, { timeout: 20000 }); }
  out.errors[name] = errors;
  return page;
}

async function shot(page, name) {
  if (shots) { await page.screenshot({ path: path.join(shots, name + ".png") }); }
}

async function axe(page) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(" ")) }));
  });
  return result;
}

async function suggestions(page, text) {
  await page.fill("#kg-search-input", "");
  await page.waitForFunction(() => !document.querySelector("#kg-search-suggestions li"), null, { timeout: 10000 });
  await page.type("#kg-search-input", text, { delay: 30 });
  // the suggestions for the whole text, not for a prefix typed on the way
  await page.waitForFunction((t) => {
    const list = document.getElementById("kg-search-suggestions");
    return list && list.dataset.query === t && list.querySelector("li");
  }, text, { timeout: 10000 });
  return page.$$eval("#kg-search-suggestions li .kg-suggestion-label", (els) => els.map((e) => e.textContent));
}

try {
  // -- home: the query page runs its first question on load --------------------------------------
  let page = await open("home", "/", ".kg-result-table tbody tr");
  out.home = {
    rows: await page.$$eval(".kg-result-table tbody tr", (rows) => rows.length),
    firstCell: await page.$eval(".kg-result-table tbody td a", (a) => ({ text: a.textContent, href: a.getAttribute("href") })),
    picker: await page.$eval("#kg-query-picker", (s) => s.options[s.selectedIndex].textContent),
    duma: await suggestions(page, "Duma"),
    relos: await suggestions(page, "RELOS"),
  };
  await shot(page, "search");
  await page.fill("#kg-search-input", "");
  await page.keyboard.press("Escape");
  await shot(page, "query");
  out.home.axe = await axe(page);
  await page.close();

  // -- the share link round-trips an edited query, and a view --------------------------------------
  page = await open("share", "/?q=signings", ".kg-result-table tbody tr");
  const edited = await page.evaluate(() => {
    const yasqe = window.kgYasgui.getTab().getYasqe();
    yasqe.setValue(yasqe.getValue().replace("SELECT ", "SELECT ?date_edited ") + "\n# edited in the browser\n");
    return yasqe.getValue();
  });
  await page.click(".yasr .select_kgtimeline").catch(() => {});
  await page.click("#kg-share");
  const link = await page.inputValue("#kg-share-url");
  await page.close();
  page = await open("shared", link.slice(base.length), ".yasr_results");
  await page.waitForTimeout(500);
  out.share = {
    link, edited,
    restored: await page.evaluate(() => window.kgYasgui.getTab().getYasqe().getValue()),
    tab: await page.evaluate(() => window.kgYasgui.getTab().getName()),
    error: await page.$eval(".kg-query-error", (e) => e.textContent).catch(() => null),
  };
  await page.close();
  page = await open("error", "/?query=" + encodeURIComponent("SELECT * WHERE { ?s ?p }"), ".kg-query-error");
  out.queryError = await page.$eval(".kg-query-error", (e) => e.textContent);
  await page.close();

  // -- an entity, its timeline, the map, an article ------------------------------------------------
  page = await open("entity", "/id/agreement/relos", "#kg-graph canvas");
  out.entity = { h1: await page.$eval("h1", (h) => h.textContent), graphNodes: await page.evaluate(() => window.kgGraph.nodes().map((n) => n.data("label"))) };
  await shot(page, "entity");
  out.entity.axe = await axe(page);
  await page.close();

  page = await open("graph", "/graph?id=state/Q668", "#kg-graph canvas");
  const before = await page.evaluate(() => window.kgGraph.nodes().length);
  await page.evaluate(() => window.kgGraph.getElementById("https://w3id.org/kg-news/id/agreement/relos").emit("tap"));
  await page.waitForFunction((n) => window.kgGraph.nodes().length > n, before, { timeout: 10000 }).catch(() => {});
  out.graph = { before, after: await page.evaluate(() => window.kgGraph.nodes().length) };
  await shot(page, "graph");
  await page.close();

  page = await open("timeline", "/timeline?id=agreement/relos", ".vis-item");
  out.timeline = { items: await page.$$eval("#kg-timeline .vis-item.vis-box, #kg-timeline .vis-item.vis-range", (els) => els.map((e) => e.textContent.trim())) };
  await shot(page, "timeline-relos");
  out.timeline.axe = await axe(page);
  await page.close();

  page = await open("timelineAll", "/timeline", ".vis-item");
  out.timelineAll = { items: await page.$$eval("#kg-timeline .vis-item.vis-box, #kg-timeline .vis-item.vis-range", (els) => els.length) };
  await shot(page, "timeline");
  await page.close();

  page = await open("map", "/map", ".kg-pin");
  out.map = { markers: await page.$$eval("#kg-map .kg-pin", (els) => els.map((e) => e.textContent)) };
  const delhi = await page.$("#kg-map .kg-pin:has-text('New Delhi')");
  if (delhi) {
    await delhi.click();
    await page.waitForSelector(".leaflet-popup-content", { timeout: 5000 });
    out.map.popup = await page.$eval(".leaflet-popup-content", (e) => e.textContent);
    // Leaflet fades a popup in; axe measures contrast through the opacity of the moment.
    await page.waitForFunction(() => getComputedStyle(document.querySelector(".leaflet-popup")).opacity === "1", null, { timeout: 5000 });
  }
  await shot(page, "map");
  out.map.axe = await axe(page);
  await page.close();

  page = await open("article", "/id/article/relos-ratification", "mark");
  out.article = await page.evaluate(() => {
    const facts = Array.from(document.querySelectorAll(".kg-fact-list > li")).map((li) => ({
      id: li.id, title: li.querySelector("a").textContent,
      evidence: Array.from(li.querySelectorAll("a[href^='#ev-']")).map((a) => a.getAttribute("href").slice(1)),
    }));
    const marks = Array.from(document.querySelectorAll("mark.kg-evidence-mark")).map((m) => ({ id: m.id, text: m.textContent, facts: m.dataset.facts }));
    const styled = getComputedStyle(document.querySelector("mark.kg-evidence-mark")).backgroundColor;
    return { facts, marks, styled };
  });
  await shot(page, "article");
  out.article.axe = await axe(page);
  await page.close();

  page = await open("browse", "/browse/agreements?sort=facts", "table");
  await shot(page, "browse");
  await page.close();
} catch (error) {
  out.failure = String(error && error.stack || error);
} finally {
  await browser.close();
}
process.stdout.write(JSON.stringify(out));
