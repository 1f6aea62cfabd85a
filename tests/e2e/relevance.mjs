// The site's search as a resident uses it, for the judgement set: each query typed into the
// built site's search page in Chromium, through the page's own search (themes/default
// js/zoeken.js: question words out, compounds split, then Pagefind). For each query: the
// first 10 result addresses, and the "Bedoelde u …?" suggestion (shown when nothing is found or
// a word is not on the site) with the first 10 results for it.
// Usage: node relevance.mjs <site-folder> <queries.json>   (a JSON list of strings)
// Prints JSON: [{ query, urls, suggestion, suggested_urls }], in the order of the queries.
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
      let suggested = [];
      const suggestion = await window.markeSuggestie(q);
      if (suggestion) suggested = await window.markeZoeken(suggestion);
      return { urls, suggestion, suggested };
    }, query);
    out.push({ query, urls: r.urls.map(path), suggestion: r.suggestion, suggested_urls: r.suggested.map(path) });
  }
} finally {
  await browser.close();
  close();
}
console.log(JSON.stringify(out));
