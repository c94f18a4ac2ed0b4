"""The election-period check's vocabulary: publicity, what promotes a candidate, first-person credit.

Sentences are read lower-cased and folded, with every mention of a candidate replaced by "§"
(app.engine.checks.election.mentions), so an agent pattern reads "§ organised the day",
"which § started", "§'s happy to talk to you live". Every quantifier is bounded.
"""

from __future__ import annotations

import re

AGENT = "§"

PRESS_LOCAL = re.compile(r"^(?:news|newsdesk|newsroom|editor|editorial|press|media|letters|reporter|features|"
                         r"picturedesk|pictures|desk|producer|producers|breakfast|"
                         r"presenter|onair)(?:[._-]|$)")
PRESS_DOMAIN = re.compile(r"news|gazette|herald|chronicle|advertiser|mercury|newsquest|reachplc|archant|iliffe|"
                          r"nationalworld|journal|telegraph|examiner|observer|radio|fm\b|tv\b|\b(?:echo|times|post|"
                          r"star|standard|express|bbc|itv|press|media|argus|courier|guardian)\b")
LIST_LOCAL = re.compile(r"^(?:newsletter|news|residents|community|subscribers|members|all|everyone|list|announce|"
                        r"bulletin|updates|mailing|mailinglist)(?:[._-]|$)")
_FOR_YOUR = (r"\bfor (?:use in |inclusion in |put in |putting in |publication in |posting on |posting in )?"
             r"(?:your|the|our|their) (?:[\w']{1,20} ){0,4}?(?:newsletters?|magazines?|bulletins?|websites?|"
             r"facebook (?:page|group)|social media|noticeboards?|news ?sheets?|members|readers|followers)\b")
_POST_ON = (r"\b(?:post|posting|put|pop|share|stick|upload|add)(?: this| it| these| the following| the photos?| the "
            r"pics?)?(?: up)? (?:on|onto|to|in) (?:the|your|our) (?:[\w']{1,20} ){0,3}?(?:group|page|facebook|"
            r"instagram|twitter|feed|forum|noticeboard|website|nextdoor|whatsapp)\b")
_CIRCULATE = (r"\b(?:circulate|share|forward|pass on|send on|send out|send round)\b[^.?!\n]{0,40}? (?:to|with|among|"
              r"amongst|around) (?:(?:your|all|all your|our|all our) (?:[\w']{1,20} )?(?:members|residents|neighbours|"
              r"tenants|groups?|lists?|contacts|hirers|users|readers|followers|community)|the (?:ra|residents'? "
              r"association|groups?|list|forum|page))\b")
_ASK_POST = (r"\b(?:please|pls|could you|can you|would you(?: mind)?|can u|could u) (?:post|share|put up|pop up|"
             r"upload)(?:ing)? (?:this|it|these|the (?:photos?|pics?|post|picture))\b"
             r"(?! (?:back|to (?:me|us)|through))")
_COLUMN = (r"\b(?:mayor|chair(?:man|woman)?|leader|vice[- ]chair|deputy mayor)'?s? (?:column|corner|diary|blog|"
           r"notes)\b|\b(?:column|corner|a word|diary|blog) (?:of|from|by) the (?:town |city |deputy |vice[- ])?"
           r"(?:mayor|chair)")
PUBLICITY = re.compile(
    r"\b(?:press|media|news) release\b|\bfor immediate release\b|\bembargo(?:ed)?\b|\bnotes? (?:to|for) editors\b"
    r"|\bnewsletter\b|\be-?bulletin\b|\bresidents'? (?:update|bulletin)\b|\bcommunity (?:update|news)\b"
    r"|(?<!not )\bfor publication\b|\bplease (?:publish|print|run|share) (?:this|the)\b|\bphoto ?call\b"
    r"|\bphoto caption\b|\bpress statement\b|\bmedia statement\b|\bnews (?:story|item)\b|\bparish magazine\b"
    r"|\bnews ?sheet\b|\bfor (?:the|our) (?:website|facebook page|social media)\b|\bpictured:|\bcaption:"
    r"|\b(?:feel free|(?:you're|you are) welcome|happy for you) to (?:use|share|publish|print|post|run|include)\b"
    f"|{_FOR_YOUR}|{_POST_ON}|{_ASK_POST}|{_CIRCULATE}|{_COLUMN}")
COMMS_LOCAL = re.compile(r"^(?:news|communications|comms|press|media|pr|publicity|marketing)(?:office|team)?"
                         r"(?:[._-]|$)")  # a council's own publicity mailbox
BCC_CIRCULAR = 3  # outside recipients in Bcc that make a message a circular

CUES = (
    ("quotes or reports the views of", re.compile(
        r"(?<!his )(?<!her )(?<!the )(?<!my )(?<!your )(?<!their )\bcomments\b"
        r"|\b(?:said|says|commented|added|adds|explained|explains|stated|remarked|enthused|declared|told|"
        r"welcomed|welcomes|hailed|according to|in the words of|believes|thinks|feels|wants|hopes|urged|urges|"
        r"called on|calls on|promised|promises|pledged|vowed|quote from|quoting)\b|§:\s*\"")),
    ("credits", re.compile(
        r"\bthank(?:s|ing)?(?: you)?(?: go(?:es)?)? to\b|\bcredit\b|\bsecured\b|\bdelivered\b|\bchampion(?:ed|ing)\b"
        r"|\bspearhead(?:ed|ing)\b|\bcampaign(?:ed|ing) (?:for|to|hard)\b|\bfought (?:for|to|hard)\b"
        r"|\bpushed for\b|\blobbied\b|\bsuccessfully\b|\btireless(?:ly)?\b|\bhard[- ]?work(?:ing)?\b"
        r"|\binstrumental\b|\bbrainchild\b|\binitiative of\b|\bdedication\b|\bcongratulat\w*|\bproud(?:ly)?\b"
        r"|\bmade (?:this|it) happen\b|\bwork(?:ed|ing|s)? (?:very |so |really )?hard\b|\bled (?:the|a|an|by)\b"
        r"|\b(?:his|her|their) (?:plan|idea|vision|scheme)\b|\bto fruition\b|\bpossible because\b"
        r"|\bdown to §|\bbecause of §|§'s (?:idea|doing|initiative|brainchild|hard work|efforts|campaign)\b")),
    ("pictures", re.compile(
        r"\bpictured\b|\bphoto(?:graph)?(?:s)? (?:of|with|shows?|showing)\b|\bphoto(?:graph)?:|\bphotographed\b"
        r"|\bcaption\b|\bleft to right\b|\(l-r\)|\bl-r:|\bpics?\b|\bpictures? (?:of|shows?)\b"
        r"|\b(?:shows|showing|features|featuring) §")),
    ("features at an event", re.compile(
        r"\bofficially open|\bwill (?:officially )?(?:open|launch|unveil)\b|\b(?:opened|launched|unveiled) by\b"
        r"|\bcut(?:ting)? the ribbon\b|\bguest of honou?r\b|\bspecial guest\b|\bjoin §"
        r"|\bcome and meet\b|§ (?:opening|unveiling|launching|presenting|cutting the)\b")),
    ("asks for the election of", re.compile(r"\bvote for\b|\bre-?elect\b|\belect §|\bsupport §")),
)
_ACTS = (r"started|founded|set up|set it up|organised|organized|organises|organizes|arranged|established|introduced|"
         r"created|initiated|launched|began|came up with|dreamed up|revived|restored|rescued|saved|ran|runs|built|"
         r"led|leads|got|obtained|brought|won|secured|delivered|championed|running|organising|organizing|leading|"
         r"championing|fundraising")
# "§ organised the day", "which § started in 2023", "organised by §"; "§ is happy to talk to you live"
AGENT_CUES = (
    ("credits", re.compile(
        rf"§(?:'s)?,?(?: (?:has|had|have|been|is|was|also|personally|successfully|single-handedly|then|first|"
        rf"originally|actually|who|which)){{0,4}} (?:{_ACTS})\b|\b(?:{_ACTS}) by §")),
    ("offers for interview", re.compile(
        r"§(?:'s)?(?: [a-z'-]{1,20}){0,6}? (?:interviews?|on air|(?:go|do|be) live|live on|come on|"
        r"talk to (?:you|listeners)|speak to (?:you|listeners)|chat to you|join you|in the studio|down the line|"
        r"come in (?:for|to)|slot|guest|"
        r"on the (?:show|programme))\b")),
)
# "will open the AGM", "opened the meeting": chairing business, not an event that features them
PROCEDURAL = re.compile(r"\b(?:agm|annual (?:general |town |parish )?meeting|(?:council|committee|town|parish|public) "
                        r"meeting|meeting(?! (?:room|place|hall|point|space))|proceedings|hustings|the count)\b")
CHAIRING = re.compile(r"\b(?:open|opens|opened|opening|lead|leads|led|leading|ran|run|runs|running|chair\w*|"
                      r"present\w*|welcome\w*|join)\b")  # what a chair does at a meeting
NEGATED = re.compile(r"\b(?:not|can't|cannot|won't|unable|no|never)\b")

_I = r"\bi(?: have|'ve| had|'d)?"
SELF_CLAIM = re.compile(
    _I + r"(?::? [-*\u2022])? (?:personally |successfully |finally |also |single-handedly |proudly )?"
    r"(?:secured|delivered|achieved|"
    r"championed|fought|campaigned|won|spearheaded|pushed|lobbied|persuaded|saved|rescued|founded|obtained|"
    r"brought|made sure|stopped|launched|unveiled|introduced|kept (?:my|that|the|our) (?:promise|word)|"
    r"(?:worked|fought|campaigned) (?:tirelessly|so hard|hard|non-stop)|raised (?:over |more than |nearly |some )?"
    r"(?:£|\d)|"
    r"(?:opened|started|led) (?:the|a|an|our)|set up (?:the|a|an|our)|got (?:the|our|£)[^.,;!?]{0,40}? "
    r"(?:to [a-z]+|fixed|done|back|repaired|built|funded|approved|reopened|sorted))\b"
    r"|\b(?:proud|delighted|thrilled|honou?red|privileged|pleased|glad) (?:to (?:have )?|that i |of (?:what i(?: have"
    r"|'ve)?|my|all i|everything i) )(?:open|opened|cut|launch|launched|unveil|unveiled|lead|led|champion|"
    r"championed|secure|secured|deliver|delivered|serve|represent|start|started|bring|brought|achieved|done|"
    r"got|won|saved|fought|pushed|made|"
    r"record|achievements)\b|\b(?:an? )?(?:honou?r|privilege)(?: of my life)? (?:to|of) (?:serve|serving|"
    r"represent|representing|be your|being your)\b|\bmy (?:track )?record\b"
    r"|\bmy (?:achievements|successes|report card)\b|\bunder my (?:leadership|chairmanship|watch|stewardship)\b"
    r"|\bbecause (?:of me|i (?:didn't|did not|never|refused|kept|fought|pushed|stood))\b"
    r"|\bwhat i(?: have|'ve)? (?:done for|achieved|"
    r"delivered)\b|\bmy (?:campaign|efforts|hard work|idea|initiative|pressure|lobbying) (?:that |which )?"
    r"(?:has |have )?(?:saved|secured|delivered|won|got|brought|made|stopped|kept)\b|\b(?:nobody|no one|no-one) "
    r"(?:has |have )?(?:worked|fought|done) (?:harder|more)\b|\bthanks to (?:me|my)\b|\bvote for me\b"
    r"|\bre-?elect me\b|\bif it (?:was|were|had)(?: not|n't) (?:been )?for me\b|\bwere it not for me\b"
    r"|\bi(?:'m| am) the (?:only )?(?:councillor|one|person) who\b"
    r"|\btogether,? we(?: have|'ve)? (?:saved|secured|delivered|won|achieved|built|stopped|kept)\b")
FACTUAL = re.compile(r"persons nominated|\bnotice of (?:election|poll)\b|\bcandidates? (?:standing|nominated)\b"
                     r"|\bpolling (?:station|day|card)s?\b")
