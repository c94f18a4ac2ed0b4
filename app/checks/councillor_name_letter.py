"""PLACEHOLDER: being written (see the contract)."""

from __future__ import annotations


def check(message, directory):
    raise NotImplementedError("councillor_name_letter is being written")
