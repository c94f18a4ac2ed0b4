"""Verb classes as data, and their inflected forms as regular-expression alternations.

Each class lists base forms ("waive", "carry out"); `forms()` writes every
inflection a letter may use (waives, waived, waiving; carried out), so the
patterns in `clauses.py` speak of verb classes, not of phrases.
"""

from __future__ import annotations

import re

_IRREGULAR = {  # base -> past, past participle
    "meet": ("met",), "pay": ("paid",), "lend": ("lent",), "give": ("gave", "given"),
    "take": ("took", "taken"), "put": ("put",), "cut": ("cut",), "set": ("set",), "let": ("let",),
    "get": ("got", "gotten"), "send": ("sent",), "withdraw": ("withdrew", "withdrawn"),
    "write": ("wrote", "written"), "bear": ("bore", "borne"), "hold": ("held",), "keep": ("kept",),
    "make": ("made",), "run": ("ran",), "go": ("went", "gone"), "underwrite": ("underwrote", "underwritten"),
    "undertake": ("undertook", "undertaken"), "choose": ("chose", "chosen"), "freeze": ("froze", "frozen"),
    "sell": ("sold",), "shut": ("shut",), "buy": ("bought",), "bring": ("brought",), "lay": ("laid",),
    "hang": ("hung",), "fit": ("fitted", "fit"), "sublet": ("sublet",), "stick": ("stuck",),
    "do": ("did", "done"), "tell": ("told",), "say": ("said",), "find": ("found",), "leave": ("left",),
    "knock": ("knocked",), "rid": ("rid",), "build": ("built",), "spend": ("spent",),
}
_CVC = re.compile(r"[^aeiou][aeiou][bdgklmnprt]$")


def _inflect(word: str) -> set[str]:
    forms = {word}
    if word.endswith("e"):
        forms |= {word + "s", word + "d", word[:-1] + "ing"}
    elif re.search(r"[^aeiou]y$", word):
        forms |= {word[:-1] + "ies", word[:-1] + "ied", word + "ing"}
    else:
        es = "es" if re.search(r"(?:s|sh|ch|x|z)$", word) else "s"
        forms |= {word + es, word + "ed", word + "ing"}
        if _CVC.search(word):  # stop -> stopped, cancel -> cancelled
            forms |= {word + word[-1] + "ed", word + word[-1] + "ing"}
    forms |= set(_IRREGULAR.get(word, ()))
    return forms


def forms(*bases: str) -> str:
    """A regex alternation of every inflection of the bases (phrasal particles kept)."""
    out: set[str] = set()
    for base in bases:
        head, _, rest = base.partition(" ")
        tail = r"\s+" + r"\s+".join(map(re.escape, rest.split())) if rest else ""
        out |= {re.escape(f) + tail for f in _inflect(head)}
    return "(?:" + "|".join(sorted(out, key=len, reverse=True)) + ")"


def base_forms(*bases: str) -> str:
    """Only the base (imperative) forms."""
    out = []
    for base in bases:
        out.append(r"\s+".join(map(re.escape, base.split())))
    return "(?:" + "|".join(sorted(out, key=len, reverse=True)) + ")"


# What a permission lets someone do: "the club may use the field".
PERMITTED = (
    "use", "hire", "book", "hold", "run", "stage", "camp", "park", "put up", "erect", "install", "hang",
    "place", "site", "plant", "fit", "attach", "sublet", "occupy", "trade", "sell", "store", "film",
    "fly", "go ahead", "proceed", "carry on", "continue", "cross", "access", "display", "set up",
    "keep bees", "keep", "lay", "paint", "extend", "host", "have the", "bring", "locate", "position",
    "launch", "fish", "graze", "pitch up", "put", "collect", "borrow", "play", "perform", "busk", "stay", "remain", "have a", "have an", "have your", "have use of", "hang", "string", "close", "barbecue", "cut", "fell", "prune", "lop",
)
# What the council undertakes: "the council will cover", "we'll meet half the cost".
UNDERTAKEN = (
    "pay", "fund", "contribute", "reimburse", "refund", "underwrite", "match", "match-fund", "waive",
    "write off", "provide", "supply", "install", "repair", "replace", "fix", "carry out", "lend", "donate",
    "reduce", "freeze", "honour", "guarantee", "sponsor", "take on", "look after", "maintain",
    "cover", "meet", "give", "put in", "remove", "clear", "resurface", "reinstate", "erect", "cut back",
    "fell", "crown-lift", "plant", "deliver", "discount", "halve", "absorb", "bear", "pick up", "foot",
    "split", "grant", "offer", "arrange for", "make good", "compensate", "settle", "knock", "put",
    "lease", "rent", "sell", "transfer", "hand over", "allocate", "increase",
)
# Money words that make "cover", "meet", "give", "split" an undertaking to pay.
MONEY = (
    r"(?:£\s?\d|\d+\s?%|\bhalf\b|\bcosts?\b|\bbill\b|\bfees?\b|\bhire\b|\bexpenses?\b|\binvoice\b|"
    r"\bcharges?\b|\brent\b|\bdeposit\b|\bfull\b|\bin\s+full\b|\bprice\b|\bquote\b|\bgrant\b|\bdiscount\b|"
    r"\binsurance\b|\bsum\b|\bbalance\b|\bdifference\b|\btab\b|\bshortfall\b|\bfree\b)"
)
# What the addressee is told to do: "Remove the boards", "can you get a team to…".
INSTRUCTED = (
    "remove", "clear", "cut", "cut back", "trim", "stop", "cease", "vacate", "repair", "fix", "replace",
    "reinstate", "move", "return", "lock", "unlock", "ensure", "make sure", "pay", "settle", "cancel",
    "close", "amend", "halt", "mow", "roll", "strim", "tidy", "empty", "install", "erect", "paint",
    "fence", "fence off", "supply", "deliver", "order", "invoice", "charge", "bill", "start", "begin",
    "proceed", "go ahead", "carry out", "complete", "finish", "test", "inspect", "service", "collect",
    "dispose of", "refund", "switch off", "switch on", "turn off", "take down", "comply", "desist",
    "rectify", "restore", "reseed", "re-seed", "level", "fill", "patch", "clean", "sweep", "secure",
    "relocate", "reposition", "hand back", "hand in", "drop off", "knock down", "demolish", "prune",
    "fell", "lop", "pollard", "crown-lift", "spray", "treat", "mark out", "line", "re-line", "raise",
    "lower", "put up", "put back", "take away", "get rid of", "bring", "get", "send", "book", "arrange",
    "provide", "add", "put", "take", "leave", "keep", "use", "check", "submit", "sort", "sort out",
    "organise", "organize", "cultivate", "bag up", "dig", "plant", "water", "cover", "credit", "debit",
    "transfer", "issue", "remit", "quit", "refrain from", "remedy", "tell", "deep clean", "make up", "park", "change", "print", "do",
    "revise", "resubmit", "redraw", "grit", "salt", "withdraw",
)
# Instruction verbs that also serve everyday requests ("send me the photos", "book early"):
# they instruct only with "please", a deadline, a request form or an object of work.
WEAK = frozenset({
    "bring", "get", "send", "book", "arrange", "provide", "add", "put", "take", "leave", "keep", "use",
    "check", "submit", "sort", "sort out", "organise", "organize", "raise", "line", "treat", "cover",
    "water", "order", "issue", "return", "start", "begin", "finish", "complete", "test", "supply", "do", "change", "tell",
})
STRONG_INSTRUCTED = tuple(v for v in INSTRUCTED if v not in WEAK)
