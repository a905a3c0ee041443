// The sandbox's web inbox. Every value from the sandbox is put on the page with textContent
// (or as an attribute value); nothing is ever parsed as HTML except a message's own HTML,
// which goes into a sandboxed iframe (no scripts) under a strict Content-Security-Policy.
"use strict";

(function () {
  const TOKEN_KEY = "smtpeter-sandbox-token";
  const POLL_MS = 1000;
  let access = null;
  let revision = null;
  let current = null; // the message shown
  let remote = false;

  const $ = (id) => document.getElementById(id);

  function el(tag, text, cls) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  class Refused extends Error {}

  async function api(path, options) {
    const opts = Object.assign({ headers: {} }, options || {});
    const token = sessionStorage.getItem(TOKEN_KEY);
    if (token) opts.headers.Authorization = "Bearer " + token;
    const response = await fetch(path, opts);
    if (response.status === 401) {
      let why = "the sandbox refused the token";
      try { why = (await response.json()).error || why; } catch (e) { /* not JSON */ }
      sessionStorage.removeItem(TOKEN_KEY);
      askToken(why);
      throw new Refused(why);
    }
    return response;
  }

  async function json(path, options) {
    const response = await api(path, options);
    if (!response.ok) {
      let why = response.status + " " + response.statusText;
      try { why = (await response.json()).error || why; } catch (e) { /* not JSON */ }
      throw new Error(why);
    }
    return response.json();
  }

  function showError(error) {
    if (error instanceof Refused) return;
    $("error").textContent = String(error && error.message ? error.message : error);
  }

  function show(view) {
    for (const id of ["token-view", "list-view", "message-view", "templates-view",
      "domains-view", "webhooks-view", "faults-view"]) {
      $(id).hidden = id !== view;
    }
    for (const link of document.querySelectorAll("nav a")) {
      link.classList.toggle("active", link.id === "nav-" + view.replace("-view", "")
        || (view === "message-view" && link.id === "nav-messages")
        || (view === "list-view" && link.id === "nav-messages"));
    }
  }

  function askToken(why) {
    show("token-view");
    $("token-error").textContent = why || "";
    $("token-input").value = "";
    $("token-input").focus();
  }

  // --- the list ------------------------------------------------------------------------

  async function loadList() {
    const query = $("search").value.trim();
    const data = await json("/_sandbox/messages" + (query ? "?q=" + encodeURIComponent(query) : ""));
    revision = data.revision;
    const body = $("message-list");
    clear(body);
    for (const message of data.messages) {
      const row = el("tr", null, "message-row");
      row.dataset.id = message.id;
      row.appendChild(el("td", new Date(message.received).toLocaleString()));
      row.appendChild(el("td", message.recipient, "recipient"));
      row.appendChild(el("td", message.subject || "(no subject)", "subject"));
      const tags = el("td");
      for (const tag of message.tags) tags.appendChild(el("span", tag, "tag"));
      row.appendChild(tags);
      row.appendChild(el("td", message.size + " B"));
      row.addEventListener("click", () => { location.hash = "#/message/" + message.id; });
      body.appendChild(row);
    }
    const limit = data.max_messages === null ? "no limit" : "keeps the newest " + data.max_messages;
    $("count").textContent = data.messages.length + " of " + data.total + " (" + limit + ")";
    $("empty").hidden = data.messages.length > 0;
  }

  async function poll() {
    try {
      if (!$("list-view").hidden) {
        const data = await json("/_sandbox/revision");
        if (data.revision !== revision) await loadList();
      } else if (!$("faults-view").hidden && !$("faults-panel").hidden) {
        await showFaults(); // the rules' counts and the log, as calls come in
      }
    } catch (error) {
      showError(error);
    } finally {
      setTimeout(poll, POLL_MS);
    }
  }

  // --- one message ---------------------------------------------------------------------

  function selectTab(name) {
    for (const button of document.querySelectorAll(".tabs button")) {
      button.classList.toggle("active", button.dataset.tab === name);
    }
    for (const tab of document.querySelectorAll(".tab")) {
      tab.classList.toggle("active", tab.id === "tab-" + name);
    }
    if (name === "raw" && current && !$("tab-raw").textContent) loadRaw(current.id);
  }

  async function loadRaw(id) {
    const response = await api("/_sandbox/messages/" + encodeURIComponent(id) + "/raw");
    $("tab-raw").textContent = await response.text();
  }

  function renderFrame() {
    const frame = $("html-frame");
    if (!current.html) {
      frame.hidden = true;
      $("no-html").hidden = false;
      return;
    }
    frame.hidden = false;
    $("no-html").hidden = true;
    const policy = remote ? current.frame_policy_remote : current.frame_policy;
    // The policy comes first, so it governs everything the message's HTML loads.
    const meta = document.createElement("meta");
    meta.httpEquiv = "Content-Security-Policy";
    meta.content = policy;
    frame.srcdoc = meta.outerHTML + '<meta name="referrer" content="no-referrer">' + current.html;
    $("remote-state").textContent = remote
      ? "Remote content is loaded."
      : "Remote content (images, CSS) is blocked.";
    $("load-remote").hidden = remote;
  }

  function item(list, text, cls) {
    const li = el("li", text, cls);
    list.appendChild(li);
    return li;
  }

  async function download(id, part) {
    const response = await api("/_sandbox/messages/" + encodeURIComponent(id) + "/attachments/" + part.rank);
    if (!response.ok) throw new Error("download failed: " + response.status);
    const url = URL.createObjectURL(await response.blob());
    const link = document.createElement("a");
    link.href = url;
    link.download = part.name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
  }

  async function loadMessage(id) {
    const message = await json("/_sandbox/messages/" + encodeURIComponent(id));
    current = message;
    remote = false;
    show("message-view");
    $("msg-subject").textContent = message.subject || "(no subject)";
    const meta = $("msg-meta");
    clear(meta);
    const fields = [["Message id", message.id], ["From", message.from], ["To", message.recipient],
      ["Envelope", message.envelope], ["Received", message.received],
      ["Tags", message.tags.join(", ")], ["Template", message.template_id || ""],
      ["Resent from", message.resent_from || ""]];
    for (const [name, value] of fields) {
      if (value === "" || value === null) continue;
      meta.appendChild(el("dt", name));
      meta.appendChild(el("dd", value));
    }
    renderFrame();
    $("tab-text").textContent = message.text || "(no text version)";
    const headers = $("headers-body");
    clear(headers);
    for (const [name, value] of message.headers) {
      const row = el("tr");
      row.appendChild(el("th", name));
      row.appendChild(el("td", value));
      headers.appendChild(row);
    }
    $("tab-raw").textContent = "";
    const attachments = $("attachment-list");
    clear(attachments);
    if (!message.attachments.length) item(attachments, "No attachments.", "note");
    for (const part of message.attachments) {
      const li = item(attachments, null, "attachment");
      const button = el("button", "Download " + part.name);
      button.type = "button";
      button.addEventListener("click", () => download(message.id, part).catch(showError));
      li.appendChild(button);
      li.appendChild(el("span", " " + part.type + ", " + part.size + " B"));
    }
    const embeds = $("embed-list");
    clear(embeds);
    for (const part of message.embeds) {
      item(embeds, "embedded: " + part.name + " (" + part.type + ", " + part.size + " B)", "embed");
    }
    const events = $("event-list");
    clear(events);
    for (const event of message.events) {
      item(events, event.event + " at " + event.data.time + ": " + JSON.stringify(event.data), "event");
    }
    const hooks = $("message-webhook-list");
    clear(hooks);
    const calls = (await json("/_sandbox/webhooks?message_id=" + encodeURIComponent(message.id))).calls;
    if (!calls.length) {
      item(hooks, "No webhook call recorded for this message (see the Webhooks view for all calls).", "note");
    }
    for (const call of calls) item(hooks, callText(call), "webhook");
    selectTab("html");
  }

  // --- the read-only views -------------------------------------------------------------

  function pre(value) {
    return el("pre", JSON.stringify(value, null, 2));
  }

  async function loadTemplates() {
    show("templates-view");
    const list = $("template-list");
    clear(list);
    const templates = await json("/_sandbox/templates");
    if (!templates.length) list.appendChild(el("p", "No templates.", "note"));
    for (const template of templates) {
      list.appendChild(el("h3", template.id + ": " + template.name));
      list.appendChild(pre(template.document));
    }
  }

  async function loadDomains() {
    show("domains-view");
    const list = $("domain-list");
    clear(list);
    const domains = await json("/_sandbox/domains");
    if (!domains.length) list.appendChild(el("p", "No sender domains.", "note"));
    for (const domain of domains) {
      list.appendChild(el("h3", domain.name + (domain.approved ? " (approved)" : " (not approved)")));
      const keys = domain.dkim;
      delete domain.dkim;
      list.appendChild(pre(domain));
      list.appendChild(el("h4", "DKIM keys"));
      if (!keys.length) list.appendChild(el("p", "No DKIM keys.", "note"));
      for (const key of keys) {
        list.appendChild(el("p", "selector " + key.selector + ", " + key.algorithm));
        list.appendChild(el("pre", key.public));
      }
    }
  }

  function callText(call) {
    const answer = call.status !== null ? "answered " + call.status : "failed: " + call.error;
    const fault = call.fault ? " (fault: " + call.fault + ")" : "";
    return call.at + " " + call.event_type + " for " + call.message_id + " to " + call.url
      + ": " + answer + fault;
  }

  async function loadWebhooks() {
    show("webhooks-view");
    const data = await json("/_sandbox/webhooks");
    $("webhook-key").textContent = data.key_id ? "Signing key id: " + data.key_id : "";
    const calls = $("webhook-calls");
    clear(calls);
    if (!data.calls.length) item(calls, "No call yet.", "note");
    for (const call of data.calls) item(calls, callText(call), "webhook");
  }

  // --- faults (the endpoint may not exist in this sandbox) -----------------------------

  let faultRules = [];

  async function loadFaults() {
    show("faults-view");
    await showFaults();
  }

  async function showFaults() {
    const response = await api("/_sandbox/faults");
    $("faults-unavailable").hidden = response.status !== 404;
    $("faults-panel").hidden = response.status === 404;
    if (response.status === 404) return;
    if (!response.ok) throw new Error("faults: " + response.status);
    const data = await response.json();
    faultRules = data.rules || [];
    const rules = $("fault-rules");
    clear(rules);
    for (const rule of faultRules) {
      const row = el("tr", null, "fault-rule");
      const when = rule.nth ? "call " + rule.nth : rule.every ? "every " + rule.every
        : rule.probability !== null && rule.probability !== undefined
          ? "p=" + rule.probability + " seed " + rule.seed : "always";
      const details = [];
      for (const key of ["status", "retry_after", "delay", "pieces", "times"]) {
        if (rule[key] !== null && rule[key] !== undefined) details.push(key + " " + rule[key]);
      }
      details.push("applied " + rule.applied + " of " + rule.calls + " calls");
      for (const value of [rule.id, rule.operation, when, rule.action, details.join(", ")]) {
        row.appendChild(el("td", value));
      }
      rules.appendChild(row);
    }
    const log = $("fault-log");
    clear(log);
    if (!(data.log || []).length) item(log, "No fault applied yet.", "note");
    for (const entry of data.log || []) {
      item(log, entry.at + " " + entry.rule + ": " + entry.operation + " call " + entry.call
        + " -> " + entry.action, "fault-log-entry");
    }
  }

  async function addFault(event) {
    event.preventDefault();
    $("fault-error").textContent = "";
    const form = new FormData($("fault-form"));
    const number = (name, parse) => {
      const value = String(form.get(name) || "").trim();
      return value === "" ? null : parse(value);
    };
    const action = String(form.get("action"));
    const rule = {
      operation: String(form.get("operation")).trim(),
      nth: number("nth", (v) => parseInt(v, 10)),
      every: number("every", (v) => parseInt(v, 10)),
      probability: number("probability", parseFloat),
      seed: number("seed", (v) => parseInt(v, 10)),
      action: action,
      times: number("times", (v) => parseInt(v, 10)),
    };
    // Only the fields the action takes: the sandbox refuses the others, naming them.
    if (action === "status") {
      rule.status = number("status", (v) => parseInt(v, 10));
      rule.retry_after = number("retry_after", parseFloat);
    }
    if (action === "delay" || action === "trickle" || action === "late") {
      rule.delay = number("delay", parseFloat);
    }
    // The rules already set keep their ids; their counts start again with the new list.
    const kept = faultRules.map((old) => {
      const copy = Object.assign({}, old);
      delete copy.calls;
      delete copy.applied;
      return copy;
    });
    const response = await api("/_sandbox/faults", {
      method: "PUT",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ rules: kept.concat([rule]) }),
    });
    if (!response.ok) {
      let why = response.status + " " + response.statusText;
      try { why = (await response.json()).error || why; } catch (e) { /* not JSON */ }
      $("fault-error").textContent = "refused: " + why;
      return;
    }
    await loadFaults();
  }

  // --- routing -------------------------------------------------------------------------

  async function route() {
    $("error").textContent = "";
    if (access.token_required && !sessionStorage.getItem(TOKEN_KEY)) {
      askToken("");
      return;
    }
    const hash = location.hash || "#/";
    try {
      if (hash.startsWith("#/message/")) await loadMessage(decodeURIComponent(hash.slice(10)));
      else if (hash === "#/templates") await loadTemplates();
      else if (hash === "#/domains") await loadDomains();
      else if (hash === "#/webhooks") await loadWebhooks();
      else if (hash === "#/faults") await loadFaults();
      else {
        show("list-view");
        await loadList();
      }
    } catch (error) {
      showError(error);
    }
  }

  async function start() {
    const response = await fetch("/_sandbox/access");
    if (!response.ok) {
      $("error").textContent = "The inbox refused this client: " + response.status;
      return;
    }
    access = await response.json();
    const rules = [];
    rules.push(access.token_required
      ? "This inbox needs the sandbox's token (kept in this tab only, sent as a header)."
      : "This sandbox accepts any token: the inbox asks for none.");
    rules.push(access.loopback_only
      ? "It answers loopback clients only."
      : "It answers clients beyond loopback (the sandbox was started with --host).");
    $("access-note").textContent = rules.join(" ");

    $("token-form").addEventListener("submit", (event) => {
      event.preventDefault();
      sessionStorage.setItem(TOKEN_KEY, $("token-input").value);
      $("token-input").value = "";
      route();
    });
    let searchTimer = null;
    $("search").addEventListener("input", () => {
      clearTimeout(searchTimer);
      searchTimer = setTimeout(() => loadList().catch(showError), 150);
    });
    $("delete-all").addEventListener("click", async () => {
      try {
        await json("/_sandbox/messages", { method: "DELETE" });
        await loadList();
      } catch (error) { showError(error); }
    });
    $("delete-message").addEventListener("click", async () => {
      try {
        await json("/_sandbox/messages/" + encodeURIComponent(current.id), { method: "DELETE" });
        location.hash = "#/";
      } catch (error) { showError(error); }
    });
    $("load-remote").addEventListener("click", () => { remote = true; renderFrame(); });
    for (const button of document.querySelectorAll(".tabs button")) {
      button.addEventListener("click", () => selectTab(button.dataset.tab));
    }
    $("fault-form").addEventListener("submit", (event) => addFault(event).catch(showError));
    window.addEventListener("hashchange", route);
    await route();
    setTimeout(poll, POLL_MS);
  }

  start().catch(showError);
})();
