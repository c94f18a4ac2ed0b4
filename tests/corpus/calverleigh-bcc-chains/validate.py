# -*- coding: utf-8 -*-
"""Self-check: every file parses with the stdlib, is CRLF-only, and its headers carry the
addresses the spec intended; bodies contain the embedded header lines."""
import email, email.policy, os, sys, re
from email.utils import getaddresses
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build
from specs_bcc import SPECS as A
from specs_fc import SPECS as B
HERE = os.path.dirname(os.path.abspath(__file__))
kinds = {l.split("\t")[1]: l.split("\t")[0] for l in open(os.path.join(HERE, "kinds.tsv")).read().splitlines()[1:]}
bad = 0
for m in A + B:
    fn = os.path.join(HERE, kinds[m.name])
    raw = open(fn, "rb").read()
    if re.search(rb"(?<!\r)\n", raw):
        print("bare LF", fn); bad += 1
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    def addrs(h):
        v = msg.get_all(h) or []
        return sorted(a.lower() for n, a in getaddresses([str(x) for x in v]) if a)
    for h, lst in (("To", m.to), ("Cc", m.cc), ("Bcc", m.bcc)):
        want = sorted(p.addr.lower() for p in lst)
        if h == "To" and m.raw_to is not None:
            continue
        if addrs(h) != want:
            print("addr mismatch", m.name, h, addrs(h), want); bad += 1
    def names(h):
        v = msg.get_all(h) or []
        return sorted(n for n, a in getaddresses([str(x) for x in v]) if a)
    for h, lst in (("From", [m.frm]), ("Cc", m.cc)) + ((("Bcc", m.bcc),) if m.raw_bcc is None else ()):
        if names(h) != sorted(p.name for p in lst):
            print("name mismatch", m.name, h, names(h), sorted(p.name for p in lst)); bad += 1
    subj = str(msg["Subject"])
    if subj != m.subj:
        print("subject mismatch", m.name, subj); bad += 1
    if addrs("From") != [m.frm.addr.lower()]:
        print("from mismatch", m.name); bad += 1
    # text
    texts = []
    for part in msg.walk():
        if part.get_content_type() in ("text/plain", "text/html"):
            texts.append(part.get_content())
        if part.get_content_type() == "message/rfc822":
            pass
    if not texts:
        print("no text", m.name); bad += 1
    for e in m.emb:
        if e.fmt != "noheader" and e.frm.name.split()[-1] not in "\n".join(texts) and e.frm.addr not in "\n".join(texts):
            print("embedded author missing", m.name); bad += 1
    str(msg["Subject"])
print("checked", len(A + B), "problems", bad)
