#!/usr/bin/env python3
"""Build the blind-everyday set: python3 gen/build.py (from the set's folder or anywhere).

Writes ../corpus/NNNN.eml, ../labels.yaml, ../directory.yaml. Deterministic.
Checks: counts (140 none / 30 single-rule), structural labels (silent-bcc,
forwarded-chain) re-derived from each spec by the contract's wording, basic
preconditions for the two content rules, and a decoy-word report for the
negatives.
"""
import os
import random
import re
import sys
import datetime as dt

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

import core  # noqa: E402
import people  # noqa: E402,F401
import common  # noqa: E402
import specs_neg1, specs_neg2, specs_neg3, specs_pos  # noqa: E402,F401

RULES = ["silent-bcc", "forwarded-chain", "confidential-disclosure", "councillor-name-letter"]
MARK_RE = re.compile(r"confidential|in confidence|not for publication|exempt|schedule 12a|part 2|part ii\b|"
                     r"official-sensitive|restricted|private", re.I)


def yq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_directory():
    L = ["# Kettleby Magna Town Council - invented for the blind-everyday evaluation set.",
         "# Form: CHECK-CONTRACT.md, 'The directory file'. Every name and address is invented.",
         f"council: {core.COUNCIL}", f"domains: [{core.DOMAIN}]", "people:"]
    for pid_, p in core.PEOPLE.items():
        L.append(f"  - name: {yq(p['name'])}")
        L.append(f"    role: {p['role']}")
        L.append(f"    emails: [{', '.join(p['emails'])}]")
        if p["titles"]:
            L.append(f"    titles: [{', '.join(p['titles'])}]")
        if p["group"]:
            L.append(f"    group: {p['group']}")
    L.append(f"partner_domains: [{', '.join(core.PARTNER_DOMAINS)}]")
    L.append("# Unlisted shared mailboxes at the council domain (officers by the contract):")
    for k in ("office", "bookings", "eventsbox", "markets"):
        L.append(f"#   {core.ADDR[k]['email']}  ({core.ADDR[k]['name']})")
    with open(os.path.join(OUT, "directory.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


def main():
    specs = common.SPECS
    neg = [s for s in specs if not s.rules]
    pos = [s for s in specs if s.rules]
    problems = []
    if len(neg) != 140 or len(pos) != 30:
        problems.append(f"counts: {len(neg)} negatives, {len(pos)} positives")
    for s in pos:
        if len(s.rules) != 1:
            problems.append(f"positive with {s.rules}: {s.subject}")
    per = {r: sum(1 for s in pos if r in s.rules) for r in RULES}

    # structural derivation
    ambig = []
    for s in specs:
        sb = core.derive_silent_bcc(s)
        fc, amb = core.derive_forwarded_chain(s)
        if sb != ("silent-bcc" in s.rules):
            problems.append(f"silent-bcc derived {sb} vs label: {s.subject}")
        if fc != ("forwarded-chain" in s.rules):
            problems.append(f"forwarded-chain derived {fc} vs label: {s.subject}")
        for a in amb:
            ambig.append(f"{s.subject}: {a}")
        ext_recips = [r for r in s.to + s.cc + s.bcc if core.role(r) == "external"]
        if "councillor-name-letter" in s.rules:
            if not ext_recips:
                problems.append(f"CNL without external recipient: {s.subject}")
            if core.role(s.frm) != "councillor" and "Cllr" not in s.body:
                problems.append(f"CNL without councillor sender/signer: {s.subject}")
        if "confidential-disclosure" in s.rules:
            cllr_new = [r for r in s.to + s.cc + s.bcc if core.role(r) == "councillor"]
            if not ext_recips and not (cllr_new and s.quotes):
                problems.append(f"CD without outside recipient: {s.subject}")

    # deterministic shuffle and rendering
    order = list(range(len(specs)))
    random.Random(20260112).shuffle(order)
    cdir = OUT  # the messages sit beside labels.yaml, as tests/checks/test_corpus_scores.py reads them
    os.makedirs(cdir, exist_ok=True)
    for f in os.listdir(cdir):
        if f.endswith(".eml"):
            os.remove(os.path.join(cdir, f))
    rng = random.Random(7)
    labels = []
    decoys = []
    for n, i in enumerate(order, 1):
        s = specs[i]
        day = s.day if s.day is not None else rng.randrange(0, 12)
        hh, mm = s.time if s.time else (rng.randrange(8, 19), rng.randrange(0, 60))
        date = core.when(day, hh, mm)
        raw, mid = core.render(s, n, date)
        name = f"{n:04d}.eml"
        with open(os.path.join(cdir, name), "wb") as f:
            f.write(raw)
        labels.append((name, s.rules, s.why))
        if not s.rules:
            text = " ".join([s.subject, s.body] + [q.subject + " " + q.body for q in s.quotes] +
                            [a[0] for a in s.atts] + [f"{k}: {v}" for k, v in s.hdrs.items()]).replace(common.DISC, "")
            hits = sorted(set(m.group(0).lower() for m in MARK_RE.finditer(text)))
            if hits:
                decoys.append(f"{name}: {hits} :: {s.subject}")

    with open(os.path.join(OUT, "labels.yaml"), "w", encoding="utf-8") as f:
        f.write("# Labels for the blind-everyday set. rules: every rule that must fire (empty = none).\n")
        for name, rules, why in labels:
            f.write(f"- file: {name}\n  rules: [{', '.join(rules)}]\n  why: {yq(why)}\n")
    write_directory()

    print(f"{len(specs)} messages: {len(neg)} fire nothing, {len(pos)} positives {per}")
    print(f"decoy words in negatives ({len(decoys)}):")
    for d in decoys:
        print("  " + d)
    print(f"ambiguous 'On ... wrote:' quotes ({len(ambig)}):")
    for a in ambig:
        print("  " + a)
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  " + p)
        sys.exit(1)


if __name__ == "__main__":
    main()
