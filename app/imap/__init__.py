"""IMAP/SMTP mailboxes: wiring a mailbox row to the connector, and `mailguard mailbox add-imap`.
"""
