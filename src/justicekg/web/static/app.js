// Search autocomplete: /api/search?q= → a list of links under the search box. No dependencies.
(function () {
  "use strict";
  var input = document.getElementById("q");
  var list = document.getElementById("suggestions");
  if (!input || !list) { return; }
  var timer = null;
  var seq = 0;
  function clear() { while (list.firstChild) { list.removeChild(list.firstChild); } }
  function show(hits) {
    clear();
    hits.forEach(function (hit) {
      var li = document.createElement("li");
      li.setAttribute("role", "option");
      var a = document.createElement("a");
      a.href = hit.url;
      a.textContent = hit.label;
      a.className = "suggestion";
      var kind = document.createElement("small");
      kind.textContent = " " + (hit.kind_label || hit.kind);
      li.appendChild(a);
      li.appendChild(kind);
      list.appendChild(li);
    });
  }
  input.addEventListener("input", function () {
    var q = input.value.trim();
    if (timer) { clearTimeout(timer); }
    if (q.length < 2) { clear(); return; }
    timer = setTimeout(function () {
      var mine = ++seq;
      fetch("/api/search?limit=10&q=" + encodeURIComponent(q), { headers: { Accept: "application/json" } })
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (hits) { if (mine === seq) { show(hits); } })
        .catch(function () { clear(); });
    }, 150);
  });
  input.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape") { clear(); }
  });
})();

// A <select data-autosubmit> sends its form when its value changes (the page's CSP forbids inline
// handlers such as onchange="…"; without JavaScript the form's <noscript> button does it).
(function () {
  "use strict";
  var selects = document.querySelectorAll("select[data-autosubmit]");
  Array.prototype.forEach.call(selects, function (select) {
    select.addEventListener("change", function () { if (select.form) { select.form.submit(); } });
  });
}());
