/* The query page: YASGUI on kg's endpoint with the catalogue; the first question runs on load.
   A share link (?query=…&view=…) carries the user's own query and result view and restores
   both; a comment #defaultView:Timeline (Map, Graph, Table) in a query picks its view. */
(function () {
  "use strict";
  var root = document.getElementById("yasgui");
  var catalogue = JSON.parse(document.getElementById("kg-queries").textContent);
  var shared = JSON.parse(document.getElementById("kg-shared-query").textContent);
  var picker = document.getElementById("kg-query-picker");
  if (typeof Yasgui === "undefined") {
    root.textContent = "The query editor's files are missing: run python scripts/build_web_assets.py and reinstall kg.";
    root.className = "kg-error";
    return;
  }
  var views = window.kgViews || {};
  var haveViews = !!views.table;
  // An absolute URL: YASGUI compares endpoints as strings and shows this one in its field.
  var endpoint = new URL(root.dataset.endpoint, window.location.href).href;
  var byName = {};
  catalogue.forEach(function (q) { byName[q.name] = q; });
  var yasgui = new Yasgui(root, {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    // Tabs are rebuilt from the catalogue on every load, so an edited .rq file shows at once.
    persistenceId: null,
    autoAddOnInit: false,
    // Off: kg's own ?q= and ?query= say what to open; YASGUI's share links would clash with them.
    populateFromUrl: false,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
    // No prefix.cc or LOV look-ups: the page must work with no network beyond this server.
    yasqe: { autocompleters: ["prefixes", "variables"], prefixCcApi: "" },
    yasr: haveViews ? {
      defaultPlugin: "kgtable",
      pluginOrder: ["kgtable", "kgtimeline", "kgmap", "kggraph", "response"],
      errorRenderers: [window.kgErrorRenderer],
      persistenceId: null
    } : { defaultPlugin: "table" }
  });

  // The view a query asks for: the share link's, else its #defaultView comment, else the table.
  var linkView = root.dataset.view;
  function viewOf(text) {
    var m = /#\s*defaultView\s*:\s*(\w+)/i.exec(text || "");
    return views[(m ? m[1] : "table").toLowerCase()] || views.table;
  }
  function currentView(tab) {
    var yasr = tab.getYasr();
    var name = yasr.getSelectedPluginName ? yasr.getSelectedPluginName() : "";
    for (var k in views) { if (views[k] === name) { return k; } }
    return "";
  }
  yasgui.on("queryResponse", function (instance, tab) {
    if (!haveViews) { return; }
    var wanted = linkView ? views[linkView] : viewOf(tab.getYasqe().getValue());
    linkView = "";
    var yasr = tab.getYasr();
    if (wanted && yasr.getSelectedPluginName() !== wanted) {
      setTimeout(function () { yasr.selectPlugin(wanted); }, 0);
    }
  });

  function open(name, run) {
    var q = byName[name];
    if (!q) { return null; }
    var tab = Object.keys(yasgui._tabs).map(function (id) { return yasgui.getTab(id); })
      .filter(function (t) { return t && t.getName() === name; })[0];
    if (tab) {
      yasgui.selectTabId(tab.getId());
    } else {
      tab = yasgui.addTab(true, { name: name, yasqe: { value: q.text } });
    }
    if (run) { tab.getYasqe().query(); }
    return tab;
  }

  // Links YASR's own table draws to kg's IRIs point at w3id.org; send them to this server.
  var idBase = root.dataset.idBase, idPage = new URL(root.dataset.idPage, window.location.href).href;
  function toLocal(ev) {
    var a = ev.target.closest ? ev.target.closest("a[href]") : null;
    if (a && a.href.indexOf(idBase) === 0) { a.href = idPage + a.href.slice(idBase.length); }
  }
  root.addEventListener("mousedown", toLocal, true);
  root.addEventListener("focusin", toLocal, true);

  // Share: a link to this page that opens the current query (as edited) in the current view.
  var share = document.getElementById("kg-share"), shareUrl = document.getElementById("kg-share-url");
  share.hidden = false;
  share.addEventListener("click", function () {
    var tab = yasgui.getTab();
    var url = new URL(window.location.pathname, window.location.href);
    url.searchParams.set("query", tab.getYasqe().getValue());
    var view = currentView(tab);
    if (view && view !== "table") { url.searchParams.set("view", view); }
    shareUrl.value = url.href;
    shareUrl.hidden = false;
    shareUrl.focus();
    shareUrl.select();
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(url.href).then(function () { share.textContent = "Link copied"; }, function () { /* selected instead */ });
    }
  });

  // YASGUI leaves a few controls without names for assistive technology; name them, here and
  // whenever it redraws its tabs (axe-core checks the page in tests/test_browser.py).
  var names = [[".CodeMirror textarea", "SPARQL query"], ["input.autocomplete", "SPARQL endpoint"],
               [".tab input[type=text]", "Tab name"]];
  function mend() {
    names.forEach(function (pair) {
      root.querySelectorAll(pair[0]).forEach(function (e) { if (!e.hasAttribute("aria-label")) { e.setAttribute("aria-label", pair[1]); } });
    });
    // The add-tab button sits in the tab list, where only tabs may be.
    root.querySelectorAll(".tabsList button.addTab").forEach(function (b) { if (!b.hasAttribute("role")) { b.setAttribute("role", "tab"); } });
    // The editor's scrolling box must be reachable by keyboard.
    // (CodeMirror gives it tabindex -1.)
    root.querySelectorAll(".CodeMirror-scroll").forEach(function (e) { if (e.getAttribute("tabindex") !== "0") { e.setAttribute("tabindex", "0"); } });
  }
  new MutationObserver(mend).observe(root, { childList: true, subtree: true });
  mend();

  picker.addEventListener("change", function () { open(picker.value, true); });
  var run = root.dataset.run === "true";
  if (shared) {
    var tab = yasgui.addTab(true, { name: "Shared query", yasqe: { value: shared } });
    if (run) { tab.getYasqe().query(); }
  } else if (!open(root.dataset.selected, run)) {
    yasgui.addTab(true);
  }
  window.kgYasgui = yasgui;
})();
