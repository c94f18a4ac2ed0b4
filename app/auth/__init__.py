"""Who may do what: review-desk accounts and roles, Entra ID sign-in, API keys, `mailguard user`.
"""
