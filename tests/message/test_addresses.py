from app.engine.message.addresses import normalise_email, parse_address_list


def emails(value):
    return [a.email for a in parse_address_list(value)]


def test_display_names_and_case_folding():
    found = parse_address_list('Cllr Jane Doe <Jane.Doe@Council.GOV.uk>, "Evans, Keith" <k@x.org>')
    assert [(a.name, a.email) for a in found] == [("Cllr Jane Doe", "jane.doe@council.gov.uk"), ("Evans, Keith", "k@x.org")]


def test_crafted_display_name_does_not_invent_a_recipient():
    # CVE-2023-27043: the 3.11 stdlib returns two addresses here.
    assert emails("alice@example.org <bob@evil.example>") == ["bob@evil.example"]
    assert emails('"alice@example.org" <bob@evil.example>') == ["bob@evil.example"]


def test_groups_comments_and_routes():
    assert emails("undisclosed-recipients:;") == []
    assert emails("Team: a@x.org, b@x.org;, c@x.org") == ["a@x.org", "b@x.org", "c@x.org"]
    found = parse_address_list("jdoe@x.org (John Doe)")
    assert (found[0].name, found[0].email) == ("John Doe", "jdoe@x.org")
    assert emails("<@relay.example:user@host.example>") == ["user@host.example"]


def test_encoded_display_names():
    found = parse_address_list("=?utf-8?q?Ren=C3=A9e_Smith?= <renee@x.org>")
    assert found[0].name == "Renée Smith"


def test_name_only_entries_keep_no_address():
    found = parse_address_list("Helen Symmons")
    assert found[0].email == "" and found[0].name == "Helen Symmons"


def test_bare_name_then_address_without_brackets():
    found = parse_address_list("XYZ xyz@xyz.com")
    assert (found[0].name, found[0].email) == ("XYZ", "xyz@xyz.com")


def test_mailto_forms():
    assert normalise_email("mailto:Helen@Council.gov.uk") == "helen@council.gov.uk"
    assert emails("Helen Symmons [mailto:helen@council.gov.uk]") == ["helen@council.gov.uk"]


def test_address_count_is_capped():
    value = ", ".join(f"r{i}@x.org" for i in range(5000))
    assert len(parse_address_list(value, max_addresses=100)) == 100


def test_invalid_addresses_are_not_emails():
    assert normalise_email("not an address") == ""
    assert normalise_email("a@@b") == ""
