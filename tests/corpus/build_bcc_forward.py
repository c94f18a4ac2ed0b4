"""Build tests/corpus/bcc-forward/: Sent Items messages for silent-bcc and forwarded-chain.

Run `python tests/corpus/build_bcc_forward.py`; it rewrites every .eml and
labels.yaml in the folder from the cases in bcc_forward_cases.py, the same
bytes every time. directory.yaml is written by hand and not touched here.

Labels follow CHECK-CONTRACT.md, not what the checks do: `rules` lists every
rule id of the four that must fire on the message.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bcc_forward_render as r  # noqa: E402

OUT = HERE / "bcc-forward"
CRLF = r.CRLF


@dataclass(frozen=True)
class Case:
    file: str
    sender: str
    to: tuple[str, ...]
    subject: str
    text: str
    rules: tuple[str, ...]
    why: str
    cc: tuple[str, ...] = ()
    bcc: tuple[str, ...] = ()
    chain: tuple[str, r.Prior] | None = None  # (client format, earlier message)
    client: str = "outlook"  # outlook | owa | gmail | apple | thunderbird
    shape: str = "alt"  # plain | html | alt | rfc822 | eml (the last two attach the earlier message)
    cte: str = "quoted-printable"
    sender_header: str = ""
    charset: str = "utf-8"
    extra: tuple[tuple[str, str], ...] = field(default=())


def build(case: Case, number: int) -> bytes:
    fields = [
        ("From", case.sender), ("Sender", case.sender_header), ("To", ", ".join(case.to)),
        ("Cc", ", ".join(case.cc)), ("Bcc", ", ".join(case.bcc)), ("Subject", case.subject),
        ("Date", _date(number)), ("Message-ID", _message_id(case.client, number)),
        *_client_headers(case.client, case.subject), *case.extra,
    ]
    return (r.headers(fields) + _body(case, number)).encode("utf-8")


def _body(case: Case, number: int) -> str:
    boundary = f"_{number:03d}_BTC_{case.client}_boundary_"
    if case.shape in ("rfc822", "eml"):
        fmt, prior = case.chain  # type: ignore[misc]
        inner = Case(case.file, case.sender, case.to, case.subject, case.text, case.rules, case.why,
                     client=case.client, shape="plain" if case.client == "thunderbird" else "alt",
                     cte=case.cte)
        filename = _filename(prior.subject) + ".eml"
        attached = r.attached_message(_attached_raw(prior, number), filename, case.shape == "eml")
        body_part = _body(inner, number + 500)
        return "MIME-Version: 1.0" + CRLF + r.multipart("mixed", "mixed" + boundary, [body_part, attached])
    plain_text = case.text + (("\n\n" + r.plain(*case.chain)) if case.chain else "")
    if case.shape == "plain":
        flowed = '; format=flowed' if case.client == "thunderbird" else ""
        return "MIME-Version: 1.0" + CRLF + r.leaf("text/plain", plain_text + "\n", case.cte, flowed,
                                                   case.charset)
    html_text = _html_document(case)
    if case.shape == "html":
        return "MIME-Version: 1.0" + CRLF + r.leaf("text/html", html_text, case.cte, "", case.charset)
    parts = [r.leaf("text/plain", plain_text + "\n", case.cte, "", case.charset),
             r.leaf("text/html", html_text, case.cte, "", case.charset)]
    return "MIME-Version: 1.0" + CRLF + r.multipart("alternative", boundary, parts)


def _html_document(case: Case) -> str:
    chain = r.html(*case.chain) if case.chain else ""
    if case.client == "outlook":
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word">\n<head>\n<meta http-equiv="Content-Type" '
                'content="text/html; charset=utf-8">\n<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;'
                'font-family:"Calibri",sans-serif;} --></style>\n</head>\n<body lang="EN-GB" link="#0563C1" '
                'vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n'
                + r.paragraphs(case.text) + "\n" + chain + "\n</div>\n</body>\n</html>\n")
    if case.client == "owa":
        return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
                '</head>\n<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Arial, '
                'Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
                + r.paragraphs(case.text, "div", "") + "\n</div>\n" + chain + "\n</body>\n</html>\n")
    if case.client == "gmail":
        return ('<div dir="ltr">' + r.paragraphs(case.text, "div", "") + "</div><br>\n" + chain + "\n")
    if case.client == "apple":
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: '
                'after-white-space;">' + r.paragraphs(case.text, "div", "") + chain + "</body></html>\n")
    raise ValueError(f"{case.file}: no HTML for {case.client}")


def _attached_raw(prior: r.Prior, number: int) -> str:
    body = prior.body + (("\n\n" + r.plain(*prior.inner)) if prior.inner else "")
    fields = [("From", prior.sender), ("To", ", ".join(prior.to)), ("Cc", ", ".join(prior.cc)),
              ("Subject", prior.subject), ("Date", r.WHEN[prior.when][3]),
              ("Message-ID", f"<earlier.{number:03d}@brackenburytowncouncil.gov.uk>"),
              ("MIME-Version", "1.0")]
    return r.headers(fields) + r.leaf("text/plain", body + "\n", "quoted-printable")


def _date(number: int) -> str:
    sent = datetime(2024, 9, 16 + number % 12, 8 + number % 9, (number * 7) % 60, (number * 13) % 60,
                    tzinfo=timezone(timedelta(hours=1)))
    return format_datetime(sent)


def _message_id(client: str, number: int) -> str:
    if client in ("outlook", "owa"):
        return f"<LO2P265MB{number:04d}A1B2C3D4E5F6{number:03d}@LO2P265MB5123.GBRP265.PROD.OUTLOOK.COM>"
    if client == "gmail":
        return f"<CAHx{number:04d}qWmT9vNzRk8pLd+{number:03d}e2sXyQ@mail.gmail.com>"
    if client == "apple":
        return f"<{number:04d}A7C2-5E1B-4F0D-9A3E-BTC{number:04d}@example.net>"
    return f"<{number:04d}c0ffee-tb-{number:03d}@brackenburytowncouncil.gov.uk>"


def _client_headers(client: str, subject: str) -> list[tuple[str, str]]:
    if client in ("outlook", "owa"):
        return [("Thread-Topic", subject), ("Accept-Language", "en-GB, en-US"),
                ("Content-Language", "en-GB"), ("X-MS-Has-Attach", ""),
                ("X-MS-Exchange-Organization-AuthAs", "Internal")]
    if client == "apple":
        return [("X-Mailer", "Apple Mail (2.3774.600.62)")]
    if client == "thunderbird":
        return [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "en-GB")]
    return []


def _filename(subject: str) -> str:
    keep = "".join(c if c.isalnum() or c in " -" else " " for c in subject)
    return "_".join(keep.split())[:60] or "message"


def labels_yaml(cases: list[Case]) -> str:
    lines = ["# Labels for tests/corpus/bcc-forward (generated by build_bcc_forward.py).",
             "# rules: every rule id of the four that must fire, per CHECK-CONTRACT.md.", ""]
    for case in cases:
        rules = ", ".join(case.rules)
        why = case.why.replace('"', "'")
        lines += [f"- file: {case.file}", f"  rules: [{rules}]", f'  why: "{why}"']
    return "\n".join(lines) + "\n"


def main(out: Path = OUT) -> int:
    """Write every case to `out` (the committed folder unless told otherwise); return the count."""
    from bcc_forward_cases import CASES

    names = [c.file for c in CASES]
    duplicates = {n for n in names if names.count(n) > 1}
    if duplicates:
        raise SystemExit(f"duplicate file names: {sorted(duplicates)}")
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.eml"):
        old.unlink()
    for number, case in enumerate(CASES, start=1):
        (out / case.file).write_bytes(build(case, number))
    (out / "labels.yaml").write_text(labels_yaml(CASES), encoding="utf-8")
    return len(CASES)


if __name__ == "__main__":
    print(f"wrote {main()} messages to {OUT}")
