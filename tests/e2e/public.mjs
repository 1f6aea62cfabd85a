// The public site as a resident meets it, in Chromium:
// - reflow (WCAG 1.4.10): at 320 px no page scrolls sideways; one page of every kind (each
//   overview, the first item of each type, the top-level pages, home, agenda, search) plus the
//   pages that once did (opgaven with long words, a wide table, the organisations list);
// - the recommendations × opgaven matrix: five distinct shades, darker = more, in light and
//   dark mode, and every number readable on its shade (contrast 4.5:1 or more);
// - search: Dutch labels only, each suggested example finds pages (never the search page),
//   every result says its kind, snippets come from the text and not from the facts box;
// - privacy: every request stays on the site, and no page sets a cookie;
// - screenshots of home, an afspraak, the agenda and the matrix at 375 and 1280 px, light and
//   dark, for people to look at.
// Usage: node public.mjs <site-folder> <screenshot-folder>
import { chromium } from "playwright-core";
import { existsSync, mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { serve, launchOptions } from "./serve.mjs";

const [root, shots] = process.argv.slice(2);
if (!root || !shots) { console.error("gebruik: node public.mjs <site> <schermafdrukken>"); process.exit(2); }
mkdirSync(shots, { recursive: true });
const { base, close } = await serve(root);

const isPage = (...p) => existsSync(join(root, ...p, "index.html"));
const dirs = readdirSync(root).filter((n) => isPage(n)).sort();
const firstChild = (dir) => readdirSync(join(root, dir)).filter((n) => isPage(dir, n)).sort()[0];
const reflowPages = [""];
for (const d of dirs) {
  reflowPages.push(`${d}/`);
  const child = firstChild(d);
  if (child) reflowPages.push(`${d}/${child}/`);
}
for (const d of ["opgaven", "randvoorwaarden"]) {
  for (const n of existsSync(join(root, d)) ? readdirSync(join(root, d)).filter((n) => isPage(d, n)) : []) {
    if (d === "opgaven" || n === "roaz-plan-noord-nederland") reflowPages.push(`${d}/${n}/`);
  }
}

const failures = [];
const summary = {};
const requests = new Set();
const browser = await chromium.launch(launchOptions);
try {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  context.on("request", (r) => requests.add(r.url()));
  const page = await context.newPage();

  // Reflow at 320 px.
  const wide = [];
  for (const path of [...new Set(reflowPages)]) {
    await page.goto(base + path, { waitUntil: "load" });
    const w = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
    if (w.scroll > w.inner) wide.push(`${path || "/"} (${w.scroll} px)`);
  }
  summary.reflow320 = reflowPages.length;
  if (wide.length) failures.push(`op 320 px schuiven ${wide.length} pagina's opzij: ${wide.join(", ")}`);

  // The matrix in light and dark mode.
  for (const scheme of ["light", "dark"]) {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(base + "aanbevelingen/", { waitUntil: "load" });
    const m = await page.evaluate(() => {
      const rgb = (c) => c.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number);
      const lum = (c) => { const [r, g, b] = rgb(c).map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
      const contrast = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
      const legend = [...document.querySelectorAll("svg.chart-matrix rect.legenda")].map((r) => lum(getComputedStyle(r).fill));
      const cells = [...document.querySelectorAll("svg.chart-matrix rect[data-waarde]")].map((r) => {
        const t = r.nextElementSibling;
        return { n: r.dataset.waarde, text: t ? t.textContent : "", contrast: t ? contrast(getComputedStyle(r).fill, getComputedStyle(t).fill) : 0 };
      });
      const heads = [...document.querySelectorAll("svg.chart-matrix text[transform]")].map((t) => t.textContent);
      return { legend, cells, heads };
    });
    const name = `matrix (${scheme === "dark" ? "donker" : "licht"})`;
    summary[name] = m.legend.map((l) => l.toFixed(3)).join(" > ");
    if (m.legend.length !== 5 || new Set(m.legend.map((l) => l.toFixed(3))).size !== 5) failures.push(`${name}: geen vijf verschillende tinten: ${summary[name]}`);
    if (m.legend.some((l, i) => i > 0 && !(l < m.legend[i - 1]))) failures.push(`${name}: meer is niet steeds donkerder: ${summary[name]}`);
    const unreadable = m.cells.filter((c) => c.text !== c.n || c.contrast < 4.5);
    if (!m.cells.length || unreadable.length) failures.push(`${name}: ${unreadable.length} vakken zonder leesbaar getal (contrast < 4,5): ${JSON.stringify(unreadable.slice(0, 3))}`);
    if (m.heads.length < 2 || m.heads.some((h) => /^\d+$/.test(h))) failures.push(`${name}: kolommen hebben geen titels: ${m.heads}`);
  }
  await page.emulateMedia({ colorScheme: "light" });

  // Search: Dutch labels, examples that find something, the kind on each result.
  await page.goto(base + "zoeken/", { waitUntil: "networkidle" });
  const examples = await page.$$eval(".search-examples a", (as) => as.map((a) => a.textContent.trim()));
  if (examples.length < 2) failures.push("zoeken: geen voorbeelden om te proberen");
  for (const q of examples) {
    await page.goto(base + "zoeken/?q=" + encodeURIComponent(q), { waitUntil: "networkidle" });
    await page.waitForSelector(".pagefind-ui__result, .pagefind-ui__message", { timeout: 10000 }).catch(() => {});
    const r = await page.evaluate(() => ({
      urls: [...document.querySelectorAll(".pagefind-ui__result-link")].map((a) => a.getAttribute("href")),
      kinds: [...document.querySelectorAll(".pagefind-ui__result")].map((r) => r.querySelector("[data-pagefind-ui-meta='soort']")?.textContent ?? ""),
      excerpts: [...document.querySelectorAll(".pagefind-ui__result-excerpt")].map((e) => e.textContent),
      text: document.querySelector("#zoeken").innerText,
    }));
    summary[`zoeken ${q}`] = r.urls.length;
    if (!r.urls.length) failures.push(`zoeken: het voorbeeld "${q}" vindt niets`);
    if (r.urls.some((u) => /zoeken\/?$/.test(u))) failures.push(`zoeken: "${q}" vindt de zoekpagina zelf`);
    if (r.kinds.some((k) => !/^Soort: \S/.test(k.trim()))) failures.push(`zoeken: niet elk resultaat voor "${q}" noemt zijn soort: ${JSON.stringify(r.kinds.slice(0, 5))}`);
    if (r.excerpts.some((e) => /\bCode \d|Soort (operationeel|procesafspraak)/.test(e))) failures.push(`zoeken: een stukje tekst komt uit de feiten: ${r.excerpts.find((e) => /\bCode \d/.test(e))}`);
    if (/\b(Reset|Search|Load more|results? for)\b/.test(r.text)) failures.push(`zoeken: Engelse tekst in het zoekvak: ${r.text.slice(0, 200)}`);
  }

  // A typo in an example (two letters swapped): the page searches for the example instead,
  // says so above the results, and offers the words as typed; that link then offers the
  // correction.
  const word = examples.find((q) => q.length >= 6);
  if (word) {
    const typo = word.slice(0, -3) + word[word.length - 2] + word[word.length - 3] + word[word.length - 1];
    await page.goto(base + "zoeken/?q=" + encodeURIComponent(typo), { waitUntil: "networkidle" });
    await page.waitForSelector(".pagefind-ui__result", { timeout: 10000 }).catch(() => failures.push(`zoeken: de tikfout "${typo}" vindt niets`));
    const hint = () => page.evaluate(() => {
      const h = document.getElementById("zoeken-hint");
      const first = document.querySelector(".pagefind-ui__result");
      return { text: h.textContent, above: !!first && !!(h.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING) };
    });
    let h = await hint();
    summary[`zoeken ${typo}`] = h.text;
    if (!h.text.includes(`Resultaten voor ${word}`) || !h.above) failures.push(`zoeken: boven de resultaten voor "${typo}" staat niet "Resultaten voor ${word}": ${JSON.stringify(h)}`);
    const asTyped = page.locator("#zoeken-hint a");
    if ((await asTyped.count()) !== 1 || (await asTyped.textContent()) !== typo) failures.push(`zoeken: geen link om toch naar "${typo}" te zoeken`);
    else {
      await asTyped.focus();
      await page.keyboard.press("Enter");
      await page.waitForTimeout(1000);
      h = await hint();
      if (!h.text.includes(`Bedoelde u: ${word}?`)) failures.push(`zoeken: na "zoek in plaats daarvan naar ${typo}" geen "Bedoelde u: ${word}?": ${h.text}`);
    }
  }

  // Privacy: nothing loads from elsewhere, and no cookies.
  const elsewhere = [...requests].filter((u) => !u.startsWith(base) && !u.startsWith("data:"));
  if (elsewhere.length) failures.push(`privacy: verzoeken naar andere websites: ${elsewhere.slice(0, 5).join(", ")}`);
  const cookies = await context.cookies();
  if (cookies.length) failures.push(`privacy: cookies gezet: ${cookies.map((c) => c.name).join(", ")}`);
  summary.verzoeken = requests.size;
  await context.close();

  // Screenshots for people to look at.
  const afspraak = firstChild("afspraken");
  for (const scheme of ["light", "dark"]) {
    for (const width of [375, 1280]) {
      const p = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
      for (const [name, path] of [["home", ""], ["afspraak", `afspraken/${afspraak}/`], ["agenda", "agenda/"], ["aanbevelingen", "aanbevelingen/"]]) {
        await p.goto(base + path, { waitUntil: "load" });
        await p.screenshot({ path: join(shots, `${name}-${width}-${scheme === "dark" ? "donker" : "licht"}.png`), fullPage: true });
      }
      await p.close();
    }
  }
} finally {
  await browser.close();
  close();
}
console.log(JSON.stringify(summary));
if (failures.length) { console.error(failures.join("\n")); process.exit(1); }
