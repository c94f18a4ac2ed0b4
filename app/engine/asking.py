"""What one sentence of a message does for the enquiry duty: asks, promises an answer, or is small talk.

The vocabulary of `app.engine.correspondence`, kept apart so that module reads a message and
this one reads a sentence. Every test is a compiled pattern over one folded sentence (lower
case, straight quotes, a leading greeting or vocative gone), so the cost is linear in the text.

Learnt from blind batches: people ask without question marks ("any joy with the bollards",
"it would be helpful to know how many…", "chasing this again"), acknowledge in two words
("on it", "will do", "leave it with me"), and ask rhetorical questions that ask nothing
("who knew the hall would flood again?").
"""

from __future__ import annotations

import re

_LEADING_GREETING = re.compile(r"^(hi|hello|hey|dear|morning|good (morning|afternoon|evening)|annwyl|"
                               r"bore da|prynhawn da)\b[^,.!?]{0,40}[,!]\s*")
# "Lorraine — let me know what's happening": a name and a dash before the sentence proper.
_VOCATIVE = re.compile(r"^[a-z][a-z'-]{1,20}\s*[—–,:-]\s+(?=[a-z])")
_TEXTSPEAK = re.compile(r"\b(u)\b")


def fold(sentence: str) -> str:
    folded = " ".join(sentence.lower().replace("’", "'").replace("‘", "'").split())
    folded = _LEADING_GREETING.sub("", folded)  # "Hi Liz, hope you..." reads as "hope you..."
    folded = _VOCATIVE.sub("", folded)
    return _TEXTSPEAK.sub("you", folded)


# Closers and small talk: polite, but they ask for nothing.
_CLOSER = re.compile(
    r"(\b(let me know|get in touch|contact me|give me a (call|ring)|shout|drop me a line|ask)\b.{0,40}"
    r"\b(if|should)\b.{0,60}\b(questions?|queries|query|anything( else)?|help|further|need|clarification|"
    r"problems?|issues?)\b"
    r"|\b(let me know|tell me) if you('d| would) like (me|us) to\b"
    r"|\bif (you|there) (have|has|are|need|require)\b.{0,60}\b(questions?|queries|anything|help|further|"
    r"information|clarification|problems?)\b"
    r"|\b(do not|don't|dont) hesitate\b|\bfeel free\b|\bhappy to (help|discuss|answer|chat|talk|set up)\b"
    r"|^any (questions|queries|problems)\b"
    r"|^(i )?hope (you|this|that|all|everyone|the)\b|^how (are|r) (you|things)\b"
    r"|^how was (your|the) (weekend|holiday|break|trip)\b|^how was [a-z]+\?$"
    r"|\bno (need|action|response|reply) (to reply|to respond|is )?(needed|required|necessary)?\b"
    r"|\bnothing (is )?(needed|required) from you\b"
    r"|^(please )?(find|see) (attached|enclosed|below)\b|^please note\b|^(just )?fyi\b"
    r"|\bfor (your )?(information|info|records?|awareness)\b"
    r"|\bplease (update|amend|note) (your|the) (records|address book|contacts|contact details|details)\b)")
_QUESTION_SMALLTALK = re.compile(
    r"^(and )?(how are you|how's things|how are things|you ok|all well)\b"
    r"|^(does|did) (that|this) help\b|^(hope (that|this) helps|make sense|(does )?(that|this) make sense)\b"
    # rhetorical: "Who knew…?", "Isn't it great…?", "What would we do without you?", "How many times…?"
    r"|^(who knew|who'd have (thought|guessed)|isn't (it|that)|wasn't (it|that)|aren't (they|we)|what more can"
    r"|what would (we|i) do without|how (good|great|lovely|brilliant|fantastic) (is|was|were)|how many (more )?times)\b")
_ASK = re.compile(
    r"^(could|can|would|will|might) (you|someone|somebody|anyone|the team|your team|officers?)\b"
    r"|\b(could|can|would|will) you (please |kindly |possibly |also )?(let|send|forward|provide|confirm|"
    r"check|tell|advise|look|arrange|ask|give|update|explain|clarify|find|get|make|ring|call|email|book|"
    r"chase|organise|organize|help|share|circulate|reply|respond|come back|investigate|review|"
    r"be able)\b"
    r"|\b(please|kindly|pls)\s+(could|can|would|send|provide|confirm|advise|let me know|update|arrange|look|"
    r"check|tell|explain|forward|share|investigate|respond|reply|chase|clarify|find out|supply|set up|book|"
    r"fix|review|come back|get back|organise|organize|ask|contact|call|ring|email|pass|give|make|clear|"
    r"repair|remove|replace|reconsider|add|include|circulate|publish|prepare|draft|return|complete|sign|"
    r"submit|fill in|let me have)\b"
    r"|\b(i|we)('d| would| should| will| shall)? (be (most |very |really )?grateful|appreciate|welcome)\b"
    r"|\b(i|we)('d| would) (like|love|want) (to (know|ask|request|see|have|receive|understand|find out)|"
    r"an? (update|response|reply|answer|explanation|copy|breakdown|meeting|call|word)|some|details|"
    r"clarification|confirmation|sight)\b"
    r"|\b(i|we)('d| would) be (interested|keen|glad|pleased) to (hear|know|learn|understand|see)\b"
    r"|\bit('d| would) be (helpful|useful|good|great) (to (know|have|see|get|understand|hear|receive)|if you)\b"
    r"|\b(want|wants|wanted|would like|'d like|need|needs) to know (when|what|why|how|whether|if|where|who|which)\b"
    r"|\b(i|we) ((really|do|urgently|still|also|just) ){0,2}(need|require|request|am requesting|are requesting)"
    r"\b(?! (not|no)\b)"
    r"|\bi wonder(ed)? (whether|if) (you|someone|anyone|the team|officers?)\b"
    r"|\b(just )?wondering (where|whether|if|what|when|how|why)\b"
    r"|\b(might|would) you be able to\b|\bany chance (you|someone) could\b"
    r"|\b(i am|i'm|we are|we're) (writing|emailing|contacting you) to (ask|request|enquire|inquire|query|"
    r"raise|chase|seek|follow up)\b|\b(i|we) write to (ask|request|enquire|inquire|seek)\b"
    r"|\b(i am|i'm|we are|we're) (still )?(chasing\b|(awaiting|waiting (for|on)) (a|an|your|any|the) "
    r"(reply|response|answer|update|decision)\b)"
    r"|^(chasing|gentle (nudge|reminder|chase)|nudging)\b|^(any|what's the) (joy|news|update|progress|word)\b"
    r"|\bfollowing up (on )?my (email|message|query|enquiry|note|request)\b"
    r"|\b(still )?(haven't|have not|hasn't|has not) (yet )?(had|received|heard) (a|any|an) (response|reply|answer|update)\b"
    r"|^(can|may|could) (i|we) (ask|have|get|request|see|check)\b"
    r"|\b(is|are) there (any|an) (update|news|progress|timescale|timeline|date|reason|plan)\b"
    r"|\bwhat (is|are) the (status|position|latest|timescale|reason|plan|cost|next steps?)\b"
    r"|\b(grateful|thankful) (for|if)\b.{0,40}\b(update|response|reply|advice|view|views|thoughts|comments|"
    r"feedback|input|steer|information|copy|you)\b"
    r"|^(let me know|tell me|advise|confirm|send me|forward me|update me|explain)\b"
    r"|^[-*•]\s*(when|what|who|where|why|how|which|whether)\b"
    r"|\b(i|we) (should|would) be (obliged|glad|pleased) (if|to (know|receive|have|hear))\b"
    r"|\b(your|an) (urgent )?(response|reply|update|answer) (is|would be) (needed|required|appreciated)\b"
    r"|\b(by|before) (close of play|end of (the )?(day|week)|cob|eod|monday|tuesday|wednesday|thursday|friday)"
    r"\b.{0,30}\b(please|if possible)\b")
ACK = re.compile(
    r"\b(i|we|she|he|they|[a-z]+)('ll| will| shall| am going to|'m going to| are going to|'s going to) "
    r"((\w+ ){0,10}(and|then) )?((\w+ ){0,3})?(get back to you|come back to you|be back in touch|"
    r"respond (fully|in full|properly|in detail|substantively|to you)|reply (fully|in full|properly|in detail|to you)|"
    r"look into (this|it|the matter)|be in touch|revert|update you|let you know|find out|investigate|"
    r"chase (this|it|them)|check (this|and)|follow (this|it) up|pick (this|it) up|respond (by|within|as soon)|"
    r"reply (by|within|as soon|tomorrow|then|on)|get (you )?(an? |the |written )?(answers?|reply|response))\b"
    r"|(^|, |\band |— |- )will (let you know|come back|get back|pick (this |it )?up|check and|reply|respond|revert|"
    r"sort|look into|chase|find out|update you|be in touch)\b"
    r"|^(on it|leave it with me|noted,? will|got it,? will)\b|\bleave it with me\b|\bbear with me\b"
    r"|\b(let me|i need to|i'll need to) (check|look into|find out|speak to|ask|confirm)\b.{0,60}\b(come|get) back to you\b"
    r"|\b(i am|i'm|we are|we're) (currently )?(looking into|investigating|checking|making enquiries|"
    r"following (this|it) up)\b"
    r"|\bwill (get|come) back to you\b|\bbyddaf yn ymateb\b"
    r"|\b(i|we)( have|'ve) (passed|forwarded|referred|sent) (this|it|your (email|enquiry|query|request|message))"
    r"\b.{0,40}\b(to|on)\b"
    r"|\b(we|i) aim to (respond|reply)\b|\backnowledge receipt\b|\bholding (reply|response)\b"
    r"|\b(has|have) been (logged|registered|recorded) as\b.{0,80}\b(response|reply|answer)\b"
    r"|\bfull(er)? (response|reply|answer) (will follow|to follow|shortly|soon|within)\b"
    r"|\b(i|we)('ll| will) (\w+ ){0,6}(send|forward|get|pass|share|circulate|email) (it|this|them|that|the \w+)"
    r"\b.{0,40}\b(tomorrow|today|later|shortly|soon|this (week|afternoon|morning)|next week|asap|"
    r"on (monday|tuesday|wednesday|thursday|friday)|by (monday|tuesday|wednesday|thursday|friday|"
    r"the end of))\b")
_THANKS = re.compile(r"^(many |thank you|thanks|cheers|much appreciated|noted|great|perfect|brilliant|lovely|"
                     r"ok(ay)?|will do|that's (great|perfect|helpful|brilliant|fine)|understood|received|got (it|this)|"
                     r"welcome back|well done|diolch|apologies for the delay|sorry for the (delay|slow reply))\b")
_BUT = re.compile(r",? but ")
# An out-of-office written by a person or a rule that sets no header: away, and where to go meanwhile.
_AWAY = re.compile(r"\b(out of (the )?office|on (annual |maternity |paternity |parental |sick |study )?leave|"
                   r"away from (the|my) (office|desk)|not (be )?monitoring)\b")
_MEANWHILE = re.compile(r"\b(urgent|in my absence|limited access|will not be monitoring|not monitoring|"
                        r"alternatively|please contact|contact [\w.-]+@)\b")


def asks_something(sentence: str) -> bool:
    """Whether one sentence asks the reader for something: a question or a request."""
    folded = fold(sentence)
    if _CLOSER.search(folded):
        # "Happy to discuss, but I'd like to understand the rationale": the ask after "but" counts
        tail = _BUT.split(folded, maxsplit=1)
        return len(tail) == 2 and not _CLOSER.search(tail[1]) and bool(_ASK.search(tail[1]))
    if folded.endswith("?"):
        return not _QUESTION_SMALLTALK.search(folded)
    return bool(_ASK.search(folded))


def is_promise(sentence: str) -> bool:
    """The sentence promises an answer still to come ("I'll come back to you by Friday", "On it")."""
    return ACK.search(fold(sentence)) is not None


def is_pleasantry(sentence: str) -> bool:
    folded = fold(sentence)
    return bool(_CLOSER.search(folded) or _THANKS.match(folded) or len(folded.split()) <= 2)


def is_out_of_office(sentences: list[str]) -> bool:
    """Away, said in the opening sentences, with where to go meanwhile: an out-of-office text."""
    opening = " ".join(fold(s) for s in sentences[:2])
    whole = " ".join(fold(s) for s in sentences[:6])
    return bool(_AWAY.search(opening) and _MEANWHILE.search(whole))
