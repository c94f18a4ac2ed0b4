"""What the election-period check reads in a message: who is promoted, in whose voice, and to whom.

`vocabulary` holds the patterns (publicity, cues, first-person credit); `mentions` finds the
candidates a sentence is about — by name, by civic title ("the Mayor"), by a pronoun that
follows them — and the candidates whose own words the message carries (a column's byline, a
role mailbox such as mayor@, a relayed message, the sign-off).
"""
