// Search page: Pagefind's UI with Dutch labels, and the kind of each result ("Soort:
// Afspraak") from the `soort` metadata that item pages carry. The only script on the site.
//
// Before Pagefind searches, the query is read as the terminal's search reads it, with the
// site's own words (js/zoekwoorden.json, written by marke): a question loses its question
// words ("wat betekent ggz" → "ggz"), a compound the site does not use is split into words it
// does ("wachtlijstoverzicht" → "wachtlijst overzicht"), and stop words are left out. A word
// that is not on the site at all is a typo: Pagefind would leave it out and search the rest,
// or find nothing. So the page searches for the nearest word of the site instead, as Google
// and Algolia do, and says so above the results ("Resultaten voor mantelzorg. Zoek in plaats
// daarvan naar mantelzrog"), read out by screen readers (aria-live). That link searches the
// words as typed; then the line offers the correction ("Bedoelde u: mantelzorg?").
// Measured with tests/e2e/relevance.mjs (cargo run --example zoekkwaliteit), which calls
// window.markeZoeken: the same search as the search box.
(function () {
  var base = new URL("../", window.location.href).pathname;
  var words = null; // folded word → count
  var starters = [];
  var filler = [];
  var stops = {};
  var exact = {}; // queries to search as typed: the resident chose "zoek in plaats daarvan naar"

  function fold(w) {
    return w.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }

  // The split of a folded word into known words with the fewest parts (each four letters or
  // more, joined by nothing or by -s-, -e-, -en-), the most common parts winning a tie.
  function split(w) {
    var n = w.length;
    if (n < 8 || !/^[a-z]+$/.test(w)) return null;
    var best = [{ parts: [], score: 0 }];
    for (var i = 0; i < n; i++) {
      if (!best[i]) continue;
      for (var j = i + 4; j <= n; j++) {
        if (i === 0 && j === n) continue;
        var part = w.slice(i, j);
        if (!words[part]) continue;
        var score = best[i].score + Math.log(words[part] + 1);
        ["", "s", "e", "en"].forEach(function (link) {
          var k = j + link.length;
          if (k > n || (k === n && link) || w.slice(j, k) !== link) return;
          var b = best[k], c = best[i].parts.length + 1;
          if (!b || c < b.parts.length || (c === b.parts.length && score > b.score)) {
            best[k] = { parts: best[i].parts.concat([part]), score: score };
          }
        });
      }
    }
    return best[n] ? best[n].parts : null;
  }

  // What Pagefind should search for, given what the resident typed.
  function rewrite(term) {
    if (!words || term.indexOf('"') >= 0) return term;
    var list = term.trim().split(/\s+/).filter(Boolean);
    var question = /\?\s*$/.test(term);
    var low = list.map(function (w) { return fold(w).replace(/[^a-z0-9.-]/g, ""); });
    if (low.length && (question || (starters.indexOf(low[0]) >= 0 && (low[0] !== "ik" || low[1] === "zoek")))) {
      var kept = list.filter(function (w, i) { return filler.indexOf(low[i]) < 0; });
      if (kept.length) list = kept;
    }
    return list.map(function (w) {
      var f = fold(w).replace(/\?+$/, "");
      if (words[f]) return w.replace(/\?+$/, "");
      var parts = split(f);
      return parts ? parts.join(" ") : w.replace(/\?+$/, "");
    }).join(" ");
  }

  // Damerau-Levenshtein distance (adjacent swaps count once), as the terminal's typo search.
  function distance(a, b) {
    var d = [];
    for (var i = 0; i <= a.length; i++) { d[i] = [i]; }
    for (var j = 0; j <= b.length; j++) { d[0][j] = j; }
    for (i = 1; i <= a.length; i++) {
      for (j = 1; j <= b.length; j++) {
        var cost = a[i - 1] === b[j - 1] ? 0 : 1;
        d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length][b.length];
  }

  // The most common site word within reach of a folded word the site does not have (1
  // letter from 5 letters, 2 from 9, as in the terminal); null if none.
  function nearest(f) {
    var max = f.length >= 9 ? 2 : 1, best = null, bestD = max + 1, bestN = 0;
    for (var cand in words) {
      if (Math.abs(cand.length - f.length) > max) continue;
      var dist = distance(f, cand);
      if (dist < bestD || (dist === bestD && words[cand] > bestN)) {
        best = cand; bestD = dist; bestN = words[cand];
      }
    }
    return bestD <= max ? best : null;
  }

  // The longest start that all site words beginning with a folded word share, if longer: the
  // last word may be half typed ("vergrijz" → "vergrijzing", "zorgverl" → "zorgverle"). It
  // matches the same words, but Pagefind's stemmer cannot spoil it (it makes "vergrijs" of
  // "vergrijz", which starts no word of the site).
  function completion(f) {
    var common = null;
    for (var cand in words) {
      if (cand.lastIndexOf(f, 0) !== 0) continue;
      if (common === null) { common = cand; continue; }
      var i = f.length;
      while (i < common.length && common[i] === cand[i]) i++;
      common = common.slice(0, i);
    }
    return common && common.length > f.length ? common : null;
  }

  // What the page searches for: `query` for Pagefind (the query as read, stop words out, each
  // typo replaced by the nearest site word, a half-typed last word completed as far as the
  // site's words agree), `shown` (what was typed, with the typos corrected) and whether a
  // word was corrected.
  function plan(term) {
    var query = rewrite(term);
    if (!words || term.indexOf('"') >= 0) return { query: query, shown: term, corrected: false };
    var fixes = {};
    var list = query.split(/\s+/).filter(Boolean);
    var content = list.filter(function (w) { return !stops[fold(w)]; });
    if (content.length) list = content;
    list = list.map(function (w, i) {
      var f = fold(w);
      if (words[f] || !/^[a-z]+$/.test(f)) return w;
      var more = i === list.length - 1 && completion(f);
      if (more) return more;
      if (f.length < 5) return w;
      var better = nearest(f);
      if (!better) return w;
      fixes[f] = better;
      return better;
    });
    var corrected = Object.keys(fixes).length > 0;
    var shown = term.trim().split(/\s+/).map(function (w) {
      var f = fold(w).replace(/[?!.,]+$/, "");
      return fixes[f] || w;
    }).join(" ");
    return { query: list.join(" "), shown: shown, corrected: corrected };
  }

  // What Pagefind gets for what the resident typed.
  function processTerm(term) {
    return exact[term.trim()] ? rewrite(term) : plan(term).query;
  }

  // How Pagefind ranks. Its default weighs a page's length 0.75 (BM25's b): a match in a
  // long page counts much less. marke's pages range from a two-line kerncijfer to a long
  // opgave, and the short ones won too often; 0.2 ranked best over the judgement set
  // (tests/relevance.tsv, README "Zoeken"), with 0.0 and 0.4 close behind.
  var RANKING = { pageLength: 0.2 };

  var pagefind = null;
  function api() {
    if (!pagefind) {
      pagefind = import(base + "pagefind/pagefind.js").then(function (p) {
        return p.options({ baseUrl: base, ranking: RANKING }).then(function () { return p; });
      });
    }
    return pagefind;
  }

  // The addresses of the results for a query, best first, as the search box finds them.
  function search(term) {
    return api().then(function (p) {
      return p.search(processTerm(term));
    }).then(function (s) {
      return Promise.all(s.results.slice(0, 10).map(function (r) { return r.data(); }));
    }).then(function (data) {
      return data.map(function (d) { return d.url; });
    });
  }

  var ui = new PagefindUI({
    element: "#zoeken",
    baseUrl: base,
    ranking: RANKING,
    showImages: false,
    showEmptyFilters: false,
    processTerm: processTerm,
    translations: {
      placeholder: "Zoek op deze website",
      clear_search: "Wissen",
      load_more: "Meer resultaten",
      search_label: "Zoek op deze website",
      filters_label: "Filter op soort",
      zero_results: "Niets gevonden voor [SEARCH_TERM]",
      // Without the term: after a correction the results are for another word (the line
      // above them says which).
      many_results: "[COUNT] resultaten",
      one_result: "[COUNT] resultaat",
      searching: "Zoeken naar [SEARCH_TERM]...",
      results_label: "Zoekresultaten",
      error_search: "Zoeken lukt nu niet"
    }
  });

  // Above the results: which words the page searched for instead of a typo, or, when the
  // resident asked for the words as typed, the correction. The line moves into Pagefind's
  // results area (which Pagefind makes on the first search), so it sits above the results.
  var hint = document.getElementById("zoeken-hint");
  function link(text, term, asTyped) {
    var a = document.createElement("a");
    a.href = "?q=" + encodeURIComponent(term) + (asTyped ? "&letterlijk=1" : "");
    a.textContent = text;
    a.addEventListener("click", function (e) {
      e.preventDefault();
      if (asTyped) exact[term.trim()] = true; else delete exact[term.trim()];
      ui.triggerSearch(term);
      explain(term);
    });
    return a;
  }
  function place() {
    var area = document.querySelector("#zoeken .pagefind-ui__results-area");
    if (hint && area && hint.parentNode !== area) area.insertBefore(hint, area.firstChild);
  }
  if (hint && window.MutationObserver) {
    new MutationObserver(place).observe(document.getElementById("zoeken"), { childList: true, subtree: true });
  }
  function explain(term) {
    if (!hint) return;
    place();
    hint.textContent = "";
    if (!term.trim()) return;
    var p = plan(term);
    if (!p.corrected) return;
    if (exact[term.trim()]) {
      hint.append("Bedoelde u: ", link(p.shown, p.shown, false), "?");
      return;
    }
    var strong = document.createElement("strong");
    strong.textContent = p.shown;
    hint.append("Resultaten voor ", strong, ". Zoek in plaats daarvan naar ", link(term.trim(), term, true), ".");
  }
  var timer = null;
  document.getElementById("zoeken").addEventListener("input", function (e) {
    var value = e.target && e.target.value;
    if (typeof value !== "string") return;
    clearTimeout(timer);
    // After Pagefind's own wait (300 ms), so the line and the results change together.
    timer = setTimeout(function () { explain(value); }, 300);
  });

  var ready = fetch(base + "js/zoekwoorden.json").then(function (r) { return r.json(); }).then(function (j) {
    words = {};
    j.woorden.forEach(function (p) { words[p[0]] = p[1]; });
    starters = j.vraagwoorden;
    filler = j.vulwoorden;
    (j.stopwoorden || []).forEach(function (w) { stops[w] = true; });
  }, function () { /* without the word list, Pagefind searches what was typed */ });

  // For tests and measurements (tests/e2e/relevance.mjs): the same search as the search box
  // (`asTyped`: as after "zoek in plaats daarvan naar"), and what the line above the results
  // says it searched for.
  window.markeZoeken = function (term, asTyped) {
    return ready.then(function () {
      if (asTyped) exact[term.trim()] = true; else delete exact[term.trim()];
      return search(term);
    });
  };
  window.markeVerbetering = function (term) {
    return ready.then(function () { var p = plan(term); return p.corrected ? p.shown : null; });
  };

  var params = new URLSearchParams(window.location.search);
  var q = params.get("q");
  if (q) {
    if (params.get("letterlijk")) exact[q.trim()] = true;
    ready.then(function () { ui.triggerSearch(q); explain(q); });
  }
})();
