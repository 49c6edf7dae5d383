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
      // One item per event: the facts of several signatories of one treaty on one day (or of
      // several participants of one summit) are one box, naming them all.
      var used = {}, merged = {}, order = [];
      data.events.forEach(function (e) {
        var key = [e.kind, e.start, e.end, e.modality, e.dated_by, e.subject || e.title].join("|");
        if (!merged[key]) { merged[key] = { events: [], who: [] }; order.push(key); }
        merged[key].events.push(e);
        e.who.forEach(function (w) { if (merged[key].who.indexOf(w) < 0) { merged[key].who.push(w); } });
      });
      var items = order.map(function (key, i) {
        var group = merged[key], e = group.events[0];
        used[e.kind] = true;
        var a = document.createElement("a");
        a.href = e.href;
        var several = group.events.length > 1 && e.subject;
        a.textContent = several ? e.subject + " — " + e.word + ": " + group.who.join(", ") : e.title;
        var titles = group.events.map(function (x) { return x.title; }).join("\n");
        var item = {
          id: i, group: e.kind, start: e.start, content: a, title: titles + " (" + e.modality +
            (e.dated_by === "article" ? ", dated by the article that reports it" : "") + ")",
          className: "kg-item-" + e.modality + (e.dated_by === "article" ? " kg-item-reported" : "")
        };
        if (e.end && e.end !== e.start) { item.end = e.end + "T23:59:59"; item.type = "range"; } else { item.type = "box"; }
        return item;
      });
      var groups = data.groups.filter(function (g) { return used[g.id]; });
      var options = { stack: true, orientation: "top", zoomKey: "ctrlKey", maxHeight: 640, margin: { item: 6 },
                      tooltip: { followMouse: true }, xss: { disabled: false } };
      // Decades of history squeeze recent events together: open on the last two years of
      // events when there is more than that (zoom out, or drag, for the rest).
      var starts = data.events.map(function (e) { return Date.parse(e.start); }).filter(isFinite);
      var first = Math.min.apply(null, starts), last = Math.max.apply(null, starts), year = 365.25 * 864e5;
      if (last - first > 3 * year) { options.start = new Date(last - 2 * year); options.end = new Date(last + year / 6); }
      var timeline = new vis.Timeline(root, new vis.DataSet(items), new vis.DataSet(groups), options);
      root.classList.add("kg-drawn");
      window.kgTimeline = timeline;
    })
    .catch(function (err) { root.textContent = "The timeline could not be drawn: " + err; });
})();
