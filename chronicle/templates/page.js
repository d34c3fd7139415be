(function () {
  "use strict";

  var DATA = JSON.parse(document.getElementById("chronicle-data").textContent);
  var SVGNS = "http://www.w3.org/2000/svg";
  var DAY = 86400000;
  var YEAR = 365.2425 * DAY;
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  var PALETTE = ["#4e79a7", "#e8743b", "#19a979", "#d64b6b", "#945ecf", "#13a4b4", "#c9a227",
    "#6f7f94", "#e06fb0", "#5a8f29", "#b0653a", "#3d5a98"];
  var LABEL_W = 178;   // lane label column
  var AXIS_H = 34;
  var ROW_H = 24;
  var LANE_PAD = 8;
  var MAX_LANES = 12;
  var MAX_ROWS = 10;
  var MIN_SPAN = 2 * DAY;

  // --- data ------------------------------------------------------------------------------
  function utc(y, m, d) {
    var t = new Date(0);
    t.setUTCFullYear(y, m, d);
    t.setUTCHours(0, 0, 0, 0);
    return t.getTime();
  }
  function parseDay(text) {
    var p = text.split("-");
    return utc(+p[0], +p[1] - 1, +p[2]);
  }
  var events = DATA.events.map(function (ev, index) {
    ev.index = index;
    if (ev.start) {
      ev.t0 = parseDay(ev.start);
      ev.t1 = parseDay(ev.unit_end || ev.start) + DAY;      // exclusive end of what it covers
      ev.mid = ev.interval ? ev.t0 : (ev.t0 + ev.t1) / 2;
    }
    ev.haystack = [ev.headline, ev.sentence, ev.display, (ev.actors || []).join(" "),
      (ev.places || []).join(" "), (ev.sources || []).join(" ")].join(" ").toLowerCase();
    return ev;
  });
  var dated = events.filter(function (ev) { return ev.start; });
  var byId = {};
  events.forEach(function (ev) { byId[ev.id] = ev; });

  var state = { groupBy: "entity", a: 0, b: 1, selected: null, query: "" };

  // --- helpers ---------------------------------------------------------------------------
  function el(tag, attrs, parent, text) {
    var node = document.createElementNS(SVGNS, tag);
    for (var key in attrs) { if (attrs[key] !== null && attrs[key] !== undefined) node.setAttribute(key, attrs[key]); }
    if (text !== undefined) node.textContent = text;
    if (parent) parent.appendChild(node);
    return node;
  }
  function h(tag, cls, text, parent) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = text;
    if (parent) parent.appendChild(node);
    return node;
  }
  function sourceLabel(source) {
    if (source.indexOf("://") >= 0) return source.split("://")[1].split("/")[0] || source;
    var parts = source.replace(/\\/g, "/").replace(/\/+$/, "").split("/");
    return parts[parts.length - 1] || source;
  }
  function clip(text, n) { return text.length > n ? text.slice(0, n - 1) + "\u2026" : text; }
  function isoDay(t) { return new Date(t).toISOString().slice(0, 10); }
  function matches(ev) { return !state.query || ev.haystack.indexOf(state.query) >= 0; }

  // --- lanes -----------------------------------------------------------------------------
  function laneKeys(ev) {
    if (state.groupBy === "source") {
      var labels = (ev.sources || []).map(sourceLabel);
      return labels.length ? labels : ["(unknown source)"];
    }
    if (ev.actors && ev.actors.length) return ev.actors;
    if (ev.places && ev.places.length) return ev.places;
    return ["(no named actor)"];
  }
  function buildLanes() {
    var lanes = {};
    var order = [];
    dated.forEach(function (ev) {
      var seen = {};
      laneKeys(ev).forEach(function (key) {
        if (seen[key]) return;
        seen[key] = true;
        if (!lanes[key]) { lanes[key] = { name: key, events: [] }; order.push(lanes[key]); }
        lanes[key].events.push(ev);
      });
    });
    order.sort(function (x, y) {
      var xs = x.name.charAt(0) === "(", ys = y.name.charAt(0) === "(";
      if (xs !== ys) return xs ? 1 : -1;
      return y.events.length - x.events.length || x.name.localeCompare(y.name);
    });
    if (order.length > MAX_LANES) {
      var rest = order.slice(MAX_LANES - 1);
      var other = { name: "Other (" + rest.length + ")", events: [] };
      var inOther = {};
      rest.forEach(function (lane) {
        lane.events.forEach(function (ev) {
          if (!inOther[ev.id]) { inOther[ev.id] = true; other.events.push(ev); }
        });
      });
      order = order.slice(0, MAX_LANES - 1).concat([other]);
    }
    order.forEach(function (lane, i) { lane.color = PALETTE[i % PALETTE.length]; });
    return order;
  }

  // --- scale and ticks -------------------------------------------------------------------
  function fit() {
    if (!dated.length) { state.a = utc(2000, 0, 1); state.b = utc(2001, 0, 1); return; }
    var lo = Infinity, hi = -Infinity;
    dated.forEach(function (ev) { lo = Math.min(lo, ev.t0); hi = Math.max(hi, ev.t1); });
    var span = Math.max(hi - lo, 20 * DAY);
    var mid = (lo + hi) / 2;
    state.a = mid - span * 0.54;
    state.b = mid + span * 0.62;   // a little more room on the right, where labels go
  }
  var STEPS = [[1, "day"], [2, "day"], [7, "day"], [1, "month"], [3, "month"], [6, "month"],
    [1, "year"], [2, "year"], [5, "year"], [10, "year"], [20, "year"], [50, "year"],
    [100, "year"], [200, "year"], [500, "year"]];
  function stepLength(step) {
    return step[1] === "day" ? step[0] * DAY : step[1] === "month" ? step[0] * YEAR / 12 : step[0] * YEAR;
  }
  function ticks(a, b, width) {
    var want = Math.max(2, Math.floor(width / 92));
    var step = STEPS[STEPS.length - 1];
    for (var i = 0; i < STEPS.length; i++) {
      if ((b - a) / stepLength(STEPS[i]) <= want) { step = STEPS[i]; break; }
    }
    var d = new Date(a), out = [];
    var y = d.getUTCFullYear(), m = d.getUTCMonth(), t;
    if (step[1] === "year") {
      y = Math.floor(y / step[0]) * step[0];
      for (t = utc(y, 0, 1); t <= b; y += step[0], t = utc(y, 0, 1)) out.push({ t: t, text: String(y), major: y % (step[0] * 5) === 0 });
    } else if (step[1] === "month") {
      m = Math.floor(m / step[0]) * step[0];
      for (t = utc(y, m, 1); t <= b; m += step[0], t = utc(y, m, 1)) {
        var dm = new Date(t);
        out.push({ t: t, text: MONTHS[dm.getUTCMonth()] + " " + dm.getUTCFullYear(), major: dm.getUTCMonth() === 0 });
      }
    } else {
      t = utc(y, m, d.getUTCDate());
      if (step[0] === 7) t -= ((new Date(t).getUTCDay() + 6) % 7) * DAY;   // Mondays
      for (; t <= b; t += step[0] * DAY) {
        var dd = new Date(t);
        out.push({ t: t, text: dd.getUTCDate() + " " + MONTHS[dd.getUTCMonth()] + " " + dd.getUTCFullYear(), major: dd.getUTCDate() === 1 });
      }
    }
    return out.filter(function (tick) { return tick.t >= a; });
  }

  // --- chart -----------------------------------------------------------------------------
  var chart = document.getElementById("chart");
  var overview = document.getElementById("overview");

  // Where an event's mark and label go; the label flips to the left near the right edge.
  function geometry(ev, x, width) {
    var markX0 = ev.interval ? x(ev.t0) : x(ev.mid) - 6;
    var markX1 = ev.interval ? Math.max(x(ev.t1), markX0 + 8) : x(ev.mid) + 6;
    if (!ev.interval && x(ev.t1) - x(ev.t0) > 10) {   // a vague date's band: labels go past it
      markX0 = Math.min(markX0, x(ev.t0));
      markX1 = Math.max(markX1, x(ev.t1));
    }
    var text = clip(ev.headline, 40);
    var labelW = text.length * 6.4 + 8;
    var left = markX1 + 6 + labelW > width - 4 && markX0 - 6 - labelW > LABEL_W;
    return { markX0: markX0, markX1: markX1, text: text, labelW: labelW, left: left,
      labelX: left ? markX0 - 6 : markX1 + 6 };
  }

  function render() {
    var width = Math.max(chart.clientWidth, 480);
    var plotW = width - LABEL_W - 14;
    var x = function (t) { return LABEL_W + (t - state.a) / (state.b - state.a) * plotW; };
    var lanes = buildLanes();
    // pack each lane's events into rows so that marks and labels do not collide
    var layout = lanes.map(function (lane) {
      var ends = [], placed = [];
      lane.events.slice().sort(function (p, q) { return p.t0 - q.t0; }).forEach(function (ev) {
        var g = geometry(ev, x, width);
        var x0 = g.left ? g.labelX - g.labelW : g.markX0;
        var x1 = g.left ? g.markX1 : g.labelX + g.labelW;
        var row = -1;
        for (var r = 0; r < ends.length; r++) { if (ends[r] < x0) { row = r; break; } }
        var crowded = false;
        if (row < 0 && ends.length < MAX_ROWS) { row = ends.length; ends.push(-Infinity); }
        if (row < 0) {   // no free row: the mark goes where it overlaps least, without a label
          row = ends.indexOf(Math.min.apply(null, ends));
          crowded = true;
          x1 = g.markX1;
        }
        ends[row] = Math.max(ends[row], x1);
        placed.push({ ev: ev, row: row, crowded: crowded });
      });
      return { lane: lane, placed: placed, rows: Math.max(ends.length, 1) };
    });
    var height = AXIS_H + 6;
    layout.forEach(function (item) { item.y = height; item.h = item.rows * ROW_H + 2 * LANE_PAD; height += item.h; });
    height = Math.max(height + 8, 150);

    chart.textContent = "";
    var svg = el("svg", { width: width, height: height, viewBox: "0 0 " + width + " " + height, role: "img",
      "aria-label": "Timeline of " + dated.length + " events" }, chart);
    var defs = el("defs", {}, svg);
    var cp = el("clipPath", { id: "plot-clip" }, defs);
    el("rect", { x: LABEL_W, y: 0, width: plotW + 14, height: height }, cp);
    layout.forEach(function (item, i) {
      el("rect", { x: 0, y: item.y, width: width, height: item.h, "class": "lane-bg" + (i % 2 ? " odd" : "") }, svg);
    });
    var gridLayer = el("g", { "clip-path": "url(#plot-clip)" }, svg);
    el("rect", { x: 0, y: 0, width: width, height: AXIS_H, "class": "axis-bg" }, svg);
    el("line", { x1: LABEL_W, x2: width, y1: AXIS_H, y2: AXIS_H, "class": "axis-line" }, svg);
    ticks(state.a, state.b, plotW).forEach(function (tick) {
      var tx = x(tick.t);
      el("line", { x1: tx, x2: tx, y1: AXIS_H - 6, y2: height, "class": "grid" + (tick.major ? " major" : "") }, gridLayer);
      if (tx > LABEL_W - 2 && tx < width - 30) el("text", { x: tx + 4, y: AXIS_H - 12, "class": "tick-label" }, svg, tick.text);
    });
    if (!dated.length) {
      el("text", { x: LABEL_W + 20, y: AXIS_H + 50, "class": "empty-chart" }, svg,
        events.length ? "No event has a date to place on the axis." : "No events match this export.");
    }
    var marks = el("g", { "clip-path": "url(#plot-clip)" }, svg);
    layout.forEach(function (item) {
      var lane = item.lane;
      el("rect", { x: 12, y: item.y + LANE_PAD + 3, width: 5, height: item.h - 2 * LANE_PAD - 6, fill: lane.color, "class": "lane-swatch" }, svg);
      var title = el("text", { x: 24, y: item.y + LANE_PAD + 14, "class": "lane-label" }, svg, clip(lane.name, 22));
      el("title", {}, title, lane.name);
      el("text", { x: 24, y: item.y + LANE_PAD + 29, "class": "lane-count" }, svg,
        lane.events.length + (lane.events.length === 1 ? " event" : " events"));
      item.placed.forEach(function (p) {
        var ev = p.ev;
        var cy = item.y + LANE_PAD + p.row * ROW_H + ROW_H / 2;
        var cls = "ev" + (ev.planned ? " planned" : "") + (state.selected === ev.id ? " selected" : "") + (matches(ev) ? "" : " dim");
        var g = el("g", { "class": cls, "data-event-id": ev.id, opacity: (0.45 + 0.55 * Math.max(0, Math.min(1, ev.confidence || 0))).toFixed(2) }, marks);
        var geo = geometry(ev, x, width);
        var style = ev.planned ? "stroke:" + lane.color : null;
        if (ev.interval) {
          el("rect", { x: geo.markX0, y: cy - 6, width: geo.markX1 - geo.markX0, height: 12, rx: 6, fill: lane.color, style: style, "class": "mark" }, g);
        } else {
          var span = x(ev.t1) - x(ev.t0);
          if (span > 10) el("rect", { x: x(ev.t0), y: cy - 4, width: span, height: 8, rx: 4, fill: lane.color, "class": "band" }, g);
          el("circle", { cx: x(ev.mid), cy: cy, r: 6, fill: lane.color, style: style, "class": "mark" }, g);
        }
        if (!p.crowded || state.selected === ev.id) {
          el("text", { x: geo.labelX, y: cy + 4, "text-anchor": geo.left ? "end" : "start", "class": "label" }, g, geo.text);
        }
        el("title", {}, g, ev.display + " \u2014 " + ev.headline);
      });
    });
    renderOverview();
    document.getElementById("range-from").value = isoDay(state.a);
    document.getElementById("range-to").value = isoDay(state.b);
  }

  function fullRange() {
    var keep = { a: state.a, b: state.b };
    fit();
    var r = { a: state.a, b: state.b };
    state.a = keep.a; state.b = keep.b;
    return r;
  }

  function renderOverview() {
    var width = Math.max(overview.clientWidth, 480), height = 40;
    var full = fullRange();
    var a = Math.min(full.a, state.a), b = Math.max(full.b, state.b);
    var plotW = width - LABEL_W - 14;
    var x = function (t) { return LABEL_W + (t - a) / (b - a) * plotW; };
    overview.textContent = "";
    var svg = el("svg", { width: width, height: height, viewBox: "0 0 " + width + " " + height }, overview);
    el("text", { x: 24, y: 24, "class": "ov-label" }, svg, "whole range");
    el("rect", { x: LABEL_W, y: 4, width: plotW, height: height - 8, rx: 5, fill: "#f8f9fb", stroke: "#e3e6eb" }, svg);
    var wx = x(state.a), ww = Math.max(x(state.b) - wx, 3);
    el("rect", { x: wx, y: 4, width: ww, height: height - 8, rx: 5, "class": "ov-window" }, svg);
    dated.forEach(function (ev) {
      var tx = x(ev.mid);
      el("line", { x1: tx, x2: tx, y1: 10, y2: height - 10, "class": "ov-tick" }, svg);
    });
    ticks(a, b, plotW).forEach(function (tick, i, all) {
      if (all.length > 8 && i % 2) return;
      var tx = x(tick.t);
      if (tx < width - 40) el("text", { x: tx + 3, y: height - 1, "class": "ov-label" }, svg, tick.text);
    });
    overview.scale = { a: a, b: b, plotW: plotW };
  }

  // --- zoom and pan ----------------------------------------------------------------------
  function zoom(factor, anchor) {
    var span = state.b - state.a;
    var full = fullRange();
    var maxSpan = Math.max((full.b - full.a) * 6, 60 * DAY);
    var next = Math.min(Math.max(span * factor, MIN_SPAN), maxSpan);
    if (anchor === undefined) anchor = (state.a + state.b) / 2;
    var ratio = (anchor - state.a) / span;
    state.a = anchor - ratio * next;
    state.b = state.a + next;
    render();
  }
  function timeAt(clientX) {
    var rect = chart.getBoundingClientRect();
    var plotW = Math.max(chart.clientWidth, 480) - LABEL_W - 14;
    return state.a + (clientX - rect.left - LABEL_W) / plotW * (state.b - state.a);
  }
  chart.addEventListener("wheel", function (e) {
    e.preventDefault();
    zoom(e.deltaY > 0 ? 1.25 : 0.8, timeAt(e.clientX));
  }, { passive: false });
  var drag = null;
  chart.addEventListener("pointerdown", function (e) {
    drag = { x: e.clientX, a: state.a, b: state.b, moved: false };
  });
  window.addEventListener("pointermove", function (e) {
    if (!drag) return;
    var dx = e.clientX - drag.x;
    if (Math.abs(dx) < 3 && !drag.moved) return;
    drag.moved = true;
    chart.classList.add("dragging");
    var plotW = Math.max(chart.clientWidth, 480) - LABEL_W - 14;
    var shift = dx / plotW * (drag.b - drag.a);
    state.a = drag.a - shift;
    state.b = drag.b - shift;
    render();
  });
  window.addEventListener("pointerup", function () {
    chart.classList.remove("dragging");
    setTimeout(function () { drag = null; }, 0);
  });
  chart.addEventListener("click", function (e) {
    if (drag && drag.moved) return;
    var g = e.target.closest ? e.target.closest(".ev") : null;
    if (g) select(g.getAttribute("data-event-id"), false);
  });
  function overviewMove(e) {
    var s = overview.scale, rect = overview.getBoundingClientRect();
    var t = s.a + (e.clientX - rect.left - LABEL_W) / s.plotW * (s.b - s.a);
    var span = state.b - state.a;
    state.a = t - span / 2;
    state.b = t + span / 2;
    render();
  }
  var ovDrag = false;
  overview.addEventListener("pointerdown", function (e) { ovDrag = true; overviewMove(e); });
  window.addEventListener("pointermove", function (e) { if (ovDrag) overviewMove(e); });
  window.addEventListener("pointerup", function () { ovDrag = false; });
  document.getElementById("zoom-in").addEventListener("click", function () { zoom(0.6); });
  document.getElementById("zoom-out").addEventListener("click", function () { zoom(1 / 0.6); });
  document.getElementById("zoom-fit").addEventListener("click", function () { fit(); render(); });
  function rangeChanged() {
    var from = document.getElementById("range-from").value;
    var to = document.getElementById("range-to").value;
    if (!from || !to) return;
    var a = parseDay(from), b = parseDay(to);
    if (b - a < MIN_SPAN) return;
    state.a = a;
    state.b = b;
    render();
  }
  document.getElementById("range-from").addEventListener("change", rangeChanged);
  document.getElementById("range-to").addEventListener("change", rangeChanged);
  document.addEventListener("keydown", function (e) {
    if (e.target.tagName === "INPUT") return;
    if (e.key === "+" || e.key === "=") zoom(0.6);
    else if (e.key === "-") zoom(1 / 0.6);
    else if (e.key === "0") { fit(); render(); }
    else if (e.key === "Escape") select(null, false);
  });
  function setGroup(mode) {
    state.groupBy = mode;
    ["entity", "source"].forEach(function (m) {
      var button = document.getElementById("by-" + m);
      button.classList.toggle("active", m === mode);
      button.setAttribute("aria-pressed", String(m === mode));
    });
    render();
  }
  document.getElementById("by-entity").addEventListener("click", function () { setGroup("entity"); });
  document.getElementById("by-source").addEventListener("click", function () { setGroup("source"); });
  window.addEventListener("resize", function () { render(); });

  // --- detail panel ----------------------------------------------------------------------
  var detail = document.getElementById("detail");
  function fact(dl, label, value) {
    if (value === null || value === undefined || value === "" || (value.length === 0 && typeof value !== "string")) return null;
    h("dt", null, label, dl);
    var dd = h("dd", null, null, dl);
    if (typeof value === "string" || typeof value === "number") dd.textContent = String(value);
    else dd.appendChild(value);
    return dd;
  }
  function chips(values) {
    var span = document.createElement("span");
    values.forEach(function (v) { h("span", "chip", v, span); });
    return values.length ? span : null;
  }
  function showDetail(ev) {
    detail.textContent = "";
    if (!ev) { h("p", "empty", "Click an event on the chart or in the list to see where it was read.", detail); return; }
    var title = h("h2", null, ev.headline, detail);
    title.id = "detail-headline";
    var when = h("p", "when", ev.display, detail);
    if (ev.planned) h("span", "badge planned", "planned", when);
    if (ev.interval) h("span", "badge interval", "interval", when);
    if (ev.sentence) h("blockquote", null, ev.sentence, detail);
    var dl = h("dl", null, null, detail);
    fact(dl, "Actors", chips(ev.actors || []));
    fact(dl, "Places", chips(ev.places || []));
    var list = document.createElement("ul");
    (ev.sources || []).forEach(function (s) {
      var li = h("li", null, null, list);
      if (/^https?:\/\//i.test(s)) {
        var a = h("a", null, s, li);
        a.href = s;
        a.rel = "noopener noreferrer";
      } else {
        li.textContent = s;
      }
    });
    fact(dl, (ev.sources || []).length > 1 ? "Sources (" + ev.sources.length + ")" : "Source", ev.sources && ev.sources.length ? list : null);
    fact(dl, "Article", ev.title);
    fact(dl, "Published", ev.published);
    if (ev.confidence !== null && ev.confidence !== undefined) {
      var c = document.createElement("span");
      var meter = h("span", "meter", null, c);
      h("span", null, null, meter).style.width = Math.round(Math.max(0, Math.min(1, ev.confidence)) * 100) + "%";
      c.appendChild(document.createTextNode(ev.confidence.toFixed(2)));
      fact(dl, "Confidence", c);
    }
    fact(dl, "Date basis", ev.basis);
    fact(dl, "Planned", ev.planned ? "yes: announced, not yet happened when reported" : "no");
    fact(dl, "TIMEX3", ev.value);
    fact(dl, "Trigger", ev.trigger);
    var idNode = fact(dl, "Event id", ev.id);
    if (idNode) idNode.className = "mono";
  }
  function select(id, center) {
    state.selected = id;
    try {
      var hash = "#group=" + state.groupBy + (id ? "&event=" + encodeURIComponent(id) : "");
      history.replaceState(null, "", hash);
    } catch (err) { /* some file:// contexts refuse: the link is a convenience only */ }
    var ev = id ? byId[id] : null;
    showDetail(ev);
    Array.prototype.forEach.call(document.querySelectorAll("#event-table tbody tr"), function (tr) {
      tr.classList.toggle("selected", tr.getAttribute("data-event-id") === id);
    });
    if (ev && ev.start && center && (ev.t0 < state.a || ev.t1 > state.b)) {
      var span = Math.max(state.b - state.a, (ev.t1 - ev.t0) * 1.4);
      state.a = (ev.t0 + ev.t1) / 2 - span / 2;
      state.b = state.a + span;
    }
    render();
  }

  // --- list ------------------------------------------------------------------------------
  function buildTable() {
    var tbody = document.querySelector("#event-table tbody");
    events.forEach(function (ev) {
      var tr = h("tr", null, null, tbody);
      tr.setAttribute("data-event-id", ev.id);
      h("td", "date", ev.display, tr);
      var cell = h("td", null, null, tr);
      h("div", "headline", ev.headline, cell);
      if (ev.sentence) h("div", "sentence", clip(ev.sentence, 220), cell);
      h("td", null, (ev.actors || []).join(", "), tr);
      var src = (ev.sources || []).map(sourceLabel);
      h("td", null, src.length > 1 ? src[0] + " +" + (src.length - 1) : (src[0] || ""), tr).title = (ev.sources || []).join("\n");
      h("td", "num", ev.confidence === null || ev.confidence === undefined ? "" : ev.confidence.toFixed(2), tr);
      tr.addEventListener("click", function () {
        select(ev.id, true);
        window.scrollTo({ top: 0, behavior: "smooth" });
      });
    });
    updateCount();
  }
  function updateCount() {
    var shown = events.filter(matches).length;
    document.getElementById("list-count").textContent =
      state.query ? "(" + shown + " of " + events.length + ")" : "(" + events.length + ")";
  }
  document.getElementById("search").addEventListener("input", function (e) {
    state.query = e.target.value.trim().toLowerCase();
    Array.prototype.forEach.call(document.querySelectorAll("#event-table tbody tr"), function (tr) {
      tr.classList.toggle("hidden", !matches(byId[tr.getAttribute("data-event-id")]));
    });
    updateCount();
    render();
  });

  fit();
  buildTable();
  render();
  // Links such as page.html#group=source&event=<event_id> open a lane mode and an event.
  var link = {};
  location.hash.replace(/^#/, "").split("&").forEach(function (part) {
    var kv = part.split("=");
    if (kv.length === 2) link[kv[0]] = decodeURIComponent(kv[1]);
  });
  if (link.group === "source" || link.group === "entity") setGroup(link.group);
  if (link.event && byId[link.event]) select(link.event, true);
})();
