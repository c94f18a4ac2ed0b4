/* Council MailGuard: the Smart Alerts OnMessageSend handler.
 * Plain script, no modules, no build: classic Outlook on Windows loads this file alone in a
 * JavaScript-only runtime (no DOM; Office.onReady does not run; fetch needs absolute URLs).
 * The service prepends `var MAILGUARD_CONFIG = {...}` (baseUrl, timeoutMs, onUnavailable, scopes).
 * Every path ends in event.completed; code after it is not guaranteed to run.
 *
 * One bounded wait: sign-in and the verdict (which carries the council's block mode) share ONE deadline of
 * timeoutMs (under 5 s, when Outlook starts telling the user the add-in is slow). The council's
 * block mode is kept in roaming settings, so an outage still honours a hard block. */
var MG = (typeof MAILGUARD_CONFIG !== "undefined" && MAILGUARD_CONFIG) || {};
var MG_MAX_MESSAGE = 500; // Smart Alerts dialog text limit
var MG_MAX_WAIT = 4500; // Outlook warns at 5 s: the whole wait stays under it whatever the config says
var MG_PENDING_KEY = "mailguard.sentAnyway";
var MG_POLICY_KEY = "mailguard.onUnavailable"; // the council's block mode, as last heard from the service
var MG_UNTIL_KEY = "mailguard.unavailableUntil"; // a 503's Retry-After: do not wait on the service till then
var MG_NOTE_PROPERTY = "mailguardNoteShown"; // the footer this draft's sender was already told of

function mgUrl(path) { return String(MG.baseUrl || "").replace(/\/+$/, "") + path; }

function mgBudget() {
  var wanted = Number(MG.timeoutMs) || 4000;
  return Math.max(100, Math.min(wanted, MG_MAX_WAIT));
}

function mgAsync(call) {
  return new Promise(function (resolve, reject) {
    call(function (result) {
      if (result && result.status === Office.AsyncResultStatus.Succeeded) { resolve(result.value); }
      else { reject(new Error((result && result.error && result.error.message) || "Office call failed")); }
    });
  });
}

/* One deadline for the whole send: every wait races the same timer; fetches are aborted at it. */
function mgDeadline(ms) {
  var deadline = { timer: null, controller: typeof AbortController === "function" ? new AbortController() : null };
  deadline.expired = new Promise(function (resolve, reject) {
    deadline.timer = setTimeout(function () {
      if (deadline.controller) { deadline.controller.abort(); }
      reject(new Error("no answer in time"));
    }, ms);
  });
  deadline.expired.catch(function () {});
  deadline.within = function (promise) { return Promise.race([promise, deadline.expired]); };
  deadline.done = function () { clearTimeout(deadline.timer); };
  return deadline;
}

function mgToken() {
  if (typeof MG.getToken === "function") { return MG.getToken(MG.scopes || []); } // an NAA bundle may set this
  return OfficeRuntime.auth.getAccessToken({ allowSignInPrompt: false, allowConsentPrompt: false });
}

/* An error that says what the user should be told; `setup` marks a refusal an administrator must fix. */
function mgFailure(reason, extra) {
  var error = new Error(reason);
  if (extra) { for (var k in extra) { error[k] = extra[k]; } }
  return error;
}

function mgFetch(path, token, init, deadline) {
  init = init || {};
  init.headers = init.headers || {};
  init.headers.Authorization = "Bearer " + token;
  if (deadline && deadline.controller) { init.signal = deadline.controller.signal; }
  return fetch(mgUrl(path), init).then(function (response) {
    if (response.status === 503) { // the documented "service unavailable": Retry-After says for how long
      var after = parseInt((response.headers && response.headers.get && response.headers.get("Retry-After")) || "", 10);
      throw mgFailure("service unavailable", { retryAfter: isNaN(after) ? 0 : Math.min(after, 3600) });
    }
    if (response.status === 401 || response.status === 403) {
      throw mgFailure("MailGuard refused your sign-in (" + response.status + "); if it goes on, your administrator " +
                      "can see why on MailGuard's add-in status", { setup: true });
    }
    if (!response.ok) { throw mgFailure("service answered " + response.status); }
    return response;
  }, function (error) {
    if (error && error.retryAfter !== undefined) { throw error; }
    throw mgFailure("service unavailable");
  });
}

function mgFetchJson(path, token, init, deadline) {
  return mgFetch(path, token, init, deadline).then(function (response) { return response.json(); });
}

function mgRoaming() { return Office.context.roamingSettings || null; }

function mgRoamingGet(key) { var s = mgRoaming(); return s ? s.get(key) : undefined; }

/* roamingSettings.set is in memory; saveAsync stores it in the mailbox for the next launch. */
function mgRoamingSave(changes) {
  var settings = mgRoaming();
  if (!settings) { return Promise.resolve(); }
  for (var key in changes) {
    if (changes[key] === null) { settings.remove ? settings.remove(key) : settings.set(key, null); }
    else { settings.set(key, changes[key]); }
  }
  return mgAsync(function (cb) { settings.saveAsync(cb); }).catch(function () {});
}

function mgCachedPolicy() {
  var cached = mgRoamingGet(MG_POLICY_KEY);
  return cached === "hard-block" || cached === "soft-block" ? cached : null;
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

/* Sends made without a verdict are queued in roaming settings, each with its own id, and reported
 * when the service answers; the service records an id once, and any 2xx clears it here. */
function mgPending() {
  var list = mgRoamingGet(MG_PENDING_KEY);
  return Array.isArray(list) ? list.filter(function (e) { return e && typeof e.id === "string"; }) : [];
}

function mgReportId() {
  return "r" + Date.now().toString(36) + Math.random().toString(36).slice(2, 12) + Math.random().toString(36).slice(2, 8);
}

function mgFlushPending(token, deadline) {
  var list = mgPending();
  if (!list.length) { return Promise.resolve(); }
  var acknowledged = {};
  var posts = list.map(function (entry) {
    return mgFetch("/api/v1/addin/sent-anyway", token, {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(entry) }, deadline)
      .then(function () { acknowledged[entry.id] = true; }, function () {});
  });
  // Whatever was acknowledged before the deadline is dropped; the rest waits for the next send.
  return deadline.within(Promise.all(posts)).catch(function () {}).then(function () {
    var left = mgPending().filter(function (e) { return !acknowledged[e.id]; });
    if (left.length === mgPending().length) { return; }
    var changes = {}; changes[MG_PENDING_KEY] = left;
    return deadline.within(mgRoamingSave(changes)).catch(function () {});
  });
}

function mgMinutes(seconds) { return Math.max(1, Math.round(seconds / 60)); }

function mgUnavailable(event, message, policy, error) {
  var reason = (error && error.message) || "service unavailable";
  var waits = error && error.retryAfter > 0 ? " (expected back in about " + mgMinutes(error.retryAfter) + " min)" : "";
  var changes = {};
  if (error && error.retryAfter > 0 && !error.skipped) { changes[MG_UNTIL_KEY] = Date.now() + error.retryAfter * 1000; }
  if (policy === "hard-block") {
    return mgRoamingSave(changes).then(function () {
      event.completed({ allowEvent: false, errorMessage: mgClip("MailGuard could not check this message (" + reason +
        ")" + waits + ". Your council requires a check before mail is sent: please try again later.") });
    });
  }
  var entry = { id: mgReportId(), subject: (message && message.subject) || "", reason: reason.slice(0, 200),
                at: new Date().toISOString(),
                recipients: message ? message.toRecipients.length + message.ccRecipients.length +
                                      message.bccRecipients.length : 0 };
  changes[MG_PENDING_KEY] = mgPending().concat([entry]).slice(-50);
  return mgRoamingSave(changes).then(function () {
    event.completed({ allowEvent: false, sendModeOverride: Office.MailboxEnums.SendModeOverride.PromptUser,
      errorMessage: mgClip("MailGuard could not check this message (" + reason + ")" + waits +
                           ". You may send it anyway; that will be recorded for the council's reviewers.") });
  });
}

/* Sign-in and verdict within the one deadline. The verdict carries the council's block mode
 * (on_unavailable), kept for the next outage; reports of earlier sends go while time is left. */
function mgCheck(message, deadline) {
  return deadline.within(Promise.resolve().then(mgToken)).catch(function (error) {
    throw error && error.message === "no answer in time" ? error : mgFailure("sign-in failed");
  }).then(function (token) {
    return deadline.within(mgFetchJson("/api/v1/evaluate", token, {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(message) }, deadline))
      .then(function (result) {
        var changes = {};
        if (mgRoamingGet(MG_UNTIL_KEY)) { changes[MG_UNTIL_KEY] = null; }
        if ((result.on_unavailable === "hard-block" || result.on_unavailable === "soft-block") &&
            result.on_unavailable !== mgRoamingGet(MG_POLICY_KEY)) {
          changes[MG_POLICY_KEY] = result.on_unavailable;
        }
        var saved = Object.keys(changes).length ? deadline.within(mgRoamingSave(changes)).catch(function () {})
                                                : Promise.resolve();
        return saved.then(function () { return mgFlushPending(token, deadline); })
                    .then(function () { return result; });
      });
  });
}

function onMessageSendHandler(event) {
  var item = Office.context.mailbox.item;
  var policy = mgCachedPolicy() || MG.onUnavailable || "soft-block";
  var message = null;
  return mgReadMessage(item).then(function (read) {
    message = read;
    var until = Number(mgRoamingGet(MG_UNTIL_KEY)) || 0;
    if (until > Date.now()) { // the service said when it will be back: no wait on it till then
      throw mgFailure("service unavailable", { retryAfter: Math.ceil((until - Date.now()) / 1000), skipped: true });
    }
    var deadline = mgDeadline(mgBudget());
    return mgCheck(message, deadline).then(function (result) { deadline.done(); return result; },
                                           function (error) { deadline.done(); throw error; });
  }).then(function (result) {
    return mgAct(event, item, result);
  }).catch(function (error) {
    return mgUnavailable(event, message, policy, error);
  });
}

function mgNoteTold(item, note) {
  return mgAsync(function (cb) { item.loadCustomPropertiesAsync(cb); }).then(function (props) {
    return { props: props, told: props.get(MG_NOTE_PROPERTY) === note.slice(0, 200) };
  });
}

function mgAct(event, item, result) {
  if (result.verdict === "allow") { event.completed({ allowEvent: true }); return Promise.resolve(); }
  if (result.verdict === "annotate" && result.annotation) {
    var note = result.annotation;
    return mgNoteTold(item, note).then(function (state) {
      if (state.told) { // the sender saw it and sent again: the note is asked for again (the draft may have
                        // been closed and reopened since, and append-on-send lasts one compose session)
        return mgAnnotate(item, note).then(function () { event.completed({ allowEvent: true }); });
      }
      return mgAnnotate(item, note).then(function () {
        state.props.set(MG_NOTE_PROPERTY, note.slice(0, 200));
        return mgAsync(function (cb) { state.props.saveAsync(cb); }).catch(function () {});
      }).then(function () {
        // The sender is told what goes out under their name; Send Anyway sends it with the note.
        event.completed({ allowEvent: false, sendModeOverride: Office.MailboxEnums.SendModeOverride.PromptUser,
          errorMessage: mgClip("MailGuard adds this note to the end of your message, as your council's protocol " +
                               "requires:\n\n" + note + "\n\nChoose Send Anyway to send it with the note.") });
      });
    }).catch(function () {
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
    var deadline = mgDeadline(mgBudget());
    return deadline.within(Promise.resolve().then(mgToken)).then(function (token) {
      return deadline.within(mgFetchJson("/api/v1/held/" + encodeURIComponent(holdId) + "/submit-draft",
        token, { method: "POST", headers: { "Content-Type": "application/json" },
                 body: JSON.stringify({ itemId: itemId }) }, deadline));
    }).then(function (v) { deadline.done(); return v; }, function (e) { deadline.done(); throw e; });
  }).then(function () {
    done("Submitted for review. A reviewer will release it or return it to you.", true);
  }, function (error) {
    done("MailGuard could not submit this for review: " + error.message, false);
  });
}

Office.actions.associate("onMessageSendHandler", onMessageSendHandler);
Office.actions.associate("submitForReview", submitForReview);
