// The Smart Alerts handler against a fake Office object that records calls (node --test tests/addin/).
"use strict";
const { test } = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");

const SOURCE = fs.readFileSync(path.join(__dirname, "..", "..", "addin", "launchevent.js"), "utf8");
const BASE = "https://mailguard.example.gov.uk";

function fakeOffice(opts) {
  const calls = [];
  const ok = (value) => ({ status: "succeeded", value });
  const failed = (message) => ({ status: "failed", error: { message } });
  const roaming = opts.roaming || {};
  const rec = (name, result) => (...args) => { calls.push([name, ...args.filter((a) => typeof a !== "function")]);
    const cb = args.find((a) => typeof a === "function"); if (cb) { cb(typeof result === "function" ? result(...args) : result); } };
  const item = {
    to: { getAsync: rec("to.getAsync", ok(opts.to || [])) },
    cc: { getAsync: rec("cc.getAsync", ok(opts.cc || [])) },
    bcc: { getAsync: rec("bcc.getAsync", ok(opts.bcc || [])) },
    subject: { getAsync: rec("subject.getAsync", ok(opts.subject || "")) },
    body: {
      getAsync: rec("body.getAsync", ok(opts.body || "")),
      getTypeAsync: rec("body.getTypeAsync", ok(opts.bodyType || "text")),
      appendOnSendAsync: rec("body.appendOnSendAsync", opts.appendFails ? failed("DataExceedsMaximumSize") : ok()),
    },
    getAttachmentsAsync: rec("getAttachmentsAsync", ok(opts.attachments || [])),
    getInitializationContextAsync: rec("getInitializationContextAsync", ok(opts.initContext || null)),
    saveAsync: rec("saveAsync", ok("AAMkAGEwsDraftId=")),
    notificationMessages: { replaceAsync: rec("notificationMessages.replaceAsync", ok()) },
  };
  const handlers = {};
  const Office = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    CoercionType: { Text: "text", Html: "html" },
    MailboxEnums: {
      SendModeOverride: { PromptUser: "promptUser" },
      RestVersion: { v2_0: "v2.0" },
      ItemNotificationMessageType: { InformationalMessage: "informationalMessage", ErrorMessage: "errorMessage" },
    },
    actions: { associate: (name, fn) => { handlers[name] = fn; } },
    context: {
      mailbox: {
        item,
        userProfile: { displayName: "Jane Doe", emailAddress: "cllr.doe@hartsbourne-tc.gov.uk" },
        convertToRestId: (id, version) => { calls.push(["convertToRestId", id, version]); return "rest-" + id; },
      },
      roamingSettings: {
        get: (k) => roaming[k], set: (k, v) => { roaming[k] = v; calls.push(["roamingSettings.set", k]); },
        saveAsync: rec("roamingSettings.saveAsync", ok()),
      },
    },
  };
  return { Office, calls, handlers, roaming };
}

// fetch stub: routes[path] -> function(init) returning {status, json} or a never-settling promise.
function fakeFetch(routes) {
  const requests = [];
  const fetch = (url, init) => {
    requests.push({ url, init });
    const route = routes[new URL(url).pathname];
    if (!route) { return Promise.reject(new TypeError("Failed to fetch")); }
    const answer = route(init || {});
    if (answer === "hang") { return new Promise(() => {}); }
    return Promise.resolve({ ok: answer.status < 400, status: answer.status, json: () => Promise.resolve(answer.json) });
  };
  return { fetch, requests };
}

function load(opts, routes, config) {
  const office = fakeOffice(opts);
  const net = fakeFetch(routes);
  const tokenFails = opts.tokenFails;
  const context = vm.createContext({
    Office: office.Office,
    OfficeRuntime: { auth: { getAccessToken: () => tokenFails
      ? Promise.reject({ code: 13003, message: "user type not supported" }) : Promise.resolve("entra-token") } },
    fetch: net.fetch, setTimeout, clearTimeout, console,
  });
  const head = "var MAILGUARD_CONFIG = " + JSON.stringify(Object.assign({ baseUrl: BASE, timeoutMs: 2000,
    onUnavailable: "soft-block" }, config || {})) + ";\n";
  vm.runInContext(head + SOURCE, context, { filename: "launchevent.js" });
  return Object.assign(office, net);
}

function send(env) {
  return new Promise((resolve) => {
    env.handlers.onMessageSendHandler({ completed: (options) => resolve(options) });
  });
}

const TO = [{ displayName: "Ann Fletcher", emailAddress: "ann.fletcher@example.com", recipientType: "externalUser" }];
const CONFIG = (policy) => () => ({ status: 200, json: { on_unavailable: policy, timeout_ms: 2000 } });
const VERDICT = (json) => () => ({ status: 200, json: Object.assign({ findings: [], annotation: null, hold_id: null }, json) });

test("both functions are associated with the manifest's names", () => {
  const env = load({}, {});
  assert.deepEqual(Object.keys(env.handlers).sort(), ["onMessageSendHandler", "submitForReview"]);
});

test("allow: the message is read, posted as a Graph message with the user's token, and let go", async () => {
  const env = load({ to: TO, cc: [], bcc: [{ displayName: "", emailAddress: "cllr.evans@hartsbourne-tc.gov.uk" }],
    subject: "Planning", body: "Dear Ann", attachments: [{ name: "plan.pdf", size: 10, isInline: false }] },
  { "/addin/config": CONFIG("soft-block"), "/api/v1/evaluate": VERDICT({ verdict: "allow" }) });
  const options = await send(env);
  assert.deepEqual({ ...options }, { allowEvent: true });
  const evaluate = env.requests.find((r) => r.url === BASE + "/api/v1/evaluate");
  assert.equal(evaluate.init.method, "POST");
  assert.equal(evaluate.init.headers.Authorization, "Bearer entra-token");
  assert.equal(evaluate.init.headers["Content-Type"], "application/json");
  const body = JSON.parse(evaluate.init.body);
  assert.deepEqual(body.from, { emailAddress: { name: "Jane Doe", address: "cllr.doe@hartsbourne-tc.gov.uk" } });
  assert.deepEqual(body.toRecipients, [{ emailAddress: { name: "Ann Fletcher", address: "ann.fletcher@example.com" } }]);
  assert.equal(body.bccRecipients[0].emailAddress.address, "cllr.evans@hartsbourne-tc.gov.uk");
  assert.equal(body.subject, "Planning");
  assert.deepEqual(body.body, { contentType: "text", content: "Dear Ann" });
  assert.equal(body.attachments[0].name, "plan.pdf");
  assert.equal(body.attachments[0]["@odata.type"], "#microsoft.graph.fileAttachment");
  assert.ok(env.calls.some((c) => c[0] === "body.getAsync" && c[1] === "text"));
});

test("annotate: the annotation is appended on send in the body's format, then the message goes", async () => {
  const env = load({ to: TO, bodyType: "html" }, { "/addin/config": CONFIG("soft-block"),
    "/api/v1/evaluate": VERDICT({ verdict: "annotate", annotation: "Sent on behalf of <the Clerk> & council" }) });
  const options = await send(env);
  assert.deepEqual({ ...options }, { allowEvent: true });
  const append = env.calls.find((c) => c[0] === "body.appendOnSendAsync");
  assert.equal(append[2].coercionType, "html");
  assert.match(append[1], /&lt;the Clerk&gt; &amp; council/);
});

test("annotate: when the note cannot be added, the send is stopped", async () => {
  const env = load({ to: TO, appendFails: true }, { "/addin/config": CONFIG("soft-block"),
    "/api/v1/evaluate": VERDICT({ verdict: "annotate", annotation: "A note" }) });
  const options = await send(env);
  assert.equal(options.allowEvent, false);
  assert.match(options.errorMessage, /could not add the note/);
  const append = env.calls.find((c) => c[0] === "body.appendOnSendAsync");
  assert.equal(append[2].coercionType, "text");
  assert.equal(append[1], "\n\nA note");
});

test("hold: blocked with the rule and clause in plain words, then submitted for review", async () => {
  const finding = { rule: "confidential-disclosure", action: "hold", clause: "4.2",
    summary: "Exempt report shared with someone outside the council",
    tell_sender: "Exempt papers go to members and officers only. ".repeat(20) };
  const routes = { "/addin/config": CONFIG("soft-block"),
    "/api/v1/evaluate": VERDICT({ verdict: "hold", hold_id: 42, findings: [finding, { ...finding, clause: null }] }),
    "/api/v1/held/42/submit-draft": (init) => ({ status: 200, json: { hold_id: 42, state: "held",
      source_ref: JSON.parse(init.body).itemId } }) };
  const env = load({ to: TO }, routes);
  const options = await send(env);
  assert.equal(options.allowEvent, false);
  assert.ok(options.errorMessage.length <= 500, options.errorMessage.length);
  assert.match(options.errorMessage, /^MailGuard is holding this message: Exempt report shared/);
  assert.match(options.errorMessage, /rule confidential-disclosure, clause 4\.2\) \(and 1 more\)/);
  assert.equal(options.commandId, "mgSubmitForReview");
  assert.deepEqual(JSON.parse(options.contextData), { holdId: 42 });

  const env2 = load({ initContext: options.contextData }, routes);
  await new Promise((resolve) => env2.handlers.submitForReview({ completed: resolve }));
  assert.ok(env2.calls.some((c) => c[0] === "saveAsync"));
  assert.ok(env2.calls.some((c) => c[0] === "convertToRestId" && c[1] === "AAMkAGEwsDraftId=" && c[2] === "v2.0"));
  const submit = env2.requests.find((r) => r.url === BASE + "/api/v1/held/42/submit-draft");
  assert.deepEqual(JSON.parse(submit.init.body), { itemId: "rest-AAMkAGEwsDraftId=" });
  assert.equal(submit.init.headers.Authorization, "Bearer entra-token");
  const note = env2.calls.find((c) => c[0] === "notificationMessages.replaceAsync");
  assert.equal(note[2].type, "informationalMessage");
});

test("slow service, soft block: the user may send anyway, and that is reported when the service is back", async () => {
  const roaming = {};
  const env = load({ to: TO, subject: "Budget", roaming }, { "/addin/config": CONFIG("soft-block"),
    "/api/v1/evaluate": () => "hang" }, { timeoutMs: 30 });
  const options = await send(env);
  assert.equal(options.allowEvent, false);
  assert.equal(options.sendModeOverride, "promptUser");
  assert.match(options.errorMessage, /no answer in time.*send it anyway/);
  assert.equal(roaming["mailguard.sentAnyway"].length, 1);
  assert.equal(roaming["mailguard.sentAnyway"][0].subject, "Budget");
  assert.equal(roaming["mailguard.sentAnyway"][0].recipients, 1);

  const posted = [];
  const env2 = load({ to: TO, roaming }, { "/addin/config": CONFIG("soft-block"),
    "/api/v1/evaluate": VERDICT({ verdict: "allow" }),
    "/api/v1/addin/sent-anyway": (init) => { posted.push(JSON.parse(init.body)); return { status: 204, json: null }; } });
  assert.deepEqual({ ...(await send(env2)) }, { allowEvent: true });
  assert.equal(posted.length, 1);
  assert.equal(posted[0].reason, "no answer in time");
  assert.equal(roaming["mailguard.sentAnyway"].length, 0);
});

test("slow service, hard block (the council's setting): the send is refused, with no send-anyway", async () => {
  const env = load({ to: TO }, { "/addin/config": CONFIG("hard-block"), "/api/v1/evaluate": () => "hang" },
    { timeoutMs: 30 });
  const options = await send(env);
  assert.equal(options.allowEvent, false);
  assert.equal(options.sendModeOverride, undefined);
  assert.match(options.errorMessage, /requires a check before mail is sent/);
  assert.ok(!env.calls.some((c) => c[0] === "roamingSettings.set"));
});

test("unreachable service: the deployment default applies when even the config cannot be read", async () => {
  const env = load({ to: TO }, {}, { onUnavailable: "hard-block" });
  const options = await send(env);
  assert.equal(options.allowEvent, false);
  assert.match(options.errorMessage, /service unavailable.*requires a check/);
});

test("a refused evaluate (HTTP 401) is not a verdict: the unavailable rule applies", async () => {
  const env = load({ to: TO }, { "/addin/config": CONFIG("hard-block"),
    "/api/v1/evaluate": () => ({ status: 401, json: { detail: "expired" } }) });
  const options = await send(env);
  assert.equal(options.allowEvent, false);
  assert.equal(options.sendModeOverride, undefined);
});

test("token failure: no request is made without a token, and the send is stopped", async () => {
  const env = load({ to: TO, tokenFails: true }, { "/addin/config": CONFIG("soft-block"),
    "/api/v1/evaluate": VERDICT({ verdict: "allow" }) });
  const options = await send(env);
  assert.equal(options.allowEvent, false);
  assert.match(options.errorMessage, /sign-in failed/);
  assert.equal(env.requests.length, 0);
});
