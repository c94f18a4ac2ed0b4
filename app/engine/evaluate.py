"""The one entry point for CLI, API and connectors: bytes in, evaluation out.

parse once -> run every check (pure) -> the pack decides. A message that
cannot be read at all gets the verdict "error" (the service holds it); one
whose content was only partly inspected because it hit a limit is held, with
the reason, rather than allowed on the strength of what was read.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime

from app.engine.checks import run_checks
from app.engine.directory import Directory
from app.engine.findings import Finding
from app.engine.message import DEFAULT_LIMITS, Limits, Message, parse
from app.engine.packs.pack import PolicyPack
from app.engine.verdict import Decision, Verdict, decide

VERDICTS = ("allow", "annotate", "hold", "error")


@dataclass(frozen=True, slots=True)
class Evaluation:
    message: Message
    findings: tuple[Finding, ...]
    decision: Verdict | None  # the pack's decision over the findings (None on error)
    verdict: str  # allow | annotate | hold | error
    annotation: str | None
    error: str | None = None
    incomplete: str | None = None  # why content was not fully inspected (forces hold)
    elapsed_ms: float = 0.0

    @property
    def decisions(self) -> tuple[Decision, ...]:
        return self.decision.decisions if self.decision else ()


def evaluate(
    raw: bytes, pack: PolicyPack, directory: Directory, limits: Limits = DEFAULT_LIMITS,
    *, at: datetime | None = None,
) -> Evaluation:
    """`at`: when the edge evaluates (aware), the moment of a message that carries no Date."""
    started = time.perf_counter()
    message = parse(raw, limits)
    return evaluate_message(message, pack, directory, started=started, at=at)


def evaluate_message(
    message: Message, pack: PolicyPack, directory: Directory, *, started: float | None = None,
    at: datetime | None = None,
) -> Evaluation:
    started = time.perf_counter() if started is None else started
    directory = directory.at(at) if at is not None else directory
    if message.error:
        return Evaluation(message, (), None, "error", None, error=message.error,
                          elapsed_ms=_ms(started))
    findings = tuple(run_checks(message, directory))
    decision = decide(list(findings), pack)
    incomplete = _incomplete(message)
    verdict = "hold" if incomplete else decision.verdict
    return Evaluation(message, findings, decision, verdict, decision.annotation,
                      incomplete=incomplete, elapsed_ms=_ms(started))


def _incomplete(message: Message) -> str | None:
    limited = [d for d in message.defects if d.code.startswith("limit:")]
    if not limited:
        return None
    return "not fully checked: " + "; ".join(dict.fromkeys(d.detail or d.code for d in limited))


def _ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 3)


def contract_record(evaluation: Evaluation, source: str) -> dict:
    """One JSON line of the `mailguard check` contract (fields may only be added)."""
    record: dict = {
        "source": source,
        "message_id": evaluation.message.message_id or None,
        "verdict": evaluation.verdict,
        "findings": [
            {
                "rule": d.rule,
                "action": d.action,
                "clause": d.clause,
                "summary": d.summary,
                "evidence": list(d.evidence),
                "quote": d.quote,
                "tell_sender": d.tell_sender,
            }
            for d in evaluation.decisions
        ],
        "annotation": evaluation.annotation,
    }
    if evaluation.error:
        record["error"] = evaluation.error
    if evaluation.incomplete:
        record["incomplete"] = evaluation.incomplete
    if evaluation.message.defects:
        record["defects"] = sorted({d.code for d in evaluation.message.defects})
    return record
