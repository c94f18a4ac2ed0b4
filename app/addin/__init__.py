"""The Outlook add-in's server side: token validation, who a token speaks for, held-draft
submission, the manifest and handler files, and `mailguard addin`.
"""
