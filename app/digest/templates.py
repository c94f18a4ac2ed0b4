"""Jinja2 templates of the digest email (HTML and plain text).

The HTML is built for Outlook desktop, whose Word engine ignores most CSS and
all SVG: layout is nested tables, colour is `bgcolor`, sizes are `width`
attributes, and the only styles are inline font and padding. The chart is a
table whose bar cells are given percentage widths.

It is fluid down to a 360 px phone: the body is 100% wide up to 680 px
(`max-width`; Outlook desktop, which ignores it, gets a fixed 680 px table
through a conditional comment), totals wrap four to a row, and the notable
items, rules and people are stacked lines rather than wide tables.
"""

FONT = "font-family:Segoe UI,Arial,Helvetica,sans-serif;"

HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>{{ subject }}</title></head>
<body style="margin:0;padding:0;" bgcolor="#f3f4f6">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f3f4f6">
<tr><td align="center" style="padding:16px 8px;">
<!--[if mso]><table role="presentation" width="680" cellpadding="0" cellspacing="0" border="0"><tr><td><![endif]-->
<table role="presentation" id="digest" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff"
 style="{{ font }}color:#111827;max-width:680px;">
<tr><td bgcolor="#1e3a8a" style="padding:18px 24px;{{ font }}color:#ffffff;">
 <div style="font-size:13px;">{{ d.council }} &middot; Council MailGuard</div>
 <div style="font-size:22px;font-weight:bold;">Breach digest: {{ d.period.label }}</div>
</td></tr>
<tr><td style="padding:12px 24px;font-size:13px;color:#374151;" bgcolor="#eff6ff" id="privacy-note">{{ d.note }}</td></tr>
{% if d.nothing_to_report %}
<tr><td style="padding:24px;font-size:18px;" id="nothing-to-report">
 <b>Nothing to report.</b> {{ d.checked }} message{{ '' if d.checked == 1 else 's' }} checked; the protocol caught nothing
 and nobody sent anything anyway.</td></tr>
{% endif %}
<tr><td style="padding:16px 24px 4px 24px;"><b style="font-size:16px;">Totals</b>
 <span style="font-size:12px;color:#6b7280;">{{ d.checked }} checked, {{ d.caught }} caught</span></td></tr>
<tr><td style="padding:4px 24px;">
<table role="presentation" id="totals" width="100%" cellpadding="6" cellspacing="2" border="0">
{% for four in d.trend|batch(4) %}<tr>{% for row in four %}<td align="center" width="25%" bgcolor="#f9fafb" style="{{ font }}font-size:12px;color:#374151;">
 {{ row.label }}<br><b style="font-size:20px;color:#111827;">{{ row.current }}</b><br>
 <span style="color:#6b7280;">{{ delta(row) }}</span></td>{% endfor %}</tr>
{% endfor %}</table></td></tr>
<tr><td style="padding:16px 24px 4px 24px;"><b style="font-size:16px;">Trend</b>
 <span style="font-size:12px;color:#6b7280;">this period
 <span style="color:#1d4ed8;">&#9632;</span> against {{ d.previous.label }} <span style="color:#9ca3af;">&#9632;</span></span></td></tr>
<tr><td style="padding:4px 24px;">
<table role="presentation" id="trend-chart" width="100%" cellpadding="0" cellspacing="0" border="0">
{% for row in d.trend %}
<tr><td width="90" valign="middle" style="{{ font }}font-size:12px;padding:3px 0;">{{ row.label }}</td>
<td valign="middle" style="padding:3px 0;">
 <table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr>
 {% if bar(row.current) %}<td width="{{ bar(row.current) }}%" height="12" bgcolor="#1d4ed8" style="font-size:1px;line-height:12px;">&nbsp;</td>{% endif %}
 <td style="{{ font }}font-size:11px;padding-left:4px;">{{ row.current }}</td></tr></table>
 <table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr>
 {% if bar(row.previous) %}<td width="{{ bar(row.previous) }}%" height="8" bgcolor="#9ca3af" style="font-size:1px;line-height:8px;">&nbsp;</td>{% endif %}
 <td style="{{ font }}font-size:11px;color:#6b7280;padding-left:4px;">{{ row.previous }}</td></tr></table>
</td></tr>
{% endfor %}
</table></td></tr>
<tr><td style="padding:16px 24px 4px 24px;"><b style="font-size:16px;">Held queue</b></td></tr>
<tr><td style="padding:4px 24px;font-size:13px;" id="held-queue">
{% if d.held_queue.waiting %}{{ d.held_queue.waiting }} message{{ '' if d.held_queue.waiting == 1 else 's' }} waiting for a decision;
 the oldest has waited <b>{{ age(d.held_queue.oldest_age) }}</b> (since {{ when(d.held_queue.oldest_at) }}).
 <a href="{{ d.held_queue.oldest_link }}" style="color:#1d4ed8;">Open the oldest</a>
{% else %}Nothing is waiting for a decision.{% endif %}</td></tr>
{% if d.enquiries %}{% set q = d.enquiries %}
<tr><td style="padding:16px 24px 4px 24px;"><b style="font-size:16px;">Enquiries answered in time</b>
 <span style="font-size:12px;color:#6b7280;">limit {{ q.working_days }} working days (clause {{ q.clause }})</span></td></tr>
<tr><td style="padding:4px 24px;font-size:13px;" id="enquiries-summary">{{ q.totals.asked }} asked;
 {{ q.totals.answered }} answered ({{ q.totals.answered_late }} late); <b>{{ q.totals.overdue }} overdue</b>;
 median {{ days(q.totals.median_days) }}, 90th percentile {{ days(q.totals.p90_days) }}{% if q.totals.not_visible %};
 {{ q.totals.not_visible }} with the answer not visible{% endif %}.
 <a href="{{ q.link }}" style="color:#1d4ed8;">Open the enquiries page</a></td></tr>
{% if q.services %}
<tr><td style="padding:4px 24px;">
<table role="presentation" id="enquiries-by-service" width="100%" cellpadding="5" cellspacing="0" border="0" style="{{ font }}font-size:12px;">
{% for s in q.services %}<tr><td style="border-bottom:1px solid #e5e7eb;word-break:break-word;"><b>{{ s.key }}</b><br>
 asked {{ s.asked }}, answered {{ s.answered }}, <b>overdue {{ s.overdue }}</b>; median {{ days(s.median_days) }},
 90th percentile {{ days(s.p90_days) }}</td></tr>{% endfor %}
</table></td></tr>
{% endif %}{% endif %}
{% if d.notable %}
<tr><td style="padding:16px 24px 4px 24px;"><b style="font-size:16px;">Notable items</b></td></tr>
<tr><td style="padding:4px 24px;">
<table role="presentation" id="notable" width="100%" cellpadding="6" cellspacing="0" border="0" style="{{ font }}font-size:12px;">
{% for item in d.notable %}
<tr><td valign="top" style="border-bottom:1px solid #e5e7eb;word-break:break-word;">
 <b>{{ item.sender }}</b> <span style="color:#6b7280;">{{ item.role }} &middot; {{ when(item.at) }}</span><br>
 {{ item.rule }}{% if item.clause %}, clause {{ item.clause }}{% endif %}: <b>{{ item.outcome }}</b><br>
 {{ item.summary }}<br>
 <a href="{{ item.link }}" style="color:#1d4ed8;">Review this message</a></td></tr>
{% endfor %}
{% if d.notable_more %}<tr><td style="color:#6b7280;">and {{ d.notable_more }} more in the review desk.</td></tr>{% endif %}
</table></td></tr>
{% endif %}
{% if d.rules %}
<tr><td style="padding:16px 24px 4px 24px;"><b style="font-size:16px;">By rule</b></td></tr>
<tr><td style="padding:4px 24px;">
<table role="presentation" id="by-rule" width="100%" cellpadding="5" cellspacing="0" border="0" style="{{ font }}font-size:12px;">
{% for r in d.rules %}<tr><td style="border-bottom:1px solid #e5e7eb;word-break:break-word;"><b>{{ r.rule }}</b>{% if r.clauses %} <span style="color:#6b7280;">clause {{ r.clauses|join(', ') }}</span>{% endif %}<br>
 {{ r.messages }} message{{ '' if r.messages == 1 else 's' }}: held {{ r.held }}, annotated {{ r.annotated }}, flagged {{ r.flagged }}</td></tr>{% endfor %}
</table></td></tr>
{% endif %}
{% if d.people %}
<tr><td style="padding:16px 24px 4px 24px;"><b style="font-size:16px;">By person</b></td></tr>
<tr><td style="padding:4px 24px;">
<table role="presentation" id="by-person" width="100%" cellpadding="5" cellspacing="0" border="0" style="{{ font }}font-size:12px;">
{% for p in d.people %}<tr><td style="border-bottom:1px solid #e5e7eb;word-break:break-word;"><b>{{ p.name }}</b> <span style="color:#6b7280;">{{ p.role }}{% if p.titles %} ({{ p.titles|join(', ') }}){% endif %}</span><br>
 caught {{ p.caught }}, held {{ p.held }}, annotated {{ p.annotated }}, flagged {{ p.flagged }}, sent anyway {{ p.sent_anyway }}<br>
 <span style="color:#6b7280;">{{ p.rules|join(', ') }}</span></td></tr>{% endfor %}
</table></td></tr>
{% endif %}
<tr><td style="padding:12px 24px;font-size:13px;" id="findings-link"><a href="{{ d.findings_link }}" style="color:#1d4ed8;">Every finding of this period</a>
 in the review desk: filter by rule, person and outcome, or export them as CSV.</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#6b7280;">Generated {{ when(d.generated_at) }} by Council MailGuard
 for the Monitoring Officer. Period {{ d.period.label }}; compared with {{ d.previous.label }}.</td></tr>
{% if d.audit_head %}<tr><td style="padding:0 24px 16px 24px;font-size:11px;color:#6b7280;" id="audit-head">Audit log head:
 <code style="word-break:break-all;">{{ d.audit_head }}</code><br>Keep this email. <code style="word-break:break-all;">mailguard audit verify --head {{ d.audit_head }}</code>
 shows that no audit event up to this one has since been removed or changed.</td></tr>{% endif %}
</table>
<!--[if mso]></td></tr></table><![endif]-->
</td></tr></table>
</body></html>
"""

TEXT = """{{ d.council }} - Council MailGuard
Breach digest: {{ d.period.label }}

{{ d.note }}
{% if d.nothing_to_report %}
NOTHING TO REPORT. {{ d.checked }} message{{ '' if d.checked == 1 else 's' }} checked; the protocol caught nothing and nobody sent anything anyway.
{% endif %}
TOTALS ({{ d.checked }} checked)        this period   previous
{% for row in d.trend %}  {{ "%-28s"|format(row.label) }} {{ "%6d"|format(row.current) }}   {{ "%6d"|format(row.previous) }}   {{ delta(row) }}
{% endfor %}
TREND (# this period, . {{ d.previous.label }})
{% for row in d.trend %}  {{ "%-12s"|format(row.label) }} {{ "#" * tbar(row.current) }} {{ row.current }}
  {{ "%-12s"|format("") }} {{ "." * tbar(row.previous) }} {{ row.previous }}
{% endfor %}
HELD QUEUE
{% if d.held_queue.waiting %}  {{ d.held_queue.waiting }} waiting; the oldest has waited {{ age(d.held_queue.oldest_age) }} (since {{ when(d.held_queue.oldest_at) }}).
  {{ d.held_queue.oldest_link }}
{% else %}  Nothing is waiting for a decision.
{% endif %}{% if d.enquiries %}{% set q = d.enquiries %}
ENQUIRIES (limit {{ q.working_days }} working days, clause {{ q.clause }})
  {{ q.totals.asked }} asked, {{ q.totals.answered }} answered ({{ q.totals.answered_late }} late), {{ q.totals.overdue }} overdue; median {{ days(q.totals.median_days) }}, 90th percentile {{ days(q.totals.p90_days) }}
{% for s in q.services %}  {{ s.key }}: asked {{ s.asked }}, answered {{ s.answered }}, overdue {{ s.overdue }}, median {{ days(s.median_days) }}, 90th percentile {{ days(s.p90_days) }}
{% endfor %}  {{ q.link }}
{% endif %}{% if d.notable %}
NOTABLE ITEMS
{% for item in d.notable %}  {{ when(item.at) }}  {{ item.sender }} ({{ item.role }})  {{ item.rule }}{% if item.clause %}, clause {{ item.clause }}{% endif %}: {{ item.outcome }}
    {{ item.summary }}
    {{ item.link }}
{% endfor %}{% if d.notable_more %}  ...and {{ d.notable_more }} more in the review desk.
{% endif %}{% endif %}{% if d.rules %}
BY RULE
{% for r in d.rules %}  {{ r.rule }}{% if r.clauses %} (clause {{ r.clauses|join(', ') }}){% endif %}: {{ r.messages }} message{{ '' if r.messages == 1 else 's' }} - held {{ r.held }}, annotated {{ r.annotated }}, flagged {{ r.flagged }}
{% endfor %}{% endif %}{% if d.people %}
BY PERSON
{% for p in d.people %}  {{ p.name }} ({{ p.role }}{% if p.titles %}: {{ p.titles|join(', ') }}{% endif %}): caught {{ p.caught }}, held {{ p.held }}, annotated {{ p.annotated }}, flagged {{ p.flagged }}, sent anyway {{ p.sent_anyway }}
{% endfor %}{% endif %}
Every finding of this period, to filter or export as CSV:
  {{ d.findings_link }}

Generated {{ when(d.generated_at) }} by Council MailGuard for the Monitoring Officer.
{% if d.audit_head %}
AUDIT LOG HEAD: {{ d.audit_head }}
Keep this email. `mailguard audit verify --head {{ d.audit_head }}`
shows that no audit event up to this one has since been removed or changed.
{% endif %}"""
