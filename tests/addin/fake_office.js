// A fake Office object for the Smart Alerts handler: the compose item, roaming settings and the
// item's custom properties, recording every call. Shared by launchevent.test.js (a stubbed fetch)
// and drive_handler.js (node's real fetch against the running service).
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");

const SOURCE = fs.readFileSync(path.join(__dirname, "..", "..", "addin", "launchevent.js"), "utf8");

function fakeOffice(opts) {
  const calls = [];
  const ok = (value) => ({ status: "succeeded", value });
  const failed = (message) => ({ status: "failed", error: { message } });
  const roaming = opts.roaming || {};
  const custom = opts.customProperties || {};
  const rec = (name, result) => (...args) => { calls.push([name, ...args.filter((a) => typeof a !== "function")]);
    const cb = args.find((a) => typeof a === "function"); if (cb) { cb(typeof result === "function" ? result(...args) : result); } };
  const props = {
    get: (k) => custom[k], set: (k, v) => { custom[k] = v; calls.push(["customProperties.set", k, v]); },
    saveAsync: rec("customProperties.saveAsync", ok()),
  };
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
    loadCustomPropertiesAsync: rec("loadCustomPropertiesAsync", ok(props)),
    saveAsync: rec("saveAsync", ok(opts.ewsId || "AAMkAGEwsDraftId=")),
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
        userProfile: opts.userProfile || { displayName: "Jane Doe", emailAddress: "cllr.doe@hartsbourne-tc.gov.uk" },
        convertToRestId: (id, version) => { calls.push(["convertToRestId", id, version]); return opts.restId || "rest-" + id; },
      },
      roamingSettings: {
        get: (k) => roaming[k],
        set: (k, v) => { roaming[k] = v; calls.push(["roamingSettings.set", k]); },
        remove: (k) => { delete roaming[k]; calls.push(["roamingSettings.remove", k]); },
        saveAsync: rec("roamingSettings.saveAsync", ok()),
      },
    },
  };
  return { Office, calls, handlers, roaming, custom };
}

// Loads launchevent.js as Outlook would, with the settings the service prepends.
function load(opts, fetch, config, getAccessToken) {
  const head = "var MAILGUARD_CONFIG = " + JSON.stringify(config) + ";\n";
  return loadScript(opts, fetch, head + SOURCE, getAccessToken);
}

// Loads a whole handler script (settings line included), e.g. as the service served it.
function loadScript(opts, fetch, script, getAccessToken) {
  const office = fakeOffice(opts);
  const calls = office.calls;
  const context = vm.createContext({
    Office: office.Office,
    OfficeRuntime: { auth: { getAccessToken: getAccessToken } },
    fetch, AbortController, clearTimeout, console, Date, Math,
    // opts.timers records each timer the handler sets (its deadline), in milliseconds
    setTimeout: (fn, ms) => { if (opts.timers) { opts.timers.push(ms); } calls.push(["timer", ms]);
                              return setTimeout(fn, ms); },
  });
  vm.runInContext(script, context, { filename: "launchevent.js" });
  return office;
}

function send(env) {
  return new Promise((resolve) => {
    env.handlers.onMessageSendHandler({ completed: (options) => resolve(options) });
  });
}

function submit(env) {
  return new Promise((resolve) => env.handlers.submitForReview({ completed: resolve }));
}

module.exports = { fakeOffice, load, loadScript, send, submit, SOURCE };
