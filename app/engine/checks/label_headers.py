"""Sensitivity headers that mark a message confidential.

- `Sensitivity:` (RFC 2156, set by Outlook's Sensitivity option): `Private`,
  `Company-Confidential` count; `Normal` and `Personal` do not.
- `msip_labels:` — the header Microsoft Purview / Azure Information Protection
  writes for a sensitivity label: `MSIP_Label_<guid>_Enabled=true; ...
  MSIP_Label_<guid>_Name=<label>; ...` (header name and form as in Microsoft's
  "Exchange Online mail flow rules for Azure Information Protection labels" and
  real Exchange Online mail). The label name is the tenant's own wording, so it
  counts when it reads as a marking ("Confidential", "OFFICIAL-SENSITIVE").
- `X-Protective-Marking:` (email protective marking standard, `SEC=...`):
  OFFICIAL:Sensitive, PROTECTED, SECRET, RESTRICTED, CONFIDENTIAL count.
"""

from __future__ import annotations

import re

_SENSITIVITY_VALUES = frozenset({"private", "company-confidential", "company confidential", "confidential"})
_MSIP_ENABLED = re.compile(r"MSIP_Label_([0-9A-Fa-f-]{8,64})_Enabled\s*=\s*true", re.IGNORECASE)
_MSIP_NAME = re.compile(r"MSIP_Label_([0-9A-Fa-f-]{8,64})_Name\s*=\s*([^;]{1,200})", re.IGNORECASE)
_PROTECTIVE_SEC = re.compile(r"(?i:\bSEC\s*=\s*([A-Z][A-Z:\- ]{1,40}?)\s*(?:,|$))")
_PROTECTIVE_MARKED = re.compile(r"(?i:official\s*[:\-]\s*sensitive|protected|secret|restricted|confidential)")
# A label name is the tenant's own wording; read it as a marking phrase, any case.
_LABEL_MARKED = re.compile(
    r"(?i:confidential|official\s*[-–—_:]?\s*sensitive|restricted|not\s+for\s+publication|exempt|"
    r"in\s+confidence|part\s*(?:2|ii)\b)"
)



def labelled_headers(headers: tuple[tuple[str, str], ...]) -> list[tuple[str, str, str]]:
    """(header name, the marking it carries, what to show a reviewer) for each marking header."""
    out = []
    for key, value in headers:
        name = key.lower()
        phrase = ""
        if name == "sensitivity" and " ".join(value.split()).lower() in _SENSITIVITY_VALUES:
            phrase = value.strip()
        elif name == "msip_labels":
            phrase = _msip_label(value)
        elif name == "x-protective-marking":
            phrase = _protective_marking(value)
        if phrase:
            shown = f"…_Name={phrase}" if name == "msip_labels" else _clip(value, 160)
            out.append((key, phrase, shown))
    return out


def _msip_label(value: str) -> str:
    value = value[:8192]
    enabled = {m.group(1).lower() for m in _MSIP_ENABLED.finditer(value)}
    for match in _MSIP_NAME.finditer(value):
        label = " ".join(match.group(2).replace("_", " ").split())
        if match.group(1).lower() in enabled and _LABEL_MARKED.search(label):
            return label
    return ""


def _protective_marking(value: str) -> str:
    match = _PROTECTIVE_SEC.search(value[:2048])
    if match and _PROTECTIVE_MARKED.search(match.group(1)):
        return match.group(1).strip()
    return ""



def _clip(value: str, width: int) -> str:
    value = " ".join(value.split())
    return value if len(value) <= width else value[: width - 1] + "…"
