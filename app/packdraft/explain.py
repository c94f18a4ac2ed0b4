"""`mailguard pack explain`: one page a councillor can read before agreeing to monitoring.

What each rule looks for, what happens to an email it finds, and the words of
the council's own protocol that say so. The same explanation is shown in the
review desk (app/web/routes_pack.py).
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

from app.engine.packs.pack import PolicyPack
from app.packdraft.catalogue import load_catalogue

WHAT_HAPPENS = {
    "hold": "Held: the email waits until an officer (the Clerk or the Monitoring Officer) has looked at it. "
            "The sender is told why, and it is released, or returned to the sender, with the reason recorded.",
    "annotate": "Sent with a line added at the foot, so every recipient can see it.",
    "flag": "Sent as written, and listed in the Monitoring Officer's regular summary.",
    "off": "Not checked: the council has decided not to look for this.",
}
STATUS = {
    "draft": "a draft: written from the published protocol, not yet checked by the council",
    "reviewed": "reviewed by the council's Clerk or Monitoring Officer",
    "adopted": "adopted: the council has agreed to run MailGuard with it",
    "retired": "retired: the protocol was replaced; kept so old findings stay readable",
}
ALWAYS = ("MailGuard checks email sent from the council mailboxes it is connected to. It does not read "
          "personal email accounts, phone calls or meetings. Every decision on a held email is recorded "
          "with who took it and when.")


@dataclass(frozen=True)
class RuleExplained:
    rule: str
    title: str
    looks_for: str
    action: str
    what_happens: str
    clause: str | None
    quote: str | None
    annotation: str | None
    sender_told: str | None
    why: str | None  # why a flag, or what decided a draft's action
    confidence: str | None
    notice: tuple[str, str] | None = None  # group-parity: (subject, body) of the notice to the other groups


@dataclass(frozen=True)
class PackExplained:
    title: str
    council: str | None
    status: str
    revised: str
    source_url: str | None
    rules: list[RuleExplained]
    unplaced: list[str]
    always: str = ALWAYS


def explain_pack(pack: PolicyPack) -> PackExplained:
    catalogue = load_catalogue()
    rules = []
    for rule, entry in pack.rules.items():
        cues = catalogue.get(rule)
        rules.append(RuleExplained(
            rule=rule, title=cues.title if cues else rule, looks_for=cues.about if cues else rule,
            action=entry.action, what_happens=WHAT_HAPPENS[entry.action], clause=entry.clause,
            quote=" ".join(entry.quote.split()) if entry.quote else None,
            annotation=(entry.annotation.replace("{name}", "<group>") if rule == "group-parity" and entry.annotation
                        else entry.annotation),
            sender_told=entry.tell_sender if entry.action in ("hold", "annotate") else None,
            why=entry.why_flag if entry.action == "flag" else None,
            confidence=entry.confidence if pack.status == "draft" else None,
            notice=(entry.notice.subject, entry.notice.body) if entry.notice else None,
        ))
    council = pack.council if pack.council and pack.council.lower() not in pack.title.lower() else None
    return PackExplained(pack.title, council, STATUS[pack.status], pack.protocol.revised,
                         pack.protocol.url, rules, list(pack.unplaced))


def render_text(explained: PackExplained, width: int = 78) -> str:
    def para(text: str, indent: str = "") -> list[str]:
        return textwrap.wrap(text, width, initial_indent=indent, subsequent_indent=indent) or [indent]

    out = [explained.title, "=" * min(len(explained.title), width), ""]
    out += para(f"This pack is {explained.status}. Protocol revised: {explained.revised}.")
    out += [""] + para(explained.always) + [""]
    for rule in explained.rules:
        out.append(f"{rule.title} ({rule.rule})")
        out += para(f"Looks for: {rule.looks_for}.", "  ")
        out += para(f"What happens: {rule.what_happens}", "  ")
        if rule.annotation:
            out += para(f'The line added: "{rule.annotation.replace("{name}", "Councillor <name>")}"', "  ")
        if rule.clause:
            out += para(f'The protocol, clause {rule.clause}: "{rule.quote}"', "  ")
        else:
            out += para("The protocol says nothing about this; it is reported so the Monitoring Officer "
                        "can judge.", "  ")
        if rule.why:
            out += para(f"Why not held: {rule.why}", "  ")
        if rule.confidence:
            out += para(f"Drafter's confidence: {rule.confidence}.", "  ")
        out.append("")
    if explained.unplaced:
        out.append("Still to be read by a person:")
        for item in explained.unplaced:
            out += para(item, "  - ")
    return "\n".join(out).rstrip() + "\n"
