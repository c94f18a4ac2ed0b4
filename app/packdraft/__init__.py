"""Drafting a council's pack from its own protocol, and explaining a pack in plain words.

reading (pdf_text, word_text, html_text: formats -> text) -> clauses (numbered as packs check reads them) ->
matching (cues in rules.yaml, wording in modality.yaml) -> drafting (verify, then
write: writing) ; explain for `mailguard pack explain` and the desk's page.
"""
