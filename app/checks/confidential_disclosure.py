"""PLACEHOLDER: being written (see the contract)."""

from __future__ import annotations


def check(message, directory):
    raise NotImplementedError("confidential_disclosure is being written")
