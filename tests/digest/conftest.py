"""Digest fixtures: a real SMTP server on loopback that records what it is sent."""

from __future__ import annotations

import pytest

from tests.smtp_recorder import recording_server


@pytest.fixture
def smtp_server():
    controller, handler = recording_server()
    try:
        yield controller, handler
    finally:
        controller.stop()
