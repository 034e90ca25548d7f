"""The frames of the occasions beyond the first interview, by occasion and slot.

Placeholders as in :mod:`builder.wording`, and three of their own: ``{round}`` ("final"),
``{my_interview}`` ("my video interview") and ``{start}`` (the agreed start date). Each
occasion's frames claim only what the occasion itself says: an agency consultant put the
writer forward, a coordinator arranged the interview, an offer was made.
"""

# ruff: noqa: RUF001 - subject lines use en dashes on purpose

from __future__ import annotations

SUBJECTS = {
    "later-round": (
        "Thank you – {role}, {round} round",
        "{role} {round} round – thank you",
    ),
    "informational": (
        "Thank you for {meeting}",
        "With thanks for your time",
    ),
    "recruiter": (
        "Thank you – {role} at {company}",
        "{role} at {company} – thank you",
    ),
    "agency": (
        "Thank you – {role} at {company}",
        "{role} at {company} – with thanks",
    ),
    "coordinator": (
        "Thank you for arranging {my_interview}",
        "With thanks – {role} interview at {company}",
    ),
    "accept-offer": (
        "Accepting the {role} offer",
        "{role} offer – acceptance",
    ),
    "decline-offer": (
        "{role} offer – with thanks",
        "Your offer of the {role} role",
    ),
    "withdraw": (
        "Withdrawing my application – {role}",
        "{role} application – withdrawal",
    ),
}

OPENERS = {
    "later-round": (
        "Thank you for {talking}{when} in the {round} round of interviews for the {role} role at "
        "{company}.",
        "I'm grateful for the time you gave me{when} in the {round} round of interviews for the "
        "{role} position at {company}.",
        "It was a pleasure to {talk_you}{when} in the {round} round of interviews for the {role} "
        "role at {company}.",
        "I enjoyed {meeting}{when} in the {round} round of interviews for the {role} role at "
        "{company}.",
        "I valued {meeting}{when} in the {round} round of interviews for the {role} position at "
        "{company}.",
        "I appreciated {meeting}{when} during the {round} round of interviews for the {role} role "
        "at {company}.",
        "It was good to {talk_you}{when} as part of the {round} round of interviews for the "
        "{role} role at {company}.",
        "Thank you for your time{when} in the {round} round of interviews for the {role} role at "
        "{company}.",
        "I'm glad I had the chance to {talk_you}{when} in the {round} round of interviews for the "
        "{role} position at {company}.",
        "I'm writing to thank you for {interview}{when}, in the {round} round of interviews for "
        "the {role} role at {company}.",
        "Many thanks for {meeting}{when}, part of the {round} round of interviews for the {role} "
        "role at {company}.",
        "Thanks for joining the {round} round of interviews{when} for the {role} role at "
        "{company}.",
    ),
    # To someone met in an earlier round as well.
    "later-round-again": (
        "Thank you for {talking} again{when}, this time in the {round} round of interviews for "
        "the {role} role at {company}.",
        "It was good to {talk_you} again{when} in the {round} round of interviews for the {role} "
        "role at {company}.",
        "I'm grateful for the chance to {talk_you} again{when}, in the {round} round of "
        "interviews for the {role} position at {company}.",
        "Thanks for {talking} once more{when}, in the {round} round of interviews for the {role} "
        "role at {company}.",
        "It was a pleasure to {talk_you} again{when}, this time in the {round} round of "
        "interviews for the {role} role at {company}.",
        "I appreciated the chance to continue our conversation{when} in the {round} round of "
        "interviews for the {role} role at {company}.",
        "I was glad to {talk_you} again{when}, in the {round} round of interviews for the {role} "
        "role at {company}.",
        "Thank you again for your time{when} in the {round} round of interviews for the {role} "
        "role at {company}.",
        "I enjoyed picking up our conversation again{when} in the {round} round of interviews for "
        "the {role} role at {company}.",
        "Thank you for making time for me again{when}, in the {round} round of interviews for the "
        "{role} position at {company}.",
        "I'm glad we could speak again{when} in the {round} round of interviews for the {role} "
        "role at {company}.",
        "I appreciated the chance to {talk_you} again{when} in the {round} round of interviews "
        "for the {role} role at {company}.",
    ),
    "informational": (
        "Thank you for {talking}{when} about your work at {company}.",
        "Thanks for taking the time{when} to {talk} about your work at {company}.",
        "It was a pleasure to {talk_you}{when} about your work at {company}.",
        "I really appreciated {meeting}{when} about your work at {company}.",
        "Thank you for {meeting}{when}, and for telling me about your work at {company}.",
        "I'm very grateful for {meeting}{when} about your career at {company}.",
        "Many thanks for {talking}{when} about {company}; it was generous of you to make the "
        "time.",
        "Thank you for the time you gave me{when} to talk about {company} and your work there.",
        "I'm grateful that you made the time{when} to {talk} about your work at {company}.",
        "Thank you for sharing your time and your experience at {company} with me{when}.",
    ),
    "recruiter": (
        "Thank you for {talking}{when} about the {role} role at {company}.",
        "I appreciated {meeting}{when} about the {role} opening at {company}.",
        "Thank you for considering me for the {role} role at {company}, and for {meeting}"
        "{when}.",
        "It was good to {talk_you}{when} about the {role} role at {company}.",
        "Many thanks for {meeting}{when} about the {role} position at {company}.",
        "Thank you for the time you gave my application for the {role} role at {company}.",
        "I'm grateful for {meeting}{when} about the {role} role at {company}.",
        "Thank you for your work on my application for the {role} position at {company}.",
        "Thanks for taking the time{when} to {talk} about the {role} role at {company}.",
    ),
    "agency": (
        "Thank you for putting me forward for the {role} role at {company}.",
        "Thanks for arranging {my_interview}{when} for the {role} role at {company}.",
        "I'm grateful to you for putting me forward for the {role} position at {company}.",
        "Thank you for everything you did on my application for the {role} role at {company}.",
        "Many thanks for putting my name forward for the {role} role at {company}.",
        "Thank you for your work on my application for the {role} role at {company}.",
        "I appreciated your support with my application for the {role} position at {company}.",
        "Thank you for your help with my application for the {role} role at {company}.",
    ),
    "coordinator": (
        "Thank you for arranging {my_interview}{when} for the {role} role at {company}.",
        "Thanks for organising everything for my interview{when} for the {role} role at "
        "{company}.",
        "I'm grateful for all you did to arrange {my_interview}{when} for the {role} role at "
        "{company}.",
        "Thank you for your help in setting up {my_interview}{when} for the {role} role at "
        "{company}.",
        "Many thanks for coordinating {my_interview}{when} for the {role} position at "
        "{company}.",
        "Thank you for making the arrangements for {my_interview}{when} for the {role} "
        "position at {company}.",
    ),
    "accept-offer": (
        "I'm delighted to accept the offer of the {role} role at {company}.",
        "Thank you for the offer of the {role} position at {company}; I'm very pleased to "
        "accept it.",
        "I'm writing to accept, with thanks, the offer of the {role} role at {company}.",
        "I'm very happy to accept the {role} role at {company}.",
        "I'm happy to say yes to the offer of the {role} role at {company}.",
        "I'm pleased to confirm that I accept the offer of the {role} position at {company}.",
        "I'm glad to accept the offer of the {role} role at {company}.",
        "Please take this as my acceptance of the {role} role at {company}, with thanks for "
        "the offer.",
    ),
    "decline-offer": (
        "Thank you for the offer of the {role} role at {company}.",
        "Thank you very much for the offer of the {role} position at {company}.",
        "I'm grateful for the offer of the {role} role at {company}.",
        "Many thanks for the offer of the {role} role at {company}.",
        "Thank you for offering me the {role} role at {company}.",
        "Thank you for considering me for the {role} role at {company}, and for the offer.",
    ),
    "withdraw": (
        "I'm writing to withdraw my application for the {role} role at {company}.",
        "I'd like to withdraw from the process for the {role} position at {company}.",
        "Please withdraw my application for the {role} role at {company}.",
        "I've decided to withdraw my application for the {role} role at {company}.",
        "I'm writing to let you know that I'm withdrawing my application for the {role} "
        "position at {company}.",
        "After careful thought, I've decided to withdraw my application for the {role} role "
        "at {company}.",
    ),
}

CLOSINGS = {
    "informational": (
        "I'll let you know how things go.",
        "I hope we can stay in touch.",
        "If I can ever return the favour, please let me know.",
        "I'd be glad to keep you posted on where I land.",
        "Thank you again for being so generous with your time.",
        "I'd love to stay in touch as my search goes on.",
        "I hope I can repay the kindness one day.",
        "I'll keep you updated on how things turn out.",
    ),
    "recruiter": (
        "I'd be very glad to go on to the next stage.",
        "Please let me know if you need anything else from me.",
        "Could you let me know what the next steps are, and when I might hear?",
        "I'd be grateful to hear about the next steps and their timing.",
        "I look forward to hearing how the process moves forward.",
        "I'm happy to send anything else you need for my application.",
        "Please keep me posted on the next stage.",
        "I look forward to hearing from you.",
    ),
    "agency": (
        "I'd be glad to hear any feedback when you have it.",
        "Please let me know if {company} needs anything else from me.",
        "I look forward to hearing from you about the next steps.",
        "Let me know if there's anything else you need from me.",
        "I'd be grateful for any news as soon as you hear.",
        "Thank you again for your support.",
    ),
    "coordinator": (
        "Thank you again for all your help.",
        "I'm grateful for your help.",
        "Your help was much appreciated.",
        "I hope we'll speak again soon.",
        "Thank you for making it so easy for me.",
        "I really appreciated it.",
    ),
    "accept-offer": (
        "I'm looking forward to joining the team.",
        "Please let me know if you need anything from me before I start.",
        "I look forward to working with you.",
        "Please tell me if there's any paperwork I should complete before my first day.",
        "I'm excited to get started at {company}.",
        "I'm looking forward to my first day.",
    ),
}

# Agency: the thanks to the interviewers goes through the consultant.
PASS_ON = (
    "If it's appropriate, could you pass my thanks on to my interviewers at {company}?",
    "I'd be grateful if you could pass my thanks to the people who interviewed me.",
    "Please thank everyone at {company} who interviewed me.",
    "When you next speak to {company}, I'd be glad if you could pass on my thanks.",
    "Could you please pass my thanks on to my interviewers at {company}?",
    "I'd appreciate it if you could thank my interviewers at {company} for me.",
)

# Informational: what the conversation meant to the writer, in the writer's own view.
TAKEAWAYS = (
    "I came away with a much clearer picture of the field.",
    "Our conversation gave me a lot to think about.",
    "It was generous of you to give your time, and I learned a lot.",
    "The conversation helped me think more clearly about where I'm heading.",
    "I left with a clearer sense of what to do next.",
    "Your advice has given me plenty to work with.",
    "I found our talk very helpful.",
)

# Accepting an offer: the start date agreed.
STARTS = (
    "I'll start on {start}.",
    "I look forward to starting on {start}.",
    "I'm confirming {start} as my start date.",
    "My first day will be {start}.",
)

# Accepting an offer: thanks for the process.
ACCEPT_THANKS = (
    "Thank you for all your time during the process.",
    "I appreciate the trust you've placed in me.",
    "Thank you for your confidence in me.",
    "Many thanks for your time and for your confidence in me.",
    "Thank you for your time throughout the process.",
)

# Declining an offer: the decision, said plainly, after a sentence that named the offer.
DECISIONS = (
    "After careful thought, I've decided to decline it.",
    "Having thought it over carefully, I've decided not to accept.",
    "After a lot of thought, I've decided to turn it down.",
    "I've given it careful thought, and I've decided to decline.",
    "It wasn't an easy decision, but I'm going to decline it.",
    "After weighing it carefully, I've decided not to take it up.",
)

# Why an offer is declined or an application withdrawn, in a few neutral words.
REASONS = {
    "another-offer": (
        "I've accepted a position elsewhere.",
        "In the meantime, I've taken a role with another employer.",
        "I've accepted a job with another organisation.",
        "Another employer made me an offer, and I've accepted it.",
    ),
    "current-job": (
        "I'll be staying in my current job.",
        "For now, I'm staying with my current employer.",
        "Staying where I am is the right choice for me at the moment.",
        "My plan now is to remain in my current role.",
    ),
    "not-a-fit": (
        "The job isn't the right fit for me at this point.",
        "I don't think the role is the right fit for me right now.",
        "It isn't quite the role I'm looking for at this stage.",
        "My sense is that the role isn't the right match for me just now.",
    ),
}

# The reason, when the typed detail says it is where the job is ("45 min away", "commute").
LOCATION_REASONS = (
    "The location of the role would make the commute unworkable for me.",
    "The commute to the role's location isn't workable for me at the moment.",
)

# Withdrawing: thanks for the time already given.
WITHDRAW_THANKS = (
    "Thank you for your time and for considering me.",
    "I'm grateful for the time you've given my application.",
    "Thank you for the time you spent with me during the process.",
    "Thank you for your consideration and your time.",
    "I appreciated learning about your work.",
    "Thank you for considering me, and for your time.",
)

# After declining an offer: thanks for the process, which the offer's thanks did not cover.
DECLINE_THANKS = (
    "I'm grateful for the time you and your colleagues gave me throughout the process.",
    "Thank you, too, for the time everyone gave me during the interviews.",
    "I appreciated the time you spent with me during the process.",
    "Thank you as well for your time and your interest in my work.",
)
# Declining or withdrawing: the door left open.
GOODWILL = (
    "I enjoyed getting to know {company}, and I hope our paths cross again.",
    "I'm grateful for the time you and your colleagues gave me.",
    "I hope we have the chance to work together in the future.",
    "I wish you and the team every success.",
    "I'd be glad to stay in touch.",
    "I have great respect for the work at {company}, and I hope our paths cross again.",
)

# LinkedIn for the occasions that do not borrow another's frames.
LINKEDIN_OPENERS = {
    "informational": (
        "Thank you for {meeting} about your work at {company}.",
        "Thanks for {talking} about your work at {company}.",
        "I'm grateful for {meeting} about your work at {company}.",
        "Many thanks for {meeting} about your work at {company}.",
        "Thank you for your time in {meeting} about {company}.",
        "Thank you again for {meeting} about your work at {company}.",
    ),
    "coordinator": (
        "Thank you for arranging {my_interview} for the {role} role at {company}.",
        "Thanks for organising my interview for the {role} role at {company}.",
        "Many thanks for setting up {my_interview} for the {role} role at {company}.",
        "Thank you for coordinating {my_interview} for the {role} role at {company}.",
        "I'm grateful for your help with my interview for the {role} role at {company}.",
        "I appreciated your arranging {my_interview} for the {role} role at {company}.",
    ),
}
LINKEDIN_SHORT_OPENERS = {
    "informational": (
        "Thank you for {meeting}.",
        "Thanks for {talking}.",
        "Many thanks for your time.",
        "I'm grateful for your time.",
        "I appreciated {meeting}.",
        "Thank you again for {meeting}.",
    ),
    "coordinator": (
        "Thank you for arranging {my_interview}.",
        "Thanks for organising {my_interview}.",
        "Many thanks for your help.",
        "I'm grateful for your help.",
        "Thank you for setting everything up.",
        "Thank you for all your help.",
    ),
}
LINKEDIN_CLOSINGS = {
    "informational": (
        "I'd be glad to stay in touch.",
        "I hope we can stay connected.",
        "I'll let you know how things go.",
        "I'd welcome the chance to stay in touch.",
        "I hope to return the favour one day.",
        "I'd like to stay connected.",
    ),
    "coordinator": (
        "It made the day much easier.",
        "I'd be glad to stay in touch.",
        "I hope we'll speak again soon.",
        "I really appreciated it.",
        "It made a real difference.",
        "I'd like to stay connected.",
    ),
}
