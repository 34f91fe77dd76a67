// convert serve: the page. Plain JavaScript, no build step, nothing from elsewhere.
// It only uses the HTTP API documented in the README (/api/options, /api/structure,
// /api/render, /api/preview).
"use strict";

const $ = (sel) => document.querySelector(sel);
const state = { files: [], current: null, options: null, styleFile: null, preview: null, nextId: 1 };
const ACCEPT = /\.(txt|text|md|markdown|json)$/i;
const ROLE_NAMES = { body: "正文", salutation: "称呼", subtitle: "副标题", author: "署名", date: "日期",
  signature: "落款", attachment: "附件说明", note: "附注", toc: "目录" };
// The reader's removal reasons are English (they are data, in meta.removed): the page
// shows them in Chinese where it knows the kind, the reader's words as the tooltip.
const REASONS = [[/counter in the page title/i, "页面标题里的合集计数"], [/page title/i, "网页标题"],
  [/banner/i, "网站横幅"], [/site name/i, "网站名称"], [/wechat/i, "微信页脚或二维码"], [/share/i, "分享按钮"],
  [/view counter|page number/i, "阅读数或页码"], [/reading stat/i, "页面信息（阅读统计）"], [/metadata|meta line/i, "页面信息"],
  [/breadcrumb/i, "面包屑导航"], [/navigation|menu/i, "导航菜单"], [/font.?size/i, "字号按钮"], [/prev|next/i, "上一篇/下一篇"],
  [/related|recommend|links/i, "相关链接"], [/footer/i, "网页页脚"], [/icp/i, "备案信息"], [/advert/i, "广告"],
  [/login/i, "登录提示"], [/editor/i, "编辑署名"], [/repost|copyright/i, "转载声明"], [/image/i, "图片占位"],
  [/button/i, "按钮"], [/separator/i, "分隔线"], [/time/i, "发布时间"]];
function reasonText(r) { for (const [re, zh] of REASONS) if (re.test(r)) return zh; return r; }
const LEVEL_NAMES = ["", "一级标题", "二级标题", "三级标题", "四级标题"];
const LABEL = /^(第\s*[一二三四五六七八九十百千零〇两0-9]+\s*[编章节条款]|第\s*[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|[0-9０-９]+[.．、]|[（(][0-9０-９]+[）)]|附件\s*[0-9一二三四五六七八九十]*)\s*/;

// ------------------------------------------------------------------ helpers

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") e.className = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else if (v !== undefined && v !== null && v !== false) e.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined) e.append(c);
  return e;
}
function toast(text, ms = 3500) {
  const t = $("#toast"); t.textContent = text; t.hidden = false;
  clearTimeout(toast.timer); toast.timer = setTimeout(() => { t.hidden = true; }, ms);
}
function plain(node) {
  if (!node) return "";
  if (Array.isArray(node)) return node.map(plain).join("");
  if (node.type === "text") return node.text;
  if (node.type === "linebreak") return "";
  if (node.type === "list") return node.items.map(plain).join("");
  if (node.type === "table") return node.rows.map((r) => r.map(plain).join("")).join("");
  return plain(node.content || []);
}
const squash = (s) => (s || "").replace(/\s+/g, "");
function blockText(b) { return b.type === "heading" ? (b.label || "") + plain(b.content) : plain(b); }
function stem(name) { return (name || "document").replace(/\.[^.]+$/, "") || "document"; }
async function apiError(resp) {
  try { const j = await resp.json(); if (j.error) return j.error; } catch (e) { /* not JSON */ }
  return `服务器返回 ${resp.status}`;
}
function saveBlob(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = el("a", { href: url, download: name });
  document.body.append(a); a.click(); a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}
function chosenFormats() { return [...document.querySelectorAll("#formats input:checked")].map((i) => i.value); }
function renderForm(models, to) {
  const form = new FormData();
  for (const f of models) {
    form.append("model", new Blob([JSON.stringify(f.model)], { type: "application/json" }), stem(f.name) + ".json");
  }
  form.append("to", to);
  form.append("style", $("#style").value);
  if (state.styleFile) form.append("style_file", state.styleFile, "style.toml");
  form.append("opencc", $("#opencc").value);
  return form;
}

// ------------------------------------------------------------------ options

async function loadOptions() {
  const resp = await fetch("/api/options");
  const o = state.options = await resp.json();
  const names = { pdf: "PDF", docx: "Word（DOCX）", epub: "EPUB 电子书", json: "模型 JSON", html: "网页 HTML" };
  for (const f of o.formats) {
    $("#formats").append(el("label", { class: "fmt" },
      el("input", { type: "checkbox", value: f.name, checked: f.name === "pdf" || f.name === "docx", onchange: showDownloads }),
      " " + (names[f.name] || f.name)));
  }
  const styleNames = { gbt9704: "公文（GB/T 9704）", report: "报告", book: "书籍" };
  for (const s of o.styles) {
    $("#style").append(el("option", { value: s.name, title: s.description, selected: s.name === "gbt9704" },
      styleNames[s.name] || s.name));
  }
  for (const c of o.opencc) $("#opencc").append(el("option", { value: c.value }, c.label));
}

// ------------------------------------------------------------------ reading files

function addFiles(list) {
  const wanted = [...list].filter((f) => ACCEPT.test(f.name));
  const skipped = list.length - wanted.length;
  if (skipped) toast(`跳过 ${skipped} 个不是文本的文件（只读 .txt、.md、.json）`);
  for (const file of wanted) {
    state.files.push({ id: state.nextId++, name: file.webkitRelativePath || file.name, file, status: "waiting",
                       error: "", model: null, source: [], edited: new Set() });
  }
  $("#batch").hidden = state.files.length === 0;
  renderFiles();
  pump();
}

let running = 0;
function pump() {
  while (running < 2) {
    const f = state.files.find((x) => x.status === "waiting");
    if (!f) break;
    running++; f.status = "reading"; renderFiles();
    readOne(f).finally(() => { running--; renderFiles(); pump(); });
  }
}

async function readOne(f) {
  const form = new FormData();
  form.append("file", f.file, f.name.split("/").pop());
  form.append("source", "1");
  try {
    const resp = await fetch("/api/structure", { method: "POST", body: form });
    if (!resp.ok) { f.status = "failed"; f.error = await apiError(resp); return; }
    const j = await resp.json();
    f.model = j.model; f.source = j.source; f.status = "done";
    if (!state.current) select(f);
  } catch (e) {
    f.status = "failed"; f.error = "无法连接服务器：" + e.message;
  }
}

async function entriesOf(entry, out) {
  if (entry.isFile) {
    await new Promise((ok) => entry.file((file) => {
      Object.defineProperty(file, "webkitRelativePath", { value: entry.fullPath.replace(/^\//, "") });
      out.push(file); ok();
    }, ok));
  } else if (entry.isDirectory) {
    const reader = entry.createReader();
    for (;;) {
      const batch = await new Promise((ok) => reader.readEntries(ok, () => ok([])));
      if (!batch.length) break;
      for (const e of batch) await entriesOf(e, out);
    }
  }
}

function renderFiles() {
  const ul = $("#files"); ul.replaceChildren();
  const done = state.files.filter((f) => f.status === "done" || f.status === "failed").length;
  $("#progress").max = Math.max(state.files.length, 1); $("#progress").value = done;
  const failed = state.files.filter((f) => f.status === "failed").length;
  $("#progress-text").textContent = `${done} / ${state.files.length} 个文件已读取` + (failed ? `，${failed} 个失败` : "");
  $("#download-all").disabled = !state.files.some((f) => f.status === "done");
  const words = { waiting: "等待中", reading: "读取中…", done: "已读取", failed: "失败" };
  for (const f of state.files) {
    const title = f.model ? f.model.meta.title : "";
    ul.append(el("li", { class: f.status + (f === state.current ? " current" : ""), onclick: () => f.model && select(f) },
      el("span", { class: "fname" }, f.name),
      el("span", { class: "state" }, f.status === "failed" ? f.error : words[f.status] + (title ? "：" + title : "")),
      f.edited.size ? el("span", { class: "muted" }, `已改 ${f.edited.size} 处`) : null));
  }
}

// ------------------------------------------------------------------ the structure of one file

function select(f) {
  state.current = f;
  $("#detail").hidden = false;
  $("#preview").hidden = true;
  $("#detail-name").textContent = f.name;
  renderDetail();
  renderFiles();
}

function analyse(f) {
  // line number → what it is: {bi, first, removed, reason, title}
  const info = {}, meta = f.model.meta, blocks = f.model.blocks;
  for (const r of meta.removed || []) if (r.line) info[r.line] = { removed: true, reason: r.reason, text: r.text };
  blocks.forEach((b, bi) => {
    if (!b.lines) return;
    for (let n = b.lines[0]; n <= b.lines[1]; n++) {
      if (info[n] && info[n].removed) continue;
      if (!(f.source[n - 1] || "").trim() && n !== b.lines[0]) continue;
      info[n] = { bi, first: n === b.lines[0] };
    }
  });
  const title = squash(meta.title);
  if (title.length >= 2) {
    let at = f.titleLine;
    if (!at) {
      for (let n = 1; n <= f.source.length && !at; n++) {
        const s = squash(f.source[n - 1]);
        if (s && (!info[n] || info[n].removed) && (s.includes(title) || (s.length >= 4 && title.includes(s)))) at = n;
      }
    }
    if (at) info[at] = Object.assign({}, info[at] || {}, { title: true });
  }
  return info;
}

function kindOf(b) {
  if (b.type === "heading") return { cls: "h" + Math.min(b.level, 4), name: (b.label && /^附件/.test(b.label)) ? "附件" : LEVEL_NAMES[Math.min(b.level, 4)] };
  if (b.type === "paragraph") return { cls: b.role, name: ROLE_NAMES[b.role] || b.role };
  if (b.type === "table") return { cls: "table", name: "表格" };
  if (b.type === "list") return { cls: "list", name: "列表" };
  return { cls: b.type, name: b.type };
}

function renderDetail() {
  const f = state.current, info = analyse(f), blocks = f.model.blocks;
  const rows = [];
  const lines = f.source.length ? f.source : blocks.map(blockText);   // a model read from JSON: its blocks
  lines.forEach((text, k) => {
    const n = k + 1, i = f.source.length ? info[n] : { bi: k, first: true };
    let cls = "row", kind = "—", kindCls = "kind";
    if (!text.trim()) cls += " blank";
    else if (i && i.title) { cls += " k-title"; kind = "标题"; if (i.removed) cls += " removed-title"; }
    else if (i && i.removed) { cls += " removed"; kind = "删除：" + reasonText(i.reason); }
    else if (i && i.bi !== undefined) {
      const k2 = kindOf(blocks[i.bi]);
      cls += " k-" + k2.cls; kind = i.first ? k2.name : "┆"; if (!i.first) kindCls += " cont";
    }
    if (f.edited.has(n)) cls += " edited";
    rows.push(el("div", { class: cls, role: "listitem", "data-line": n, tabindex: "0",
                         onclick: (e) => openMenu(e, n), onkeydown: (e) => { if (e.key === "Enter") openMenu(e, n); } },
      el("span", { class: "no" }, String(n)), el("span", { class: kindCls, title: i && i.removed ? i.reason : kind }, kind),
      el("span", { class: "text" }, text)));
  });
  $("#source").replaceChildren(...rows);
  renderOutline(f, info);
  showDownloads();
}

function renderOutline(f, info) {
  const meta = f.model.meta, blocks = f.model.blocks, out = [];
  const go = (n) => (e) => { e.preventDefault(); const r = document.querySelector(`.row[data-line="${n}"]`);
    if (r) { r.scrollIntoView({ block: "center" }); r.classList.add("flash"); setTimeout(() => r.classList.remove("flash"), 1200); } };
  const link = (b, text, cls) => el("a", { href: "#", class: cls, onclick: go(b.lines ? b.lines[0] : 0) }, text);
  out.push(el("h3", {}, "标题"), el("div", { class: "otitle" }, meta.title || el("span", { class: "none" }, "（没有标题）")));
  const front = [];
  if (meta.doc_number) front.push(el("div", {}, "发文字号：" + meta.doc_number));
  const firstHeading = blocks.findIndex((b) => b.type === "heading");
  blocks.forEach((b, k) => {
    if (b.type === "paragraph" && ["subtitle", "author"].includes(b.role) && (firstHeading < 0 || k < firstHeading))
      front.push(link(b, `${ROLE_NAMES[b.role]}：${plain(b)}`));
  });
  if (front.length) out.push(el("h3", {}, "题注"), ...front);
  const heads = blocks.filter((b) => b.type === "heading");
  out.push(el("h3", {}, `标题层级（${heads.length}）`));
  if (!heads.length) out.push(el("div", { class: "none" }, "（没有标题层级）"));
  for (const b of heads) out.push(link(b, blockText(b), "lv" + Math.min(b.level, 4)));
  const sig = blocks.filter((b) => b.type === "paragraph" && ["signature", "date"].includes(b.role));
  if (sig.length) { out.push(el("h3", {}, "落款和日期")); for (const b of sig) out.push(link(b, plain(b))); }
  const att = blocks.filter((b) => (b.type === "paragraph" && b.role === "attachment") || (b.type === "heading" && /^附件/.test(b.label || "")));
  if (att.length) { out.push(el("h3", {}, "附件")); for (const b of att) out.push(link(b, blockText(b))); }
  const tables = blocks.filter((b) => b.type === "table");
  if (tables.length) { out.push(el("h3", {}, "表格")); tables.forEach((b, k) => out.push(link(b, `表格 ${k + 1}（${b.rows.length} 行）`))); }
  const removed = (meta.removed || []).length;
  out.push(el("h3", {}, "删除的行"), el("div", {}, removed ? `${removed} 行（在右边划掉，注明原因）` : "没有"));
  $("#outline").replaceChildren(...out);
}

// ------------------------------------------------------------------ corrections

const CHOICES = [["keep", "保留（不删除）"], ["remove", "删除（网页杂项）"], null, ["title", "标题"], ["subtitle", "副标题"],
  ["h1", "一级标题"], ["h2", "二级标题"], ["h3", "三级标题"], ["h4", "四级标题"], null,
  ["body", "正文"], ["signature", "落款"], ["date", "日期"]];

function openMenu(event, n) {
  event.stopPropagation();
  const menu = $("#menu"), f = state.current, i = analyse(f)[n] || {};
  const items = CHOICES.map((c) => {
    if (!c) return el("hr");
    if (c[0] === "keep" && !i.removed) return null;
    if (c[0] === "remove" && i.removed) return null;
    return el("button", { type: "button", role: "menuitem", "data-kind": c[0],
                          onclick: () => { menu.hidden = true; correct(f, n, c[0]); } }, c[1]);
  });
  menu.replaceChildren(el("div", { class: "muted" }, `第 ${n} 行改为：`), ...items);
  const r = event.currentTarget.getBoundingClientRect();
  menu.style.left = `${window.scrollX + r.left + 60}px`;
  menu.style.top = `${window.scrollY + r.bottom}px`;
  menu.hidden = false;
  const first = menu.querySelector("button"); if (first) first.focus();
}
document.addEventListener("click", () => { $("#menu").hidden = true; });
document.addEventListener("keydown", (e) => { if (e.key === "Escape") $("#menu").hidden = true; });

function insertAt(blocks, line) {
  const k = blocks.findIndex((b) => b.lines && b.lines[0] > line);
  return k < 0 ? blocks.length : k;
}

function correct(f, n, kind) {
  const m = f.model, meta = m.meta, blocks = m.blocks, info = analyse(f), i = info[n] || {};
  const block = i.bi !== undefined ? blocks[i.bi] : null;
  const text = block ? blockText(block) : (i.removed ? i.text : (f.source[n - 1] || "").trim());
  const span = block && block.lines ? block.lines : [n, n];
  const removedHere = (r) => r.line >= span[0] && r.line <= span[1];
  let at = i.bi !== undefined ? i.bi : insertAt(blocks, n);
  if (block) blocks.splice(i.bi, 1);
  if (i.removed) meta.removed = meta.removed.filter((r) => r.line !== n);
  if (i.title && kind !== "title") { meta.title = ""; f.titleLine = undefined; }
  const para = (role) => ({ type: "paragraph", role,
    content: block && block.type === "paragraph" ? block.content : [{ type: "text", text }], lines: span });
  let made = null;
  if (kind === "remove") {
    for (let k = span[0]; k <= span[1]; k++) {
      const t = (f.source[k - 1] || "").trim() || (k === span[0] ? text : "");
      if (t && !meta.removed.some((r) => r.line === k)) meta.removed.push({ line: k, text: t, reason: "手工标为网页杂项" });
    }
    meta.removed.sort((a, b) => a.line - b.line);
    if (i.title) meta.title = "";
  } else if (kind === "keep") {
    made = para("body");
  } else if (kind === "title") {
    meta.title = text; f.titleLine = n;
  } else if (kind === "subtitle") {
    made = para("subtitle"); meta.subtitle = text;
  } else if (/^h[1-4]$/.test(kind)) {
    const level = Number(kind[1]);
    if (block && block.type === "heading") made = Object.assign({}, block, { level });
    else {
      const mm = text.match(LABEL);
      made = { type: "heading", level, label: mm ? mm[1] : "", content: [{ type: "text", text: mm ? text.slice(mm[0].length) : text }], lines: span };
    }
  } else {
    made = block && block.type === "heading" ? { type: "paragraph", role: kind, content: [{ type: "text", text }], lines: span } : para(kind);
    if (kind === "date" && !meta.date) meta.date = text.replace(/^[（(]|[）)]$/g, "");
  }
  if (made) blocks.splice(Math.min(at, blocks.length), 0, made);
  for (let k = span[0]; k <= span[1]; k++) if ((f.source[k - 1] || "").trim()) f.edited.add(k);
  f.edited.add(n);
  renderDetail(); renderFiles();
  toast(`第 ${n} 行已改为「${(CHOICES.find((c) => c && c[0] === kind) || [0, kind])[1]}」`);
}

// ------------------------------------------------------------------ downloads and preview

function showDownloads() {
  const box = $("#downloads"); box.replaceChildren();
  const f = state.current; if (!f) return;
  const names = { pdf: "PDF", docx: "DOCX", epub: "EPUB", json: "JSON", html: "HTML" };
  for (const fmt of chosenFormats()) {
    box.append(el("button", { type: "button", class: "primary", "data-format": fmt, onclick: () => downloadOne(f, fmt) },
      "下载 " + (names[fmt] || fmt)));
  }
}

async function downloadOne(f, fmt) {
  toast(`正在生成 ${fmt.toUpperCase()}…`, 20000);
  const resp = await fetch("/api/render", { method: "POST", body: renderForm([f], fmt) });
  if (!resp.ok) { toast("生成失败：" + await apiError(resp), 8000); return; }
  saveBlob(await resp.blob(), `${stem(f.name.split("/").pop())}.${fmt}`);
  toast(`已下载 ${stem(f.name.split("/").pop())}.${fmt}`);
}

async function downloadAll() {
  const done = state.files.filter((f) => f.status === "done");
  const formats = chosenFormats();
  if (!done.length || !formats.length) { toast("先选输出格式"); return; }
  toast(`正在生成 ${done.length} 个文件…`, 60000);
  const resp = await fetch("/api/render", { method: "POST", body: renderForm(done, formats.join(",")) });
  if (!resp.ok) { toast("生成失败：" + await apiError(resp), 8000); return; }
  const blob = await resp.blob();
  const single = done.length === 1 && formats.length === 1;
  saveBlob(blob, single ? `${stem(done[0].name.split("/").pop())}.${formats[0]}` : "convert.zip");
  const errors = Number(resp.headers.get("X-Convert-Errors") || 0);
  toast(errors ? `已下载；${errors} 个文件失败（见 zip 里的 errors.txt）` : "已下载");
}

async function showPreview() {
  const f = state.current; if (!f) return;
  $("#preview").hidden = false;
  $("#page-info").textContent = "排版中…";
  $("#page-image").removeAttribute("src");
  const form = renderForm([f], "pdf");
  const resp = await fetch("/api/preview", { method: "POST", body: form });
  if (!resp.ok) { $("#page-info").textContent = "预览失败：" + await apiError(resp); return; }
  const j = await resp.json();
  state.preview = { id: j.id, pages: j.pages, page: 1 };
  showPage();
  $("#preview").scrollIntoView({ behavior: "smooth" });
}
function showPage() {
  const p = state.preview; if (!p) return;
  $("#page-info").textContent = `第 ${p.page} / ${p.pages} 页`;
  $("#page-image").src = `/api/preview/${p.id}/${p.page}?width=900`;
  $("#prev-page").disabled = p.page <= 1; $("#next-page").disabled = p.page >= p.pages;
  if (p.page < p.pages) new Image().src = `/api/preview/${p.id}/${p.page + 1}?width=900`;   // the next page, ahead
}

// ------------------------------------------------------------------ wiring

function wire() {
  const drop = $("#drop");
  ["dragenter", "dragover"].forEach((t) => drop.addEventListener(t, (e) => { e.preventDefault(); drop.classList.add("over"); }));
  ["dragleave", "drop"].forEach((t) => drop.addEventListener(t, () => drop.classList.remove("over")));
  drop.addEventListener("drop", async (e) => {
    e.preventDefault();
    const items = [...(e.dataTransfer.items || [])].map((it) => it.webkitGetAsEntry && it.webkitGetAsEntry()).filter(Boolean);
    if (items.length) { const files = []; for (const it of items) await entriesOf(it, files); addFiles(files); }
    else addFiles(e.dataTransfer.files);
  });
  $("#pick-files").addEventListener("change", (e) => { addFiles(e.target.files); e.target.value = ""; });
  $("#pick-folder").addEventListener("change", (e) => { addFiles(e.target.files); e.target.value = ""; });
  $("#show-paste").addEventListener("click", () => { $("#paste").hidden = false; $("#paste-text").focus(); });
  $("#paste-cancel").addEventListener("click", () => { $("#paste").hidden = true; });
  $("#paste-go").addEventListener("click", () => {
    const text = $("#paste-text").value;
    if (!text.trim()) { toast("没有可读的文字"); return; }
    const k = state.files.filter((f) => f.name.startsWith("粘贴的文本")).length + 1;
    addFiles([new File([text], `粘贴的文本${k > 1 ? k : ""}.txt`, { type: "text/plain" })]);
    $("#paste-text").value = ""; $("#paste").hidden = true;
  });
  $("#style-file").addEventListener("change", (e) => {
    state.styleFile = e.target.files[0] || null;
    $("#style-name").textContent = state.styleFile ? "使用上传的样式：" + state.styleFile.name : "";
    $("#style").disabled = !!state.styleFile;
  });
  $("#download-all").addEventListener("click", downloadAll);
  $("#download-json").addEventListener("click", () => {
    const f = state.current; if (!f) return;
    saveBlob(new Blob([JSON.stringify(f.model, null, 1) + "\n"], { type: "application/json" }), stem(f.name.split("/").pop()) + ".json");
  });
  $("#show-preview").addEventListener("click", showPreview);
  $("#close-preview").addEventListener("click", () => { $("#preview").hidden = true; });
  $("#prev-page").addEventListener("click", () => { if (state.preview.page > 1) { state.preview.page--; showPage(); } });
  $("#next-page").addEventListener("click", () => { if (state.preview.page < state.preview.pages) { state.preview.page++; showPage(); } });
  for (const id of ["#style", "#opencc"]) $(id).addEventListener("change", () => { if (!$("#preview").hidden) showPreview(); });
}

wire();
loadOptions().catch((e) => toast("无法连接服务器：" + e.message, 10000));
