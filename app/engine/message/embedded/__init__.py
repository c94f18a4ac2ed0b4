"""Earlier messages inside a body: quoted replies, inline forwards and their header blocks.

`split` finds where each earlier message starts (blocks, headers, "wrote" attributions) and who
wrote it, in every language the mail clients' own strings cover (`lexicon`, `client_strings` and
`lexicon_data/`, with their sources and licences).
"""
