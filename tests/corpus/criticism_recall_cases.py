"""The recall round of the officer-criticism corpus (issue 17), at a second council (Kettleby St Anne
Parish Council, criticism_recall_people.py). Written before the check was generalised, for the kinds
a blind batch found missing: staff criticised collectively in informal words; criticism inside a
statement given for publication (a quote, a letter to the editor, an offer to go on air); capability
words and idioms not yet in the vocabulary; audiences such as a residents' list, a forum admin, a PTA
or residents' association, a reply-all or a Bcc'd update; officers named by title or by an honorific
and surname; councillors writing from personal addresses. Each positive has a hard negative that
differs only where the definition says it should. `build_officer_criticism.py` renders them into
tests/corpus/officer-criticism-recall/.

First scores: the oc-r* batch, before any fix, 6 of 30 positives found (recall 0.20), none of its 30
negatives fired; the oc-s* batch, written after the fixes, 9 of 12 (0.75) and none of 12 negatives;
the oc-u* batch, written after those, 2 of 6 (0.33) and none of 6 negatives.
"""

from __future__ import annotations

from criticism_recall_people import *  # noqa: F403 - the people of the second council

OC = "officer-criticism"
RECALL: list[tuple[str, list[str], str, dict]] = []


def add(stem: str, rules: list[str], why: str, from_: str, to, subject: str, body: str, **extra) -> None:
    RECALL.append((stem, rules, why, dict(from_=from_, to=to if isinstance(to, list) else [to],
                                           subject=subject, body=body, **extra)))


MOBILE = "\n\nSent from my Galaxy"

# ---- staff criticised collectively, in informal words ------------------------------------------------
add("oc-r01-lazy-lot", [OC], "collective, informal, to a residents' list: the staff are a lazy lot", KEMP, LIST,
    "Re: grass verges", "Hiya all,\n\nTruth is the staff at the Parish Council are a lazy lot and nothing will "
    "change till that does.\n\nSandra", headers=LIST_HEADERS)
add("oc-r01n-friendly-lot", [], "the same staff praised: a friendly lot", KEMP, LIST, "Re: grass verges",
    "Hiya all,\n\nTruth is the staff at the Parish Council are a friendly lot and always happy to help.\n\n"
    "Sandra", headers=LIST_HEADERS)
add("oc-r02-office-raffle", [OC], "metonymy, mobile: the office can't organise a raffle", MARCHBANK_HOME, FORUM,
    "for the forum", "Post this if you like: the parish office can't organise a raffle, never mind a "
    "fireworks night." + MOBILE)
add("oc-r02n-council-raffle", [], "the council as a body, not its staff: the council can't organise it",
    MARCHBANK_HOME, FORUM, "for the forum", "Post this if you like: the parish council can't organise a "
    "fireworks night on this budget, so we are asking the Scouts." + MOBILE)
add("oc-r03-that-lot", [OC], "chatty: that lot in the office haven't a clue", KEMP_UNLISTED, [R1, R2],
    "bins again", "Gill, Norman - honestly that lot in the office haven't got a clue. I'll chase it "
    "myself.\n\nCllr Sandra Kemp")
add("oc-r03n-contractor-lot", [], "the same words of the contractor", KEMP_UNLISTED, [R1, R2], "bins again",
    "Gill, Norman - honestly that lot at Wolds Grounds haven't got a clue. I'll chase it myself.\n\n"
    "Cllr Sandra Kemp")
add("oc-r04-officers-useless", [OC], "terse, to a reporter: officers are useless", MENON, MERCURY, "flooding",
    "Our officers are useless. Print that if you want. Ravi Menon")
add("oc-r04n-drains-useless", [], "the same terse note about the drains", MENON, MERCURY, "flooding",
    "Our drains are useless. Print that if you want. Ravi Menon")
add("oc-r05-nonnative-workers", [OC], "non-native, collective: the office workers they are very lazy", ZIELINSKI,
    R5, "Re: your complaint", "Dear Mr Clarke,\n\nI am agree with you. The office workers they are very lazy, "
    "they never answer telephone.\n\nPiotr Zielinski")
add("oc-r05n-nonnative-busy", [], "non-native, the office workers very busy (a fact, sympathy)", ZIELINSKI, R5,
    "Re: your complaint", "Dear Mr Clarke,\n\nI am sorry. The office workers they are very busy this month, "
    "they will answer you soon.\n\nPiotr Zielinski")
add("oc-r06-bunch-of-jobsworths", [OC], "Outlook HTML to the forum: the people at the parish office are jobsworths",
    VAUGHAN, FORUM, "Allotments", "Hello,\n\nThe people at the parish office are a bunch of jobsworths who hide "
    "behind rules.\n\nTeresa", html=True)
add("oc-r06n-committee-jobsworths", [], "the same of another councillor's committee colleagues, by name",
    VAUGHAN, FORUM, "Allotments", "Hello,\n\nCllr Menon and Cllr Kemp are a pair of jobsworths who hide "
    "behind rules.\n\nTeresa", html=True)

# ---- criticism inside a statement given for publication ---------------------------------------------
add("oc-r07-quote-me", [OC], "a statement to quote: the Clerk sloppy and disorganised", VAUGHAN, MERCURY,
    "Re: your enquiry about the precept", "Hi,\n\nYou can quote me: 'The Clerk has been sloppy and disorganised "
    "from day one, and residents are paying for it.'\n\nCllr Teresa Vaughan-Lloyd",
    quoted=("onwrote", MERCURY, "Cllr Vaughan-Lloyd, do you have a comment on the precept rise? Newsdesk"))
add("oc-r07n-quote-me-praise", [], "a statement to quote, praising the Clerk", VAUGHAN, MERCURY,
    "Re: your enquiry about the precept", "Hi,\n\nYou can quote me: 'The Clerk has been careful and organised "
    "from day one, and residents are better off for it.'\n\nCllr Teresa Vaughan-Lloyd",
    quoted=("onwrote", MERCURY, "Cllr Vaughan-Lloyd, do you have a comment on the precept rise? Newsdesk"))
add("oc-r08-publish-deputy", [OC], "please publish for residents: the Deputy Clerk is not up to the job",
    MARCHBANK, FORUM, "For publication", "Please publish this for residents:\n\n\u201cI am sorry to say our "
    "Deputy Clerk is simply not up to the job, and everyone in the village knows it.\u201d\n\nHugh Marchbank, "
    "Chair")
add("oc-r08n-publish-decision", [], "please publish: the decision is not up to the job", MARCHBANK, FORUM,
    "For publication", "Please publish this for residents:\n\n\u201cI am sorry to say the new parking scheme is "
    "simply not up to the job, and everyone in the village knows it.\u201d\n\nHugh Marchbank, Chair")
add("oc-r09-letter-hiding", [OC], "letter to the editor: officers hiding the true cost", MARCHBANK_HOME,
    MERCURY_LETTERS, "Letter: the pavilion", "Sir, \u2014 For two years now parish officers have been hiding "
    "the real cost of the pavilion from the people who pay for it.\n\nHugh Marchbank\nKettleby St Anne")
add("oc-r09n-letter-district", [], "letter to the editor: the district's officers, not the parish's",
    MARCHBANK_HOME, MERCURY_LETTERS, "Letter: the pavilion", "Sir, \u2014 For two years now the district "
    "council's officers have been hiding the real cost of the bypass from the people who pay for it.\n\n"
    "Hugh Marchbank\nKettleby St Anne")
add("oc-r10-on-air", [OC], "an on-air offer to a radio newsroom: the Clerk has lost control", KEMP, RADIO,
    "Tomorrow's breakfast show", "Morning,\n\nHappy to come on the breakfast show tomorrow. In a nutshell: the "
    "Clerk has lost control of the office and the staff run rings round her.\n\nSandra Kemp")
add("oc-r10n-on-air-contractor", [], "the same offer about the contractor", KEMP, RADIO,
    "Tomorrow's breakfast show", "Morning,\n\nHappy to come on the breakfast show tomorrow. In a nutshell: the "
    "contractor has lost control of the site and the subcontractors run rings round them.\n\nSandra Kemp")
add("oc-r11-on-the-record", [OC], "on the record, honorific and surname: Mrs Harrowby arrogant, talks down",
    VAUGHAN_HOME, RADIO_PRODUCER, "Re: Thursday", "Jas,\n\nFor your piece, on the record: Mrs Harrowby is "
    "arrogant and talks down to residents as if they were children.\n\nTeresa")
add("oc-r11n-on-the-record-fact", [], "on the record, a fact about Mrs Harrowby", VAUGHAN_HOME, RADIO_PRODUCER,
    "Re: Thursday", "Jas,\n\nFor your piece, on the record: Mrs Harrowby is on leave and will talk to residents "
    "when she is back.\n\nTeresa")
add("oc-r12-statement-attributable", [OC], "a statement attributable: 'officers have treated residents like fools'",
    MENON, [MERCURY, RADIO], "Statement on the car park", "Statement attributable to Cllr Ravi Menon, Vice-Chair:"
    "\n\n\"Parish officers have treated residents like fools throughout this consultation.\"\n\nEnds")
add("oc-r12n-statement-to-councillors", [], "the same statement sent only to fellow councillors", MENON,
    [MARCHBANK, VAUGHAN, ZIELINSKI, KEMP], "Draft statement on the car park", "Colleagues - draft, not sent:"
    "\n\n\"Parish officers have treated residents like fools throughout this consultation.\"\n\nRavi")

# ---- capability words and idioms not in the vocabulary before ------------------------------------------
add("oc-r13-sloppy-bookkeeping", [OC], "sloppy book-keeping by our RFO, to the residents' association", ZIELINSKI,
    RA, "Accounts question", "Dear Secretary,\n\nThe audit problem is caused by sloppy book-keeping by our RFO, "
    "nothing else.\n\nRegards,\nPiotr Zielinski")
add("oc-r13n-sloppy-contractor", [], "sloppy work by the contractor, to the same association", ZIELINSKI, RA,
    "Accounts question", "Dear Secretary,\n\nThe drainage problem is caused by sloppy work by the contractor, "
    "nothing else.\n\nRegards,\nPiotr Zielinski")
add("oc-r14-fish-rots", [OC], "non-native idiom: the fish rots from the head, so the Clerk is responsible",
    ZIELINSKI, [R3, R4], "Re: lost application", "Dear neighbours,\n\nThe fish rots from the head; so also the "
    "Clerk is responsible. She must answer for this.\n\nPiotr")
add("oc-r14n-clerk-responsible-for", [], "a fact: the Clerk is responsible for the allotments", ZIELINSKI, [R3, R4],
    "Re: allotment application", "Dear neighbours,\n\nThe Clerk is responsible for the allotment lettings, and "
    "the forms go to her.\n\nPiotr")
add("oc-r15-not-fit-deputy", [OC], "not fit to be Deputy Clerk, Bcc'd update, sender in To", VAUGHAN_HOME,
    VAUGHAN_HOME, "Update from your councillor", "Dear all,\n\nMy update this month. I have said it in "
    "committee and I will say it here: Priya Lennox is not fit to be Deputy Clerk.\n\nTeresa Vaughan-Lloyd",
    bcc=MANY[:14])
add("oc-r15n-not-fit-to-work", [], "health: the Deputy Clerk is not fit to work yet", VAUGHAN_HOME, VAUGHAN_HOME,
    "Update from your councillor", "Dear all,\n\nMy update this month. The office is slow because Priya Lennox "
    "is not fit to work yet after her operation.\n\nTeresa Vaughan-Lloyd", bcc=MANY[:14])
add("oc-r16-lost-control-reply-all", [OC], "reply-all to residents: the Clerk has lost control of her staff",
    MARCHBANK, [R1, R2, R3], "Re: hall booking chaos", "All,\n\nI share your frustration. The Clerk has lost "
    "control of her staff and I have told her so.\n\nHugh", cc=[VAUGHAN, CLERK])
add("oc-r16n-lost-keys", [], "reply-all: the hall lost its keys (not the Clerk's control)", MARCHBANK,
    [R1, R2, R3], "Re: hall booking chaos", "All,\n\nI share your frustration. The Clerk has lost her father "
    "this month and I have asked the office to cover.\n\nHugh", cc=[VAUGHAN, CLERK])
add("oc-r17-mister-disorganised", [OC], "an honorific spelled out: Mister Aldous is disorganised", ZIELINSKI, R4,
    "Re: grant money", "Dear Derek,\n\nMister Aldous is very disorganised, he lose the grant papers two "
    "times.\n\nPiotr")
add("oc-r17n-mister-district", [], "Mister of another body: the district's officer", ZIELINSKI, R4,
    "Re: grant money", "Dear Derek,\n\nMister Dunmore from the district council is very disorganised, he lose "
    "the grant papers two times.\n\nPiotr")
add("oc-r18-speaks-like-children", [OC], "conduct: the Clerk speaks to residents like children", KEMP, PTA,
    "Re: school crossing", "Hi both,\n\nYou are not imagining it. The Clerk speaks to residents like children "
    "and I find it embarrassing.\n\nSandra (Cllr Kemp)")
add("oc-r18n-children-crossing", [], "the Clerk speaks to the children (a fact)", KEMP, PTA,
    "Re: school crossing", "Hi both,\n\nYou are not imagining it. The Clerk speaks to the children at assembly "
    "on Friday about the crossing.\n\nSandra (Cllr Kemp)")
add("oc-r19-useless-rfo-pta", [OC], "our RFO is useless, to a PTA", MENON, PTA, "Grant for the playground",
    "Dear PTA,\n\nThe grant is late because our RFO is useless with paperwork. Sorry.\n\nRavi Menon")
add("oc-r19n-rfo-to-clerk", [], "the same words only to the Clerk (private)", MENON, CLERK,
    "Grant for the playground", "Joanne,\n\nThe grant is late because our RFO is useless with paperwork. "
    "Can we talk?\n\nRavi Menon")
add("oc-r20-both-clerks", [OC], "two officers by title, then 'they': they have made a mess", MARCHBANK, LIST,
    "Burial ground", "Dear residents,\n\nThe Deputy Clerk and the Clerk were told in March. They have made a "
    "complete mess of the burial ground records since.\n\nHugh Marchbank", headers=LIST_HEADERS)
add("oc-r20n-both-clerks-mo", [], "the same words to the Monitoring Officer (a proper channel)", MARCHBANK, MO,
    "Burial ground", "Dear Mr Dunmore,\n\nThe Deputy Clerk and the Clerk were told in March. They have made a "
    "complete mess of the burial ground records since.\n\nHugh Marchbank")
add("oc-r21-economical", [OC, "silent-bcc"], "the RFO has been economical with the truth, newsletter Bcc'd, office in To",
    MENON, OFFICE, "Kettleby news - October", "Dear residents,\n\nOctober news. On the budget, I'm afraid the RFO "
    "has been economical with the truth about the reserves.\n\nRavi Menon, Vice-Chair", bcc=MANY,
    )
add("oc-r21n-economical-councillors", ["silent-bcc"], "the same newsletter Bcc'd only to councillors", MENON, OFFICE,
    "Kettleby news - October draft", "Dear colleagues,\n\nOctober news, draft. On the budget, I'm afraid the RFO "
    "has been economical with the truth about the reserves.\n\nRavi Menon, Vice-Chair",
    bcc=[MARCHBANK, VAUGHAN, ZIELINSKI, KEMP])
add("oc-r22-pass-it-on", [OC], "a few residents, feel free to pass this on: the Clerk can't be relied on",
    KEMP_UNLISTED, [R1, R3, R5], "Parking permits",
    "Hi all,\n\nFeel free to pass this on. The Clerk cannot be relied on to do anything she promises, so "
    "email me directly.\n\nCllr Sandra Kemp\nKettleby St Anne Parish Council")
add("oc-r22n-pass-it-on-facts", [], "the same residents: the Clerk is away, email me", KEMP_UNLISTED,
    [R1, R3, R5], "Parking permits", "Hi all,\n\nFeel free to pass this on. The Clerk is away until the 14th, so "
    "email me directly about permits.\n\nCllr Sandra Kemp\nKettleby St Anne Parish Council")
add("oc-r23-caretaker-asleep", [OC], "a service officer: the facilities officer is asleep on the job", VAUGHAN,
    R2, "Re: hall heating", "Norman,\n\nThe facilities officer is asleep on the job, I'm afraid. Third time "
    "this winter.\n\nTeresa",
    quoted=("onwrote", R2, "The hall was freezing again at the whist drive. Who is in charge of this?"))
add("oc-r23n-boiler-asleep", [], "the boiler is faulty (the same reply without the officer)", VAUGHAN, R2,
    "Re: hall heating", "Norman,\n\nThe boiler timer is faulty, I'm afraid. Third time this winter; the "
    "engineer comes Monday.\n\nTeresa",
    quoted=("onwrote", R2, "The hall was freezing again at the whist drive. Who is in charge of this?"))
add("oc-r24-nonnative-not-capable", [OC], "non-native: the Clerk she is not capable for this position",
    ZIELINSKI, FORUM, "opinion", "Hello admin,\n\nHere is my opinion for the forum. The Clerk she is not capable for this "
    "position, every month is new problem with her.\n\nPiotr Zielinski, parish councillor")
add("oc-r24n-nonnative-capable", [], "non-native praise: the Clerk she is very capable", ZIELINSKI, FORUM,
    "opinion", "Hello admin,\n\nHere is my opinion for the forum. The Clerk she is very capable for this position, every "
    "month she solve new problem.\n\nPiotr Zielinski, parish councillor")
add("oc-r25-bully", [OC], "the Clerk bullies volunteers, Outlook reply to a resident with history", MARCHBANK, R3,
    "RE: litter pick", "Aisha,\n\nI am afraid the Clerk bullies our volunteers and I will not pretend "
    "otherwise.\n\nHugh", html=True,
    quoted=("outlook", R3, [MARCHBANK], "litter pick", "Why did half the volunteers quit? Aisha"))
add("oc-r25n-residents-bully", [], "residents bully the Clerk: the officer is the victim", MARCHBANK, R3,
    "RE: litter pick", "Aisha,\n\nI am afraid a few residents bully the Clerk and I will not pretend "
    "otherwise.\n\nHugh", html=True,
    quoted=("outlook", R3, [MARCHBANK], "litter pick", "Why did half the volunteers quit? Aisha"))
add("oc-r26-cannot-add-up", [OC], "chatty: Mr Aldous can't add up", KEMP, [R1, R4], "precept lol",
    "honestly Mr Aldous can't even add up, how is he the RFO?? x" + MOBILE)
add("oc-r26n-calculator", [], "the calculator can't add up", KEMP, [R1, R4], "precept lol",
    "honestly the old spreadsheet can't even add up, we need a new one from Mr Aldous x" + MOBILE)
add("oc-r27-personal-listed", [OC], "listed personal address with a nickname shown: staff are a shambles",
    VAUGHAN_HOME, LIST, "Re: the website", "The admin team at the parish office are a shambles, frankly. "
    "Three months for one web page.\n\nT", headers=LIST_HEADERS)
add("oc-r27n-website-shambles", [], "the website is a shambles", VAUGHAN_HOME, LIST, "Re: the website",
    "The parish website is a shambles, frankly. Three months for one web page and nobody on the council "
    "has pushed it.\n\nT", headers=LIST_HEADERS)
add("oc-r28-unlisted-signs", [OC], "unlisted address, signed as councillor: the Deputy Clerk is incompetent",
    KEMP_UNLISTED, MERCURY, "letter", "Dear Editor,\n\nThe Deputy Clerk is incompetent and the parish "
    "deserves better.\n\nCouncillor Sandra Kemp")
add("oc-r28n-resident-signs", [], "a resident at an unlisted address writes the same (not a councillor)",
    "Sandy Kirk <sandyk1971@hotmail.co.uk>", MERCURY, "letter", "Dear Editor,\n\nThe Deputy Clerk is "
    "incompetent and the parish deserves better.\n\nSandy Kirk, Church Lane")
add("oc-r29-hopeless-at-job", [OC], "forum admin: the Clerk is hopeless at her job and should step aside",
    MENON, FORUM, "Re: your question on the forum", "Hi Sue,\n\nSince you ask: the Clerk is hopeless at her job "
    "and should step aside.\n\nRavi")
add("oc-r29n-mo-complaint", [], "the same view in a complaint to the Monitoring Officer", MENON, MO,
    "Complaint", "Dear Mr Dunmore,\n\nI am sorry to say the Clerk is hopeless at her job and should step "
    "aside.\n\nCllr Ravi Menon")
add("oc-r30-staff-no-idea", [OC], "council staff have no idea how to run a hall", MARCHBANK_HOME, RA,
    "Hall", "Dear all,\n\nParish staff have no idea how to run a village hall. I'll raise it again.\n\nHugh")
add("oc-r30n-scouts-no-idea", [], "the Scouts' leaders have no idea (not the council's staff)",
    MARCHBANK_HOME, RA, "Hall", "Dear all,\n\nThe Scouts' leaders have no idea how to run a village hall. "
    "I'll raise it again.\n\nHugh")

# ---- second batch (oc-s*), written after the fixes above and scored once before any further fix: 9 of 12
# positives found (recall 0.75), none of 12 negatives fired; the three misses were then fixed ----------
add("oc-s01-town-hall-shower", [OC], "collective, slang: the lot at the parish office are a shower", MENON_HOME,
    [R4, R5], "Re: Re: flytipping", "Derek, Mo - what a shower the lot at the parish office are. Nothing "
    "happens unless I chase.\n\nRavi (Cllr Menon)")
add("oc-s01n-shower-rain", [], "weather and a fact about the office", MENON_HOME, [R4, R5], "Re: Re: flytipping",
    "Derek, Mo - what a shower this morning. The parish office reopens on Monday and will log it.\n\nRavi")
add("oc-s02-letter-editor-staff", [OC], "letter for publication: parish staff are arrogant and secretive",
    VAUGHAN_HOME, MERCURY_LETTERS, "For your letters page", "Sir,\n\nMay I, through your columns, say what many "
    "in Kettleby think: parish staff have become arrogant and secretive, and answer to no one.\n\nT. Vaughan-Lloyd "
    "(Cllr)\nMill Lane, Kettleby St Anne")
add("oc-s02n-letter-editor-bank", [], "letter for publication: the bank's staff", VAUGHAN_HOME, MERCURY_LETTERS,
    "For your letters page", "Sir,\n\nMay I, through your columns, say what many in Kettleby think: the bank's "
    "staff have become arrogant and secretive since the branch was cut.\n\nT. Vaughan-Lloyd (Cllr)\nMill Lane")
add("oc-s03-radio-quote", [OC], "to a radio producer: the Clerk is out of control, quote", KEMP, RADIO_PRODUCER,
    "your piece", "Jas - quote from me if you want it: \"Our Clerk has completely lost the plot and the "
    "residents deserve answers.\" Sandra")
add("oc-s03n-radio-quote-council", [], "to a radio producer: the council has lost its way", KEMP, RADIO_PRODUCER,
    "your piece", "Jas - quote from me if you want it: \"Our council has completely lost its way on housing and "
    "residents deserve answers.\" Sandra")
add("oc-s04-nonnative-not-know-job", [OC], "non-native: Mrs Lennox she don't know how to do her work", ZIELINSKI,
    LIST, "Re: cemetery", "Dear residents,\n\nMrs Lennox she is not good in her work, many mistakes, she is "
    "not organised.\n\nPiotr", headers=LIST_HEADERS)
add("oc-s04n-nonnative-good-work", [], "non-native praise: Mrs Lennox very good in her work", ZIELINSKI, LIST,
    "Re: cemetery", "Dear residents,\n\nMrs Lennox she is very good in her work, no mistakes, she is "
    "very organised.\n\nPiotr", headers=LIST_HEADERS)
add("oc-s05-rfo-cant-be-trusted", [OC], "forum admin: our RFO can't be trusted with a calculator", MARCHBANK_HOME,
    FORUM, "post for the forum", "Hi,\n\nFor the forum: frankly our RFO couldn't be trusted to count the "
    "raffle money.\n\nHugh" + MOBILE)
add("oc-s05n-rfo-counts", [], "forum admin: our RFO will count the raffle money", MARCHBANK_HOME, FORUM,
    "post for the forum", "Hi,\n\nFor the forum: our RFO will count the raffle money on Saturday with two "
    "volunteers.\n\nHugh" + MOBILE)
add("oc-s06-pair-incompetent", [OC], "a pair: the Clerk and the RFO are as bad as each other", MENON, RA,
    "AGM", "Dear Secretary,\n\nThe Clerk and the RFO are both incompetent and the audit shows it.\n\nRavi Menon")
add("oc-s06n-pair-praise", [], "a pair praised", MENON, RA, "AGM", "Dear Secretary,\n\nThe Clerk and the RFO "
    "are both excellent and the audit shows it.\n\nRavi Menon")
add("oc-s07-whoever-runs", [OC], "Bcc'd update: the office is a disgrace", VAUGHAN, VAUGHAN, "Ward update",
    "Dear neighbours,\n\nI am sorry to report the parish office is a disgrace: three weeks and no reply to "
    "anyone.\n\nTeresa", bcc=MANY[:11])
add("oc-s07n-building-disgrace", [], "Bcc'd update: the office building is a disgrace (the building)", VAUGHAN,
    VAUGHAN, "Ward update", "Dear neighbours,\n\nI am sorry to report the parish office building is a disgrace: "
    "damp, cold and unsafe, and we will bid for a grant.\n\nTeresa", bcc=MANY[:11])
add("oc-s08-contempt-html", [OC], "HTML: officers treat councillors and residents like idiots", MARCHBANK, PTA,
    "Re: crossing patrol", "Dear all,\n\nI'm afraid officers treat councillors and residents alike as if we were "
    "idiots.\n\nHugh Marchbank", html=True)
add("oc-s08n-contractors-idiots", [], "HTML: the contractors treat residents like idiots", MARCHBANK, PTA,
    "Re: crossing patrol", "Dear all,\n\nI'm afraid the contractors treat councillors and residents alike as if "
    "we were idiots.\n\nHugh Marchbank", html=True)
add("oc-s09-caretaker-skiving", [OC], "named facilities officer, idle", KEMP, [R1, R2, R3, R4],
    "hall", "Hi all - Colin Faraday is bone idle, you'll never see him before ten. S x" + MOBILE)
add("oc-s09n-caretaker-holiday", [], "named facilities officer on holiday", KEMP, [R1, R2, R3, R4],
    "hall", "Hi all - Colin Faraday is on holiday, you'll not see him before the 10th. S x" + MOBILE)
add("oc-s10-resign-publish", [OC], "please publish: the Deputy Clerk should do the decent thing and go", VAUGHAN,
    FORUM, "For the forum please", "Please publish: after this fiasco the Deputy Clerk should do the decent "
    "thing and resign.\n\nCllr Teresa Vaughan-Lloyd")
add("oc-s10n-resign-chair", [], "please publish: a councillor should resign (not an officer)", VAUGHAN, FORUM,
    "For the forum please", "Please publish: after this fiasco Cllr Menon should do the decent thing and "
    "resign.\n\nCllr Teresa Vaughan-Lloyd")
add("oc-s11-hopeless-office", [OC], "reply-all to residents: the office is hopeless at replying", MARCHBANK,
    [R2, R3], "RE: drains", "Norman, Aisha,\n\nThe office is hopeless at replying, so write to me.\n\nHugh",
    cc=[CLERK])
add("oc-s11n-office-hours", [], "reply-all: the office hours", MARCHBANK, [R2, R3], "RE: drains",
    "Norman, Aisha,\n\nThe office is open Tuesday and Thursday mornings, or write to me.\n\nHugh", cc=[CLERK])
add("oc-s12-unlisted-lost-grip", [OC], "unlisted address signing as councillor: the Clerk has lost her grip",
    KEMP_UNLISTED, RA, "AGM", "Hello,\n\nThe Clerk has lost her grip on the budget and nobody is checking.\n\n"
    "Regards\nSandra Kemp\nParish Councillor")
add("oc-s12n-unlisted-to-clerk", [], "the same words sent to the Clerk from the unlisted address", KEMP_UNLISTED,
    CLERK, "budget", "Joanne,\n\nYou have lost your grip on the budget and nobody is checking.\n\nRegards\n"
    "Sandra Kemp\nParish Councillor")

# ---- after the second batch: a list address at the council's own domain ------------------------------------
add("oc-t01-ebulletin", [OC], "the council's own e-bulletin list address: the RFO kept back the figures", MARCHBANK,
    f"Parish e-Bulletin <e-bulletin@{K}>", "Chair's note for the e-bulletin", "Chair's note\n\nI regret that the "
    "RFO kept back the overspend figures until after the budget meeting.\n\nHugh Marchbank, Chair")
add("oc-t01n-office-mailbox", [], "the same note to the office mailbox (staff, internal)", MARCHBANK, OFFICE,
    "Chair's note", "Chair's note\n\nI regret that the RFO kept back the overspend figures until after the "
    "budget meeting.\n\nHugh Marchbank, Chair")

# ---- third batch (oc-u*), written after the fixes above and scored once before any further fix: 2 of 6
# positives found (recall 0.33), none of 6 negatives fired; the four misses were then fixed ----------------
add("oc-u01-bone-idle-office", [OC], "forum admin: whoever is in the office is bone idle", MENON, FORUM,
    "For the noticeboard", "Hi Sue,\n\nFor the noticeboard if you like: the parish office staff are bone idle and "
    "the Clerk lets them get away with it.\n\nRavi Menon")
add("oc-u01n-bone-dry", [], "forum admin: the parish field is bone dry", MENON, FORUM, "For the noticeboard",
    "Hi Sue,\n\nFor the noticeboard if you like: the parish field is bone dry and the Clerk has booked the "
    "bowser.\n\nRavi Menon")
add("oc-u02-letter-rfo-sums", [OC], "letter for publication, formal: the RFO's figures cannot be relied upon",
    MARCHBANK, MERCURY_LETTERS, "Letter for publication: the precept", "Sir,\n\nIt gives me no pleasure to write "
    "that our Responsible Financial Officer's figures cannot be relied upon, and have not been for some time.\n\n"
    "Yours faithfully,\nHugh Marchbank\nChairman, Kettleby St Anne Parish Council")
add("oc-u02n-letter-rfo-thanks", [], "letter for publication: the RFO's figures were checked by the auditor",
    MARCHBANK, MERCURY_LETTERS, "Letter for publication: the precept", "Sir,\n\nIt gives me pleasure to write "
    "that our Responsible Financial Officer's figures were checked by the internal auditor and found "
    "correct.\n\nYours faithfully,\nHugh Marchbank\nChairman, Kettleby St Anne Parish Council")
add("oc-u03-radio-rubbish", [OC], "radio producer, chatty: Joanne Harrowby is rubbish at her job", KEMP_UNLISTED,
    RADIO_PRODUCER, "Re: Thursday slot", "Hi Jas!! Yes I'll do it. Between us, Joanne Harrowby is rubbish at her "
    "job and I'll say so on air.\n\nSandra Kemp x")
add("oc-u03n-radio-rubbish-weather", [], "radio producer, chatty: the weather is rubbish", KEMP_UNLISTED,
    RADIO_PRODUCER, "Re: Thursday slot", "Hi Jas!! Yes I'll do it. Between us, the weather is rubbish for the "
    "fete and Joanne Harrowby is moving it indoors.\n\nSandra Kemp x")
add("oc-u04-nonnative-sleep", [OC], "non-native to a reply-all: the Deputy Clerk is sleeping, nothing is done",
    ZIELINSKI, [R1, R2, R3], "Re: Re: streetlight", "Dear all,\n\nI must say honest: the Deputy Clerk is not "
    "doing nothing, only excuses. Very poor work from her.\n\nPiotr", cc=[MENON])
add("oc-u04n-nonnative-holiday", [], "non-native reply-all: the Deputy Clerk on holiday", ZIELINSKI, [R1, R2, R3],
    "Re: Re: streetlight", "Dear all,\n\nI must say honest: the Deputy Clerk is on holiday, she come back "
    "Monday and will do it.\n\nPiotr", cc=[MENON])
add("oc-u05-pta-they", [OC], "the Clerk and her deputy, then 'they', to the residents' association", VAUGHAN, RA,
    "Re: AGM questions", "Dear Secretary,\n\nI asked the Clerk and her deputy in June. They have ignored every "
    "email since.\n\nTeresa Vaughan-Lloyd", quoted=("onwrote", RA, "Cllr V-L, any news on the play area?"))
add("oc-u05n-pta-they-replied", [], "the same, they replied within a day", VAUGHAN, RA, "Re: AGM questions",
    "Dear Secretary,\n\nI asked the Clerk and her deputy in June. They replied within a day with the "
    "figures.\n\nTeresa Vaughan-Lloyd", quoted=("onwrote", RA, "Cllr V-L, any news on the play area?"))
add("oc-u06-bcc-list-amateurs", [OC, "silent-bcc"], "update Bcc'd to residents, office in To: amateurs in the office", KEMP, OFFICE,
    "Your councillor's update", "Hello everyone,\n\nThe precept has gone up again. I'm sorry, but we have "
    "amateurs running the parish office.\n\nSandra", bcc=MANY[:16])
add("oc-u06n-bcc-list-volunteers", ["silent-bcc"], "the same update: amateurs running the fete (volunteers)", KEMP, OFFICE,
    "Your councillor's update", "Hello everyone,\n\nThe fete is on again. Thank you, the amateurs running it "
    "are wonderful volunteers.\n\nSandra", bcc=MANY[:16])
