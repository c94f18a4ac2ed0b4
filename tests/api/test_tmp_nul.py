from tests.api.support import post_eml, auth, EVALUATE
def test_nul(client, keys):
    for raw in [b"From: Helen <clerk@hartsbourne-tc.gov.uk>\nTo: a\x00b <ann@example.com>\nSubject: x\x00y\nMessage-ID: <n\x00ul@x>\n\nbo\x00dy\n"]:
        r = post_eml(client, keys.evaluate, raw)
        print(r.status_code, r.text[:300])
    r = client.post(EVALUATE, json={"subject": "a\u0000b", "toRecipients": [{"emailAddress": {"name": "x\u0000", "address": "a@b.c"}}], "body": {"content": "x\u0000y"}}, headers=auth(keys.evaluate))
    print(r.status_code, r.text[:300])
