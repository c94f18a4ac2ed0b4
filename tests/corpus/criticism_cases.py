"""Scenarios of the officer-criticism corpus (issue 17), written from the rule's definition before
the check was tuned: positives and hard negatives in several voices (a formal chair, a chatty
councillor, terse mobile mail, non-native English, Outlook HTML, replies with quoted history).
`build_officer_criticism.py` renders them into tests/corpus/officer-criticism/.
"""

from __future__ import annotations

from criticism_people import *  # noqa: F403 - the people of one fictional council

OC = "officer-criticism"
CASES: list[tuple[str, list[str], str, dict]] = []


def add(stem: str, rules: list[str], why: str, from_: str, to, subject: str, body: str, **extra) -> None:
    CASES.append((stem, rules, why, dict(from_=from_, to=to if isinstance(to, list) else [to],
                                          subject=subject, body=body, **extra)))


IPHONE = "\n\nSent from my iPhone"

# ---- positives: a councillor criticises an officer's conduct or capability to an outside audience ----
add("oc-p01-negligent-formal", [OC], "formal chair to the newsdesk: the clerk has been negligent", OTWAY, NEWSDESK,
    "Allotment tenancies",
    "Dear Editor,\n\nI wish to place on record that the Town Clerk, Rachel Teague, has been negligent in her "
    "handling of the allotment tenancies this year.\n\nYours faithfully,\n\nCllr Brenda Otway")
add("oc-p02-terse-resign", [OC], "terse quote to a reporter: incompetent and should resign", DELANEY, REPORTER,
    "quote", "Tom - quote for tomorrow: the clerk is incompetent and should resign. MD")
add("oc-p03-chatty-useless", [OC], "chatty to a resident: the clerk is useless", NOLAN, RES1, "Re: your hedge",
    "Hi Margaret!\n\nHonestly the clerk is useless, she's sat on your complaint for six weeks. I'll keep "
    "chasing.\n\nKerry x")
add("oc-p04-nonnative-lazy", [OC], "non-native English to a resident: the deputy clerk is lazy", CHAUDHRY, RES5,
    "Your letter", "Dear Mr Kowalski,\n\nI am sorry. The deputy clerk is not able to do his job properly, he is "
    "very lazy person.\n\nAnil Chaudhry")
add("oc-p05-html-misled", [OC], "Outlook HTML to the newsdesk: the RFO misled councillors", PRITCHARD, NEWSDESK,
    "Reserves", "Dear Sir or Madam,\n\nResidents deserve to know that the RFO, Dawn Mercer, misled councillors "
    "about the level of the reserves.\n\nRegards,\nGwen Pritchard", html=True)
add("oc-p06-sarcasm-ever-efficient", [OC], "sarcasm to residents in Bcc: our ever-efficient clerk lost them again",
    OTWAY_HOME, ["undisclosed-recipients:;"], "Planning comments",
    "Dear all,\n\nOur ever-efficient clerk has once again lost the planning comments you sent in. Please send "
    "them to me instead.\n\nBrenda", bcc=MANY_RESIDENTS)
add("oc-p07-time-went", [OC], "to a community Facebook page: time the Town Clerk went", DELANEY_HOME, FB_ADMIN,
    "For the page please", "Please post this: It's time the Town Clerk went. Enough is enough.\n\nMarcus Delaney")
add("oc-p08-officers-out-of-depth", [OC], "to BBC radio: officers are out of their depth", NOLAN, BBC,
    "Flooding story", "Hello,\n\nThe council's officers have been out of their depth all winter and residents "
    "are paying the price.\n\nCllr Kerry Nolan")
add("oc-p09-reply-jobsworth", [OC], "reply to a resident with quoted history: Simon Bayliss is a jobsworth",
    DELANEY, RES2, "Re: parking permit", "Dev,\n\nBetween you and me, Simon Bayliss is a jobsworth who can't be "
    "bothered. Leave it with me.\n\nMarcus",
    quoted=("onwrote", RES2, "Dear Cllr Delaney, I still have no permit. Can you help? Dev"))
add("oc-p10-mobile-lied", [OC], "mobile, terse, to a reporter: the clerk lied", DELANEY_HOME, REPORTER,
    "Re: full council", "Clerk lied to us at full council. Simple as that." + IPHONE)
add("oc-p11-ms-teague-incompetence", [OC], "honorific and surname: Ms Teague's breathtaking incompetence", PRITCHARD,
    GAZETTE, "Letter for publication", "Sir,\n\nMs Teague has shown breathtaking incompetence over the war "
    "memorial repairs.\n\nCllr Gwen Pritchard\nHollins Cross")
add("oc-p12-calling-for-resignation", [OC], "press release: calling for the resignation of the Town Clerk", DELANEY,
    [NEWSDESK, BBC], "PRESS RELEASE: councillor calls for change",
    "PRESS RELEASE\n\nCllr Marcus Delaney today said: \"I am calling for the resignation of the Town Clerk. "
    "Residents have waited too long.\"\n\nENDS")
add("oc-p13-staff-lazy-overpaid", [OC], "collective: staff at the town hall are lazy and overpaid", DELANEY_HOME,
    RESIDENTS_LIST, "Precept rise", "Folks,\n\nThe precept is going up because the staff at the town hall are "
    "lazy and overpaid.\n\nMarcus")
add("oc-p14-blame-clerk", [OC], "to a residents' list: I blame the clerk entirely", NOLAN, RESIDENTS_LIST,
    "Summer fair", "Hi everyone,\n\nI blame the clerk entirely for the summer fair fiasco.\n\nKerry")
add("oc-p15-rfo-incompetence", [OC], "possessive: thanks to the RFO's incompetence we lost the grant", CHAUDHRY,
    NEWSDESK, "Lottery grant", "Dear Editor,\n\nThanks to the RFO's incompetence we have lost the lottery grant "
    "for the skate park.\n\nAnil Chaudhry")
add("oc-p16-parfitt-sacked", [OC], "named grounds officer should be sacked", DELANEY, RES3, "Park",
    "Paula,\n\nLee Parfitt should be sacked for the state of the park.\n\nMarcus")
add("oc-p17-infinite-wisdom", [OC], "sarcasm: the clerk, in her infinite wisdom", PRITCHARD_HOME, RES4,
    "Re: fair cancelled", "Kofi,\n\nThe clerk, in her infinite wisdom, decided to cancel the fair without "
    "telling anyone.\n\nGwen")
add("oc-p18-officers-hid", [OC], "officers hid the cost: dishonesty attributed to officers collectively", OTWAY,
    NEWSDESK, "Pavilion costs", "Dear Editor,\n\nOfficers hid the true cost of the pavilion from councillors. It "
    "was a cover-up, plain and simple.\n\nCllr Brenda Otway")
add("oc-p19-pronoun-ignored", [OC], "pronoun carries the deputy clerk: he simply ignored me", CHAUDHRY, RES2,
    "Re: bins", "Dear Dev,\n\nI asked the deputy clerk three times. He simply ignored me.\n\nAnil")
add("oc-p20-so-called-professional", [OC], "sarcasm: our so-called professional clerk", DELANEY_HOME, FB_ADMIN,
    "post", "Our so-called professional clerk couldn't organise a raffle.")
add("oc-p21-doesnt-know", [OC], "the clerk doesn't know what she is doing", NOLAN, RES1, "Re: hall booking",
    "Margaret, the clerk doesn't know what she is doing, I'm afraid.\n\nKerry")
add("oc-p22-not-fit", [OC], "named: Rachel Teague is not fit for the job", DELANEY, REPORTER, "Your story",
    "Tom,\n\nOn the record: Rachel Teague is not fit for the job.\n\nMarcus Delaney")
add("oc-p23-cooked-books", [OC], "the RFO has cooked the books", DELANEY_HOME, RES3, "Accounts",
    "Paula - the RFO has cooked the books, in my opinion. Ask for the bank statements.\n\nM")
add("oc-p24-clerks-fault", [OC], "blame: the clerk's fault the hall was double booked", PRITCHARD, RES4,
    "Re: double booking", "Dear Mr Boateng,\n\nIt is the clerk's fault the hall was double booked, pure and "
    "simple.\n\nGwen Pritchard")
add("oc-p25-handling-shambolic", [OC], "to press, cc residents: the clerk's handling was shambolic", OTWAY,
    NEWSDESK, "Complaint handling", "Dear Editor,\n\nThe clerk's handling of the Ashdown complaint was "
    "shambolic.\n\nBrenda Otway", cc=[RES1])
add("oc-p26-disgrace", [OC], "the clerk has been a disgrace", NOLAN, GAZETTE, "Letter",
    "Sir,\n\nThe clerk has been a disgrace over the cemetery fees.\n\nKerry Nolan")
add("oc-p27-officers-arrogant", [OC], "officers are arrogant and rude", DELANEY, BBC, "Interview",
    "Hi,\n\nHappy to talk. My view is simple: council officers are arrogant and rude to residents.\n\nMarcus")
add("oc-p28-must-go", [OC], "terse: the clerk must go", DELANEY_HOME, REPORTER, "Re: your question",
    "The clerk must go." + IPHONE)
add("oc-p29-failed-agenda", [OC], "failure attributed: the deputy clerk failed to send out the agenda", OTWAY,
    RESIDENTS_LIST, "Meeting cancelled", "Dear residents,\n\nTonight's meeting is off because the deputy clerk "
    "failed to send out the agenda, again.\n\nBrenda Otway, Chair")
add("oc-p30-liar", [OC], "the clerk is a liar", DELANEY_HOME, RES2, "Re: minutes", "The clerk is a liar. M")
add("oc-p31-no-confidence", [OC], "lost all confidence in the Town Clerk", PRITCHARD, NEWSDESK, "Statement",
    "Statement from Cllr Gwen Pritchard:\n\nI have lost all confidence in the Town Clerk.")
add("oc-p32-nonnative-mistakes", [OC], "non-native English: Mrs Mercer makes mistakes, not good for this job",
    CHAUDHRY, RES5, "money", "Jan,\n\nMrs Mercer she make many mistakes with money, always mistakes, she is not "
    "good for this job.\n\nAnil")
add("oc-p33-html-dragging-feet", [OC], "Outlook HTML to a reporter: the clerk dragging her feet", OTWAY, REPORTER,
    "Bus shelter", "Tom,\n\nThe clerk has been dragging her feet on the bus shelter for months.\n\nBrenda",
    html=True)
add("oc-p34-still-employed", [OC], "rhetorical: why is the clerk still employed", DELANEY, FB_ADMIN, "post",
    "Why is the clerk still employed after this?\n\nMarcus Delaney")
add("oc-p35-officers-sat-on", [OC], "Bcc to many residents: officers sat on the flooding reports", NOLAN,
    ["undisclosed-recipients:;"], "Flooding", "Dear neighbours,\n\nOfficers sat on the flooding reports for "
    "months.\n\nKerry", bcc=MANY_RESIDENTS[:12])
add("oc-p36-botched", [OC], "the town clerk botched the tender", DELANEY, NEWSDESK, "tender",
    "Editor - the town clerk botched the grounds tender. Marcus Delaney")
add("oc-p37-disciplined", [OC], "named deputy clerk should be disciplined", PRITCHARD_HOME, RES2, "Re: permit",
    "Dev,\n\nSimon Bayliss should be disciplined for how he spoke to you.\n\nGwen")
add("oc-p38-useless-clerk-strikes", [OC], "chatty sarcasm: our useless clerk strikes again", NOLAN_UNLISTED,
    RES1, "lol", "our useless clerk strikes again lol x")
add("oc-p39-youre-right", [OC], "endorses the resident: you're right, the clerk is hopeless", DELANEY, RES3,
    "Re: cemetery", "Paula,\n\nYou're right, the clerk is hopeless.\n\nMarcus",
    quoted=("onwrote", RES3, "Cllr Delaney, the cemetery fees are a mess. Paula"))
add("oc-p40-newsletter-obstructive", [OC], "to the newsletter list: the Clerk has been obstructive", OTWAY,
    NEWSLETTER, "Chair's column", "Chair's column\n\nI regret to say the Clerk has been obstructive at every "
    "turn.\n\nBrenda Otway, Chair")
add("oc-p41-misled-public", [OC], "the clerk has misled the public", CHAUDHRY, NEWSDESK, "Car park",
    "Dear Editor,\n\nThe clerk has misled the public about the car park charges.\n\nAnil Chaudhry")
add("oc-p42-rfo-step-down", [OC], "calling for the RFO to step down", DELANEY, [NEWSDESK, REPORTER], "RFO",
    "I am calling for the RFO to step down.\n\nCllr Marcus Delaney")
add("oc-p43-cant-be-trusted", [OC], "officers can't be trusted with public money", DELANEY_HOME, RESIDENTS_LIST,
    "Budget", "Neighbours,\n\nOfficers can't be trusted with public money.\n\nMarcus")
add("oc-p44-contempt", [OC], "the Clerk treats councillors with contempt", PRITCHARD_HOME, GAZETTE, "Letter",
    "Sir,\n\nThe Clerk treats councillors and residents alike with contempt.\n\nGwen Pritchard")

# ---- hard negatives --------------------------------------------------------------------------------
add("oc-n01-praise", [], "praise of the clerk to the press", OTWAY, NEWSDESK, "Thank you",
    "Dear Editor,\n\nThe Town Clerk, Rachel Teague, has done an outstanding job this year.\n\nBrenda Otway")
add("oc-n02-decision-wrong", [], "criticism of a council decision, not an officer", DELANEY, NEWSDESK, "Toilets",
    "Dear Editor,\n\nThe council's decision to close the toilets is wrong and I voted against it.\n\nMarcus")
add("oc-n03-service-poor", [], "criticism of a service", NOLAN, RES1, "Grass",
    "Margaret,\n\nThe grass cutting service has been poor this year and I have said so at committee.\n\nKerry")
add("oc-n04-contractor", [], "criticism of a contractor", DELANEY, RES3, "Verges",
    "Paula,\n\nGreenscape have made a mess of the verges and are frankly incompetent.\n\nMarcus")
add("oc-n05-other-councillor", [], "criticism of another councillor", PRITCHARD, NEWSDESK, "Letter",
    "Dear Editor,\n\nCllr Delaney is incompetent and should resign as a councillor.\n\nGwen Pritchard")
add("oc-n06-on-leave", [], "factual: the clerk is on leave and will reply", OTWAY, RES2, "Re: invoice",
    "Dear Mr Sandhu,\n\nThe clerk is on leave until Monday; she will reply to you then.\n\nBrenda Otway")
add("oc-n07-will-reply", [], "factual: the clerk will reply directly", CHAUDHRY, RES4, "Re: allotment",
    "Dear Kofi,\n\nThe clerk will reply to you directly about the allotment.\n\nAnil")
add("oc-n08-you-say-disagree", [], "quotes the resident's view and disagrees", NOLAN, RES1, "Re: the clerk",
    "Margaret,\n\nYou say the clerk is lazy. I don't agree - she has worked very hard on this.\n\nKerry")
add("oc-n09-complaint-to-mo", [], "complaint through the proper channel: the Monitoring Officer (partner)",
    DELANEY, MO, "Formal complaint", "Dear Ms Whitby,\n\nI wish to raise a formal complaint about the clerk's "
    "conduct: she misled the committee on 4 March.\n\nCllr Marcus Delaney")
add("oc-n10-private-to-chair", [], "private criticism to the chair (internal)", DELANEY, OTWAY, "Deputy clerk",
    "Brenda,\n\nThe deputy clerk is useless and should be sacked.\n\nMarcus")
add("oc-n11-to-the-clerk", [], "criticism sent to the clerk herself (internal)", PRITCHARD, CLERK, "Papers",
    "Rachel,\n\nYou failed to circulate the papers in time. Please make sure it does not happen again.\n\nGwen")
add("oc-n12-not-clerks-fault", [], "negated: not the clerk's fault", OTWAY, RES2, "Re: booking",
    "Dear Mr Sandhu,\n\nThis is not the clerk's fault; the booking software failed.\n\nBrenda Otway")
add("oc-n13-would-never-say", [], "negated: I would never say the clerk is incompetent", CHAUDHRY, REPORTER,
    "Re: your call", "Tom,\n\nI would never say the clerk is incompetent. That was not my point.\n\nAnil")
add("oc-n14-quoted-resident", [], "criticism only in the resident's quoted email", OTWAY, RES1, "Re: clerk",
    "Dear Margaret,\n\nThank you. I will raise this with the chair of Staffing.\n\nBrenda",
    quoted=("onwrote", RES1, "Cllr Otway, the clerk is useless and lazy and should be sacked. Margaret"))
add("oc-n15-officer-sender", [], "an officer writing, not a councillor", DEPUTY, CONTRACTOR, "Invoice",
    "Dear Sirs,\n\nThe previous clerk failed to renew the contract, so we will tender again.\n\nSimon Bayliss")
add("oc-n16-recommendation", [], "disagrees with an officers' recommendation (a decision)", DELANEY, NEWSDESK,
    "Car park", "Dear Editor,\n\nI think the officers' recommendation on the car park is wrong and I will vote "
    "against it.\n\nMarcus Delaney")
add("oc-n17-district-officer", [], "another body's officer: the district's planning officer", NOLAN, RES3,
    "Planning", "Paula,\n\nThe district's planning officer has ignored every objection. I'll write to the "
    "district.\n\nKerry")
add("oc-n18-police-officers", [], "police officers, not council officers", PRITCHARD, RES4, "ASB",
    "Kofi,\n\nPolice officers failed to attend on Friday; I have written to the Inspector.\n\nGwen")
add("oc-n19-staff-shortages", [], "staff shortages: no criticism of a person", OTWAY, RESIDENTS_LIST, "Office hours",
    "Dear residents,\n\nStaff shortages mean the office is closed on Fridays until June.\n\nBrenda Otway")
add("oc-n20-council-failed", [], "the council failed (the body, not an officer)", NOLAN, NEWSDESK, "Consultation",
    "Dear Editor,\n\nThe council failed to consult residents properly on the car park.\n\nKerry Nolan")
add("oc-n21-officers-worked-hard", [], "praise of officers collectively", CHAUDHRY, BBC, "Floods",
    "Hello,\n\nOfficers have worked incredibly hard through the floods.\n\nAnil Chaudhry")
add("oc-n22-clerk-resigned", [], "factual: the clerk has resigned", OTWAY, NEWSDESK, "Clerk",
    "Dear Editor,\n\nThe clerk has resigned and will leave in March. We thank her.\n\nBrenda Otway")
add("oc-n23-asked-clerk", [], "casework: I have asked the clerk to look into it", PRITCHARD, RES2, "Re: lamp",
    "Dev,\n\nI have asked the clerk to look into it and she will get back to you.\n\nGwen")
add("oc-n24-report-thorough", [], "the clerk's report is praised; disagrees with its conclusion", CHAUDHRY,
    REPORTER, "Report", "Tom,\n\nThe clerk's report was thorough, although I disagree with its "
    "conclusions.\n\nAnil")
add("oc-n25-retiring", [], "factual: the clerk is retiring", OTWAY, FB_ADMIN, "post",
    "Please post: our clerk is retiring after 20 years and we will miss her.\n\nBrenda")
add("oc-n26-off-sick", [], "factual: the deputy clerk has been off sick", NOLAN, RES5, "Re: reply",
    "Dear Mr Kowalski,\n\nThe deputy clerk has been off sick, which is why replies have been slow.\n\nKerry Nolan")
add("oc-n27-council-let-down", [], "the council let residents down (the body)", DELANEY, RESIDENTS_LIST,
    "Playground", "Folks,\n\nThe council has let residents down badly on the playground.\n\nMarcus")
add("oc-n28-internal-all-councillors", [], "criticism to other councillors only (internal)", DELANEY,
    [OTWAY, CHAUDHRY, NOLAN, PRITCHARD], "Accounts",
    "All,\n\nFrankly the RFO has made a mess of the accounts.\n\nMarcus")
add("oc-n29-solicitor", [], "concern raised with the council's solicitors (partner)", OTWAY, SOLICITOR,
    "Staffing advice", "Dear Mr Wrenfield,\n\nWe believe the deputy clerk failed to follow the lettings "
    "procedure. Please advise.\n\nBrenda Otway, Chair")
add("oc-n30-didnt-lie", [], "negated: the clerk didn't lie", CHAUDHRY, RES3, "Re: minutes",
    "Paula,\n\nThe clerk didn't lie; the draft minutes were simply out of date.\n\nAnil")
add("oc-n31-question", [], "a question about the clerk's work", NOLAN, REPORTER, "hall",
    "Tom, could the clerk confirm when the hall reopens? Kerry")
add("oc-n32-contractor-failed", [], "failure attributed to a contractor", OTWAY, RES1, "Hedges",
    "Dear Margaret,\n\nThe previous contractor failed to cut the hedges on time.\n\nBrenda")
add("oc-n33-hardly", [], "defends the clerk", PRITCHARD, RES4, "Re: grant",
    "Kofi,\n\nIncompetent? Hardly. The clerk got the grant application in a week early.\n\nGwen")
add("oc-n34-county-officers", [], "another body's officers: the county council's officers", DELANEY, RES2,
    "Potholes", "Dev,\n\nThe county council's officers are hopeless on potholes.\n\nMarcus")
add("oc-n35-was-wrong", [], "praise after a change of mind", CHAUDHRY, NEWSDESK, "Correction",
    "Dear Editor,\n\nI was wrong about the clerk. She did a great job on the fair.\n\nAnil Chaudhry")
add("oc-n36-some-called", [], "reports others' criticism and rejects it", OTWAY, RESIDENTS_LIST, "Clerk",
    "Dear residents,\n\nSome residents have called the clerk lazy, which is unfair and untrue.\n\nBrenda Otway")
add("oc-n37-software-failed", [], "the software failed; the clerk not to blame", NOLAN, RES1, "Agenda",
    "Margaret,\n\nThe new software failed to send the agenda; the clerk was not to blame.\n\nKerry")
add("oc-n38-mp-useless", [], "criticism of the MP, not an officer", DELANEY, NEWSDESK, "Buses",
    "Editor,\n\nOur MP has been useless on the bus cuts.\n\nMarcus Delaney")
add("oc-n39-must-go-to-county", [], "the clerk must go to the county office: not a dismissal", OTWAY, RES2,
    "Re: keys", "Dear Mr Sandhu,\n\nThe clerk must go to the county office on Tuesday to collect the keys, so "
    "Wednesday is best.\n\nBrenda")
add("oc-n40-complaint-quote-checked", [], "the resident's words in quotation marks, checked and rejected",
    PRITCHARD, RES3, "Re: complaint", "Paula,\n\nYour complaint says \"the clerk never answers\". I have "
    "checked and she answered within two days.\n\nGwen")
add("oc-n41-unable-attend", [], "apology: the clerk was unable to attend", CHAUDHRY, RES4, "Meeting",
    "Kofi,\n\nI'm sorry the clerk was unable to attend last night.\n\nAnil")
add("oc-n42-short-staffed", [], "officers doing their best", NOLAN, RESIDENTS_LIST, "Thanks",
    "Hi all,\n\nThank you for your patience; the office has been short-staffed and officers are doing their "
    "best.\n\nKerry", html=True)
add("oc-n43-available-interview", [], "the town clerk is available for interview", OTWAY, BBC, "Interview",
    "Hello,\n\nThe town clerk will be available for interview on Monday.\n\nBrenda Otway" + IPHONE)
add("oc-n44-nonnative-kind", [], "non-native English praise", CHAUDHRY, RES5, "thanks",
    "Jan,\n\nThe clerk she is very kind person and help me so much with the forms.\n\nAnil")
add("oc-n45-responsibility-council", [], "responsibility lies with the council, not any officer", PRITCHARD,
    NEWSDESK, "Overspend", "Dear Editor,\n\nThe responsibility for the overspend lies with the council as a "
    "whole, not with any officer.\n\nGwen Pritchard", html=True)
add("oc-n46-criticised-decision", [], "criticised the decision, not the clerk", OTWAY, REPORTER, "Re: meeting",
    "Tom,\n\nTo be clear, I criticised the decision, not the clerk.\n\nBrenda")
