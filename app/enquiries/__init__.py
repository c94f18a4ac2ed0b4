"""Enquiries answered in time: the protocols' response duties, tracked over governed mailboxes.

`tracking` pairs each sent message with the enquiries it opens, acknowledges, answers or
transfers; `deadlines` counts working days (bank holidays from the `holidays` library);
`reminders` tells the addressee before the limit and escalates after it, each once;
`figures` gives the desk and the digest their lists and response times; `jobs` runs it all
inside `mailguard serve`; `cli` is `mailguard enquiries`.
"""
