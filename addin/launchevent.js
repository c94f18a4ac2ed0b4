/* Council MailGuard: the Smart Alerts OnMessageSend handler.
 * Plain script, no modules, no build: classic Outlook on Windows loads this file alone in a
 * JavaScript-only runtime (no DOM; Office.onReady does not run; fetch needs absolute URLs).
 * The service prepends `var MAILGUARD_CONFIG = {...}` (baseUrl, timeoutMs, onUnavailable, scopes).
 * Every path ends in event.completed; code after it is not guaranteed to run. */
var MG = (typeof MAILGUARD_CONFIG !== "undefined" && MAILGUARD_CONFIG) || {};
var MG_MAX_MESSAGE = 500; // Smart Alerts dialog text limit
var MG_PENDING_KEY = "mailguard.sentAnyway";

function mgUrl(path) { return String(MG.baseUrl || "").replace(/\/+$/, "") + path; }

function mgAsync(call) {
  return new Promise(function (resolve, reject) {
    call(function (result) {
      if (result && result.status === Office.AsyncResultStatus.Succeeded) { resolve(result.value); }
      else { reject(new Error((result && result.error && result.error.message) || "Office call failed")); }
    });
  });
}

function mgWithin(ms, promise) {
  return new Promise(function (resolve, reject) {
    var timer = setTimeout(function () { reject(new Error("timeout")); }, ms);
    promise.then(function (v) { clearTimeout(timer); resolve(v); },
                 function (e) { clearTimeout(timer); reject(e); });
  });
}

function mgToken() {
  if (typeof MG.getToken === "function") { return MG.getToken(MG.scopes || []); } // an NAA bundle may set this
  return OfficeRuntime.auth.getAccessToken({ allowSignInPrompt: false, allowConsentPrompt: false });
}

function mgFetchJson(path, token, init) {
  init = init || {};
  init.headers = init.headers || {};
  init.headers.Authorization = "Bearer " + token;
  return fetch(mgUrl(path), init).then(function (response) {
    if (!response.ok) { throw new Error("service answered " + response.status); }
    return response.json();
  });
}

function mgRecipients(list) {
  return (list || []).filter(function (r) { return r && r.emailAddress; }).map(function (r) {
    return { emailAddress: { name: r.displayName || "", address: r.emailAddress } };
  });
}

/* The compose item as a Microsoft Graph message resource (what POST /api/v1/evaluate accepts).
 * Sequential reads: web and new Outlook allow at most 3 simultaneous async calls. */
function mgReadMessage(item) {
  var message = {};
  var profile = Office.context.mailbox.userProfile || {};
  message.from = { emailAddress: { name: profile.displayName || "", address: profile.emailAddress || "" } };
  return mgAsync(function (cb) { item.to.getAsync(cb); }).then(function (to) {
    message.toRecipients = mgRecipients(to);
    return mgAsync(function (cb) { item.cc.getAsync(cb); });
  }).then(function (cc) {
    message.ccRecipients = mgRecipients(cc);
    return mgAsync(function (cb) { item.bcc.getAsync(cb); });
  }).then(function (bcc) {
    message.bccRecipients = mgRecipients(bcc);
    return mgAsync(function (cb) { item.subject.getAsync(cb); });
  }).then(function (subject) {
    message.subject = subject || "";
    return mgAsync(function (cb) { item.body.getAsync(Office.CoercionType.Text, cb); });
  }).then(function (body) {
    message.body = { contentType: "text", content: body || "" };
    return mgAsync(function (cb) { item.getAttachmentsAsync(cb); });
  }).then(function (attachments) {
    message.attachments = (attachments || []).map(function (a) {
      return { "@odata.type": "#microsoft.graph.fileAttachment", name: a.name || "", size: a.size || 0,
               isInline: !!a.isInline };
    });
    return message;
  });
}

function mgClip(text) { return text.length <= MG_MAX_MESSAGE ? text : text.slice(0, MG_MAX_MESSAGE - 1) + "\u2026"; }

/* "MailGuard is holding this message: <summary> (rule <rule>, clause <clause>). <what to do>" */
function mgHoldMessage(result) {
  var holding = (result.findings || []).filter(function (f) { return f.action === "hold"; });
  var first = holding[0];
  if (!first) {
    return mgClip("MailGuard is holding this message for review: " + (result.hold_reason || "it could not be fully checked") +
                  ". Choose Submit for review to send it to the council's reviewers.");
  }
  var clause = first.clause ? ", clause " + first.clause : "";
  var tell = first.tell_sender ? " " + first.tell_sender : "";
  var more = holding.length > 1 ? " (and " + (holding.length - 1) + " more)" : "";
  return mgClip("MailGuard is holding this message: " + first.summary + " (rule " + first.rule + clause + ")" + more +
                "." + tell + " Change it, or choose Submit for review.");
}

function mgAnnotate(item, text) {
  return mgAsync(function (cb) { item.body.getTypeAsync(cb); }).then(function (type) {
    var html = type === Office.CoercionType.Html;
    var data = html ? "<p>" + text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
                                   .replace(/\n/g, "<br>") + "</p>" : "\n\n" + text;
    return mgAsync(function (cb) {
      item.body.appendOnSendAsync(data, { coercionType: html ? Office.CoercionType.Html : Office.CoercionType.Text }, cb);
    });
  });
}

/* Sends made without a verdict are queued in roaming settings and reported when the service answers. */
function mgPending() {
  var settings = Office.context.roamingSettings;
  var list = settings && settings.get(MG_PENDING_KEY);
  return Array.isArray(list) ? list : [];
}

function mgSavePending(list) {
  var settings = Office.context.roamingSettings;
  if (!settings) { return Promise.resolve(); }
  settings.set(MG_PENDING_KEY, list.slice(-50));
  return mgAsync(function (cb) { settings.saveAsync(cb); }).catch(function () {});
}

function mgFlushPending(token) {
  var list = mgPending();
  if (!list.length) { return Promise.resolve(); }
  var posts = list.map(function (entry) {
    return mgFetchJson("/api/v1/addin/sent-anyway", token, {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(entry) });
  });
  return mgWithin(MG.timeoutMs || 8000, Promise.all(posts)).then(function () { return mgSavePending([]); },
                                                                 function () {});
}

function mgUnavailable(event, message, policy, reason) {
  if (policy === "hard-block") {
    event.completed({ allowEvent: false, errorMessage: mgClip("MailGuard could not check this message (" + reason +
      "). Your council requires a check before mail is sent: please try again in a few minutes.") });
    return Promise.resolve();
  }
  var entry = { subject: (message && message.subject) || "", reason: reason, at: new Date().toISOString(),
                recipients: message ? message.toRecipients.length + message.ccRecipients.length +
                                      message.bccRecipients.length : 0 };
  return mgSavePending(mgPending().concat([entry])).then(function () {
    event.completed({ allowEvent: false, sendModeOverride: Office.MailboxEnums.SendModeOverride.PromptUser,
      errorMessage: mgClip("MailGuard could not check this message (" + reason + "). You may send it anyway; " +
                           "that will be recorded for the council's reviewers.") });
  });
}

function onMessageSendHandler(event) {
  var item = Office.context.mailbox.item;
  var timeout = MG.timeoutMs || 8000;
  var policy = MG.onUnavailable || "soft-block";
  var message = null;
  var token = null;
  return mgReadMessage(item).then(function (read) {
    message = read;
    return mgWithin(timeout, Promise.resolve().then(mgToken)).catch(function () { throw new Error("sign-in failed"); });
  }).then(function (t) {
    token = t;
    return mgWithin(timeout, mgFetchJson("/addin/config", token)).then(function (config) {
      policy = config.on_unavailable || policy;
    }, function () {});
  }).then(function () {
    return mgWithin(timeout, mgFetchJson("/api/v1/evaluate", token, {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(message) }))
      .catch(function (e) { throw new Error(e.message === "timeout" ? "no answer in time" : "service unavailable"); });
  }).then(function (result) {
    return mgFlushPending(token).then(function () { return mgAct(event, item, result); });
  }).catch(function (error) {
    return mgUnavailable(event, message, policy, error.message || "service unavailable");
  });
}

function mgAct(event, item, result) {
  if (result.verdict === "allow") { event.completed({ allowEvent: true }); return Promise.resolve(); }
  if (result.verdict === "annotate" && result.annotation) {
    return mgAnnotate(item, result.annotation).then(function () { event.completed({ allowEvent: true }); },
      function () {
        event.completed({ allowEvent: false, errorMessage: "MailGuard could not add the note your council's " +
                          "protocol requires to this message. Please try sending again." });
      });
  }
  if (result.verdict === "annotate") { event.completed({ allowEvent: true }); return Promise.resolve(); }
  event.completed({ allowEvent: false, errorMessage: mgHoldMessage(result), commandId: "mgSubmitForReview",
                    contextData: JSON.stringify({ holdId: result.hold_id }) });
  return Promise.resolve();
}

/* "Submit for review" (the dialog's Take Action, or the ribbon button): save the draft, tell the
 * service its item id, so the connector can move it to "Held for review". */
function submitForReview(event) {
  var item = Office.context.mailbox.item;
  var holdId = null;
  var done = function (text, ok) {
    item.notificationMessages.replaceAsync("mailguard", {
      type: ok ? Office.MailboxEnums.ItemNotificationMessageType.InformationalMessage
               : Office.MailboxEnums.ItemNotificationMessageType.ErrorMessage,
      message: text.slice(0, 150), icon: "Icon.16x16", persistent: false }, function () { event.completed(); });
  };
  return mgAsync(function (cb) { item.getInitializationContextAsync(cb); }).then(function (context) {
    holdId = JSON.parse(context || "{}").holdId;
    if (!holdId) { throw new Error("no held message to submit"); }
    return mgAsync(function (cb) { item.saveAsync(cb); });
  }).then(function (ewsId) {
    var itemId = Office.context.mailbox.convertToRestId(ewsId, Office.MailboxEnums.RestVersion.v2_0);
    return Promise.resolve().then(mgToken).then(function (token) {
      return mgWithin(MG.timeoutMs || 8000, mgFetchJson("/api/v1/held/" + encodeURIComponent(holdId) + "/submit-draft",
        token, { method: "POST", headers: { "Content-Type": "application/json" },
                 body: JSON.stringify({ itemId: itemId }) }));
    });
  }).then(function () {
    done("Submitted for review. A reviewer will release it or return it to you.", true);
  }, function (error) {
    done("MailGuard could not submit this for review: " + error.message, false);
  });
}

Office.actions.associate("onMessageSendHandler", onMessageSendHandler);
Office.actions.associate("submitForReview", submitForReview);
