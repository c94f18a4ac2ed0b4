"""The blind batches of the officer-criticism corpus, each written after the check was tuned and
scored once before any fix (the commits record each batch before its fixes):

- batch 1 (oc-b*): 24 positives, 24 hard negatives: 18 of 24 found (recall 0.75), 1 of 24
  negatives fired (precision 18/19 = 0.947);
- batch 2 (oc-c*), written after fixing batch 1: 12 positives, 12 hard negatives: 9 of 12 found
  (recall 0.75), 0 of 12 negatives fired (precision 1.0).

The misses were then fixed, so the corpus score test now shows these batches as tuned data too.
"""

from __future__ import annotations

from criticism_people import *  # noqa: F403 - the people of one fictional council

OC = "officer-criticism"
IPHONE = "\n\nSent from my iPhone"
BLIND: list[tuple[str, list[str], str, dict]] = []


def add(stem: str, rules: list[str], why: str, from_: str, to, subject: str, body: str, **extra) -> None:
    BLIND.append((stem, rules, why, dict(from_=from_, to=to if isinstance(to, list) else [to],
                                          subject=subject, body=body, **extra)))


# ---- positives ---------------------------------------------------------------------------------
add("oc-b01-hasnt-a-clue", [OC], "chatty: the clerk hasn't a clue", NOLAN, RES1, "Re: fees",
    "Margaret, between us the clerk hasn't got a clue what she's doing with the cemetery fees. K")
add("oc-b02-ran-rings", [OC], "formal: the RFO has presided over a shambles", OTWAY, NEWSDESK, "Audit",
    "Dear Editor,\n\nThe Responsible Financial Officer has presided over an accounting shambles that the "
    "internal auditor has now exposed.\n\nCllr Brenda Otway")
add("oc-b03-sacking-offence", [OC], "terse: Lee Parfitt ought to be sacked", DELANEY_HOME, REPORTER, "park",
    "Lee Parfitt ought to be sacked. That is on the record." + IPHONE)  # was "Print that.", which
    # councillor-name-letter read as an instruction; reworded after the blind score (still found)
add("oc-b04-html-deceived", [OC], "Outlook HTML: the town clerk deliberately deceived the committee", PRITCHARD,
    GAZETTE, "Letter for publication", "Sir,\n\nI have no doubt the town clerk deliberately deceived the finance "
    "committee about the loan.\n\nCllr Gwen Pritchard", html=True)
add("oc-b05-staff-useless", [OC], "collective to a residents' list: the office staff are useless", DELANEY,
    RESIDENTS_LIST, "bins", "Folks - the office staff are useless, I've given up asking them.\n\nMarcus")
add("oc-b06-nonnative-no-work", [OC], "non-native: the deputy clerk does not do any work", CHAUDHRY, RES5,
    "Re: permit", "Jan,\n\nThe deputy clerk is lazy man, he does not do any work, I am sorry for this.\n\nAnil")
add("oc-b07-misleading", [OC], "the clerk has been misleading residents", NOLAN, FB_ADMIN, "post please",
    "Please share: the clerk has been misleading residents about the precept for months.\n\nKerry Nolan")
add("oc-b08-should-hang-head", [OC], "the clerk should be ashamed", PRITCHARD_HOME, RES2, "Re: hall",
    "Dev,\n\nFrankly the clerk should be ashamed of how you were treated.\n\nGwen")
add("oc-b09-call-for-dismissal", [OC], "press release: calls for the dismissal of the RFO", DELANEY, [NEWSDESK, BBC],
    "PRESS RELEASE", "PRESS RELEASE\n\nCouncillor Marcus Delaney calls for the dismissal of the RFO after the "
    "audit.\n\nENDS")
add("oc-b10-pronoun-lied", [OC], "pronoun: I asked the clerk, she lied to my face", DELANEY_HOME, RES3, "Re: lease",
    "Paula,\n\nI asked the clerk about the lease. She lied to my face.\n\nMarcus")
add("oc-b11-incompetent-officers", [OC], "attributive: incompetent officers", OTWAY_HOME, FB_ADMIN, "post",
    "Another month, another mess from incompetent officers at the town hall.")
add("oc-b12-thanks-to-clerk", [OC], "sarcastic thanks for losing the bookings", NOLAN_UNLISTED, RES4, "hall",
    "Kofi - thanks to the clerk's blunders your booking was lost. Sorry! K")
add("oc-b13-cant-do-job", [OC], "Dawn Mercer can't do her job", DELANEY, NEWSDESK, "RFO",
    "Editor,\n\nDawn Mercer simply cannot do her job and everyone at the council knows it.\n\nMarcus Delaney")
add("oc-b14-no-confidence-officers", [OC], "no confidence in officers", PRITCHARD, BBC, "Interview follow-up",
    "Hello,\n\nAs I said on air, I have no confidence in officers to deliver the flood scheme.\n\nGwen Pritchard")
add("oc-b15-failed-residents", [OC], "the clerk failed residents", CHAUDHRY, RESIDENTS_LIST, "Flooding",
    "Dear neighbours,\n\nThe clerk failed residents badly during the floods.\n\nAnil")
add("oc-b16-bcc-disgrace", [OC], "Bcc to residents: the deputy clerk's behaviour was a disgrace", OTWAY,
    ["undisclosed-recipients:;"], "Meeting", "Dear all,\n\nThe deputy clerk's behaviour at Tuesday's meeting was "
    "a disgrace.\n\nBrenda", bcc=MANY_RESIDENTS[:11])
add("oc-b17-reply-quoted-fired", [OC], "reply with quoted history: the clerk should be fired", DELANEY, RES1,
    "Re: fence", "Margaret - agreed. The clerk should be fired.\n\nMarcus",
    quoted=("onwrote", RES1, "Cllr Delaney, the fence is still down. Margaret"))
add("oc-b18-sat-on-it", [OC], "mobile: Simon has sat on it for weeks (full name)", NOLAN, RES2, "Re: permit",
    "Simon Bayliss has sat on your permit for 5 weeks. Chasing." + IPHONE)
add("oc-b19-liars", [OC], "officers are liars", DELANEY_HOME, RESIDENTS_LIST, "Car park",
    "Neighbours,\n\nOfficers are liars, plain and simple.\n\nMarcus")
add("oc-b20-waste-of-money", [OC], "the clerk is a waste of money", DELANEY, REPORTER, "Salary",
    "Tom,\n\nThe clerk is a waste of money on £48k a year.\n\nMarcus")
add("oc-b21-negligence-named", [OC], "Ms Mercer's negligence", PRITCHARD, NEWSDESK, "VAT",
    "Dear Editor,\n\nMs Mercer's negligence cost the town £12,000 in VAT.\n\nGwen Pritchard")
add("oc-b22-step-down-now", [OC], "the clerk needs to step down now", OTWAY_HOME, GAZETTE, "Letter",
    "Sir,\n\nThe clerk needs to step down now.\n\nBrenda Otway")
add("oc-b23-clueless", [OC], "clueless grounds officer", NOLAN, RES3, "park",
    "Paula, the grounds manager is clueless about trees. Kerry")
add("oc-b24-treated-with-contempt", [OC], "officers treat residents with contempt", CHAUDHRY, BBC, "Comment",
    "Hello,\n\nOfficers treat residents with contempt, and I have seen it first hand.\n\nAnil Chaudhry")

# ---- hard negatives ------------------------------------------------------------------------------
add("oc-b51-clerk-brilliant", [], "praise: the clerk has been brilliant", NOLAN, RES1, "Re: fees",
    "Margaret, the clerk has been brilliant sorting this out. K")
add("oc-b52-policy-useless", [], "the policy is useless", DELANEY, NEWSDESK, "Parking",
    "Editor,\n\nThe parking policy is useless and the council should scrap it.\n\nMarcus Delaney")
add("oc-b53-clerk-says-useless", [], "reports what the clerk said about a machine", CHAUDHRY, RES4, "Re: printer",
    "Kofi,\n\nThe clerk says the old printer is useless, so we will buy a new one.\n\nAnil")
add("oc-b54-defends", [], "defends officers against unfair attacks", OTWAY, NEWSDESK, "Letter",
    "Dear Editor,\n\nIt is unfair to say officers are lazy; they have worked weekends all winter.\n\nBrenda Otway")
add("oc-b55-clerk-off", [], "factual: the clerk is off today", PRITCHARD, RES2, "Re: keys",
    "Dev, the clerk is off today but back tomorrow. Gwen")
add("oc-b56-contractor-lied", [], "the contractor lied, not an officer", DELANEY, RES3, "Roof",
    "Paula,\n\nThe roofing firm lied about the start date. The clerk has written to them.\n\nMarcus")
add("oc-b57-councillor-sacked", [], "another councillor should resign", NOLAN, GAZETTE, "Letter",
    "Sir,\n\nCllr Delaney should resign after his comments.\n\nKerry Nolan")
add("oc-b58-mo-internal", [], "to the chair and clerk: a private complaint", DELANEY, [OTWAY, CLERK], "Deputy clerk",
    "Brenda, Rachel,\n\nI want it minuted that the deputy clerk misled me about the hall booking.\n\nMarcus")
add("oc-b59-clerk-failed-email", [], "the email system failed, not the clerk", CHAUDHRY, RES5, "Re: email",
    "Jan,\n\nThe clerk's email to you bounced because the server failed.\n\nAnil")
add("oc-b60-was-told", [], "what the clerk told me (neutral)", OTWAY, RES1, "Re: hedge",
    "Margaret,\n\nThe clerk told me the hedge will be cut next week.\n\nBrenda")
add("oc-b61-nonnative-thanks", [], "non-native: thanks to the deputy clerk", CHAUDHRY, RES5, "thanks",
    "Jan,\n\nThe deputy clerk he help very much, he is good man.\n\nAnil")
add("oc-b62-step-down-chair", [], "the clerk will step down as secretary of the fair committee (factual)", OTWAY,
    FB_ADMIN, "post", "Please post: the clerk will step down as secretary of the fair committee in May after ten "
                      "years. Thank you Rachel!")
add("oc-b63-budget-mess", [], "the budget is a mess (a thing)", DELANEY, REPORTER, "Budget",
    "Tom,\n\nThe budget is a mess and I will vote against it.\n\nMarcus")
add("oc-b64-no-blame", [], "no blame attaches to officers", PRITCHARD, NEWSDESK, "Statement",
    "Statement from Cllr Gwen Pritchard:\n\nNo blame attaches to officers for the flooding; the culvert was the "
    "county's.")
add("oc-b65-quoted-resident-liar", [], "quoted history calls the clerk a liar; the new text is neutral", NOLAN,
    RES3, "Re: lease", "Paula,\n\nI've asked for the lease file and will let you know.\n\nKerry",
    quoted=("onwrote", RES3, "Kerry, the clerk is a liar and should be sacked. Paula"))
add("oc-b66-officers-advice", [], "disagrees with officers' advice", CHAUDHRY, RESIDENTS_LIST, "Trees",
    "Dear neighbours,\n\nI disagree with the officers' advice on the limes and will say so at committee.\n\nAnil")
add("oc-b67-solicitor", [], "concern to the council's solicitor (partner)", DELANEY, SOLICITOR, "Advice",
    "Imran,\n\nI think the clerk has been negligent over the lease. Can we talk?\n\nMarcus Delaney")
add("oc-b68-asked-to-go", [], "the clerk has to go to the bank", NOLAN, RES2, "Re: cheque",
    "Dev, the clerk has to go to the bank first, then she'll post your cheque. K")
add("oc-b69-not-lazy", [], "negated: the clerk isn't lazy", PRITCHARD_HOME, RES4, "Re: reply",
    "Kofi,\n\nThe clerk isn't lazy, she's covering two jobs since Simon left.\n\nGwen")
add("oc-b70-hid-nothing", [], "negated: officers hid nothing", OTWAY, NEWSDESK, "Pavilion",
    "Dear Editor,\n\nOfficers hid nothing; the costs were in the public papers.\n\nBrenda Otway")
add("oc-b71-bbc-clerk-interview", [], "arranging an interview with the clerk", CHAUDHRY, BBC, "Interview",
    "Hello,\n\nThe clerk is happy to be interviewed about the flood fund on Thursday.\n\nAnil Chaudhry")
add("oc-b72-police-lazy", [], "police officers are lazy (another body)", DELANEY_HOME, RES3, "ASB",
    "Paula - the police officers round here are lazy, I've told the Inspector. M")
add("oc-b73-review-staffing", [], "calls for a review of staffing (structure, not a person)", PRITCHARD, NEWSDESK,
    "Staffing", "Dear Editor,\n\nI am calling for a review of the council's staffing structure.\n\nGwen Pritchard")
add("oc-b74-mistakes-were-mine", [], "the councillor blames himself", DELANEY, RES2, "Re: error",
    "Dev,\n\nThe mistakes were mine, not the clerk's. Sorry.\n\nMarcus")


# ---- second blind batch, written after the fixes to the first and scored once before any change ----
add("oc-c01-formal-unacceptable", [OC], "formal: the Clerk's conduct towards residents has been unacceptable", OTWAY,
    NEWSDESK, "Statement", "Dear Editor,\n\nI regret that the Clerk's conduct towards residents at the March "
    "meeting was unacceptable.\n\nCllr Brenda Otway, Chair")
add("oc-c02-chatty-wind-up", [OC], "chatty: the RFO wouldn't know a budget if it bit her", NOLAN, RES1, "lol",
    "Margaret, the RFO is hopeless with numbers, honestly. Kerry x")
add("oc-c03-failed-to-act", [OC], "officers failed to act on the flooding reports", PRITCHARD, BBC, "Floods",
    "Hello,\n\nOfficers failed to act on six separate flooding reports.\n\nGwen Pritchard")
add("oc-c04-should-be-sacked-html", [OC], "Outlook HTML: whoever signed this off in the office should be sacked;"
    " the deputy clerk named", DELANEY, GAZETTE, "Letter", "Sir,\n\nThe deputy clerk signed off the contract "
    "without reading it and should be sacked.\n\nMarcus Delaney", html=True)
add("oc-c05-mobile-joke", [OC], "mobile: clerk is a joke", DELANEY_HOME, RES2, "Re: bins",
    "Honestly the clerk is a joke mate" + IPHONE)
add("oc-c06-mercer-dishonest", [OC], "Dawn Mercer has been dishonest", PRITCHARD, NEWSDESK, "Accounts",
    "Editor,\n\nDawn Mercer has been dishonest with councillors about the overspend.\n\nGwen Pritchard")
add("oc-c07-residents-list-ignored", [OC], "to a residents' list: the clerk ignored every letter", OTWAY_HOME,
    RESIDENTS_LIST, "Play area", "Dear all,\n\nThe clerk ignored every one of your letters about the play area."
    "\n\nBrenda")
add("oc-c08-nonnative-cheat", [OC], "non-native: the finance officer is cheating", CHAUDHRY, RES5, "money",
    "Jan,\n\nI think the finance officer is not honest person, she is hiding the money reports.\n\nAnil")
add("oc-c09-pronoun-useless", [OC], "pronoun: the new deputy clerk... he is useless", NOLAN, RES4, "Re: permit",
    "Kofi, I've chased the new deputy clerk again. He is useless. K")
add("oc-c10-time-to-go", [OC], "time for the Town Clerk to go", DELANEY, [NEWSDESK, BBC], "Statement",
    "Statement: it is time for the Town Clerk to go.\n\nCllr Marcus Delaney")
add("oc-c11-staff-incompetence", [OC], "the staff's incompetence", DELANEY_HOME, FB_ADMIN, "post",
    "Share this: the bin fiasco is down to staff incompetence at the town hall.")
add("oc-c12-lee-botched", [OC], "Lee Parfitt botched the planting", NOLAN, RES3, "Park",
    "Paula,\n\nLee Parfitt botched the spring planting, I'm afraid.\n\nKerry")

add("oc-c51-thanks-staff", [], "thanks to staff", OTWAY, RESIDENTS_LIST, "Thanks",
    "Dear all,\n\nA huge thank you to staff for the Christmas lights.\n\nBrenda Otway")
add("oc-c52-clerk-explained", [], "the clerk explained the fees", CHAUDHRY, RES4, "Re: fees",
    "Kofi,\n\nThe clerk explained that the fees rose because of the county's charges.\n\nAnil")
add("oc-c53-decision-disgrace", [], "the decision was a disgrace (a decision)", DELANEY, NEWSDESK, "Vote",
    "Editor,\n\nLast night's decision to sell the field was a disgrace.\n\nMarcus Delaney")
add("oc-c54-clerk-will-be-sacked-question", [], "answers a rumour: nobody is being sacked", OTWAY, FB_ADMIN, "post",
    "Please post: there is no truth in the rumour that the clerk is being sacked.\n\nBrenda Otway")
add("oc-c55-officer-report-poor", [], "the report was poor (a document)", NOLAN, REPORTER, "Report",
    "Tom,\n\nThe officers' report on parking was poor and I will say so at committee.\n\nKerry")
add("oc-c56-district-officers", [], "the district's officers", PRITCHARD, RES2, "Planning",
    "Dev,\n\nThe district council's officers have ignored our objections again.\n\nGwen")
add("oc-c57-private-mo-internal", [], "to the council's own clerk and chair", CHAUDHRY, [CLERK, OTWAY], "RFO",
    "Rachel, Brenda,\n\nThe RFO has made a mess of the VAT return. Can we discuss?\n\nAnil")
add("oc-c58-clerk-did-great", [], "praise in chatty voice", DELANEY_HOME, RES3, "lol",
    "Paula - in fairness, the clerk did a cracking job on the fair. M")  # was "credit where due", which
# councillor-name-letter read as an instruction; reworded after the blind score (still not fired)
add("oc-c59-mp-failed", [], "the MP failed residents", NOLAN, NEWSDESK, "Buses",
    "Editor,\n\nOur MP failed residents on the bus cuts.\n\nKerry Nolan")
add("oc-c60-agenda-late-factual", [], "the agenda was late because of the printer", CHAUDHRY, RESIDENTS_LIST,
    "Agenda", "Dear neighbours,\n\nThe agenda was late because the printer broke; the clerk sent it as soon as "
    "she could.\n\nAnil")
add("oc-c61-defend-named", [], "defends a named officer", OTWAY, GAZETTE, "Letter",
    "Sir,\n\nLast week's letter accused Dawn Mercer of incompetence. That is untrue.\n\nBrenda Otway")
add("oc-c62-cllr-lazy", [], "another councillor is lazy", PRITCHARD, RES4, "Re: surgery",
    "Kofi,\n\nCllr Delaney is lazy and never holds a surgery.\n\nGwen")
