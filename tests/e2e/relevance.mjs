// The site's search as a resident uses it, for the judgement set: each query typed into the
// built site's search page in Chromium, through the page's own search (themes/default
// js/zoeken.js: question words and stop words out, compounds split, typos corrected with the
// site's own words, then Pagefind). For each query: the first 10 result addresses the page
// shows, the words it says it searched for instead ("Resultaten voor …", or null), and the
// first 10 results for the words as typed (the link "zoek in plaats daarvan naar …").
// Usage: node relevance.mjs <site-folder> <queries.json>   (a JSON list of strings)
// Prints JSON: [{ query, urls, correction, typed_urls }], in the order of the queries.
import { chromium } from "playwright-core";
import { readFileSync } from "node:fs";
import { serve, launchOptions } from "./serve.mjs";

const [root, file] = process.argv.slice(2);
if (!root || !file) { console.error("gebruik: node relevance.mjs <site> <zoekvragen.json>"); process.exit(2); }
const queries = JSON.parse(readFileSync(file, "utf8"));
const { base, close } = await serve(root);
const browser = await chromium.launch(launchOptions);
const out = [];
try {
  const page = await browser.newPage();
  await page.goto(base + "zoeken/", { waitUntil: "networkidle" });
  await page.waitForFunction(() => typeof window.markeZoeken === "function");
  const path = (u) => new URL(u, base).pathname;
  for (const query of queries) {
    const r = await page.evaluate(async (q) => {
      const urls = await window.markeZoeken(q);
      const correction = await window.markeVerbetering(q);
      const typed = correction ? await window.markeZoeken(q, true) : urls;
      return { urls, correction, typed };
    }, query);
    out.push({ query, urls: r.urls.map(path), correction: r.correction, typed_urls: r.typed.map(path) });
  }
} finally {
  await browser.close();
  close();
}
console.log(JSON.stringify(out));
