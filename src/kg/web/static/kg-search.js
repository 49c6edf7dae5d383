/* The search box on every page: autocomplete from /search?format=json (kg.search.complete).
   An ARIA 1.2 combobox: arrows move through the suggestions, Enter opens one, Escape closes.
   Without JavaScript the form still submits to /search. */
(function () {
  "use strict";
  var input = document.getElementById("kg-search-input");
  if (!input || !window.fetch) { return; }
  var list = document.createElement("ul");
  list.id = "kg-search-suggestions";
  list.className = "kg-suggestions";
  list.setAttribute("role", "listbox");
  list.setAttribute("aria-label", "Suggestions");
  list.hidden = true;
  input.parentNode.appendChild(list);
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-controls", list.id);
  input.setAttribute("aria-expanded", "false");
  var items = [], active = -1, pending = null, last = "";

  function close() {
    list.hidden = true; active = -1; input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
  }
  function highlight(n) {
    active = n;
    Array.prototype.forEach.call(list.children, function (li, i) { li.setAttribute("aria-selected", i === n ? "true" : "false"); });
    if (n >= 0) { input.setAttribute("aria-activedescendant", list.children[n].id); } else { input.removeAttribute("aria-activedescendant"); }
  }
  function render(results, q) {
    items = results;
    list.dataset.query = q || "";  // which text these suggestions are for
    list.textContent = "";
    results.forEach(function (r, i) {
      var li = document.createElement("li");
      li.id = "kg-suggestion-" + i;
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", "false");
      var name = document.createElement("span");
      name.className = "kg-suggestion-label";
      name.textContent = r.label;
      var note = document.createElement("span");
      note.className = "kg-note";
      note.textContent = " " + r.types.join(", ") + (r.matched ? " · “" + r.matched + "”" : "");
      li.appendChild(name); li.appendChild(note);
      li.addEventListener("mousedown", function (ev) { ev.preventDefault(); go(i); });
      list.appendChild(li);
    });
    list.hidden = results.length === 0;
    input.setAttribute("aria-expanded", results.length ? "true" : "false");
    highlight(-1);
  }
  function go(i) { if (items[i] && items[i].href) { window.location.href = items[i].href; } }
  function suggest() {
    var q = input.value.trim();
    if (q === last) { return; }
    last = q;
    if (!q) { render([]); return; }
    var url = input.dataset.suggest + (input.dataset.suggest.indexOf("?") < 0 ? "?" : "&") + "q=" + encodeURIComponent(q);
    fetch(url, { headers: { Accept: "application/json" } })
      .then(function (r) { return r.ok ? r.json() : { results: [] }; })
      .then(function (data) { if (input.value.trim() === q) { render(data.results || [], q); } })
      .catch(function () { render([]); });
  }
  input.addEventListener("input", function () { clearTimeout(pending); pending = setTimeout(suggest, 120); });
  input.addEventListener("keydown", function (ev) {
    if (ev.key === "ArrowDown" && items.length) { ev.preventDefault(); list.hidden = false; highlight((active + 1) % items.length); }
    else if (ev.key === "ArrowUp" && items.length) { ev.preventDefault(); highlight(active <= 0 ? items.length - 1 : active - 1); }
    else if (ev.key === "Enter" && active >= 0) { ev.preventDefault(); go(active); }
    else if (ev.key === "Escape") { close(); }
  });
  input.addEventListener("blur", function () { setTimeout(close, 150); });
})();
