/* The map page: Natural Earth's country outlines (world-atlas, vendored; no tile server) and a
   marker per place from /map?format=json. Markers are focusable buttons named by their place;
   Enter or a click opens the list of events there, each linked to its fact. */
(function () {
  "use strict";
  var root = document.getElementById("kg-map");
  if (!root || typeof L === "undefined" || typeof topojson === "undefined") { return; }
  var get = function (url) { return fetch(url, { headers: { Accept: "application/json" } }).then(function (r) { return r.json(); }); };

  // world-atlas cuts Russia, Fiji… at the antimeridian; drawn as is, a ring that jumps from
  // +180 to -180 paints a line across the world. Unwrap such rings so they run on past 180,
  // except rings that go round a pole (Antarctica), which must stay as they are.
  function unwrap(ring) {
    var out = [ring[0].slice()], shift = 0;
    for (var i = 1; i < ring.length; i++) {
      var step = ring[i][0] - ring[i - 1][0];
      if (step > 180) { shift -= 360; } else if (step < -180) { shift += 360; }
      out.push([ring[i][0] + shift, ring[i][1]]);
    }
    return shift === 0 ? out : ring;
  }
  function mend(geometry) {
    var polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.type === "MultiPolygon" ? geometry.coordinates : [];
    polygons.forEach(function (polygon) {
      for (var i = 0; i < polygon.length; i++) { polygon[i] = unwrap(polygon[i]); }
    });
  }

  function popup(marker, isBase) {
    var box = document.createElement("div");
    var h = document.createElement("a");
    h.href = marker.href; h.className = "kg-popup-title"; h.textContent = marker.label;
    box.appendChild(h);
    if (isBase) { return box; }
    var ul = document.createElement("ul");
    marker.events.forEach(function (e) {
      var li = document.createElement("li");
      li.className = "kg-item-" + e.modality;
      var a = document.createElement("a");
      a.href = e.href; a.textContent = e.title;
      var note = document.createElement("span");
      note.className = "kg-note";
      note.textContent = " " + e.word + (e.modality !== "asserted" ? ", " + e.modality : "");
      li.appendChild(a); li.appendChild(note); ul.appendChild(li);
    });
    box.appendChild(ul);
    return box;
  }

  function pin(marker, isBase) {
    var n = isBase ? 1 : marker.events.length;
    var size = Math.round(14 + Math.min(18, Math.sqrt(n) * 5));
    var html = document.createElement("span");
    html.className = "kg-visually-hidden";
    html.textContent = marker.label + (isBase ? " (military base)" : ": " + n + " event" + (n === 1 ? "" : "s"));
    var icon = L.divIcon({ className: "kg-pin" + (isBase ? " kg-pin-base" : ""), html: html, iconSize: [size, size] });
    return L.marker([marker.lat, marker.lon], { icon: icon, title: marker.label, keyboard: true, riseOnHover: true })
      .bindPopup(popup(marker, isBase));
  }

  get(root.dataset.src).then(function (data) {
    return get(data.outlines).then(function (topo) { return [data, topo]; });
  }).then(function (pair) {
    var data = pair[0], topo = pair[1];
    var map = L.map(root, { worldCopyJump: true, minZoom: 1, maxZoom: 9, zoomSnap: 0.5, attributionControl: true });
    map.attributionControl.setPrefix("Leaflet");
    map.attributionControl.addAttribution("Natural Earth (public domain)");
    var countries = topojson.feature(topo, topo.objects.countries);
    countries.features.forEach(function (f) { if (f.geometry) { mend(f.geometry); } });
    L.geoJSON(countries, {
      style: { color: "#7b8794", weight: 0.7, fillColor: "#f5f1e6", fillOpacity: 1 }, interactive: false
    }).addTo(map);
    var group = L.featureGroup();
    data.markers.forEach(function (m) { pin(m, false).addTo(group); });
    (data.bases || []).forEach(function (b) { pin(b, true).addTo(group); });
    group.addTo(map);
    if (group.getLayers().length) {
      map.fitBounds(group.getBounds().pad(0.05), { maxZoom: 5 });
    } else {
      map.setView([20, 0], 1.5);
    }
    root.classList.add("kg-drawn");
    window.kgMap = map;
  }).catch(function (err) { root.textContent = "The map could not be drawn: " + err; });
})();
