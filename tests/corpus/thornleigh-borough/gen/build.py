#!/usr/bin/env python3
"""Builds the blind-borough set: ../corpus/NNN.eml, ../labels.yaml, ../directory.yaml, kinds.json.
Deterministic: same bytes every run. Run from anywhere: python3 gen/build.py"""
import os, sys, json, random, re
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import engine
from engine import SPECS, build, derive, ref, MARK_RE
from people import directory_yaml, classify, PEOPLE
import specs_cnl_pos, specs_cnl_neg, specs_conf_pos, specs_conf_neg  # noqa: F401  (register specs)

ROOT = os.path.dirname(HERE)
OUT = ROOT  # the messages sit beside labels.yaml, as tests/checks/test_corpus_scores.py reads them


def yq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    order = list(range(len(SPECS)))
    random.Random(20260412).shuffle(order)
    labels, kinds, problems = [], {}, []
    seen_subjects = set()
    for n, si in enumerate(order, 1):
        spec = SPECS[si]
        name = f"{n:03d}.eml"
        raw = build(spec, name, n)
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(raw)
        rules, notes = derive(spec)
        why = spec.get("why", "")
        if notes:
            why += " [" + "; ".join(notes) + "]"
        labels.append((name, rules, why))
        kinds[name] = spec["kind"]
        # self-checks
        k = spec["kind"]
        recips = [ref(x)[1] for x in spec["to"] + spec.get("cc", []) + spec.get("bcc", [])]
        ext = [a for a in recips if classify(a)[0] == "external"]
        if k == "cnl-pos":
            sk = spec.get("_signer")
            srole = classify(ref(spec["frm"])[1])[0]
            if not ext:
                problems.append(f"{name}: cnl-pos without external recipient")
            if not (srole == "councillor" or (sk in PEOPLE and PEOPLE[sk][1] == "councillor")):
                problems.append(f"{name}: cnl-pos without councillor sender/signer")
            if "councillor-name-letter" not in rules:
                problems.append(f"{name}: cnl-pos not labelled")
        if k == "cnl-neg" and "councillor-name-letter" in rules:
            problems.append(f"{name}: cnl-neg labelled")
        if k == "conf-pos" and "confidential-disclosure" not in rules:
            problems.append(f"{name}: conf-pos not labelled")
        if k == "conf-neg" and "confidential-disclosure" in rules:
            problems.append(f"{name}: conf-neg labelled")
        if spec.get("mark"):
            hay = spec["subject"] + "\n" + spec["body"] + "\n" + "\n".join(spec.get("attach", [])) + "\n" + \
                  "\n".join(f"{a}: {b}" for a, b in spec.get("headers", {}).items())
            if not MARK_RE.search(hay):
                problems.append(f"{name}: mark=True but no marking text found")
        q = spec.get("quote")
        if q and q.get("marked") and not MARK_RE.search(q["subject"] + "\n" + q["body"]):
            problems.append(f"{name}: quote marked but no marking text")
        if k.startswith("cnl") and not spec.get("mark") and not (q and q.get("marked")):
            if MARK_RE.search(spec["subject"] + spec["body"] + " ".join(spec.get("attach", []))):
                problems.append(f"{name}: cnl spec contains marking-like text")
    with open(os.path.join(ROOT, "labels.yaml"), "w") as fh:
        fh.write("# Blind evaluation labels for corpus/*.eml. rules = every rule id that must fire (empty = none).\n")
        fh.write("# councillor-name-letter is set by hand; silent-bcc, forwarded-chain and confidential-disclosure are\n")
        fh.write("# derived from each message's structure and marking flags by the contract's wording (gen/engine.py derive()).\n")
        for name, rules, why in labels:
            fh.write(f"- file: {name}\n  rules: [{', '.join(rules)}]\n  why: {yq(why)}\n")
    with open(os.path.join(ROOT, "directory.yaml"), "w") as fh:
        fh.write(directory_yaml())
    with open(os.path.join(HERE, "kinds.json"), "w") as fh:
        json.dump(kinds, fh, indent=1, sort_keys=True)
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print(f"wrote {len(labels)} messages")


if __name__ == "__main__":
    main()
