"""Microsoft 365 through Graph: the per-process runtime, mailbox wiring, subscriptions and
change notifications, follow-ups, directory sync from Entra groups, and their CLI.
"""
