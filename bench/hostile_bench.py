"""CPU and memory of every hostile input at every entry point's work, each in a fresh process.

    .venv/bin/python bench/hostile_bench.py

For each input of tests/hostile.py and each path it can take in, a child
process (its imports done first) reads the input from a file, does exactly
that path's work once and reports its CPU seconds (user + system, so other
load on the machine does not inflate it) and its peak RSS (the whole process,
imports and the input bytes included):
- check:   the engine (`mailguard check`, POST /evaluate raw, the worker);
- json:    Graph JSON decoded with its caps, validated, turned into MIME, then
           the engine (POST /evaluate JSON, the add-in), or the 4xx it gets;
- desk:    the review desk's text and sanitised HTML of a held message.
The offload pool is off in the child: what is measured is the work, wherever
the server would run it (in the pool, for a message of 64 KiB or more).
Target: <= 2 s CPU and <= 300 MB for every row.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CHILD = r"""
import json, resource, sys
sys.path.insert(0, {root!r})
from tests import hostile
from app.engine.directory import load_directory
from app.engine.evaluate import evaluate
from app.engine.packs.pack import load_pack
pack = load_pack("leigh-on-sea"); directory = load_directory({directory!r})
evaluate(b"From: a@b.org\r\nTo: c@d.org\r\n\r\nwarm", pack, directory)
from app.api.evaluate import GraphMessage
from app.engine.message.graph_decode import JsonRefused, decode_graph_message
from app.engine.message.graph_json import GraphMessageError, graph_message_to_mime
from app.web.body import RenderedCache
from app import offload
offload.configure(offload.OffloadSettings(min_bytes=0))  # the work in this process, where its CPU is counted
data = open({input!r}, "rb").read()
def cpu():
    r = resource.getrusage(resource.RUSAGE_SELF); return r.ru_utime + r.ru_stime
start = cpu()
if {path!r} == "check":
    outcome = evaluate(data, pack, directory).verdict
elif {path!r} == "json":
    try:
        resource_ = decode_graph_message(data)
        GraphMessage.model_validate(resource_)
        outcome = evaluate(graph_message_to_mime(resource_), pack, directory).verdict
    except JsonRefused as exc:
        outcome = ("413" if exc.too_large else "422") + " " + str(exc)[:40]
    except (GraphMessageError, UnicodeError, ValueError) as exc:
        outcome = "422 " + str(exc)[:40]
else:
    seen = RenderedCache().get(1, data)
    outcome = "html shown" if seen.html is not None else "text only"
used = cpu() - start
# VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the parent across exec.
hwm = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM:"))
print(json.dumps({{"cpu_s": used, "max_rss_mb": hwm / 1024,
                  "outcome": outcome}}))
"""

HTML_DIVS = ('json.dumps(hostile.graph_message(body={"contentType": "html", '
             '"content": "<div>" * 100000 + "x" + "</div>" * 100000})).encode()')
CASES = [  # (name, expression building the input, paths)
    ("HTML 100,000 nested divs, balanced", "hostile.balanced_divs(100_000)", ("check", "desk")),
    ("HTML 40k nested formatting tags", "hostile.nested_formatting_html(40_000)", ("check", "desk")),
    ("HTML 1 MB unclosed tags", "hostile.unclosed_tags_html(1024)", ("check", "desk")),
    ("HTML 1 MB of '<' and no '>'", "hostile.unterminated_tags_html(1024)", ("check", "desk")),
    ("multipart nested 1,000 deep", "hostile.deep_multipart(1_000)", ("check", "desk")),
    ("10,000 MIME parts", "hostile.many_parts(10_000)", ("check", "desk")),
    ("To: 16,000 addresses", "hostile.many_addresses(16_000)", ("check",)),
    ("50k encoded words", "hostile.encoded_words(50_000)", ("check",)),
    ("400 KB header", "hostile.huge_header(400)", ("check",)),
    ("60 nested attached messages", "hostile.nested_attached_messages(60)", ("check", "desk")),
    ("charset utf-7 with a lone surrogate", "hostile.utf7_lone_surrogate()", ("check", "desk")),
    ("charset punycode, 300 KB", "hostile.punycode_body(300)", ("check", "desk")),
    ("charset undefined", "hostile.undefined_charset()", ("check",)),
    ("Graph JSON: 20,000 attachment names", "hostile.graph_many_attachments(20_000)", ("json",)),
    ("Graph JSON: 350,000 attachment names", "hostile.graph_many_attachments(350_000)", ("json",)),
    ("Graph JSON: 440,000 recipients", "hostile.graph_many_recipients(440_000)", ("json",)),
    ("Graph JSON: lone surrogate", "hostile.graph_lone_surrogate()", ("json",)),
    ("JSON nested 100,000 deep", "hostile.deeply_nested_json(100_000)", ("json",)),
    ("Graph JSON: item with a 60 KB Resent-To of quotes", "hostile.graph_item_with_quoted_header(60)", ("json",)),
    ("Graph JSON: line separators in names", "hostile.graph_line_separators()", ("json",)),
    ("Graph JSON: 250 attachments named with 1,000 characters", "hostile.graph_long_attachment_names(250, 1000)", ("json",)),
    ("Graph JSON: 250 attachments (at the cap)", "hostile.graph_many_attachments(250)", ("json",)),
    ("Graph JSON: HTML body of 100,000 nested divs", HTML_DIVS, ("json",)),
]


def run(build: str, path: str) -> dict:
    """The input is built here and read from a file by the child, so its building is not counted."""
    from tests import hostile  # noqa: F401  (used by the expressions)

    with tempfile.NamedTemporaryFile(suffix=".in") as handle:
        handle.write(eval(build, {"hostile": hostile, "json": json}))
        handle.flush()
        code = CHILD.format(root=str(ROOT), directory=str(ROOT / "policies" / "example-directory.yaml"),
                            input=handle.name, path=path)
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=600)
    if out.returncode != 0:
        return {"cpu_s": float("nan"), "max_rss_mb": float("nan"), "outcome": "CRASH " + out.stderr[-200:]}
    return json.loads(out.stdout.splitlines()[-1])


def main() -> None:
    worst_cpu = worst_rss = 0.0
    print(f"{'input':46} {'path':6} {'CPU s':>7} {'max RSS MB':>11}  outcome")
    for name, build, paths in CASES:
        for path in paths:
            row = run(build, path)
            worst_cpu, worst_rss = max(worst_cpu, row["cpu_s"]), max(worst_rss, row["max_rss_mb"])
            print(f"{name:46} {path:6} {row['cpu_s']:7.2f} {row['max_rss_mb']:11.0f}  {row['outcome']}", flush=True)
    print(f"worst: {worst_cpu:.2f} s CPU, {worst_rss:.0f} MB   [target: <= 2 s CPU, <= 300 MB]")


if __name__ == "__main__":
    main()
