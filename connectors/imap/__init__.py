"""IMAP/SMTP: one aioimaplib connection on a private loop, folders, IDLE, byte-level header work,
the connection test, and the mailbox (outbox folder and Sent audit).
"""
