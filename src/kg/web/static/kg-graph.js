/* The interactive neighbourhood (cytoscape.js): the graph of /graph?format=json&id=…, to pan
   and zoom; selecting a node shows its links in the side panel and adds its own neighbourhood.
   On an entity's page it takes the place of the static picture, which stays for readers
   without JavaScript. */
(function () {
  "use strict";
  var root = document.getElementById("kg-graph");
  if (!root || typeof cytoscape === "undefined") { return; }
  var panel = document.getElementById("kg-graph-panel");
  var figure = document.getElementById("kg-neighbourhood");
  var expanded = {};
  var colours = { state: "#3e6a9e", person: "#8e4585", agreement: "#2f8132", summit: "#b7791f",
                  militarybase: "#c53030", organization: "#4a5568", internationalorganization: "#2c7a7b" };

  function url(id) { return root.dataset.src + (root.dataset.src.indexOf("?") < 0 ? "?" : "&") + "id=" + encodeURIComponent(id); }
  function load(id) {
    return fetch(url(id), { headers: { Accept: "application/json" } }).then(function (r) {
      if (!r.ok) { throw new Error("HTTP " + r.status); }
      return r.json();
    });
  }
  function elements(data) {
    var out = [];
    data.nodes.forEach(function (n) {
      out.push({ group: "nodes", data: { id: n.id, label: n.label, kind: n.kind, href: n.href || "",
        colour: colours[n.kind] || "#616e7c" } });
    });
    data.edges.forEach(function (e) {
      out.push({ group: "edges", data: { id: e.id, source: e.source, target: e.target, label: e.label, title: e.title,
        weight: e.weight || 1 } });
    });
    return out;
  }

  function show(node) {
    if (!panel) { return; }
    panel.hidden = false;
    panel.textContent = "";
    var h = document.createElement("h3");
    var a = document.createElement("a");
    a.href = node.data("href"); a.textContent = node.data("label");
    h.appendChild(a); panel.appendChild(h);
    var ul = document.createElement("ul");
    node.connectedEdges().forEach(function (e) {
      var other = e.source().id() === node.id() ? e.target() : e.source();
      var li = document.createElement("li");
      li.textContent = e.data("title") + " — " + other.data("label");
      ul.appendChild(li);
    });
    panel.appendChild(ul);
  }

  var ring = {};
  load(root.dataset.centre).then(function (data) {
    ring[data.centre] = -1;
    data.edges.slice().sort(function (a, b) { return (b.weight || 1) - (a.weight || 1); })
      .forEach(function (e, i) { ring[e.target] = Math.floor(i / 12); });
    root.hidden = false;
    if (figure) { figure.hidden = true; }
    var cy = cytoscape({
      container: root,
      elements: elements(data),
      wheelSensitivity: 0.3,
      style: [
        { selector: "node", style: {
          "background-color": "data(colour)", label: "data(label)", color: "#1f2933", "font-size": 12,
          "text-valign": "bottom", "text-margin-y": 4, "text-wrap": "wrap", "text-max-width": 160,
          "text-background-color": "#ffffff", "text-background-opacity": 0.85, "text-background-padding": 2,
          width: 18, height: 18 } },
        { selector: "node[id = '" + data.centre.replace(/'/g, "\\'") + "']", style: { width: 28, height: 28, "font-weight": "bold" } },
        { selector: "node:selected", style: { "border-width": 3, "border-color": "#1f2933" } },
        { selector: "edge", style: {
          width: 1.5, "line-color": "#9aa5b1", label: "data(label)", "font-size": 9, color: "#52606d",
          "curve-style": "bezier", "text-rotation": "autorotate", "text-background-color": "#ffffff",
          "text-background-opacity": 0.85, "text-opacity": 0 } },
        // Edge labels crowd the centre: shown for the selected node's edges only.
        { selector: "edge.kg-show", style: { "text-opacity": 1, "line-color": "#3e6a9e", width: 2.5 } }
      ],
      // Rings of at most 12 around the centre, the most connected neighbours innermost.
      layout: { name: "concentric", concentric: function (n) { return ring[n.id()] === undefined ? 0 : 100 - ring[n.id()]; },
                levelWidth: function () { return 1; }, minNodeSpacing: 50, padding: 30 }
    });
    // A crowded neighbourhood fitted whole would shrink its labels past reading: keep them legible.
    if (cy.zoom() < 0.75) { cy.zoom({ level: 0.75, renderedPosition: { x: root.clientWidth / 2, y: root.clientHeight / 2 } });
                             cy.center(cy.getElementById(data.centre)); }
    expanded[data.centre] = true;
    cy.on("tap", "node", function (ev) {
      var node = ev.target;
      cy.edges().removeClass("kg-show");
      node.connectedEdges().addClass("kg-show");
      show(node);
      if (expanded[node.id()]) { return; }
      expanded[node.id()] = true;
      load(node.id()).then(function (more) {
        var fresh = elements(more).filter(function (el) { return cy.getElementById(el.data.id).empty(); });
        var added = cy.add(fresh);
        added.nodes().positions(function () {
          var p = node.position();
          return { x: p.x + (Math.random() - 0.5) * 200, y: p.y + (Math.random() - 0.5) * 200 };
        });
        cy.layout({ name: "cose", animate: false, fit: true, padding: 30, nodeRepulsion: function () { return 9000; },
                    idealEdgeLength: function () { return 110; } }).run();
      }).catch(function () { /* the panel already shows the node */ });
    });
    cy.on("dbltap", "node", function (ev) { if (ev.target.data("href")) { window.location.href = ev.target.data("href"); } });
    window.kgGraph = cy;
  }).catch(function (err) { root.hidden = false; root.textContent = "The graph could not be drawn: " + err; });
})();
