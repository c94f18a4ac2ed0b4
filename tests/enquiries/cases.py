"""A labelled corpus of enquiries and non-enquiries, written for these tests in several voices.

Each case is the new text of one message (what its sender wrote) with its subject and whether
it is a reply; `kind` is what a reader would call it: enquiry (asks for something),
acknowledgement (promises a full answer later), reply (answers or closes), forward, other
(an FYI, a thank-you, a notice). Voices: formal clerk, chatty councillor, terse officer,
old-school "I should be obliged", bullet lists, Welsh-English bilingual, phone-typed.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Case:
    id: str
    kind: str
    body: str
    subject: str = "Query"
    reply: bool = False
    forward: bool = False


ENQUIRIES = [
    Case("q01", "enquiry", "Dear Sam,\n\nCould you let me know when the bins on Elm Road will next be emptied? "
         "Residents have been in touch.\n\nKind regards\nCllr Pat Jones", "Elm Road bins"),
    Case("q02", "enquiry", "Hi Jo, what's the latest on the allotment waiting list? Cheers, Dave", "Allotments"),
    Case("q03", "enquiry", "Good morning,\n\nI would be grateful for an update on the pothole repairs on "
         "Church Lane, which were promised for March.\n\nYours sincerely\nCouncillor M. Patel", "Church Lane"),
    Case("q04", "enquiry", "Please can you send me the draft budget figures before Thursday's committee.",
         "Budget"),
    Case("q05", "enquiry", "I should be obliged if you would let me have a copy of the lease for the "
         "pavilion. I have been asked about it by the cricket club.\n\nYours faithfully\nA. Whitcombe",
         "Pavilion lease"),
    Case("q06", "enquiry", "Sam\n\nTwo things:\n- When is the next tree survey due\n- Who is doing the "
         "hedge on the green\n\nThanks\nLiz", "Trees"),
    Case("q07", "enquiry", "Is there any update on the CCTV camera in the car park? It's been 3 weeks.",
         "CCTV"),
    Case("q08", "enquiry", "hi, can u check whether the play area gate has been fixed yet. sent from my phone",
         "gate"),
    Case("q09", "enquiry", "Dear Clerk,\n\nI am writing to ask whether the council has received the "
         "grant money from the county for the bus shelter.\n\nRegards\nCllr Evans", "Bus shelter grant"),
    Case("q10", "enquiry", "Annwyl Sion,\n\nA allwch chi anfon y cofnodion ataf? Could you send me the "
         "minutes of the last meeting please?\n\nDiolch\nCyng. Rhys", "Cofnodion / Minutes"),
    Case("q11", "enquiry", "Morning Priya. I need the footfall numbers for the market by Friday please, "
         "for the report.", "Market footfall"),
    Case("q12", "enquiry", "Dear Councillor Hughes,\n\nCould you confirm whether you will attend the "
         "planning site visit on 14 May?\n\nKind regards\nJane Bloggs\nDeputy Clerk", "Site visit"),
    Case("q13", "enquiry", "Cllr Green - we would like to know your preferred date for the ward "
         "surgery. Options are 3, 10 or 17 June.", "Ward surgery"),
    Case("q14", "enquiry", "Hi all, I'm chasing the response on the flooding at Mill Lane which I "
         "reported on the 2nd.", "Mill Lane flooding"),
    Case("q15", "enquiry", "Dear Officer,\n\nWhat is the status of the planning enforcement case at "
         "12 High Street?\n\nCllr B. Okafor", "Enforcement 12 High St"),
    Case("q16", "enquiry", "Can I ask who is responsible for the verge cutting on the A127 slip road?",
         "Verges"),
    Case("q17", "enquiry", "Apologies for the chase. Would you be able to give me a timescale for the "
         "library roof?", "Library roof"),
    Case("q18", "enquiry", "Please advise how I should respond to the resident about the noise "
         "complaint.", "Noise complaint"),
    Case("q19", "enquiry", "A resident has asked me why the toilets in the park are locked at 4pm. "
         "Is this a council decision?", "Park toilets"),
    Case("q20", "enquiry", "Thanks for the briefing. One question though: does the new policy apply to "
         "the allotments as well?", "Briefing", reply=True),
    Case("q21", "enquiry", "Dear Ms Ahmed,\n\nI'd appreciate it if you could look into the street light "
         "outside no. 4 which has been out for a fortnight.\n\nBest wishes\nCouncillor Tom Reid",
         "Street light"),
    Case("q22", "enquiry", "Jo - kindly circulate the agenda to the new members.", "Agenda"),
    Case("q23", "enquiry", "Sorry to bother you again. Do we have a date for the war memorial "
         "cleaning?", "War memorial"),
    Case("q24", "enquiry", "Dear Councillor,\n\nWe are writing to request your comments on the draft "
         "Neighbourhood Plan by 30 June.\n\nPlanning Team", "Neighbourhood Plan"),
    Case("q25", "enquiry", "Hi Dave,\nHave you had a chance to look at the tender documents?\nLiz",
         "Tenders"),
    Case("q26", "enquiry", "Dear Sir,\nI would welcome your advice on whether I need to declare an "
         "interest in item 7.\nCllr Shah", "Declaration"),
    Case("q27", "enquiry", "Would you mind sending over the bank reconciliation for April?", "April recs"),
    Case("q28", "enquiry", "Quick one - are the grit bins being refilled before the cold snap?", "Grit"),
    Case("q29", "enquiry", "Please could someone explain why the hall booking for the youth club was "
         "cancelled?", "Hall booking"),
    Case("q30", "enquiry", "Dear Clerk, I still await a reply to my email of 3rd April regarding the "
         "footpath closure. I'm waiting on an answer so I can reply to the residents. Cllr Ward",
         "Footpath closure"),
    Case("q31", "enquiry", "Bore da Elin, when will the Welsh-language version of the newsletter be "
         "ready? Diolch, Gareth", "Cylchlythyr / Newsletter"),
    Case("q32", "enquiry", "Following our conversation, could you forward me the contractor's "
         "quotation for the fencing.", "Fencing"),
    Case("q33", "enquiry", "I'd like an explanation of the overspend on the events budget before "
         "Finance Committee.", "Events budget"),
    Case("q34", "enquiry", "Are there any plans to resurface the car park this year?", "Car park"),
    Case("q35", "enquiry", "Dear Cllr Baker\n\nPlease confirm your attendance at the training "
         "session on Tuesday.\n\nRegards\nTraining Officer", "Training"),
]

NON_ENQUIRIES = [
    Case("n01", "other", "Dear all,\n\nPlease find attached the minutes of the meeting held on 4 May.\n\n"
         "Kind regards\nThe Clerk", "Minutes"),
    Case("n02", "reply", "Thanks Sam, that's really helpful.", "Re: Elm Road bins", reply=True),
    Case("n03", "other", "FYI - the contractor will be on site from Monday. No action needed.",
         "Contractor on site"),
    Case("n04", "other", "Just to let you know the park gates will be locked early on Friday for the "
         "event. Let me know if you have any questions.", "Park gates"),
    Case("n05", "reply", "Dear Councillor Jones,\n\nThe bins on Elm Road are emptied every other "
         "Tuesday; the next collection is on 14 May. The missed collection was due to a vehicle "
         "breakdown.\n\nKind regards\nSam Taylor", "Re: Elm Road bins", reply=True),
    Case("n06", "other", "Hi Liz, hope you had a good weekend? The tree survey report is attached for "
         "your information.", "Tree survey"),
    Case("n07", "reply", "Noted, thank you.", "Re: Agenda", reply=True),
    Case("n08", "other", "Dear Councillors,\n\nPlease note that the office will be closed on Monday "
         "for the bank holiday. If you need anything urgently, please do not hesitate to call me.\n\n"
         "Regards\nClerk", "Office closure"),
    Case("n09", "reply", "Many thanks for sorting this so quickly - much appreciated!",
         "Re: Street light", reply=True),
    Case("n10", "other", "For your records, the signed lease is attached.", "Lease"),
    Case("n11", "reply", "Dear Cllr Patel,\n\nThe Church Lane repairs are scheduled for the week of "
         "20 May; the county has confirmed the contractor. I will be happy to discuss if helpful.\n\n"
         "Best wishes\nHighways Officer", "RE: Church Lane", reply=True),
    Case("n12", "other", "All - the agenda for Thursday is below. Feel free to get in touch if "
         "anything is unclear.", "Agenda"),
    Case("n13", "reply", "Thanks Jo. Will do.", "Re: Kindly circulate", reply=True),
    Case("n14", "other", "Dear Councillor,\n\nThank you for attending the training on Tuesday. The "
         "slides are attached.\n\nKind regards\nTraining Officer", "Training slides"),
    Case("n15", "reply", "Bore da. The newsletter will be ready on Friday in both languages. Diolch, "
         "Elin", "Ateb: Newsletter", reply=True),
    Case("n16", "other", "Sam, just a heads up that the residents' meeting has moved to the library.",
         "Residents' meeting"),
    Case("n17", "reply", "Dear Cllr Ward,\n\nApologies for the delay. The footpath will reopen on "
         "12 June once the culvert works are complete. I have let the residents' association know.\n\n"
         "Kind regards\nRights of Way Officer", "RE: Footpath closure", reply=True),
    Case("n18", "other", "Hi all, here is the rota for the Christmas lights switch-on. Happy to "
         "discuss any changes.", "Rota"),
    Case("n19", "reply", "That's perfect, thanks.", "Re: Dates", reply=True),
    Case("n20", "other", "Dear Cllr Shah, I hope this email finds you well. Further to the meeting, "
         "the note of actions is attached.", "Actions"),
    Case("n21", "reply", "The grit bins were refilled yesterday. If there are any problems please let "
         "me know.", "Re: Grit", reply=True),
    Case("n22", "other", "Good afternoon,\n\nI am pleased to confirm that the grant of £2,000 has been "
         "received.\n\nRegards\nRFO", "Grant"),
    Case("n23", "reply", "Understood - I'll tell the residents that's the plan.", "Re: Plan", reply=True),
    Case("n24", "other", "No need to reply - just keeping you in the loop on the allotment dispute.",
         "Allotment dispute"),
]

ACKNOWLEDGEMENTS = [
    Case("a01", "acknowledgement", "Dear Cllr Jones,\n\nThank you for your email. I am looking into this "
         "and will get back to you by Friday.\n\nKind regards\nSam", "Re: Elm Road bins", reply=True),
    Case("a02", "acknowledgement", "Thanks Liz, I've passed this to the grounds team and will come back "
         "to you.", "RE: Trees", reply=True),
    Case("a03", "acknowledgement", "Received, thank you. A full response will follow shortly.",
         "Re: Budget", reply=True),
    Case("a04", "acknowledgement", "Hi Dave, I'll look into it and let you know.", "Re: Tenders", reply=True),
    Case("a05", "acknowledgement", "Dear Councillor,\n\nWe acknowledge receipt of your enquiry and aim to "
         "respond within ten working days.\n\nCustomer Services", "RE: Enquiry", reply=True),
    Case("a06", "acknowledgement", "Apologies, I'm on leave until Monday - I will reply in full then.",
         "Re: Library roof", reply=True),
]

FORWARDS = [
    Case("f01", "forward", "Priya - over to you, this is one for Highways.\n\n---------- Forwarded "
         "message ---------\nFrom: Cllr Reid <tom.reid@example.gov.uk>\nSubject: Street light\n\n"
         "Could you look into the light outside no. 4?", "Fwd: Street light", forward=True),
    Case("f02", "forward", "Passing this to you as it sits with Planning.", "FW: Enforcement 12 High St",
         forward=True),
]

CASES = ENQUIRIES + NON_ENQUIRIES + ACKNOWLEDGEMENTS + FORWARDS
