// The SPARQL editor: YASGUI (vendored) against this server's endpoint, plus example buttons.
(function () {
  "use strict";
  var el = document.getElementById("yasgui");
  if (!el || typeof Yasgui === "undefined") { return; }
  var endpoint = new URL(el.getAttribute("data-endpoint"), window.location.href).href;
  var yasgui = new Yasgui(el, {
    // A long answer comes back cut at the row cap (with its warning) rather than refused.
    requestConfig: { endpoint: endpoint, method: "POST", headers: { Prefer: "handling=lenient" } },
    copyEndpointOnNewTab: false,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
    persistenceId: null,
    yasqe: { resizeable: true, persistenceId: null }
  });
  window.justicekgYasgui = yasgui;
  var tab = yasgui.getTab();
  tab.setEndpoint(endpoint);
  var initial = el.getAttribute("data-query");
  if (initial) { tab.setQuery(initial); }
  Array.prototype.forEach.call(document.querySelectorAll("button.example"), function (button) {
    button.addEventListener("click", function () {
      var current = yasgui.getTab();
      current.setQuery(button.getAttribute("data-query"));
      current.getYasqe().query();
    });
  });
})();
