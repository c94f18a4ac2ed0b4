"""The held-message domain: intake of submitted mail, the worker that runs connectors through the
engine, reviewer decisions, the message lifecycle, annotation and the notices to senders.
"""
