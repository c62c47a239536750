/* kg page: draws the graph held in the JSON island #kg-data with vis-network.
 * Text from articles reaches the screen only through textContent / createTextNode, never as HTML.
 * window.kgView exposes the state and a small API (used by the tests, handy in the console). */
(function () {
  "use strict";

  var FONT = '"Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", "Source Han Sans SC", ' +
    '"WenQuanYi Micro Hei", sans-serif';
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var N = data.nodes, E = data.edges;
  var typeInfo = {}, relationInfo = {}, relationRank = {};
  data.types.forEach(function (t) { typeInfo[t.type] = t; });
  data.relations.forEach(function (r, k) { relationInfo[r.relation] = r; relationRank[r.relation] = k; });

  // Incident edges per node, in edge order (which is sorted in Python, so stable).
  var adj = N.map(function () { return []; });
  E.forEach(function (e, j) {
    adj[e.from].push(j);
    if (e.to !== e.from) adj[e.to].push(j);
  });

  var initialPositions = new Map();
  data.positions.forEach(function (p) { initialPositions.set(p[0], { x: p[1], y: p[2] }); });
  var pos = new Map(initialPositions);
  var revealed = new Set(data.initial);
  var typeOn = {}, relationOn = {};
  data.types.forEach(function (t) { typeOn[t.type] = true; });
  data.relations.forEach(function (r) { relationOn[r.relation] = true; });

  // ---------- small DOM helpers: text only ----------
  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function typeLabel(type) { return typeInfo[type] ? typeInfo[type].label : type; }
  function docTitle(docId) {
    var d = data.documents[docId];
    return d && d.title ? d.title : docId;
  }
  function uniq(list) {
    var seen = new Set(), out = [];
    list.forEach(function (x) { if (x && !seen.has(x)) { seen.add(x); out.push(x); } });
    return out;
  }
  function namesOf(i) { return uniq([N[i].label].concat(N[i].aliases, N[i].hant)); }

  // ---------- vis-network ----------
  function shade(hex, f) {
    var n = parseInt(hex.slice(1), 16);
    var c = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map(function (v) { return Math.round(v * f); });
    return "rgb(" + c.join(",") + ")";
  }
  var groups = {};
  data.types.forEach(function (t) {
    groups[t.type] = {
      shape: t.shape,
      color: {
        background: t.color, border: shade(t.color, 0.7),
        highlight: { background: t.color, border: "#111111" },
        hover: { background: t.color, border: "#111111" }
      }
    };
  });

  var nodes = new vis.DataSet();
  var edges = new vis.DataSet();
  var container = document.getElementById("kg-network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, {
    autoResize: true,
    physics: false, // positions come from Python; nothing moves after load
    layout: { improvedLayout: false },
    groups: groups,
    nodes: {
      borderWidth: 1.5,
      borderWidthSelected: 3,
      font: { face: FONT, size: 14, color: "#1d2430", strokeWidth: 3, strokeColor: "#ffffff" },
      widthConstraint: { maximum: 200 },
      scaling: {
        min: 7, max: 26,
        label: { enabled: true, min: 13, max: 22, maxVisible: 24, drawThreshold: 5 }
      }
    },
    edges: {
      arrows: { to: { enabled: true, scaleFactor: 0.55 } },
      color: { color: "#a3adb9", highlight: "#0b5cad", hover: "#5f6b7a" },
      font: { face: FONT, size: 13, color: "#3d4756", strokeWidth: 4, strokeColor: "#fbfcfd", align: "horizontal" },
      smooth: false,
      // edge labels fade out before node labels when zooming out, so an overview shows names, not clutter
      scaling: { label: { enabled: false, drawThreshold: 8 } },
      width: 1.2,
      selectionWidth: 1.5
    },
    interaction: {
      hover: true, multiselect: false, keyboard: false, navigationButtons: false,
      hideEdgesOnDrag: E.length > 3000, hideEdgesOnZoom: E.length > 3000, tooltipDelay: 400
    }
  });

  function visNode(i) {
    var n = N[i], p = pos.get(i) || { x: 0, y: 0 };
    var node = { id: i, label: n.label, group: n.type, value: n.size, x: p.x, y: p.y };
    if (!groups[n.type]) node.color = "#999999";
    if (n.teaser) node.shapeProperties = { borderDashes: [4, 3] };
    return node;
  }
  function visEdge(j) {
    var e = E[j];
    return {
      id: j, from: e.from, to: e.to, label: e.label, smooth: e.smooth,
      width: 1.2 + 0.6 * Math.min(3, Math.max(0, e.evidence.length - 1))
    };
  }

  // ---------- placing nodes revealed after load ----------
  function centroid() {
    var sx = 0, sy = 0, k = 0;
    revealed.forEach(function (i) {
      var p = pos.get(i);
      if (p) { sx += p.x; sy += p.y; k += 1; }
    });
    return k ? { x: sx / k, y: sy / k } : { x: 0, y: 0 };
  }
  // Fan the new nodes out around their anchor, away from the middle of the drawing, in rings of 12.
  function place(anchor, ids) {
    var todo = ids.filter(function (i) { return !pos.has(i); }).sort(function (a, b) { return a - b; });
    if (!todo.length) return;
    var a = anchor === null || anchor === undefined ? null : pos.get(anchor);
    if (!a) {
      var maxX = -Infinity, minY = Infinity;
      revealed.forEach(function (i) {
        var p = pos.get(i);
        if (p) { maxX = Math.max(maxX, p.x); minY = Math.min(minY, p.y); }
      });
      if (!isFinite(maxX)) { maxX = -240; minY = 0; }
      todo.forEach(function (i, k) { pos.set(i, { x: Math.round(maxX + 240), y: Math.round(minY + k * 90) }); });
      return;
    }
    var c = centroid();
    var base = (a.x === c.x && a.y === c.y) ? 0 : Math.atan2(a.y - c.y, a.x - c.x);
    var perRing = 12;
    todo.forEach(function (i, k) {
      var ring = Math.floor(k / perRing), idx = k % perRing;
      var cnt = Math.min(perRing, todo.length - ring * perRing);
      var span = Math.min(2 * Math.PI * (cnt - 1) / cnt, 0.55 * (cnt - 1));
      var ang = base + (cnt > 1 ? (idx / (cnt - 1) - 0.5) * span : 0) + ring * 0.26;
      var r = 210 + ring * 120;
      pos.set(i, { x: Math.round(a.x + r * Math.cos(ang)), y: Math.round(a.y + r * Math.sin(ang)) });
    });
  }

  // ---------- what is drawn: revealed nodes of enabled types, edges of enabled relations between them ----------
  function sync() {
    var want = new Set();
    revealed.forEach(function (i) { if (typeOn[N[i].type]) want.add(i); });
    var drop = nodes.getIds().filter(function (i) { return !want.has(i); });
    var add = [];
    Array.from(want).sort(function (a, b) { return a - b; }).forEach(function (i) {
      if (!nodes.get(i)) add.push(visNode(i));
    });
    var wantE = new Set();
    want.forEach(function (i) {
      adj[i].forEach(function (j) {
        var e = E[j];
        if (relationOn[e.relation] && want.has(e.from) && want.has(e.to)) wantE.add(j);
      });
    });
    var dropE = edges.getIds().filter(function (j) { return !wantE.has(j); });
    var addE = [];
    Array.from(wantE).sort(function (a, b) { return a - b; }).forEach(function (j) {
      if (!edges.get(j)) addE.push(visEdge(j));
    });
    if (dropE.length) edges.remove(dropE);
    if (drop.length) nodes.remove(drop);
    if (add.length) nodes.add(add);
    if (addE.length) edges.add(addE);
    updateNote();
  }

  function updateNote() {
    var note = document.getElementById("kg-note");
    var partial = revealed.size < N.length;
    var text = "显示 " + nodes.length + " / " + N.length + " 个节点 · " + edges.length + " 条关系";
    if (partial) {
      text += "（showing " + nodes.length + " of " + N.length + "）— 初始为连接最多的 " + data.initial.length +
        " 个；搜索或双击节点展开以查看更多";
    }
    note.textContent = text;
    note.className = partial ? "kg-partial" : "";
  }

  // ---------- actions ----------
  function reveal(ids, anchor) {
    place(anchor, ids);
    ids.forEach(function (i) { revealed.add(i); });
  }
  function neighbours(i) {
    return uniq(adj[i].map(function (j) { return E[j].from === i ? E[j].to : E[j].from; }));
  }
  function anchorFor(i) {
    var near = neighbours(i).filter(function (k) { return revealed.has(k) && pos.has(k); });
    return near.length ? near[0] : null;
  }
  function setType(type, on) {
    typeOn[type] = !!on;
    var box = document.querySelector('#kg-types input[data-index="' + data.types.findIndex(function (t) {
      return t.type === type;
    }) + '"]');
    if (box) box.checked = !!on;
    sync();
  }
  function setRelation(relation, on) {
    relationOn[relation] = !!on;
    var box = document.querySelector('#kg-relations input[data-index="' + data.relations.findIndex(function (r) {
      return r.relation === relation;
    }) + '"]');
    if (box) box.checked = !!on;
    sync();
  }
  function select(i) {
    if (!revealed.has(i)) { reveal([i], anchorFor(i)); }
    if (!typeOn[N[i].type]) { setType(N[i].type, true); } else { sync(); }
    network.selectNodes([i]);
    network.focus(i, { scale: Math.max(network.getScale(), 1.0), animation: { duration: 350 } });
    showNode(i);
  }
  // Reveal hidden neighbours, most connected first, at most EXPAND_STEP per call: a hub with thousands of
  // neighbours stays readable, and each further call (double-click, button) adds the next batch.
  var EXPAND_STEP = 200;
  function hiddenNeighbours(i) {
    return neighbours(i).filter(function (k) { return !revealed.has(k); }).sort(function (a, b) {
      return N[b].degree - N[a].degree || a - b;
    });
  }
  function showNeighbours(i) {
    if (!revealed.has(i)) reveal([i], anchorFor(i));
    reveal(hiddenNeighbours(i).slice(0, EXPAND_STEP), i);
    sync();
    network.selectNodes([i]);
    showNode(i);
  }
  function onlyNeighbourhood(i) {
    revealed = new Set([i]);
    if (!pos.has(i)) pos.set(i, { x: 0, y: 0 });
    neighbours(i).forEach(function (k) { pos.delete(k); });
    reveal(neighbours(i), i);
    sync();
    network.selectNodes([i]);
    network.fit({ animation: false });
    showNode(i);
  }
  function reset() {
    pos = new Map(initialPositions);
    revealed = new Set(data.initial);
    data.types.forEach(function (t) { typeOn[t.type] = true; });
    data.relations.forEach(function (r) { relationOn[r.relation] = true; });
    document.querySelectorAll("#kg-filters input").forEach(function (b) { b.checked = true; });
    nodes.clear();
    edges.clear();
    sync();
    network.unselectAll();
    initialView();
    showEmpty();
  }

  // ---------- search: labels, aliases, traditional forms; never IRIs ----------
  var searchNames = N.map(function (n, i) {
    return namesOf(i).map(function (s) { return [s, s.toLowerCase()]; });
  });
  function search(query, limit) {
    var q = String(query || "").trim().toLowerCase();
    if (!q) return [];
    var hits = [];
    searchNames.forEach(function (names, i) {
      var best = 3, via = null;
      names.forEach(function (pair) {
        var rank = pair[1] === q ? 0 : pair[1].indexOf(q) === 0 ? 1 : pair[1].indexOf(q) > 0 ? 2 : 3;
        if (rank < best) { best = rank; via = pair[0]; }
      });
      if (best < 3) hits.push({ id: i, rank: best, via: via });
    });
    hits.sort(function (a, b) {
      return a.rank - b.rank || N[b.id].degree - N[a.id].degree ||
        (N[a.id].label < N[b.id].label ? -1 : N[a.id].label > N[b.id].label ? 1 : a.id - b.id);
    });
    return hits.slice(0, limit || 12);
  }

  var input = document.getElementById("kg-search");
  var results = document.getElementById("kg-results");
  var current = [], active = -1;
  function closeResults() { results.hidden = true; clear(results); current = []; active = -1; }
  function pick(k) {
    if (k < 0 || k >= current.length) return;
    var i = current[k].id;
    closeResults();
    input.value = N[i].label;
    select(i);
  }
  function renderResults() {
    clear(results);
    current = search(input.value, 12);
    active = current.length ? 0 : -1;
    if (!input.value.trim()) { results.hidden = true; return; }
    if (!current.length) {
      results.appendChild(el("li", "kg-none", "没有找到 · no match"));
    }
    current.forEach(function (hit, k) {
      var n = N[hit.id], t = typeInfo[n.type];
      var li = el("li");
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", k === active ? "true" : "false");
      var glyph = el("span", "kg-glyph", t ? t.glyph : "●");
      glyph.style.color = t ? t.color : "#999999";
      li.appendChild(glyph);
      li.appendChild(el("span", null, n.label));
      var extra = typeLabel(n.type) + (hit.via !== n.label ? " · 别名 " + hit.via : "");
      li.appendChild(el("span", "kg-match", extra));
      li.addEventListener("mousedown", function (ev) { ev.preventDefault(); pick(k); });
      results.appendChild(li);
    });
    results.hidden = false;
  }
  function markActive() {
    Array.prototype.forEach.call(results.children, function (li, k) {
      li.setAttribute("aria-selected", k === active ? "true" : "false");
    });
  }
  input.addEventListener("input", renderResults);
  input.addEventListener("keydown", function (ev) {
    if (ev.key === "ArrowDown" && current.length) { active = (active + 1) % current.length; markActive(); ev.preventDefault(); }
    else if (ev.key === "ArrowUp" && current.length) { active = (active - 1 + current.length) % current.length; markActive(); ev.preventDefault(); }
    else if (ev.key === "Enter") { if (!current.length) renderResults(); pick(Math.max(active, 0)); ev.preventDefault(); }
    else if (ev.key === "Escape") { closeResults(); }
  });
  input.addEventListener("blur", function () { setTimeout(closeResults, 150); });

  // ---------- filters (the type list doubles as the legend) ----------
  function checkbox(parent, index, glyph, color, text, count, onChange) {
    var label = el("label");
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.setAttribute("data-index", String(index));
    box.addEventListener("change", function () { onChange(box.checked); });
    label.appendChild(box);
    if (glyph) {
      var g = el("span", "kg-glyph", glyph);
      g.style.color = color;
      label.appendChild(g);
    }
    var name = el("span", "kg-name", text[0]);
    name.appendChild(el("small", null, " " + text[1]));
    label.appendChild(name);
    label.appendChild(el("span", "kg-count", count));
    parent.appendChild(label);
  }
  data.types.forEach(function (t, k) {
    if (!t.count) return;
    checkbox(document.getElementById("kg-types"), k, t.glyph, t.color, [t.label, t.type], t.count,
      function (on) { setType(t.type, on); });
  });
  data.relations.forEach(function (r, k) {
    checkbox(document.getElementById("kg-relations"), k, null, null, [r.label, r.relation], r.count,
      function (on) { setRelation(r.relation, on); });
  });

  // ---------- the side panel ----------
  var panel = document.getElementById("kg-panel");
  function showEmpty() {
    clear(panel);
    panel.appendChild(el("p", "kg-empty", "点击节点或关系，查看类型、别名、关系与证据句。Click a node or an edge for its evidence."));
  }
  // The sentence as text nodes, with the given names wrapped in <mark> (longest first).
  function marked(text, terms) {
    var frag = document.createDocumentFragment();
    var list = uniq(terms).sort(function (a, b) { return b.length - a.length; });
    var i = 0, plain = 0;
    while (i < text.length) {
      var hit = null;
      for (var t = 0; t < list.length; t++) {
        if (text.startsWith(list[t], i)) { hit = list[t]; break; }
      }
      if (hit) {
        if (plain < i) frag.appendChild(document.createTextNode(text.slice(plain, i)));
        frag.appendChild(el("mark", null, hit));
        i += hit.length;
        plain = i;
      } else {
        i += 1;
      }
    }
    if (plain < text.length) frag.appendChild(document.createTextNode(text.slice(plain)));
    return frag;
  }
  function evidenceList(e, terms) {
    var ol = el("ol", "kg-evidence");
    e.evidence.forEach(function (ev) {
      var li = el("li");
      var s = el("span", "kg-sentence");
      s.appendChild(marked(ev.sentence, terms));
      li.appendChild(s);
      var d = data.documents[ev.doc] || {};
      var meta = "《" + docTitle(ev.doc) + "》" + (d.published ? " " + d.published : "") + " · " + ev.doc +
        " · 规则 " + ev.rule + " · 置信度 " + Number(ev.confidence).toFixed(2);
      var m = el("span", "kg-meta", meta);
      if (ev.teaser) m.appendChild(el("span", "kg-flag", " · 相关阅读"));
      li.appendChild(m);
      ol.appendChild(li);
    });
    return ol;
  }
  function link(i) {
    var b = el("button", "kg-link", N[i].label);
    b.type = "button";
    b.title = typeLabel(N[i].type);
    b.addEventListener("click", function () { select(i); });
    return b;
  }
  function badge(type) {
    var t = typeInfo[type];
    var b = el("span", "kg-type", (t ? t.glyph + " " : "") + typeLabel(type) + " · " + type);
    b.style.background = t ? t.color : "#999999";
    return b;
  }
  function field(dl, name, value) {
    if (value === undefined || value === null || value === "") return;
    dl.appendChild(el("dt", null, name));
    dl.appendChild(el("dd", null, value));
  }
  function button(text, action) {
    var b = el("button", "kg-action", text);
    b.type = "button";
    b.addEventListener("click", action);
    return b;
  }
  var MAX_RELATIONS = 200;
  function showNode(i) {
    var n = N[i];
    clear(panel);
    panel.appendChild(badge(n.type));
    panel.appendChild(el("h2", null, n.label));
    var dl = el("dl");
    if (n.type === "Document") {
      var d = data.documents[n.file] || {};
      field(dl, "文件", n.file);
      field(dl, "日期", d.published);
      field(dl, "来源", d.source);
    }
    field(dl, "别名", n.aliases.join("、"));
    field(dl, "繁体", n.hant.join("、"));
    field(dl, "出现于", n.docs.map(function (doc) {
      var d = data.documents[doc] || {};
      return "《" + docTitle(doc) + "》" + (d.published ? " " + d.published : "");
    }).join("；"));
    field(dl, "连接数", String(n.degree));
    panel.appendChild(dl);
    if (n.teaser) panel.appendChild(el("p", "kg-flag", "仅见于相关阅读（teaser）"));
    var actions = el("div", "kg-actions");
    var hidden = hiddenNeighbours(i).length;
    actions.appendChild(button("展开邻居 (" + (hidden > EXPAND_STEP ? EXPAND_STEP + " / " : "") + hidden + ")",
      function () { showNeighbours(i); }));
    actions.appendChild(button("只看邻域", function () { onlyNeighbourhood(i); }));
    panel.appendChild(actions);

    var rels = adj[i].slice().sort(function (a, b) {
      var ea = E[a], eb = E[b];
      return (relationRank[ea.relation] || 0) - (relationRank[eb.relation] || 0) || a - b;
    });
    panel.appendChild(el("h3", null, "关系 Relations (" + rels.length + ")"));
    var ul = el("ul", "kg-rels");
    rels.slice(0, MAX_RELATIONS).forEach(function (j) {
      var e = E[j], out = e.from === i, other = out ? e.to : e.from;
      var li = el("li");
      var head = el("div", "kg-rel-head");
      head.appendChild(el("span", null, out ? "→" : "←"));
      var name = el("button", "kg-link kg-rel-name", e.label);
      name.type = "button";
      name.title = "查看这条关系的证据";
      name.addEventListener("click", function () { showEdge(j); });
      head.appendChild(name);
      head.appendChild(link(other));
      li.appendChild(head);
      li.appendChild(evidenceList(e, namesOf(i).concat(namesOf(other))));
      ul.appendChild(li);
    });
    panel.appendChild(ul);
    if (rels.length > MAX_RELATIONS) {
      panel.appendChild(el("p", "kg-more", "还有 " + (rels.length - MAX_RELATIONS) + " 条关系未列出"));
    }
    panel.appendChild(el("p", "kg-iri", n.iri));
  }
  function showEdge(j) {
    var e = E[j], r = relationInfo[e.relation] || {};
    clear(panel);
    panel.appendChild(el("span", "kg-type kg-edge-type", "关系 · " + e.relation));
    panel.appendChild(el("h2", null, e.label));
    var head = el("div", "kg-rel-head");
    head.appendChild(link(e.from));
    head.appendChild(el("span", null, "—" + e.name + "→"));
    head.appendChild(link(e.to));
    panel.appendChild(head);
    var dl = el("dl");
    field(dl, r.qualifier || "限定", e.qualifier);
    field(dl, "置信度", Number(e.confidence).toFixed(2));
    field(dl, "证据", e.evidence.length + " 句");
    panel.appendChild(dl);
    panel.appendChild(el("h3", null, "证据 Evidence"));
    panel.appendChild(evidenceList(e, namesOf(e.from).concat(namesOf(e.to))));
    network.selectEdges([j]);
  }

  network.on("click", function (p) {
    if (p.nodes.length) showNode(p.nodes[0]);
    else if (p.edges.length) showEdge(p.edges[0]);
    else showEmpty();
  });
  network.on("doubleClick", function (p) { if (p.nodes.length) showNeighbours(p.nodes[0]); });
  document.getElementById("kg-reset").addEventListener("click", reset);

  var api = {
    network: network, nodes: nodes, edges: edges, data: data, ready: false,
    search: function (q, limit) { return search(q, limit).map(function (h) { return h.id; }); },
    select: select, showNode: showNode, showEdge: showEdge, showNeighbours: showNeighbours,
    onlyNeighbourhood: onlyNeighbourhood, setType: setType, setRelation: setRelation, reset: reset,
    revealed: function () { return Array.from(revealed).sort(function (a, b) { return a - b; }); }
  };
  window.kgView = api;
  network.once("afterDrawing", function () {
    api.ready = true;
    document.documentElement.setAttribute("data-kg-ready", "1");
  });
  // Open readable: fit the drawing, but when that makes labels too small to read (large graphs), zoom
  // in on the most connected node instead; the wheel zooms out to the whole drawing.
  function initialView() {
    network.fit({ animation: false });
    if (network.getScale() >= 0.55 || !data.initial.length) return;
    var hub = data.initial.reduce(function (b, i) { return N[i].degree > N[b].degree ? i : b; }, data.initial[0]);
    var p = pos.get(hub) || { x: 0, y: 0 };
    network.moveTo({ position: p, scale: 0.7, animation: false });
  }
  api.fit = initialView;
  showEmpty();
  sync();
  initialView();
}());
