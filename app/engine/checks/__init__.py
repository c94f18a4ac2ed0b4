"""The rule catalogue: rule id -> pure check `(message, directory) -> list[Finding]`.

Ids are forever (kebab-case, never reused). A renamed rule keeps its old id in
RELATED so packs and stored findings stay readable.
"""

from __future__ import annotations

from typing import Callable

from app.engine.checks import (
    confidential_disclosure,
    councillor_name_letter,
    election_period,
    forwarded_chain,
    instructs_staff,
    officer_criticism,
    group_parity,
    silent_bcc,
)
from app.engine.directory import Directory
from app.engine.findings import Finding
from app.engine.message.model import Message

Check = Callable[[Message, Directory], list[Finding]]

CHECKS: dict[str, Check] = {
    "silent-bcc": silent_bcc.check,
    "forwarded-chain": forwarded_chain.check,
    "confidential-disclosure": confidential_disclosure.check,
    "councillor-name-letter": councillor_name_letter.check,
    "election-period": election_period.check,
    "instructs-staff": instructs_staff.check,
    "officer-criticism": officer_criticism.check,
    "group-parity": group_parity.check,
}

RULE_IDS: tuple[str, ...] = tuple(CHECKS)

RELATED: dict[str, list[dict[str, str]]] = {}


def run_checks(message: Message, directory: Directory) -> list[Finding]:
    findings: list[Finding] = []
    for check in CHECKS.values():
        findings.extend(check(message, directory))
    return findings
