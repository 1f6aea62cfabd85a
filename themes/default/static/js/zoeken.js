// Search page: Pagefind's UI with Dutch labels, and the kind of each result ("Soort:
// Afspraak") from the `soort` metadata that item pages carry. The only script on the site.
//
// Before Pagefind searches, the query is read as the terminal's search reads it, with the
// site's own words (js/zoekwoorden.json, written by marke): a question loses its question
// words ("wat betekent ggz" → "ggz"), and a compound the site does not use is split into
// words it does ("wachtlijstoverzicht" → "wachtlijst overzicht"). When a search finds
// nothing, or a word of the query is not on the site at all, a line under the search box
// offers the nearest word of the site ("Bedoelde u: mantelzorg?"), read out by screen
// readers (aria-live).
(function () {
  var base = new URL("../", window.location.href).pathname;
  var words = null; // folded word → count
  var starters = [];
  var filler = [];

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

  // The query with each word the site does not know replaced by the most common site word
  // within reach (1 letter from 5 letters, 2 from 9, as in the terminal); null if none.
  function suggest(term) {
    if (!words) return null;
    var changed = false;
    var out = rewrite(term).split(/\s+/).filter(Boolean).map(function (w) {
      var f = fold(w);
      if (words[f] || f.length < 5) return w;
      var max = f.length >= 9 ? 2 : 1, best = null, bestD = max + 1, bestN = 0;
      for (var cand in words) {
        if (Math.abs(cand.length - f.length) > max) continue;
        var dist = distance(f, cand);
        if (dist < bestD || (dist === bestD && words[cand] > bestN)) {
          best = cand; bestD = dist; bestN = words[cand];
        }
      }
      if (best && bestD <= max) { changed = true; return best; }
      return w;
    });
    return changed ? out.join(" ") : null;
  }

  var pagefind = null;
  function api() {
    if (!pagefind) {
      pagefind = import(base + "pagefind/pagefind.js").then(function (p) {
        return p.options({ baseUrl: base }).then(function () { return p; });
      });
    }
    return pagefind;
  }

  // The addresses of the results for a query, best first, as the search box finds them.
  function search(term) {
    return api().then(function (p) {
      return p.search(rewrite(term));
    }).then(function (s) {
      return Promise.all(s.results.slice(0, 10).map(function (r) { return r.data(); }));
    }).then(function (data) {
      return data.map(function (d) { return d.url; });
    });
  }

  var ui = new PagefindUI({
    element: "#zoeken",
    baseUrl: base,
    showImages: false,
    showEmptyFilters: false,
    processTerm: rewrite,
    translations: {
      placeholder: "Zoek op deze website",
      clear_search: "Wissen",
      load_more: "Meer resultaten",
      search_label: "Zoek op deze website",
      filters_label: "Filter op soort",
      zero_results: "Niets gevonden voor [SEARCH_TERM]",
      many_results: "[COUNT] resultaten voor [SEARCH_TERM]",
      one_result: "[COUNT] resultaat voor [SEARCH_TERM]",
      searching: "Zoeken naar [SEARCH_TERM]...",
      results_label: "Zoekresultaten",
      error_search: "Zoeken lukt nu niet"
    }
  });

  // "Bedoelde u …?" under the search box, when a search finds nothing.
  var hint = document.getElementById("zoeken-hint");
  var latest = 0;
  function check(term) {
    var mine = ++latest;
    if (!hint) return;
    if (!term.trim()) { hint.textContent = ""; return; }
    search(term).then(function (urls) {
      if (mine !== latest) return;
      hint.textContent = "";
      // A suggestion when nothing is found, or when a word is not on the site at all (Pagefind
      // then leaves that word out and searches the rest).
      var better = suggest(term);
      if (!better) return;
      var a = document.createElement("a");
      a.href = "?q=" + encodeURIComponent(better);
      a.textContent = better;
      a.addEventListener("click", function (e) {
        e.preventDefault();
        ui.triggerSearch(better);
        check(better);
      });
      hint.append("Bedoelde u: ", a, "?");
    }, function () { /* Pagefind's own message says that searching failed */ });
  }
  var timer = null;
  document.getElementById("zoeken").addEventListener("input", function (e) {
    var value = e.target && e.target.value;
    if (typeof value !== "string") return;
    clearTimeout(timer);
    timer = setTimeout(function () { check(value); }, 300);
  });

  var ready = fetch(base + "js/zoekwoorden.json").then(function (r) { return r.json(); }).then(function (j) {
    words = {};
    j.woorden.forEach(function (p) { words[p[0]] = p[1]; });
    starters = j.vraagwoorden;
    filler = j.vulwoorden;
  }, function () { /* without the word list, Pagefind searches what was typed */ });

  // For tests and measurements (tests/e2e/relevance.mjs): the same search, without the UI.
  window.markeZoeken = function (term) { return ready.then(function () { return search(term); }); };
  window.markeSuggestie = function (term) { return ready.then(function () { return suggest(term); }); };

  var q = new URLSearchParams(window.location.search).get("q");
  if (q) {
    ready.then(function () { ui.triggerSearch(q); check(q); });
  }
})();
