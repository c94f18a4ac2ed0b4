"""A second batch of labelled cases, written after the classifier and scored before any change to it.

Different writers from cases.py: a retired-headteacher councillor, a planning officer's formal
letter style, a rushed clerk on a phone, a bilingual Welsh community council, a chair, an RFO.
"""

from __future__ import annotations

from tests.enquiries.cases import Case

MORE = [
    Case("m01", "enquiry", "Dear Mrs Okafor,\n\nFurther to Tuesday's meeting, I wonder whether you might "
         "be able to let me have the figures for the skate park consultation.\n\nWith best wishes,\n"
         "Cllr R. Fenwick", "Skate park consultation"),
    Case("m02", "enquiry", "Clerk - residents keep asking me. When does the new parking scheme start?",
         "Parking scheme"),
    Case("m03", "enquiry", "Hi Tom\n\nAny chance you could chase the county about the blocked drain "
         "on Station Road?\n\nThanks\nMaggie", "Blocked drain"),
    Case("m04", "enquiry", "Dear Councillor Amir,\n\nIn order to complete the register of interests, "
         "please return the attached form by 15 January.\n\nYours sincerely\nMonitoring Officer",
         "Register of interests"),
    Case("m05", "enquiry", "Prynhawn da Gwen,\n\nOes modd i chi anfon copi o'r gyllideb? Is it possible to "
         "send a copy of the budget?\n\nCofion\nDafydd", "Cyllideb / Budget"),
    Case("m06", "enquiry", "Just checking - did the insurance renewal go through?", "Insurance"),
    Case("m07", "enquiry", "I have had three complaints about dog fouling on the rec. What can the "
         "council do about it?", "Dog fouling"),
    Case("m08", "enquiry", "Sorry to be a pain but I really do need the agenda papers by tomorrow if "
         "at all possible.", "Agenda papers"),
    Case("m09", "enquiry", "Dear Sir/Madam\n\nCan you tell me who owns the land behind the community "
         "centre?\n\nCllr Hart", "Land ownership"),
    Case("m10", "enquiry", "Jo, I'd be grateful if you'd put the play area inspection on the next "
         "agenda.", "Play area inspection"),
    Case("m11", "enquiry", "Morning all. Would it be possible to move Thursday's meeting to the "
         "library? Let me know.", "Meeting venue"),
    Case("m12", "enquiry", "Dear Clerk\n\nHas the council responded to the county's consultation on "
         "the bus routes? If not, when will it?\n\nKind regards\nCllr Ellis", "Bus routes"),
    Case("m13", "other", "Dear Councillors,\n\nThe precept has been set at £48,200 for 2027/28, as "
         "agreed at Full Council.\n\nRegards\nRFO", "Precept 2027/28"),
    Case("m14", "reply", "Thank you Clerk, that answers my question.", "Re: Bus routes", reply=True),
    Case("m15", "other", "Hi all - reminder that the litter pick is this Saturday at 10am from the "
         "village hall. See you there!", "Litter pick"),
    Case("m16", "reply", "Dear Cllr Fenwick,\n\nPlease find attached the consultation figures you "
         "asked for. 312 responses were received, 71% in favour.\n\nKind regards\nAda Okafor",
         "RE: Skate park consultation", reply=True),
    Case("m17", "other", "Cllr Amir, just so you're aware, the press have been in touch about the "
         "car park. No need to do anything.", "Press enquiry"),
    Case("m18", "reply", "Yes, it went through on Friday - the certificate is on the shared drive.",
         "Re: Insurance", reply=True),
    Case("m19", "other", "Good evening,\n\nAttached is my report for the parish meeting, for "
         "information.\n\nCllr Hart", "Report"),
    Case("m20", "reply", "Brilliant, thanks Tom!", "Re: Blocked drain", reply=True),
    Case("m21", "other", "Diolch i bawb am ddod heno. Thank you all for coming this evening; the "
         "minutes will follow.", "Diolch / Thank you"),
    Case("m22", "reply", "Dear Maggie,\n\nThe county inspected the drain on Monday and cleared it. "
         "If it floods again do let me know.\n\nTom", "RE: Blocked drain", reply=True),
    Case("m23", "acknowledgement", "Thanks Dafydd - I'll dig the budget out and send it over "
         "tomorrow.", "Ateb: Cyllideb / Budget", reply=True),
    Case("m24", "acknowledgement", "Dear Cllr Ellis,\n\nThank you for your email. I am checking with "
         "the county and will update you as soon as I hear back.\n\nClerk", "RE: Bus routes", reply=True),
    Case("m25", "other", "Please note my new email address is below. Please update your records.",
         "New address"),
    Case("m26", "other", "Happy Christmas everyone and thank you for all your hard work this year!",
         "Season's greetings"),
]
