"""Hostile input costs bounded work: each cap engages and is recorded; nothing raises."""

import pytest

from app.engine.message import Limits, parse
from tests import hostile


def codes(message):
    return {d.code for d in message.defects}


@pytest.mark.timeout(20)
def test_deep_multipart_is_cut_at_the_depth_cap():
    m = parse(hostile.deep_multipart(1000))
    assert m.error is None and "limit:depth" in codes(m)


@pytest.mark.timeout(20)
def test_thousands_of_parts_are_cut_at_the_parts_cap():
    m = parse(hostile.many_parts(10_000))
    assert "limit:parts" in codes(m)
    assert len(m.bodies) <= Limits().max_parts


@pytest.mark.timeout(30)
def test_25mb_message_reads_bodies_and_sizes_attachments_without_decoding_them():
    raw = hostile.big_with_attachments(25)
    m = parse(raw)
    assert m.error is None and not [c for c in codes(m) if c.startswith("limit:")]
    assert "planning documents" in m.text
    assert sum(a.size for a in m.attachments) > 15 * 1024 * 1024


@pytest.mark.timeout(20)
def test_huge_address_header():
    m = parse(hostile.many_addresses(16_000))
    assert 0 < len(m.to) <= Limits().max_addresses_per_header
    assert codes(m) & {"limit:header-size", "limit:addresses"}


@pytest.mark.timeout(20)
def test_dotted_from_header():
    m = parse(hostile.dotted_from(32_000))
    assert m.error is None and m.sender is not None


@pytest.mark.timeout(20)
def test_fifty_thousand_encoded_words():
    m = parse(hostile.encoded_words(50_000))
    assert m.error is None and m.subject.startswith("wérd")


@pytest.mark.timeout(20)
def test_header_block_over_the_cap():
    m = parse(hostile.huge_header(400))
    assert "limit:header-block" in codes(m) or "limit:header-size" in codes(m)


@pytest.mark.timeout(20)
def test_nested_formatting_html_bomb():
    m = parse(hostile.nested_formatting_html(40_000))
    assert "html-fallback" in codes(m) and "Confidential" in m.text


@pytest.mark.timeout(20)
def test_nested_attached_messages_are_cut_at_the_depth_cap():
    m = parse(hostile.nested_attached_messages(60))
    assert m.error is None
    assert codes(m) & {"limit:embedded-depth", "limit:depth"}
    assert max(e.depth for e in m.embedded) <= Limits().max_depth


@pytest.mark.timeout(20)
def test_quote_bombs():
    assert parse(hostile.single_line_quote(760)).error is None
    assert parse(hostile.deep_quote_levels(10_000)).error is None


def test_time_budget_is_recorded():
    m = parse(hostile.many_parts(200), Limits(time_budget_s=0.0))
    assert "limit:time" in codes(m)


def test_message_size_cap():
    m = parse(hostile.big_with_attachments(2), Limits(max_message_bytes=1024 * 1024))
    assert "limit:message-size" in codes(m) and m.error is None


@pytest.mark.timeout(20)
def test_balanced_deep_html_is_read_by_the_linear_fallback():
    m = parse(hostile.balanced_divs(100_000))
    assert "html-fallback" in codes(m) and "Strictly confidential" in m.text
