"""Microsoft Graph: app-only tokens (MSAL), a throttled HTTP client, subscriptions, and the
mailbox (hold, release, return, post-send audit) for one user.
"""
