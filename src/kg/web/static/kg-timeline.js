/* The timeline page: the events of /timeline?format=json drawn by vis-timeline, one row per kind.
   Planned and negated events, and events dated only by their report, are styled apart. */
(function () {
  "use strict";
  var root = document.getElementById("kg-timeline");
  if (!root || typeof vis === "undefined" || !vis.Timeline) { return; }
  fetch(root.dataset.src, { headers: { Accept: "application/json" } })
    .then(function (r) { return r.json(); })
    .then(function (data) {
      if (!data.events.length) { root.hidden = true; return; }
      var used = {};
      var items = data.events.map(function (e, i) {
        used[e.kind] = true;
        var a = document.createElement("a");
        a.href = e.href;
        a.textContent = e.title;
        var item = {
          id: i, group: e.kind, start: e.start, content: a, title: e.title + " (" + e.modality +
            (e.dated_by === "article" ? ", dated by the article that reports it" : "") + ")",
          className: "kg-item-" + e.modality + (e.dated_by === "article" ? " kg-item-reported" : "")
        };
        if (e.end && e.end !== e.start) { item.end = e.end + "T23:59:59"; item.type = "range"; } else { item.type = "box"; }
        return item;
      });
      var groups = data.groups.filter(function (g) { return used[g.id]; });
      var timeline = new vis.Timeline(root, new vis.DataSet(items), new vis.DataSet(groups), {
        stack: true, orientation: "top", zoomKey: "ctrlKey", maxHeight: 640, margin: { item: 6 },
        tooltip: { followMouse: true }, xss: { disabled: false }
      });
      // Decades of history squeeze recent events together: open on the last two years of
      // events when there is more than that (zoom out, or drag, for the rest).
      var starts = data.events.map(function (e) { return Date.parse(e.start); }).filter(isFinite);
      var first = Math.min.apply(null, starts), last = Math.max.apply(null, starts), year = 365.25 * 864e5;
      if (last - first > 3 * year) { timeline.setWindow(new Date(last - 2 * year), new Date(last + year / 6), { animation: false }); }
      root.classList.add("kg-drawn");
      window.kgTimeline = timeline;
    })
    .catch(function (err) { root.textContent = "The timeline could not be drawn: " + err; });
})();
