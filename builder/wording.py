"""The sentences notes are made of: several wordings for every slot.

Placeholders: ``{role}``, ``{company}``, ``{when}`` (" yesterday", " on 3 March" or
nothing), ``{talking}`` ("meeting with me", "speaking with me on the phone"),
``{meeting}`` ("our conversation", "our call"), ``{d}`` (a detail), ``{h}`` (a point of
fit), ``{i}`` (why the reader wants the job), ``{p}`` (something promised).
Warm wordings use contractions; the formal tone expands them.
"""

from __future__ import annotations

FORMAT_WORDS = {
    "in-person": {"talking": "meeting with me", "meeting": "our conversation"},
    "phone": {"talking": "speaking with me on the phone", "meeting": "our call"},
    "video": {"talking": "meeting with me over video", "meeting": "our video call"},
}

SUBJECTS = {
    "thank-you": (
        "Thank you – {role} interview",
        "{role} interview – thank you",
        "Thank you for {meeting} – {role}",
    ),
    "follow-up": (
        "Following up – {role} interview{when}",
        "{role} interview{when} – checking in",
    ),
    "after-rejection": (
        "Thank you – {role} at {company}",
        "With thanks – {role} interview at {company}",
    ),
}

OPENERS = {
    "thank-you": (
        "Thank you for {talking}{when} about the {role} role at {company}.",
        "Thanks for taking the time{when} to talk with me about the {role} position at {company}.",
        "I'm grateful for the time you gave me{when} to discuss the {role} role at {company}.",
        "Thank you for {meeting}{when} about the {role} position; I learned a great deal "
        "about {company}.",
        "It was a pleasure to talk with you{when} about the {role} role and about {company}.",
        "I appreciated the chance{when} to hear more about the {role} role at {company}.",
        "Thank you for the care you put into {meeting}{when} about the {role} role.",
    ),
    "follow-up": (
        "I'm writing to follow up on my interview for the {role} role at {company}{when}.",
        "I wanted to check in about the {role} position at {company}, following {meeting}{when}.",
        "I hope things are going well at {company} since we spoke{when} about the {role} role.",
        "I'm following up on {meeting}{when} about the {role} position at {company}.",
        "It has been a little while since we talked{when} about the {role} role, so I wanted "
        "to check in.",
        "I'm getting in touch about the {role} role at {company}, which we discussed{when}.",
    ),
    "after-rejection": (
        "Thank you for letting me know your decision about the {role} role at {company}.",
        "Thank you for telling me about the outcome for the {role} position.",
        "I appreciated hearing from you about the {role} role at {company}.",
        "Thank you for getting back to me about the {role} position at {company}.",
        "Thanks for letting me know where things stand with the {role} role.",
        "I'm grateful you took the time to tell me about the {role} decision at {company}.",
    ),
}

DETAILS = {
    "topic": (
        "I especially enjoyed our conversation about {d}.",
        "I'm still thinking about what you said about {d}.",
        "Hearing about {d} was the part of {meeting} I remember best.",
        "Our discussion of {d} gave me a real sense of what the team cares about.",
        "I found our exchange about {d} especially useful.",
        "Thank you for being so open about {d}.",
        "Talking about {d} with you made the work feel very real to me.",
    ),
    "asked": (
        "I was glad you asked about {d}; it's something I care about.",
        "Your question about {d} made me think, and I've come back to it since.",
        "Thank you for asking about {d}; I enjoyed talking it through.",
        "I enjoyed your question about {d} more than any other.",
        "When you asked about {d}, it showed me what matters to the team.",
        "I've thought more about your question on {d} since we spoke.",
    ),
    "fact": (
        "I enjoyed hearing that {d}.",
        "It was good to learn that {d}.",
        "I was interested to hear that {d}.",
        "It stayed with me that {d}.",
        "I was glad to find out that {d}.",
        "It meant a lot to hear that {d}.",
    ),
}

NO_DETAIL = {
    "thank-you": (
        "I enjoyed learning how the team works and what the first months in the role would "
        "look like.",
        "Hearing how the team works day to day made the role much clearer to me.",
        "I came away with a clear picture of the work and the people I'd be working with.",
        "Your description of a typical week in the team was especially useful.",
    ),
    "follow-up": (
        "I enjoyed learning how the team works, and I've thought about it since.",
        "Our conversation gave me a clear picture of the team, and it has stayed with me.",
    ),
    "after-rejection": (
        "I enjoyed learning how the team works and meeting the people behind it.",
        "The interview taught me a lot about the team and about the work.",
    ),
}

HIGHLIGHT_PHRASES = (
    "I'd bring {h} to the role.",
    "I think {h} would help me contribute to {company} early on.",
    "I hope {h} came across as clearly as I meant it to.",
    "{H} seems a close match for what the team needs.",
    "I'd be glad to put {h} to work at {company}.",
    "I believe {h} would be useful from the start.",
)

HIGHLIGHT_CLAUSES = (
    "As I mentioned, {h}.",
    "I hope it came across that {h}.",
    "I mentioned that {h}, and I'd be glad to do the same at {company}.",
    "It's relevant here that {h}.",
    "I was glad to explain that {h}.",
    "One thing I hope you'll remember is that {h}.",
)

NO_HIGHLIGHT = (
    "From what you described, the role is a close match for the work I do best.",
    "Everything I heard fits the kind of work I'm good at and want to do more of.",
    "The role draws on the skills I've spent the last few years building.",
    "What you described is the kind of work I do best.",
)

INTEREST_PHRASES = (
    "What draws me most is {i}.",
    "{I} is a big part of why I want this job.",
    "I want this job, not least because of {i}.",
    "I keep coming back to {i}, and it makes me want the role all the more.",
    "Much of my interest comes down to {i}.",
    "Above all, {i} is why I'd like to join.",
)

INTEREST_CLAUSES = (
    "I meant it when I said that {i}.",
    "As I said, {i}, and this role would let me act on that.",
    "I want this job because {i}.",
    "It's simple: {i}, and this role fits.",
    "My interest comes down to this: {i}.",
    "I'd like to join because {i}.",
)

NO_INTEREST = {
    "thank-you": (
        "I left even more interested in joining {company}.",
        "Our conversation made me want the role even more.",
        "I'm keen to join the team and would welcome the next step.",
        "I'm now more certain that I want this job.",
        "Everything I heard made me more eager to join {company}.",
        "I'd very much like to be part of what the team is building.",
    ),
    "follow-up": (
        "I'm still very interested in the role and in joining {company}.",
        "My interest in the role has only grown since we spoke.",
        "I remain keen to join the team.",
        "I would still very much like to join {company}.",
    ),
    "after-rejection": (
        "I'm disappointed, of course, but I valued the chance to meet the team.",
        "It isn't the news I hoped for, but I'm glad I had the chance to interview.",
        "I'm sorry it didn't work out this time, and I'm grateful for the experience.",
        "I'm disappointed, and I also learned a lot from the process.",
    ),
}

PROMISES = {
    "email": (
        "As promised, I've attached {p}.",
        "I've attached {p}, as I said I would.",
        "You'll find {p} attached to this email.",
        "I'm including {p} with this email, as promised.",
        "Here is {p}, which I said I'd send; it's attached.",
        "I said I would send {p}, and it's attached.",
    ),
    "card": (
        "I'll email {p} separately, as promised.",
        "As promised, {p} will follow by email.",
        "I'm sending {p} by email, as I said I would.",
        "You'll have {p} in your inbox shortly, as promised.",
    ),
}

CLOSINGS = {
    "thank-you": (
        "I look forward to hearing about the next steps.",
        "I'd be glad to answer any other questions you have.",
        "If anything else would help, just let me know.",
        "I hope we'll speak again soon.",
        "I'm happy to send anything else that would help.",
        "Thank you again for your time and your questions.",
    ),
    "follow-up": (
        "Could you let me know if there's any news on the timeline?",
        "Is there an update you can share on the next steps?",
        "If it would help, I'm glad to send anything else you need.",
        "I'd be grateful for any news on the timing of a decision.",
        "Please let me know if there is anything more I can provide.",
        "Thank you for your time, and I hope to hear from you soon.",
    ),
    "after-rejection": (
        "If you have a few minutes, I'd welcome any feedback that could help me improve.",
        "I'd be glad to be considered for future roles at {company}.",
        "I hope our paths cross again.",
        "Any feedback you could share would be very welcome.",
        "Please keep me in mind if a similar role opens up.",
        "Thank you again, and I wish you and the team well.",
    ),
}

SIGN_OFFS = {
    "warm": ("Best wishes,", "With thanks,", "All the best,", "Warm regards,"),
    "formal": ("Kind regards,", "Yours sincerely,", "With best regards,"),
    "concise": ("Thanks again,", "Best,", "Best regards,"),
}

GREETINGS = {
    "warm": "Dear {first},",
    "formal": "Dear {first},",
    "concise": "Hi {first},",
}
LINKEDIN_GREETING = "Hi {first},"
CONTRACTIONS = {
    "I'm": "I am", "I've": "I have", "I'd": "I would", "I'll": "I will", "it's": "it is",
    "It's": "It is", "isn't": "is not", "didn't": "did not", "there's": "there is",
    "you're": "you are", "You'll": "You will", "we'll": "we will", "Thanks for": "Thank you for",
}
