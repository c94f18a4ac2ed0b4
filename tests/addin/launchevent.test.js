// The Smart Alerts handler against a fake Office object that records calls (node --test tests/addin/).
"use strict";
const { test } = require("node:test");
const assert = require("node:assert/strict");

const { load: loadHandler, send, submit, SOURCE } = require("./fake_office.js");
const BASE = "https://mailguard.example.gov.uk";

// fetch stub: routes[path] -> function(init) returning {status, json, headers} or "hang" (never answers,
// until the handler's deadline aborts it, as a real fetch would be).
function fakeFetch(routes) {
  const requests = [];
  const fetch = (url, init) => {
    requests.push({ url, init });
    const route = routes[new URL(url).pathname];
    if (!route) { return Promise.reject(new TypeError("Failed to fetch")); }
    const answer = route(init || {});
    if (answer === "hang") {
      return new Promise((resolve, reject) => {
        const signal = init && init.signal;
        if (signal) { signal.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError"))); }
      });
    }
    const headers = answer.headers || {};
    return Promise.resolve({ ok: answer.status >= 200 && answer.status < 300, status: answer.status,
      headers: { get: (name) => headers[name] === undefined ? null : headers[name] },
      json: () => answer.json === undefined ? Promise.reject(new SyntaxError("Unexpected end of JSON input"))
                                            : Promise.resolve(answer.json) });
  };
  return { fetch, requests };
}

function load(opts, routes, config) {
  const net = fakeFetch(routes);
  const token = () => opts.tokenHangs ? new Promise(() => {})
    : opts.tokenFails ? Promise.reject({ code: 13003, message: "user type not supported" })
    : Promise.resolve("entra-token");
  const env = loadHandler(opts, net.fetch, Object.assign({ baseUrl: BASE, timeoutMs: 2000,
    onUnavailable: "soft-block" }, config || {}), token);
  return Object.assign(env, net);
}

const TO = [{ displayName: "Ann Fletcher", emailAddress: "ann.fletcher@example.com", recipientType: "externalUser" }];
const CONFIG = (policy) => () => ({ status: 200, json: { on_unavailable: policy, timeout_ms: 2000 } });
const VERDICT = (json, policy) => () => ({ status: 200, json: Object.assign({ findings: [], annotation: null,
  hold_id: null, on_unavailable: policy || "soft-block" }, json) });

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

test("annotate: the note is appended on send and the sender is told of it before it goes", async () => {
  const routes = { "/addin/config": CONFIG("soft-block"),
    "/api/v1/evaluate": VERDICT({ verdict: "annotate", annotation: "Sent on behalf of <the Clerk> & council" }) };
  const customProperties = {};
  const env = load({ to: TO, bodyType: "html", customProperties }, routes);
  const options = await send(env);
  assert.equal(options.allowEvent, false);
  assert.equal(options.sendModeOverride, "promptUser"); // Send Anyway sends it, with the note
  assert.match(options.errorMessage, /adds this note to the end of your message[\s\S]*Sent on behalf of <the Clerk> & council[\s\S]*Send Anyway/);
  const append = env.calls.find((c) => c[0] === "body.appendOnSendAsync");
  assert.equal(append[2].coercionType, "html");
  assert.match(append[1], /&lt;the Clerk&gt; &amp; council/);
  assert.ok(env.calls.some((c) => c[0] === "customProperties.saveAsync"));

  // Send again: the sender has seen this note for this draft, so it goes at once.
  const again = load({ to: TO, bodyType: "html", customProperties }, routes);
  assert.deepEqual({ ...(await send(again)) }, { allowEvent: true });
  assert.ok(again.calls.some((c) => c[0] === "body.appendOnSendAsync")); // never sent without the note
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

test("slow service, soft block: the user may send anyway, and that is reported once when the service is back", async () => {
  const roaming = {};
  const env = load({ to: TO, subject: "Budget", roaming }, { "/addin/config": CONFIG("soft-block"),
    "/api/v1/evaluate": () => "hang" }, { timeoutMs: 30 });
  const options = await send(env);
  assert.equal(options.allowEvent, false);
  assert.equal(options.sendModeOverride, "promptUser");
  assert.match(options.errorMessage, /no answer in time.*send it anyway/);
  const queued = roaming["mailguard.sentAnyway"];
  assert.equal(queued.length, 1);
  assert.equal(queued[0].subject, "Budget");
  assert.equal(queued[0].recipients, 1);
  assert.match(queued[0].id, /^[A-Za-z0-9_-]{8,64}$/);

  // The endpoint answers 200 with the id (or 204 from an older service): either way it is acknowledged.
  for (const answer of [{ status: 200, json: { id: queued[0].id, recorded: true } }, { status: 204 }]) {
    const copy = { "mailguard.sentAnyway": queued.slice() };
    const posted = [];
    const env2 = load({ to: TO, roaming: copy }, { "/addin/config": CONFIG("soft-block"),
      "/api/v1/evaluate": VERDICT({ verdict: "allow" }),
      "/api/v1/addin/sent-anyway": (init) => { posted.push(JSON.parse(init.body)); return answer; } });
    assert.deepEqual({ ...(await send(env2)) }, { allowEvent: true });
    assert.equal(posted.length, 1);
    assert.equal(posted[0].id, queued[0].id);
    assert.equal(posted[0].reason, "no answer in time");
    assert.equal(copy["mailguard.sentAnyway"].length, 0); // cleared: the next send reports nothing
    const env3 = load({ to: TO, roaming: copy }, { "/addin/config": CONFIG("soft-block"),
      "/api/v1/evaluate": VERDICT({ verdict: "allow" }),
      "/api/v1/addin/sent-anyway": (init) => { posted.push(JSON.parse(init.body)); return answer; } });
    await send(env3);
    assert.equal(posted.length, 1);
  }
});

test("a report the service did not acknowledge stays queued, with the same id", async () => {
  const entry = { id: "rqueued0001", subject: "Budget", reason: "service unavailable", at: "", recipients: 1 };
  const roaming = { "mailguard.sentAnyway": [entry] };
  const env = load({ to: TO, roaming }, { "/addin/config": CONFIG("soft-block"),
    "/api/v1/evaluate": VERDICT({ verdict: "allow" }),
    "/api/v1/addin/sent-anyway": () => ({ status: 500, json: { detail: "boom" } }) });
  assert.deepEqual({ ...(await send(env)) }, { allowEvent: true });
  assert.deepEqual(roaming["mailguard.sentAnyway"], [entry]);
});

test("slow service, hard block (the council's setting): the send is refused, with no send-anyway", async () => {
  const env = load({ to: TO, roaming: { "mailguard.onUnavailable": "hard-block" } },
    { "/addin/config": CONFIG("soft-block"), "/api/v1/evaluate": () => "hang" }, { timeoutMs: 30 });
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
  const env = load({ to: TO, roaming: { "mailguard.onUnavailable": "hard-block" } }, { "/addin/config": CONFIG("hard-block"),
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

test("the council's block mode is kept, and an outage later honours a hard block", async () => {
  const roaming = {};
  const online = load({ to: TO, roaming }, { "/api/v1/evaluate": VERDICT({ verdict: "allow" }, "hard-block") });
  assert.deepEqual({ ...(await send(online)) }, { allowEvent: true });
  assert.equal(roaming["mailguard.onUnavailable"], "hard-block");
  assert.ok(online.calls.some((c) => c[0] === "roamingSettings.saveAsync"));

  const outage = load({ to: TO, roaming }, {}, { onUnavailable: "soft-block" }); // nothing answers
  const options = await send(outage);
  assert.equal(options.allowEvent, false);
  assert.equal(options.sendModeOverride, undefined);
  assert.match(options.errorMessage, /requires a check before mail is sent/);
});

test("one deadline for sign-in and verdict together, aborting what is still waiting", async () => {
  const timers = [];
  const env = load({ to: TO, timers }, { "/api/v1/evaluate": () => "hang" }, { timeoutMs: 100 });
  const options = await send(env);
  assert.equal(options.allowEvent, false);
  assert.match(options.errorMessage, /no answer in time/);
  assert.deepEqual(env.requests.map((r) => new URL(r.url).pathname), ["/api/v1/evaluate"]); // the settings ride on it
  assert.equal(env.requests[0].init.signal.aborted, true);
  assert.deepEqual(timers, [100]); // one timer for the whole send
});

test("a hanging sign-in spends the same deadline, not one of its own", async () => {
  const timers = [];
  const env = load({ to: TO, timers, tokenHangs: true }, { "/api/v1/evaluate": VERDICT({ verdict: "allow" }) },
                   { timeoutMs: 100 });
  const options = await send(env);
  assert.match(options.errorMessage, /no answer in time/);
  assert.equal(env.requests.length, 0);
  assert.deepEqual(timers, [100]);
});

test("the wait never reaches Outlook's 5 s warning, whatever the script was configured with", async () => {
  const timers = [];
  const env = load({ to: TO, timers }, { "/addin/config": CONFIG("soft-block"),
    "/api/v1/evaluate": VERDICT({ verdict: "allow" }) }, { timeoutMs: 60000 });
  await send(env);
  assert.deepEqual(timers, [4500]);
});

test("503 with Retry-After is the service unavailable path, and no wait on it until then", async () => {
  const roaming = { "mailguard.onUnavailable": "hard-block" };
  const env = load({ to: TO, roaming }, { "/addin/config": () => ({ status: 503, headers: { "Retry-After": "120" } }),
    "/api/v1/evaluate": () => ({ status: 503, headers: { "Retry-After": "120" }, json: { detail: "maintenance" } }) });
  const options = await send(env);
  assert.equal(options.allowEvent, false);
  assert.equal(options.sendModeOverride, undefined);
  assert.match(options.errorMessage, /service unavailable\) \(expected back in about 2 min\).*requires a check/);
  assert.ok(roaming["mailguard.unavailableUntil"] > Date.now() + 100 * 1000);

  const soon = load({ to: TO, roaming }, { "/addin/config": CONFIG("soft-block"),
    "/api/v1/evaluate": VERDICT({ verdict: "allow" }) });
  const second = await send(soon);
  assert.equal(second.allowEvent, false);
  assert.equal(soon.requests.length, 0); // told the user at once, asked nothing
});

test("a refused sign-in (401/403) is named as such, not as an outage", async () => {
  const env = load({ to: TO }, { "/addin/config": () => ({ status: 403, json: { detail: "not in directory" } }),
    "/api/v1/evaluate": () => ({ status: 403, json: { detail: "not in directory" } }) });
  const options = await send(env);
  assert.equal(options.allowEvent, false);
  assert.match(options.errorMessage, /refused your sign-in \(403\); if it goes on, your administrator can see why/);
});
