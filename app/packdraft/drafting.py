"""`mailguard pack draft`: a council's protocol in, a draft pack that passes `mailguard packs check` out.

Read the protocol (reading), number its clauses (clauses), place each rule
(matching), then write the three files in a scratch folder, check the quotes
there with the same code `packs check` uses, and only then move them into
place: a draft is complete and verified, or nothing is written.
"""

from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from app.engine.checks import RULE_IDS
from app.engine.packs.pack import RULES_WITH_SUBJECTS, PolicyPack
from app.engine.packs.reading import format_validation_error
from app.engine.verify_packs import citation_problems
from app.errors import ConfigError
from app.packdraft.catalogue import load_catalogue
from app.packdraft.clauses import segment
from app.packdraft.duties import draft_duties
from app.packdraft.matching import Draft, Proposal, draft_rules
from app.packdraft.metadata import dates, slugify, title
from app.packdraft.reading import ProtocolText, read_protocol
from app.packdraft.writing import cases_yaml, pack_yaml, write_new

_KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# What the sender is told when rules.yaml has no words for this rule and action.
_DEFAULT_TELL = {
    "hold": "This email is held for an officer to review: the council's protocol (clause {clause}) speaks to it.",
    "annotate": "A line is added to this email, as the council's protocol (clause {clause}) asks.",
    "flag": "This email is sent, and noted for the Monitoring Officer.",
    "off": "This email is sent.",
}


@dataclass(frozen=True)
class DraftResult:
    pack_file: Path
    source_file: Path
    cases_file: Path
    pack: dict[str, Any]
    draft: Draft


def draft_pack(protocol: Path, council: str, out_dir: Path, *, slug: str | None = None,
               url: str | None = None, force: bool = False, rule_ids: tuple[str, ...] = tuple(RULE_IDS)) -> DraftResult:
    slug = slug or slugify(council)
    if not _KEBAB.match(slug):
        raise ConfigError(f"--slug {slug!r}: a pack name is kebab-case, e.g. leigh-on-sea")
    text = read_protocol(protocol)
    names = (f"{slug}.yaml", f"protocols/{slug}{text.suffix}", f"{slug}.test.yaml")
    existing = [name for name in names if (out_dir / name).exists()]
    if existing and not force:
        raise ConfigError(f"{out_dir / existing[0]}: already exists; a draft never overwrites it (--force to replace)")
    clauses = segment(text.text)
    draft = draft_rules(list(rule_ids), clauses)
    pack = build_pack(draft, text, council=council, slug=slug, url=url)
    duties = draft_duties(clauses)
    pack["unplaced"] += duties.notes
    if duties.respond is not None:
        pack["duties"] = {"respond": duties.respond}
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        pack = _verified(pack, draft, text, folder, protocol.name)
        for name in names:
            write_new(out_dir / name, (folder / name).read_text(encoding="utf-8"), force)
    return DraftResult(out_dir / names[0], out_dir / names[1], out_dir / names[2], pack, draft)


def build_pack(draft: Draft, text: ProtocolText, *, council: str, slug: str, url: str | None) -> dict[str, Any]:
    revised, review_due = dates(text.text)
    unplaced = list(draft.unplaced)
    if revised == "unknown":
        unplaced.append("protocol.revised: the text gives no revision date the drafter could read; fill it in")
    rules = {rule: _entry(proposal) for rule, proposal in draft.proposals.items()}
    return {
        "pack": slug, "title": title(text.text, council), "status": "draft", "council": council,
        "protocol": {"revised": revised, "review_due": review_due, "source": f"protocols/{slug}{text.suffix}",
                     "url": url},
        "rules": rules, "unplaced": unplaced,
    }


def _entry(proposal: Proposal) -> dict[str, Any]:
    cues = load_catalogue().get(proposal.rule)
    action, told = proposal.action, proposal.tell_sender
    if action == "annotate" and (proposal.rule not in RULES_WITH_SUBJECTS or not proposal.annotation):
        action = "flag"  # the engine has no one to name in this rule's findings, or no line to add
        told = cues.tell_sender.get("flag") if cues else None
        proposal.why_flag = f"Clause {proposal.clause} asks for a disclosure this rule cannot add; reported."
    entry: dict[str, Any] = {
        "action": action, "clause": proposal.clause, "quote": proposal.quote,
        "because": proposal.because, "confidence": proposal.confidence,
        "tell_sender": told or _DEFAULT_TELL[action].format(clause=proposal.clause),
    }
    if action == "annotate":
        entry["annotation"] = proposal.annotation
        entry["follow_up"] = cues.follow_up if cues else None
    if action == "flag":
        entry["why_flag"] = proposal.why_flag or "Reported so the Monitoring Officer sees it."
    return entry


def _verified(pack: dict[str, Any], draft: Draft, text: ProtocolText, folder: Path,
              drafted_from: str) -> dict[str, Any]:
    """Write into `folder`, check like `packs check`; a quote that does not verify becomes a flag to read."""
    source = folder / pack["protocol"]["source"]
    source.parent.mkdir(parents=True)
    source.write_text(text.text, encoding="utf-8")
    for _attempt in range(len(pack["rules"]) + 1):  # each round removes a quote, so this ends
        try:
            model = PolicyPack.model_validate(pack)
        except ValidationError as exc:  # a bug in the drafter, never the council's fault: say so plainly
            raise ConfigError(f"draft for {pack['pack']}: {format_validation_error(exc)}") from None
        problems = citation_problems(model, folder / f"{pack['pack']}.yaml")
        if not problems:
            break
        for problem in problems:
            if ": duties.respond." in problem:  # a duty whose words do not verify is left for a person
                pack.pop("duties", None)
                pack["unplaced"].append(f"duties.respond: the drafter's quote did not verify "
                                        f"({problem.rsplit(': ', 1)[-1]}); read the protocol for a response time")
                continue
            rule = re.search(r": rules\.([a-z0-9-]+)\.quote: ", problem).group(1)
            entry = pack["rules"][rule]
            pack["unplaced"].append(f"{rule}: the drafter's quote from clause {entry['clause']} did not verify "
                                    f"({problem.rsplit(': ', 1)[-1]}); read that clause")
            entry.update(action="flag", clause=None, quote=None, confidence="low", annotation=None,
                         follow_up=None, why_flag="The drafter could not cite this rule's clause; read the protocol.")
    (folder / f"{pack['pack']}.yaml").write_text(pack_yaml(pack, drafted_from), encoding="utf-8")
    (folder / f"{pack['pack']}.test.yaml").write_text(cases_yaml(pack), encoding="utf-8")
    return pack


