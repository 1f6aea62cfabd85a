// Accessibility in a real browser: axe-core (WCAG 2.1 A/AA) on the key pages, a keyboard
// walk over the home page that checks a visible focus at every stop, and the printout.
// Screenshots for people to look at are made by public.mjs.
// Usage: node a11y.mjs <site-folder> <screenshot-folder>. Uses the Chromium in $MARKE_CHROMIUM
// (tests/site.rs finds it on PATH), else Debian's /usr/bin/chromium (see serve.mjs).
import { chromium } from "playwright-core";
import { readFileSync, existsSync, mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { serve, launchOptions } from "./serve.mjs";
import { createRequire } from "node:module";

const [root, shots] = process.argv.slice(2);
if (!root || !shots) { console.error("gebruik: node a11y.mjs <site> <schermafdrukken>"); process.exit(2); }
mkdirSync(shots, { recursive: true });
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

const { base, close } = await serve(root);

const first = (dir) => {
  const d = join(root, dir);
  const names = existsSync(d) ? readdirSync(d).filter((n) => existsSync(join(d, n, "index.html"))).sort() : [];
  return names.length ? `${dir}/${names[0]}/` : null;
};
const pages = [
  ["home", ""], ["opgave", first("opgaven")], ["afspraak", first("afspraken")],
  ["woordenlijst", "woordenlijst/"], ["agenda", "agenda/"], ["voortgang", "voortgang/"], ["aanbevelingen", "aanbevelingen/"],
  ["zoeken", "zoeken/?q=zorg"], ["zoeken met tikfout", "zoeken/?q=mantelzrog"], ["toegankelijkheid", "toegankelijkheid/"],
];

const browser = await chromium.launch(launchOptions);
const failures = [];
const summary = {};
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  // Every page in light and in dark mode (the theme follows the reader's system setting).
  for (const scheme of ["light", "dark"]) {
  await page.emulateMedia({ colorScheme: scheme });
  const suffix = scheme === "dark" ? " (donker)" : "";
  for (const [name, path] of pages) {
    if (path === null) { failures.push(`${name}: geen pagina gevonden om te testen`); continue; }
    await page.goto(base + path, { waitUntil: "networkidle" });
    if (name.startsWith("zoeken")) {
      await page.waitForSelector(".pagefind-ui__result, .pagefind-ui__message", { timeout: 10000 }).catch(() => failures.push("zoeken: Pagefind toont geen resultaten"));
      summary.zoekresultaten = await page.locator(".pagefind-ui__result").count();
    }
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(() => window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }));
    summary[name + suffix] = result.violations.length;
    for (const v of result.violations) {
      failures.push(`${name}${suffix} (${path}): ${v.id} – ${v.help} – ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
    }
  }
  }
  await page.emulateMedia({ colorScheme: "light" });

  // Keyboard only: the first Tab reaches the skip link; every stop has a visible focus.
  await page.goto(base, { waitUntil: "networkidle" });
  const stops = [];
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press("Tab");
    stops.push(await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return { tag: "body", visible: false };
      const s = getComputedStyle(el);
      const ring = (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0) || (s.boxShadow && s.boxShadow !== "none");
      const r = el.getBoundingClientRect();
      return { tag: el.tagName.toLowerCase(), text: (el.textContent || "").trim().slice(0, 40), visible: ring && r.width > 0 && r.height > 0 };
    }));
  }
  summary.toetsenbord = stops.length;
  if (!/direct naar de inhoud/i.test(stops[0].text || "")) failures.push(`toetsenbord: de eerste Tab komt op "${stops[0].text}", niet op de link naar de inhoud`);
  stops.forEach((s, i) => { if (!s.visible) failures.push(`toetsenbord: stop ${i + 1} (${s.tag} "${s.text}") heeft geen zichtbare focus`); });
  await page.screenshot({ path: join(shots, "home-focus-1280.png") });

  // Print: the header and menu go, the tables behind the pictures (closed <details> on
  // screen) come out on paper.
  await page.emulateMedia({ media: "print" });
  await page.goto(base, { waitUntil: "networkidle" });
  const printed = await page.evaluate(() => ({
    tables: [...document.querySelectorAll(".chart-table table")].map((t) => t.checkVisibility()),
    header: document.querySelector(".site-header")?.getBoundingClientRect().height ?? 0,
  }));
  summary.print = printed.tables.length;
  if (!printed.tables.length || printed.tables.some((v) => !v)) failures.push(`print: de tabellen bij de plaatjes staan niet op papier (${JSON.stringify(printed.tables)})`);
  if (printed.header > 0) failures.push("print: de kop van de site staat nog op papier");
  await page.pdf({ path: join(shots, "home-print.pdf") });
  await page.screenshot({ path: join(shots, "home-print.png"), fullPage: true });
  await page.emulateMedia({ media: "screen" });

} finally {
  await browser.close();
  close();
}
console.log(JSON.stringify(summary));
if (failures.length) { console.error(failures.join("\n")); process.exit(1); }
