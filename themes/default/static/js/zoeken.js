// Search page: Pagefind's UI with Dutch labels, and the kind of each result ("Soort:
// Afspraak") from the `soort` metadata that item pages carry. The only script on the site.
(function () {
  var base = new URL("../", window.location.href).pathname;
  var ui = new PagefindUI({
    element: "#zoeken",
    baseUrl: base,
    showImages: false,
    showEmptyFilters: false,
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
  var q = new URLSearchParams(window.location.search).get("q");
  if (q) { ui.triggerSearch(q); }
})();
