// korpu web editor. Plain JavaScript, no build step, nothing loaded from elsewhere.
// It talks to the JSON API of the same server; its own strings come from
// /api/ui/{lang} (locales/{en,az,ru}/korpu.ftl), formatted here with the browser's
// CLDR plural rules and number formats.
"use strict";

(() => {
  const $ = (id) => document.getElementById(id);
  const enc = new TextEncoder();
  const dec = new TextDecoder();

  const state = {
    uiLang: "en",
    ui: { messages: {}, available: [] },
    token: sessionStorage.getItem("korpu-token") || "",
    articles: [],
    article: null, // the article JSON of the open view
    lang: null, // its target language
    active: -1, // index of the active segment
    dirty: new Set(), // indexes with unsaved edits
    suggestions: new Map(), // segment index -> matches
    lookup: 0, // id of the latest suggestion request
  };

  // ---- UI strings -------------------------------------------------------------

  const pluralRules = new Map();
  function plural(n) {
    if (!pluralRules.has(state.uiLang)) pluralRules.set(state.uiLang, new Intl.PluralRules(state.uiLang));
    return pluralRules.get(state.uiLang).select(n);
  }

  function value(v) {
    if (typeof v === "number") return new Intl.NumberFormat(state.uiLang, { maximumFractionDigits: 4 }).format(v);
    return String(v);
  }

  function formatParts(parts, args) {
    let out = "";
    for (const p of parts) {
      if (typeof p === "string") out += p;
      else if (p.var !== undefined) out += p.var in args ? value(args[p.var]) : `{$${p.var}}`;
      else if (p.select !== undefined) {
        const v = args[p.select];
        let chosen = p.variants.find((x) => x.key === String(v));
        if (!chosen && typeof v === "number") chosen = p.variants.find((x) => x.key === plural(v));
        if (!chosen) chosen = p.variants.find((x) => x.key === p.default) || p.variants[p.variants.length - 1];
        out += formatParts(chosen.parts, args);
      }
    }
    return out;
  }

  // A UI string by its id, with arguments for its variables: t(ID, { count: 5 }).
  function t(id, args) {
    const m = state.ui.messages[id];
    if (m === undefined) return id;
    return typeof m === "string" ? m : formatParts(m, args || {});
  }

  async function loadUi(lang) {
    const ui = await api("GET", `/api/ui/${encodeURIComponent(lang)}`);
    state.ui = ui;
    state.uiLang = ui.lang;
    pluralRules.clear();
    localStorage.setItem("korpu-ui-lang", ui.lang);
    document.documentElement.lang = ui.lang;
    document.title = t("app-title");
    const select = $("ui-lang");
    select.replaceChildren(
      ...ui.available.map((a) => {
        const o = el("option", { value: a.lang }, a.name);
        o.selected = a.lang === ui.lang;
        return o;
      }),
    );
    for (const node of document.querySelectorAll("[data-t]")) node.textContent = t(node.dataset.t);
    for (const node of document.querySelectorAll("[data-t-placeholder]")) node.placeholder = t(node.dataset.tPlaceholder);
  }

  // ---- helpers ----------------------------------------------------------------

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === "class") node.className = v;
      else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v === true ? "" : v);
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }

  class ApiError extends Error {
    constructor(status, body) {
      super((body && body.message) || `HTTP ${status}`);
      this.status = status;
      this.body = body || {};
    }
  }

  async function api(method, path, body) {
    const headers = { Accept: "application/json" };
    if (state.token) headers.Authorization = `Bearer ${state.token}`;
    if (body !== undefined) headers["Content-Type"] = "application/json";
    let res;
    try {
      res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    } catch (e) {
      throw new ApiError(0, { message: t("connection-lost") });
    }
    let data = null;
    try {
      data = await res.json();
    } catch (e) {
      data = null;
    }
    if (!res.ok) {
      const err = new ApiError(res.status, data && data.error);
      if (res.status === 401) showToken();
      throw err;
    }
    return data;
  }

  let noticeTimer = 0;
  function notice(text, kind) {
    const n = $("notice");
    n.textContent = text;
    n.className = `notice ${kind || "info"}`;
    n.hidden = false;
    clearTimeout(noticeTimer);
    noticeTimer = setTimeout(() => (n.hidden = true), kind === "error" ? 9000 : 3500);
  }

  function failed(e) {
    if (e.status === 403) notice(t("error-forbidden", { message: e.message }), "error");
    else if (e.status === 0) notice(e.message, "error");
    else notice(t("error-generic", { message: e.message }), "error");
  }

  // Byte ranges from the API (UTF-8 offsets, as {start, end} or [start, end]) cut
  // the text into pieces.
  function byteSlicer(text) {
    const bytes = enc.encode(text || "");
    return (r) => {
      const [s, e] = Array.isArray(r) ? r : [r.start, r.end];
      return dec.decode(bytes.subarray(s, e));
    };
  }

  function languageName(tag) {
    const own = state.ui.messages[`language-${tag}`];
    if (typeof own === "string") return own;
    try {
      const names = new Intl.DisplayNames([state.uiLang], { type: "language" });
      return names.of(tag) || tag;
    } catch (e) {
      return tag;
    }
  }

  function show(view) {
    for (const v of ["view-articles", "view-article", "view-token"]) $(v).hidden = v !== view;
  }

  function crumbs(items) {
    $("crumbs").replaceChildren(
      ...items.map((i) => (i.href ? el("a", { href: i.href }, i.text) : el("span", {}, i.text))),
    );
  }

  // ---- token ------------------------------------------------------------------

  function showToken() {
    show("view-token");
    $("token-button").hidden = false;
    $("token-input").focus();
  }

  // ---- article list -----------------------------------------------------------

  const UI_LANGS = ["en", "az", "ru"];
  // The statuses a translation can be stored with, in workflow order.
  const STATUSES = ["draft", "translated", "reviewed", "approved"];
  const DONE = ["translated", "reviewed", "approved"];

  function targetsOf(a) {
    const set = new Set(Object.keys(a.progress || {}));
    for (const l of a.targets || []) set.add(l);
    for (const l of UI_LANGS) if (l !== a.lang) set.add(l);
    set.delete(a.lang);
    return [...set];
  }

  async function showArticles() {
    show("view-articles");
    crumbs([]);
    state.article = null;
    let list;
    try {
      list = await api("GET", "/api/articles");
    } catch (e) {
      if (e.status !== 401) failed(e);
      return;
    }
    state.articles = list;
    $("articles-empty").hidden = list.length > 0;
    $("article-rows").replaceChildren(
      ...list.map((a) => {
        const chips = targetsOf(a).map((lang) => {
          const p = (a.progress || {})[lang] || { translated: 0, total: a.segments, percent: 0 };
          return el(
            "a",
            {
              class: "chip",
              href: `#/a/${encodeURIComponent(a.id)}/${encodeURIComponent(lang)}`,
              title: t("progress-summary", { translated: p.translated, total: p.total, percent: p.percent }),
              "data-lang": lang,
            },
            el("span", { class: "chip-lang" }, lang),
            el("span", { class: "bar" }, el("span", { class: "fill", style: `width:${Math.max(0, Math.min(100, p.percent))}%` })),
            el("span", { class: "chip-pct" }, t("percent", { percent: p.percent })),
          );
        });
        const first = targetsOf(a)[0];
        return el(
          "tr",
          { "data-id": a.id },
          el("td", {}, el("a", { href: `#/a/${encodeURIComponent(a.id)}/${encodeURIComponent(first)}`, class: "title" }, a.title || a.id)),
          el("td", { class: "mono" }, a.id),
          el("td", {}, languageName(a.lang)),
          el("td", { class: "segments-count" }, t("segments-count", { count: a.segments })),
          el("td", { class: "progress" }, chips),
        );
      }),
    );
  }

  // ---- article view -----------------------------------------------------------

  function segRow(i) {
    return document.querySelector(`.seg[data-i="${i}"]`);
  }

  function statusBadge(tr) {
    const status = tr && tr.status ? tr.status : "new";
    return el("span", { class: `badge status-${status}` }, t(`status-${status}`));
  }

  function renderStatus(i) {
    const s = state.article.segments[i];
    const row = segRow(i);
    const box = row.querySelector(".status");
    const tr = s.translation;
    const parts = [statusBadge(tr)];
    if (tr && tr.author) parts.push(el("small", { class: "muted", title: tr.time || "" }, t("last-edited", { user: tr.author })));
    if (state.dirty.has(i)) parts.push(el("small", { class: "unsaved" }, t("segment-unsaved")));
    box.replaceChildren(...parts);
    row.dataset.status = tr ? tr.status : "new";
    const select = row.querySelector(".status-select");
    if (select) select.value = tr && STATUSES.includes(tr.status) ? tr.status : "draft";
  }

  function renderQa(i) {
    const s = state.article.segments[i];
    const box = segRow(i).querySelector(".qa");
    const items = s.qa || [];
    box.replaceChildren(
      ...items.map((q) =>
        el(
          "li",
          { class: `qa-item ${q.severity || "warning"}`, "data-kind": q.kind },
          el("span", { class: "qa-sev" }, t(`severity-${q.severity === "error" ? "error" : "warning"}`)),
          " ",
          q.message,
        ),
      ),
    );
    box.hidden = items.length === 0;
  }

  function autosize(area) {
    area.style.height = "auto";
    area.style.height = `${area.scrollHeight + 2}px`;
  }

  function renderProgress() {
    const segs = state.article.segments;
    const done = segs.filter((s) => s.translation && DONE.includes(s.translation.status)).length;
    const percent = segs.length ? Math.floor((100 * done) / segs.length) : 0;
    $("article-progress").textContent = t("progress-summary", { translated: done, total: segs.length, percent });
  }

  async function showArticle(id, lang, focusN) {
    show("view-article");
    let a;
    try {
      a = await api("GET", `/api/articles/${encodeURIComponent(id)}?lang=${encodeURIComponent(lang)}`);
    } catch (e) {
      if (e.status === 404) {
        notice(t("article-not-found", { article: id }), "error");
        location.hash = "#/";
      } else if (e.status !== 401) failed(e);
      return;
    }
    // The article's own language (the API's "lang" is the target's here).
    a.source = a.source_lang || a.lang;
    state.article = a;
    state.lang = lang;
    state.active = -1;
    state.dirty.clear();
    state.suggestions.clear();
    crumbs([{ href: "#/", text: t("articles-heading") }, { text: a.title || a.id }]);
    $("article-title").textContent = a.title || a.id;
    $("article-title").lang = a.source;
    const langs = new Set([...(a.targets || []), ...UI_LANGS, lang]);
    langs.delete(a.source);
    $("target-lang").replaceChildren(
      ...[...langs].map((l) => {
        const o = el("option", { value: l }, `${languageName(l)} (${l})`);
        o.selected = l === lang;
        return o;
      }),
    );
    $("segments").replaceChildren(
      ...a.segments.map((s, i) => {
        const area = el("textarea", {
          lang,
          rows: 1,
          spellcheck: "true",
          "aria-label": `${s.n}`,
          "data-n": s.n,
        });
        area.value = s.translation ? s.translation.text : "";
        area.addEventListener("focus", () => activate(i));
        area.addEventListener("input", () => {
          state.dirty.add(i);
          autosize(area);
          renderStatus(i);
        });
        return el(
          "div",
          { class: `seg kind-${s.kind || "paragraph"}`, "data-i": i, "data-n": s.n, role: "listitem" },
          el("div", { class: "num" }, s.n),
          el("div", { class: "src", lang: a.source }, s.text),
          el(
            "div",
            { class: "tgt" },
            area,
            el("div", { class: "conflict", hidden: true }),
            el("ul", { class: "qa", hidden: true }),
            el(
              "div",
              { class: "seg-actions" },
              el("button", { type: "button", class: "confirm", onclick: () => confirmAndNext(i) }, t("action-confirm")),
              el(
                "select",
                { class: "status-select", "aria-label": t("column-status"), title: t("column-status") },
                STATUSES.map((st) => el("option", { value: st }, t(`status-${st}`))),
              ),
              el("button", { type: "button", class: "save", onclick: () => save(i, segRow(i).querySelector(".status-select").value) }, t("action-save")),
            ),
          ),
          el("div", { class: "status" }),
        );
      }),
    );
    a.segments.forEach((s, i) => {
      renderStatus(i);
      renderQa(i);
      autosize(segRow(i).querySelector("textarea"));
    });
    renderProgress();
    $("suggestions").replaceChildren();
    $("suggestions-status").textContent = "";
    const start = focusN !== undefined ? a.segments.findIndex((s) => String(s.n) === String(focusN)) : a.segments.findIndex((s) => !s.translation);
    move(start >= 0 ? start : 0);
  }

  function move(i) {
    if (!state.article || i < 0 || i >= state.article.segments.length) return false;
    const area = segRow(i).querySelector("textarea");
    area.focus();
    segRow(i).scrollIntoView({ block: "nearest" });
    return true;
  }

  function activate(i) {
    if (state.active === i) return;
    const prev = state.active;
    if (prev >= 0 && segRow(prev)) segRow(prev).classList.remove("active");
    // An edit left unconfirmed is kept as a draft (an emptied segment cannot be
    // stored: it stays marked as unsaved).
    const text = prev >= 0 ? segRow(prev).querySelector("textarea").value : "";
    const waiting = [...pending.values()].some((r) => viewIndex(r) === prev && r.body.text === text);
    if (prev >= 0 && state.dirty.has(prev) && text.trim() && !waiting) save(prev, "draft");
    state.active = i;
    segRow(i).classList.add("active");
    loadSuggestions(i);
  }

  // ---- saving -----------------------------------------------------------------

  // Where a segment of the open article is, for a save made while it was open.
  function viewIndex(req) {
    if (!state.article || state.article.id !== req.article || state.lang !== req.lang) return -1;
    return state.article.segments.findIndex((s) => s.n === req.n);
  }

  // A stored translation shown in the view (if its article is still open).
  function applySaved(req, out) {
    const i = viewIndex(req);
    if (i < 0) return;
    const s = state.article.segments[i];
    s.translation = out.translation;
    if (Array.isArray(out.qa)) s.qa = out.qa;
    if (segRow(i).querySelector("textarea").value === req.body.text) state.dirty.delete(i);
    hideConflict(i);
    renderStatus(i);
    renderQa(i);
    renderProgress();
    state.suggestions.delete(i + 1);
    refreshQa();
  }

  // Saves that could not reach the server, by URL (the latest text of a segment wins).
  // They are sent again when the browser is back online, and every few seconds.
  const pending = new Map();

  async function flushPending() {
    if (!pending.size) return;
    for (const [url, req] of [...pending]) {
      try {
        const out = await api("PUT", url, req.body);
        if (pending.get(url) === req) pending.delete(url);
        applySaved(req, out);
      } catch (e) {
        if (e.status === 0) return; // still unreachable
        if (pending.get(url) === req) pending.delete(url);
        const i = viewIndex(req);
        if (e.status === 409 && i >= 0) showConflict(i, e.body, req.body.status);
        else if (e.status !== 401) failed(e);
      }
    }
    if (!pending.size) notice(t("connection-back"), "ok");
  }
  setInterval(flushPending, 4000);
  window.addEventListener("online", flushPending);

  // Saves segment i with a status. True when stored, or kept to be sent once the
  // server is reachable again.
  async function save(i, status) {
    const s = state.article.segments[i];
    const area = segRow(i).querySelector("textarea");
    const req = {
      article: state.article.id,
      lang: state.lang,
      n: s.n,
      body: { text: area.value, status, revision: s.translation ? s.translation.revision : 0 },
    };
    const url = `/api/articles/${encodeURIComponent(req.article)}/segments/${req.n}/${encodeURIComponent(req.lang)}`;
    try {
      const out = await api("PUT", url, req.body);
      applySaved(req, out);
      return true;
    } catch (e) {
      if (e.status === 0) {
        pending.set(url, req);
        notice(t("connection-lost"), "error");
        return true;
      }
      if (e.status === 409) showConflict(i, e.body, status);
      else if (e.status !== 401) failed(e);
      return false;
    }
  }

  async function confirmAndNext(i) {
    const area = segRow(i).querySelector("textarea");
    if (!area.value.trim()) {
      notice(t("empty-translation"), "error");
      area.focus();
      return;
    }
    // A segment already confirmed (or reviewed, approved) and not edited keeps its
    // status: Ctrl+Enter only moves on.
    const tr = state.article.segments[i].translation;
    if (!state.dirty.has(i) && tr && DONE.includes(tr.status) && tr.text === area.value) {
      if (!move(i + 1)) notice(t("article-end"), "ok");
      return;
    }
    const ok = await save(i, "translated");
    if (!ok) return;
    if (!state.dirty.has(i)) notice(t("segment-confirmed", { number: state.article.segments[i].n }), "ok");
    if (!move(i + 1)) notice(t("article-end"), "ok");
  }

  // QA findings change with a save; the article view has them all.
  let qaTimer = 0;
  function refreshQa() {
    clearTimeout(qaTimer);
    qaTimer = setTimeout(async () => {
      if (!state.article) return;
      const id = state.article.id;
      const lang = state.lang;
      try {
        const a = await api("GET", `/api/articles/${encodeURIComponent(id)}?lang=${encodeURIComponent(lang)}`);
        if (!state.article || state.article.id !== id || state.lang !== lang) return;
        a.segments.forEach((s, i) => {
          const mine = state.article.segments[i];
          if (!mine || mine.n !== s.n) return;
          mine.qa = s.qa;
          renderQa(i);
        });
      } catch (e) {
        /* the next save tries again */
      }
    }, 400);
  }

  function hideConflict(i) {
    const box = segRow(i).querySelector(".conflict");
    box.hidden = true;
    box.replaceChildren();
  }

  function showConflict(i, err, status) {
    const s = state.article.segments[i];
    const box = segRow(i).querySelector(".conflict");
    const theirs = {
      text: err.current_text || "",
      revision: err.current_revision,
      status: err.current_status || (s.translation && s.translation.status) || "translated",
      author: err.current_author || "",
    };
    box.replaceChildren(
      el("p", {}, t("stale-conflict", { user: theirs.author || t("someone"), revision: theirs.revision })),
      el("blockquote", { lang: state.lang }, theirs.text),
      el(
        "div",
        { class: "conflict-actions" },
        el(
          "button",
          {
            type: "button",
            class: "take-theirs",
            onclick: () => {
              const area = segRow(i).querySelector("textarea");
              area.value = theirs.text;
              autosize(area);
              s.translation = { ...(s.translation || {}), ...theirs };
              state.dirty.delete(i);
              hideConflict(i);
              renderStatus(i);
              area.focus();
            },
          },
          t("stale-take-theirs"),
        ),
        el(
          "button",
          {
            type: "button",
            class: "keep-mine",
            onclick: () => {
              s.translation = { ...(s.translation || {}), revision: theirs.revision };
              save(i, status);
            },
          },
          t("stale-keep-mine"),
        ),
      ),
    );
    box.hidden = false;
    box.scrollIntoView({ block: "nearest" });
  }

  // ---- suggestions ------------------------------------------------------------

  async function loadSuggestions(i) {
    const s = state.article.segments[i];
    const id = ++state.lookup;
    if (!state.suggestions.has(i)) {
      $("suggestions-status").textContent = t("suggestions-loading");
      $("suggestions").replaceChildren();
      try {
        const url = `/api/articles/${encodeURIComponent(state.article.id)}/segments/${s.n}/suggestions?lang=${encodeURIComponent(state.lang)}&limit=5`;
        state.suggestions.set(i, await api("GET", url));
      } catch (e) {
        if (id === state.lookup) $("suggestions-status").textContent = e.message;
        return;
      }
    }
    if (id !== state.lookup) return;
    renderSuggestions(i);
  }

  // The match's source with what differs from the segment's source marked.
  function diffView(m, query) {
    const src = byteSlicer(m.source);
    const q = byteSlicer(query);
    const d = m.diff && Array.isArray(m.diff.ops) ? m.diff.ops : m.diff;
    if (Array.isArray(d)) {
      return d.map((op) => {
        switch (op.tag) {
          case "equal":
            return src(op.source);
          case "insert":
            return el("ins", {}, src(op.source));
          case "delete":
            return el("del", {}, q(op.query));
          default:
            return el("span", {}, el("del", {}, q(op.query)), el("ins", {}, src(op.source)));
        }
      });
    }
    if (d && Array.isArray(d.source)) {
      const bytes = enc.encode(m.source);
      const out = [];
      let pos = 0;
      const ranges = d.source.map((r) => (Array.isArray(r) ? r : [r.start, r.end])).sort((a, b) => a[0] - b[0]);
      for (const [s, e] of ranges) {
        if (s < pos) continue;
        out.push(dec.decode(bytes.subarray(pos, s)));
        out.push(el("ins", {}, dec.decode(bytes.subarray(s, e))));
        pos = e;
      }
      out.push(dec.decode(bytes.subarray(pos)));
      return out;
    }
    return [m.source];
  }

  const NUMBER = /\d+(?:[.,\u00a0\u202f ]\d+)*/g;

  // The target to insert, with the numbers taken over from the segment marked.
  function targetView(m) {
    const text = m.target_substituted || m.target;
    if (!m.target_substituted || m.target_substituted === m.target) return [text];
    const before = new Set((m.target.match(NUMBER) || []).map((x) => x));
    const out = [];
    let pos = 0;
    for (const hit of text.matchAll(NUMBER)) {
      if (before.has(hit[0])) continue;
      out.push(text.slice(pos, hit.index));
      out.push(el("mark", { class: "carried", title: t("numbers-carried") }, hit[0]));
      pos = hit.index + hit[0].length;
    }
    out.push(text.slice(pos));
    return out;
  }

  function renderSuggestions(i) {
    const list = state.suggestions.get(i) || [];
    const s = state.article.segments[i];
    $("suggestions-status").textContent = list.length ? t("memory-suggestions", { count: list.length }) : t("suggestions-none");
    $("suggestions").replaceChildren(
      ...list.slice(0, 5).map((m, k) => {
        const carried = m.target_substituted && m.target_substituted !== m.target;
        return el(
          "li",
          {
            class: `suggestion score-${m.score >= 100 ? "exact" : m.score >= 85 ? "high" : "fuzzy"}`,
            "data-k": k + 1,
            title: t("suggestion-insert-hint", { number: k + 1 }),
            onclick: () => insertSuggestion(k),
          },
          el(
            "div",
            { class: "sug-head" },
            el("kbd", {}, `Ctrl+${k + 1}`),
            el("span", { class: "score" }, t("memory-match", { score: m.score })),
            m.score === 101 ? el("span", { class: "tag" }, t("match-context")) : null,
            carried ? el("span", { class: "tag carried-tag" }, t("numbers-carried")) : null,
            el("span", { class: "origin muted" }, [m.origin, m.changed ? m.changed.slice(0, 10) : ""].filter(Boolean).join(" · ")),
          ),
          el("div", { class: "sug-src", lang: state.article.source }, diffView(m, s.text)),
          el("div", { class: "sug-tgt", lang: state.lang }, targetView(m)),
        );
      }),
    );
  }

  function insertSuggestion(k) {
    const i = state.active;
    if (i < 0) return;
    const m = (state.suggestions.get(i) || [])[k];
    if (!m) return;
    const area = segRow(i).querySelector("textarea");
    area.focus();
    area.select();
    // insertText keeps the browser's undo history; plain assignment where it is gone.
    if (!document.execCommand || !document.execCommand("insertText", false, m.target_substituted || m.target)) {
      area.value = m.target_substituted || m.target;
    }
    state.dirty.add(i);
    autosize(area);
    renderStatus(i);
  }

  // ---- concordance ------------------------------------------------------------

  function variantFor(variants, lang) {
    if (!variants) return null;
    if (variants[lang]) return variants[lang];
    const base = lang.split("-")[0];
    const key = Object.keys(variants).find((k) => k === base || k.startsWith(`${base}-`));
    return key ? variants[key] : null;
  }

  async function concordance(q) {
    if (!q.trim()) return;
    $("concordance-status").textContent = t("suggestions-loading");
    let hits;
    try {
      const lang = state.article ? `&lang=${encodeURIComponent(state.article.source)}` : "";
      hits = await api("GET", `/api/tm/concordance?q=${encodeURIComponent(q)}${lang}`);
    } catch (e) {
      $("concordance-status").textContent = e.message;
      return;
    }
    $("concordance-status").textContent = hits.length ? t("concordance-count", { count: hits.length }) : t("memory-no-results", { query: q });
    $("concordance").replaceChildren(
      ...hits.map((h) => {
        const text = h.text || (h.unit && h.unit.variants && variantFor(h.unit.variants, h.lang)) || "";
        const plain = typeof text === "string" ? text : text.text || "";
        const slice = byteSlicer(plain);
        const found = [];
        let pos = 0;
        const total = enc.encode(plain).length;
        for (const r of h.hits || h.ranges || []) {
          const [s, e] = Array.isArray(r) ? r : [r.start, r.end];
          if (s < pos) continue;
          found.push(slice([pos, s]), el("mark", {}, slice([s, e])));
          pos = e;
        }
        found.push(slice([pos, total]));
        const variants = h.variants || (h.unit && h.unit.variants) || {};
        let other = state.lang ? variantFor(variants, state.lang) : null;
        if (other && typeof other !== "string") other = other.text;
        return el(
          "li",
          {},
          el("div", { class: "conc-src", lang: h.lang }, found),
          other ? el("div", { class: "conc-tgt", lang: state.lang }, other) : null,
        );
      }),
    );
  }

  // ---- keyboard ---------------------------------------------------------------

  document.addEventListener("keydown", (e) => {
    if (!state.article || $("view-article").hidden) return;
    const i = state.active;
    if (e.ctrlKey && !e.altKey && !e.shiftKey && e.key === "Enter") {
      e.preventDefault();
      if (i >= 0) confirmAndNext(i);
      return;
    }
    const digit = /^Digit([1-5])$/.exec(e.code) || /^([1-5])$/.exec(e.key);
    if (e.ctrlKey && !e.altKey && digit) {
      e.preventDefault();
      insertSuggestion(Number(digit[1]) - 1);
      return;
    }
    if (e.altKey && !e.ctrlKey && (e.key === "ArrowDown" || e.key === "ArrowUp")) {
      e.preventDefault();
      move(i + (e.key === "ArrowDown" ? 1 : -1));
    }
  });

  window.addEventListener("beforeunload", (e) => {
    if (state.dirty.size || pending.size) {
      e.preventDefault();
      e.returnValue = t("unsaved-changes");
      return e.returnValue;
    }
    return undefined;
  });

  // ---- routing ----------------------------------------------------------------

  async function route() {
    if (state.article && state.dirty.size && !location.hash.startsWith(`#/a/${encodeURIComponent(state.article.id)}/`)) {
      for (const i of [...state.dirty]) await save(i, "draft");
    }
    const m = /^#\/a\/([^/]+)\/([^/]+)(?:\/(\d+))?$/.exec(location.hash);
    if (m) await showArticle(decodeURIComponent(m[1]), decodeURIComponent(m[2]), m[3]);
    else await showArticles();
  }

  async function start() {
    $("ui-lang").addEventListener("change", async (e) => {
      await loadUi(e.target.value);
      await route();
    });
    $("target-lang").addEventListener("change", (e) => {
      if (state.article) location.hash = `#/a/${encodeURIComponent(state.article.id)}/${encodeURIComponent(e.target.value)}`;
    });
    $("concordance-form").addEventListener("submit", (e) => {
      e.preventDefault();
      concordance($("concordance-q").value);
    });
    $("token-form").addEventListener("submit", (e) => {
      e.preventDefault();
      state.token = $("token-input").value.trim();
      sessionStorage.setItem("korpu-token", state.token);
      route();
    });
    $("token-button").addEventListener("click", showToken);
    window.addEventListener("hashchange", route);
    const asked = new URLSearchParams(location.search).get("ui") || localStorage.getItem("korpu-ui-lang") || navigator.language || "en";
    try {
      await loadUi(asked);
    } catch (e) {
      await loadUi("en");
    }
    await route();
  }

  start();
})();
