// Runs the Smart Alerts handler once under node, with node's real fetch, against a running service.
// Usage: node drive_handler.js scenario.json  -> prints {completed, roaming, custom, calls, requests} as JSON.
// scenario: {action: "send"|"submit", script | (baseUrl, timeoutMs, onUnavailable), token, item: {...fake item...}}
"use strict";
const fs = require("node:fs");
const { load, loadScript, send, submit } = require("./fake_office.js");

async function main() {
  const scenario = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
  const requests = [];
  const realFetch = globalThis.fetch;
  const fetch = (url, init) => {
    const entry = { url, method: (init && init.method) || "GET", status: null };
    requests.push(entry);
    return realFetch(url, init).then((response) => { entry.status = response.status; return response; },
                                     (error) => { entry.error = String(error && error.name); throw error; });
  };
  const getAccessToken = () => (scenario.token ? Promise.resolve(scenario.token)
                                               : Promise.reject({ code: 13003, message: "no token" }));
  // scenario.script: the handler exactly as the service serves it, its settings line included
  const env = scenario.script
    ? loadScript(scenario.item || {}, fetch, scenario.script, getAccessToken)
    : load(scenario.item || {}, fetch, { baseUrl: scenario.baseUrl, timeoutMs: scenario.timeoutMs,
                                         onUnavailable: scenario.onUnavailable || "soft-block" }, getAccessToken);
  const started = Date.now();
  const completed = scenario.action === "submit" ? await submit(env) : await send(env);
  const waitedMs = Date.now() - started;
  process.stdout.write(JSON.stringify({ completed: completed || null, roaming: env.roaming, custom: env.custom,
                                        calls: env.calls, requests, waitedMs }));
}

main().then(() => process.exit(0), (error) => { console.error(error && error.stack); process.exit(3); });
