/* Result views for the query page, as YASR plugins: a table that shows labels before IRIs
   (IRIs shortened with the query's and kg's prefixes, kg's own linked to their pages), and a
   timeline, a map and a graph for results that have dates, places or IRIs. A query picks its
   view with a comment, as on the Wikidata Query Service: #defaultView:Timeline (Map, Graph, Table).
   Labels of kg IRIs that the result does not carry are asked from the endpoint in one query. */
(function () {
  "use strict";
  if (typeof Yasgui === "undefined" || !Yasgui.Yasr) { return; }
  var Yasr = Yasgui.Yasr;
  var root = document.getElementById("yasgui");
  var idBase = root.dataset.idBase;
  var idPage = new URL(root.dataset.idPage, window.location.href).href;
  var kgPrefixes = JSON.parse(document.getElementById("kg-prefixes").textContent);
  var XSD = "http://www.w3.org/2001/XMLSchema#";
  var DATE_TYPES = [XSD + "date", XSD + "dateTime", XSD + "gYear", XSD + "gYearMonth"];
  var WKT = "http://www.opengis.net/ont/geosparql#wktLiteral";
  var labelCache = {};

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined) { e.textContent = text; }
    return e;
  }
  // Small line icons for the view buttons (the fonts at hand lack clock and pin glyphs).
  var ICONS = { table: "M2 3h12v10H2zM2 6h12M2 9.5h12M6 3v10", timeline: "M1 8h14M4 5v6M8 3v10M12 6v4",
                map: "M8 15s-5-5-5-9a5 5 0 0 1 10 0c0 4-5 9-5 9zM8 8a2 2 0 1 0 0-4 2 2 0 0 0 0 4z",
                graph: "M4 4l8 3M4 4l2 8M12 7l-6 5M4 4m-2 0a2 2 0 1 0 4 0a2 2 0 1 0-4 0" };
  function icon(name) {
    var ns = "http://www.w3.org/2000/svg", svg = document.createElementNS(ns, "svg"), path = document.createElementNS(ns, "path");
    svg.setAttribute("viewBox", "0 0 16 16"); svg.setAttribute("width", "15"); svg.setAttribute("height", "15");
    svg.setAttribute("aria-hidden", "true"); svg.setAttribute("class", "kg-view-icon");
    path.setAttribute("d", ICONS[name]); path.setAttribute("fill", "none"); path.setAttribute("stroke", "currentColor");
    path.setAttribute("stroke-width", "1.4");
    svg.appendChild(path);
    return svg;
  }
  function bindings(yasr) { return yasr.results ? yasr.results.getBindings() || [] : []; }
  function variables(yasr) { return yasr.results ? yasr.results.getVariables() || [] : []; }
  function prefixes(yasr) {
    var out = {}, k;
    for (k in kgPrefixes) { out[k] = kgPrefixes[k]; }
    var own = yasr.getPrefixes ? yasr.getPrefixes() : {};
    for (k in own) { out[k] = own[k]; }
    return out;
  }
  function shorten(iri, map) {
    var best = null;
    for (var p in map) {
      if (iri.indexOf(map[p]) === 0 && (best === null || map[p].length > map[best].length)) { best = p; }
    }
    return best === null ? iri : best + ":" + iri.slice(map[best].length);
  }
  function pageOf(iri) { return iri.indexOf(idBase) === 0 ? idPage + iri.slice(idBase.length) : iri; }
  function safeHref(iri) { return /^https?:\/\//i.test(iri) ? pageOf(iri) : null; }
  function labelVar(vars, name) {
    var wanted = [name + "Label", name + "_label", name + "label"];
    for (var i = 0; i < wanted.length; i++) { if (vars.indexOf(wanted[i]) >= 0) { return wanted[i]; } }
    return null;
  }
  function isDate(b) { return b && (b.type === "literal" || b.type === "typed-literal") && DATE_TYPES.indexOf(b.datatype) >= 0; }

  // Labels of kg IRIs the result does not label itself, read with one query per 200 IRIs.
  function fetchLabels(yasr, iris) {
    var missing = iris.filter(function (i) { return i.indexOf(idBase) === 0 && !(i in labelCache); });
    if (!missing.length) { return Promise.resolve(); }
    var endpoint = new URL(root.dataset.endpoint, window.location.href).href;
    var chunks = [];
    for (var i = 0; i < missing.length && i < 2000; i += 200) { chunks.push(missing.slice(i, i + 200)); }
    return Promise.all(chunks.map(function (chunk) {
      chunk.forEach(function (iri) { labelCache[iri] = null; });
      var q = "SELECT ?x (SAMPLE(?l) AS ?label) WHERE { VALUES ?x { " + chunk.map(function (iri) { return "<" + iri.replace(/[<>"{}|^`\\\s]/g, "") + ">"; }).join(" ") +
        " } ?x <http://www.w3.org/2000/01/rdf-schema#label>|<http://www.w3.org/2004/02/skos/core#prefLabel>|<https://schema.org/headline> ?l } GROUP BY ?x";
      return fetch(endpoint, { method: "POST", headers: { Accept: "application/sparql-results+json", "Content-Type": "application/x-www-form-urlencoded" },
        body: "query=" + encodeURIComponent(q) }).then(function (r) { return r.ok ? r.json() : null; }).then(function (data) {
        if (!data) { return; }
        data.results.bindings.forEach(function (b) { if (b.label) { labelCache[b.x.value] = b.label.value; } });
      });
    })).catch(function () { /* the table shows IRIs then */ });
  }

  // -- the table ---------------------------------------------------------------------------------
  function KgTable(yasr) { this.yasr = yasr; this.priority = 20; this.label = "Table"; }
  KgTable.prototype.canHandleResults = function () { return !!this.yasr.results && this.yasr.results.getVariables && variables(this.yasr).length > 0; };
  KgTable.prototype.getIcon = function () { return icon("table"); };
  KgTable.prototype.draw = function () {
    var yasr = this.yasr, vars = variables(yasr), rows = bindings(yasr), map = prefixes(yasr);
    var shown = vars.filter(function (v) {
      // a label column is drawn inside its IRI's cell
      var base = v.replace(/(Label|_label|label)$/, "");
      return !(base !== v && vars.indexOf(base) >= 0);
    });
    var iris = [];
    rows.forEach(function (row) { shown.forEach(function (v) { if (row[v] && row[v].type === "uri" && !labelVar(vars, v)) { iris.push(row[v].value); } }); });
    var wrap = el("div", "kg-result-view");
    yasr.resultsEl.appendChild(wrap);
    return fetchLabels(yasr, iris).then(function () {
      var table = el("table", "kg-result-table");
      var caption = el("caption", null, rows.length + " row" + (rows.length === 1 ? "" : "s"));
      table.appendChild(caption);
      var head = el("tr");
      shown.forEach(function (v) { var th = el("th", null, v); th.scope = "col"; head.appendChild(th); });
      var thead = el("thead"); thead.appendChild(head); table.appendChild(thead);
      var body = el("tbody");
      rows.slice(0, 5000).forEach(function (row) {
        var tr = el("tr");
        shown.forEach(function (v) {
          var td = el("td"), b = row[v];
          if (b) {
            if (b.type === "uri") {
              var lv = labelVar(vars, v);
              var label = lv && row[lv] ? row[lv].value : labelCache[b.value];
              var href = safeHref(b.value);
              var a = href ? el("a") : el("span");
              if (href) { a.href = href; }
              a.textContent = label || shorten(b.value, map);
              a.title = b.value;
              td.appendChild(a);
              if (label) { td.appendChild(el("span", "kg-iri-short", shorten(b.value, map))); }
            } else {
              td.textContent = b.value;
              if (b["xml:lang"]) { td.appendChild(el("span", "kg-note", " @" + b["xml:lang"])); }
            }
          }
          tr.appendChild(td);
        });
        body.appendChild(tr);
      });
      table.appendChild(body);
      wrap.appendChild(table);
      if (rows.length > 5000) { wrap.appendChild(el("p", "kg-note", "The first 5,000 rows are shown; download the rest.")); }
    });
  };

  // -- the timeline ------------------------------------------------------------------------------
  function rowTitle(row, vars, skip) {
    var parts = [];
    vars.forEach(function (v) {
      var b = row[v];
      if (!b || skip.indexOf(v) >= 0 || isDate(b)) { return; }
      if (b.type === "uri") {
        if (labelVar(vars, v) || b.value.indexOf(idBase) !== 0) { return; }
        parts.push(labelCache[b.value] || b.value.replace(/.*[\/#]/, ""));
      } else { parts.push(b.value); }
    });
    return parts.join(" · ");
  }
  function KgTimeline(yasr) { this.yasr = yasr; this.priority = 5; this.label = "Timeline"; }
  KgTimeline.prototype.canHandleResults = function () {
    var vars = variables(this.yasr);
    return typeof vis !== "undefined" && bindings(this.yasr).some(function (r) { return vars.some(function (v) { return isDate(r[v]); }); });
  };
  KgTimeline.prototype.getIcon = function () { return icon("timeline"); };
  KgTimeline.prototype.draw = function () {
    var yasr = this.yasr, vars = variables(yasr), rows = bindings(yasr);
    var dateVars = vars.filter(function (v) { return rows.some(function (r) { return isDate(r[v]); }); });
    var iris = [];
    rows.forEach(function (r) { vars.forEach(function (v) { if (r[v] && r[v].type === "uri") { iris.push(r[v].value); } }); });
    var box = el("div", "kg-timeline kg-result-view");
    yasr.resultsEl.appendChild(box);
    return fetchLabels(yasr, iris).then(function () {
      var seen = {}, items = [];
      rows.forEach(function (r) {
        var start = r[dateVars[0]], end = dateVars[1] ? r[dateVars[1]] : null;
        if (!isDate(start)) { return; }
        var content = rowTitle(r, vars, dateVars) || start.value;
        var key = content + "|" + start.value;
        if (seen[key]) { return; }
        seen[key] = true;
        var item = { id: items.length, content: content, start: start.value, title: content + " (" + start.value + ")" };
        if (isDate(end) && end.value !== start.value) { item.end = end.value; }
        items.push(item);
      });
      new vis.Timeline(box, new vis.DataSet(items), { stack: true, maxHeight: 600, zoomKey: "ctrlKey" });
    });
  };

  // -- the map -----------------------------------------------------------------------------------
  var outlines = null;
  function KgMap(yasr) { this.yasr = yasr; this.priority = 4; this.label = "Map"; }
  KgMap.prototype.canHandleResults = function () {
    var rows = bindings(this.yasr), vars = variables(this.yasr);
    return typeof L !== "undefined" && rows.some(function (r) {
      return vars.some(function (v) { return r[v] && ((r[v].type === "uri" && (r[v].value.indexOf(idBase) === 0 || r[v].value.indexOf("http://www.wikidata.org/entity/") === 0)) || r[v].datatype === WKT); });
    });
  };
  KgMap.prototype.getIcon = function () { return icon("map"); };
  KgMap.prototype.draw = function () {
    var yasr = this.yasr, vars = variables(yasr), rows = bindings(yasr);
    var box = el("div", "kg-map kg-result-view");
    yasr.resultsEl.appendChild(box);
    var iris = {};
    rows.forEach(function (r) { vars.forEach(function (v) { if (r[v] && r[v].type === "uri" && r[v].value.indexOf(idBase) === 0) { iris[r[v].value] = true; } }); });
    var form = Object.keys(iris).slice(0, 2000).map(function (i) { return "iri=" + encodeURIComponent(i); }).join("&");
    var places = form ? fetch(root.dataset.places, { method: "POST", headers: { Accept: "application/json", "Content-Type": "application/x-www-form-urlencoded" }, body: form })
      .then(function (r) { return r.json(); }) : Promise.resolve({ places: {} });
    var topo = outlines ? Promise.resolve(outlines) : fetch(root.dataset.outlines).then(function (r) { return r.json(); }).then(function (t) { outlines = t; return t; });
    return Promise.all([places, topo, fetchLabels(yasr, Object.keys(iris))]).then(function (got) {
      var found = got[0].places, map = L.map(box, { worldCopyJump: true, minZoom: 1 });
      map.attributionControl.setPrefix("Leaflet");
      map.attributionControl.addAttribution("Natural Earth (public domain)");
      L.geoJSON(topojson.feature(got[1], got[1].objects.countries), { style: { color: "#7b8794", weight: 0.7, fillColor: "#f5f1e6", fillOpacity: 1 }, interactive: false }).addTo(map);
      var byPlace = {}, group = L.featureGroup();
      rows.forEach(function (r) {
        vars.forEach(function (v) {
          var b = r[v], point = null;
          if (!b) { return; }
          if (b.type === "uri" && found[b.value]) { point = { lat: found[b.value].lat, lon: found[b.value].lon, name: labelCache[b.value] || found[b.value].name, href: pageOf(b.value) }; }
          var wkt = b.datatype === WKT && /Point\(\s*(-?[\d.]+)\s+(-?[\d.]+)\s*\)/i.exec(b.value);
          if (wkt) { point = { lat: +wkt[2], lon: +wkt[1], name: b.value, href: null }; }
          if (!point) { return; }
          var key = point.lat + "," + point.lon;
          var slot = byPlace[key] = byPlace[key] || { point: point, rows: [] };
          var text = rowTitle(r, vars, [v]);
          if (slot.rows.indexOf(text) < 0) { slot.rows.push(text); }
        });
      });
      Object.keys(byPlace).forEach(function (key) {
        var slot = byPlace[key], p = slot.point, box2 = el("div");
        var title = p.href ? el("a", "kg-popup-title", p.name) : el("strong", null, p.name);
        if (p.href) { title.href = p.href; }
        box2.appendChild(title);
        var ul = el("ul");
        slot.rows.slice(0, 50).forEach(function (t) { ul.appendChild(el("li", null, t)); });
        box2.appendChild(ul);
        var name = el("span", "kg-visually-hidden", p.name + ": " + slot.rows.length + " rows");
        L.marker([p.lat, p.lon], { icon: L.divIcon({ className: "kg-pin", html: name, iconSize: [16, 16] }), title: p.name, keyboard: true })
          .bindPopup(box2).addTo(group);
      });
      group.addTo(map);
      if (group.getLayers().length) { map.fitBounds(group.getBounds().pad(0.1), { maxZoom: 5 }); } else { map.setView([20, 0], 1.5); }
    });
  };

  // -- the graph ---------------------------------------------------------------------------------
  function KgGraph(yasr) { this.yasr = yasr; this.priority = 3; this.label = "Graph"; }
  KgGraph.prototype.canHandleResults = function () {
    var rows = bindings(this.yasr), vars = variables(this.yasr);
    return typeof cytoscape !== "undefined" && rows.some(function (r) {
      return vars.filter(function (v) { return r[v] && r[v].type === "uri"; }).length >= 2;
    });
  };
  KgGraph.prototype.getIcon = function () { return icon("graph"); };
  KgGraph.prototype.draw = function () {
    var yasr = this.yasr, vars = variables(yasr), rows = bindings(yasr).slice(0, 1500), map = prefixes(yasr);
    var box = el("div", "kg-graph kg-result-view");
    yasr.resultsEl.appendChild(box);
    var iris = [];
    rows.forEach(function (r) { vars.forEach(function (v) { if (r[v] && r[v].type === "uri") { iris.push(r[v].value); } }); });
    return fetchLabels(yasr, iris).then(function () {
      var nodes = {}, edges = {};
      rows.forEach(function (r) {
        // Each row links its IRIs in column order: ?fact → ?agreement → ?party draws a path.
        var ids = vars.filter(function (v) { return r[v] && r[v].type === "uri"; }).map(function (v) {
          var iri = r[v].value, lv = labelVar(vars, v);
          nodes[iri] = nodes[iri] || { data: { id: iri, label: (lv && r[lv] ? r[lv].value : labelCache[iri]) || shorten(iri, map), href: safeHref(iri) || "" } };
          return { iri: iri, v: v };
        });
        for (var i = 1; i < ids.length; i++) {
          var id = ids[i - 1].iri + " " + ids[i].iri;
          if (ids[i - 1].iri !== ids[i].iri && !edges[id]) { edges[id] = { data: { id: id, source: ids[i - 1].iri, target: ids[i].iri, label: ids[i].v } }; }
        }
      });
      var cy = cytoscape({
        container: box,
        elements: Object.keys(nodes).map(function (k) { return nodes[k]; }).concat(Object.keys(edges).map(function (k) { return edges[k]; })),
        style: [
          { selector: "node", style: { "background-color": "#3e6a9e", label: "data(label)", "font-size": 11, "text-valign": "bottom",
            "text-wrap": "wrap", "text-max-width": 150, "text-background-color": "#fff", "text-background-opacity": 0.85, width: 14, height: 14 } },
          { selector: "edge", style: { width: 1.2, "line-color": "#9aa5b1", "curve-style": "bezier", "target-arrow-shape": "triangle",
            "target-arrow-color": "#9aa5b1", label: "data(label)", "font-size": 8, color: "#52606d", "text-rotation": "autorotate" } }
        ],
        layout: { name: "cose", animate: false, nodeRepulsion: function () { return 8000; }, idealEdgeLength: function () { return 90; } }
      });
      cy.on("dbltap", "node", function (ev) { if (ev.target.data("href")) { window.location.href = ev.target.data("href"); } });
    });
  };

  // kg's table replaces YASR's own (which would show IRIs before labels); the raw response stays.
  Yasr.registerPlugin("table", Yasr.plugins.table, false);
  Yasr.defaults.pluginOrder = ["kgtable", "kgtimeline", "kgmap", "kggraph", "response"];
  Yasr.registerPlugin("kgtable", KgTable);
  Yasr.registerPlugin("kgtimeline", KgTimeline);
  Yasr.registerPlugin("kgmap", KgMap);
  Yasr.registerPlugin("kggraph", KgGraph);
  // One readable message for a failed query: the endpoint's own (the parser's, for a syntax error).
  window.kgErrorRenderer = function (error) {
    var text = error.text || error.statusText || "the query failed";
    try { var parsed = JSON.parse(text); if (parsed && parsed.error && parsed.error.message) { text = parsed.error.message; } } catch (e) { /* plain text */ }
    text = text.replace(/^\d{3} [A-Za-z ]+: /, "");
    var box = el("div", "kg-query-error");
    box.setAttribute("role", "alert");
    box.appendChild(el("strong", null, (error.status ? error.status + " " : "") + (error.status === 400 || /^error at \d+:\d+/.test(text) ? "The query has an error" : "The query failed") + ": "));
    box.appendChild(document.createTextNode(text));
    return Promise.resolve(box);
  };
  // YASGUI builds each tab's error renderers from these defaults (after its own CORS notice).
  Yasr.defaults.errorRenderers = [window.kgErrorRenderer];
  window.kgViews = { table: "kgtable", timeline: "kgtimeline", map: "kgmap", graph: "kggraph" };
})();
