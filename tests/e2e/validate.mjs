// Validates every HTML page of a built site: html-validate rules, exactly one <h1>, lang="nl".
// Usage: node validate.mjs <sitemap-folder>. Exits 1 with a list of problems.
import { HtmlValidate, FileSystemConfigLoader } from "html-validate";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const root = process.argv[2];
if (!root) { console.error("gebruik: node validate.mjs <map>"); process.exit(2); }

function* pages(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) { if (name !== "pagefind") yield* pages(p); }
    else if (name.endsWith(".html")) yield p;
  }
}

const validator = new HtmlValidate(new FileSystemConfigLoader({
  extends: ["html-validate:recommended"],
  rules: {
    // Inline SVG pictures are styled with the theme's CSS variables through style attributes.
    "no-inline-style": "off",
    // Our own formatting choices, not validity or accessibility.
    "no-trailing-whitespace": "off",
    "attribute-boolean-style": "off",
    "void-style": "off",
    "long-title": "off",
  },
}));

const problems = [];
let count = 0;
for (const file of pages(root)) {
  count++;
  const rel = relative(root, file);
  const html = readFileSync(file, "utf8");
  const report = await validator.validateString(html, rel);
  for (const r of report.results) for (const m of r.messages) {
    problems.push(`${rel}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
  }
  const h1 = (html.match(/<h1[\s>]/g) || []).length;
  if (h1 !== 1) problems.push(`${rel}: ${h1} keer <h1>, verwacht precies 1`);
  if (!/<html lang="nl">/.test(html)) problems.push(`${rel}: mist <html lang="nl">`);
}
console.log(JSON.stringify({ pages: count, problems: problems.length }));
if (problems.length) {
  console.error(problems.slice(0, 60).join("\n"));
  if (problems.length > 60) console.error(`… en nog ${problems.length - 60}`);
  process.exit(1);
}
if (count === 0) { console.error("geen pagina's gevonden in " + root); process.exit(1); }
