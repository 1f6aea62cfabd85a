// Search page: Pagefind's UI in Dutch. The only script on the site.
(function () {
  var base = new URL("../", window.location.href).pathname;
  var ui = new PagefindUI({ element: "#zoeken", baseUrl: base, showImages: false, translations: { placeholder: "Zoek op de website" } });
  var q = new URLSearchParams(window.location.search).get("q");
  if (q) { ui.triggerSearch(q); }
})();
