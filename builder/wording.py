"""The sentences notes are made of: at least twelve wordings for every slot.

Twelve is the largest panel, so a panel whose inputs are all alike still gets a different
sentence in every note. Placeholders: ``{role}``, ``{company}``, ``{when}`` (" yesterday",
" on Tuesday 3 March" or nothing), ``{talking}`` ("meeting with me"), ``{talk}`` ("talk
with me on the phone"), ``{talk_you}``, ``{meeting}`` ("our call"), ``{Meeting}``,
``{interview}`` ("our phone interview"), ``{d}`` (a detail), ``{h}`` (a point of fit),
``{i}`` (why the reader wants the job), ``{p}``/``{P}`` (something promised).
Warm wordings use contractions; the formal tone expands them.
"""

# ruff: noqa: RUF001 - subject lines use en dashes on purpose

from __future__ import annotations


def _posts(*templates: str) -> tuple[str, ...]:
    """Each template with "{post}" read as "role", then each with "position"."""
    return tuple(t.replace("{post}", "role") for t in templates) + tuple(
        t.replace("{post}", "position") for t in templates
    )


FORMAT_WORDS = {
    "in-person": {
        "talking": "meeting with me", "meeting": "our conversation", "interview": "our interview",
        "talk": "talk with me", "talk_you": "talk with you",
    },
    "phone": {
        "talking": "speaking with me on the phone", "meeting": "our call",
        "interview": "our phone interview", "talk": "talk with me on the phone",
        "talk_you": "speak with you on the phone",
    },
    "video": {
        "talking": "meeting with me over video", "meeting": "our video call",
        "interview": "our video interview", "talk": "talk with me over video",
        "talk_you": "speak with you over video",
    },
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
    "thank-you": _posts(
        "Thank you for {talking}{when} about the {role} {post} at {company}.",
        "Thanks for taking the time{when} to {talk} about the {role} {post} at {company}.",
        "I'm grateful for the time you gave me in {interview}{when} for the {role} {post} "
        "at {company}.",
        "Thank you for {meeting}{when} about the {role} {post}; I learned a great deal "
        "about {company}.",
        "It was a pleasure to {talk_you}{when} about the {role} {post} and about {company}.",
        "I appreciated hearing more about the {role} {post} at {company} during {meeting}"
        "{when}.",
        "Thank you for the care you put into {meeting}{when} about the {role} {post} at "
        "{company}.",
        "Thank you for {interview}{when}; I enjoyed learning more about the {role} {post} at "
        "{company}.",
        "It was good to {talk_you}{when} and to hear more about the {role} {post} at "
        "{company}.",
    ),
    "follow-up": _posts(
        "I'm writing to follow up on {interview}{when} for the {role} {post} at {company}.",
        "I wanted to check in about the {role} {post} at {company}, following {meeting}{when}.",
        "I hope all is well at {company} since {meeting}{when} about the {role} {post}.",
        "I'm following up on {meeting}{when} about the {role} {post} at {company}.",
        "It has been a little while since {meeting}{when} about the {role} {post} at "
        "{company}, so I wanted to check in.",
        "I'm getting in touch about the {role} {post} at {company}, which we discussed during "
        "{meeting}{when}.",
        "Thank you again for {meeting}{when} about the {role} {post} at {company}; I wanted "
        "to follow up.",
        "I'm writing to ask about the {role} {post} at {company}, after {interview}{when}.",
    ),
    "after-rejection": _posts(
        "Thank you for letting me know your decision about the {role} {post} at {company}.",
        "Thank you for telling me the outcome for the {role} {post} at {company}.",
        "I appreciated hearing from you about the {role} {post} at {company}.",
        "Thank you for getting back to me about the {role} {post} at {company}.",
        "Thanks for letting me know where things stand with the {role} {post} at {company}.",
        "I'm grateful you took the time to tell me about the decision on the {role} {post} "
        "at {company}.",
        "Thank you for your message about the {role} {post} at {company}.",
        "Thank you for keeping me informed about the {role} {post} at {company}.",
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
        "I've thought a good deal about {d} since we spoke.",
        "It was good to hear your view on {d}.",
        "Your thoughts on {d} gave me a lot to think about.",
        "I learned a lot from what you said about {d}.",
        "I keep coming back to our conversation about {d}.",
        "I valued hearing your perspective on {d}.",
        "What you told me about {d} has stayed with me.",
    ),
    "asked": (
        "I was glad you asked about {d}; it's something I care about.",
        "Your question about {d} made me think, and I've come back to it since.",
        "Thank you for asking about {d}; I enjoyed talking it through.",
        "Of all your questions, I enjoyed the one about {d} most.",
        "When you asked about {d}, it showed me what matters to the team.",
        "I've thought more about your question on {d} since we spoke.",
        "I appreciated the chance to answer your question about {d}.",
        "Answering your question about {d} helped me explain how I work.",
        "Your question about {d} got to the heart of the role.",
        "I was glad of the chance to talk about {d} when you asked.",
        "Since you asked about {d}, I've given it more thought.",
        "It was useful to be asked about {d}.",
        "Your question about {d} was a good one, and I valued it.",
    ),
    "fact": (
        "I enjoyed hearing that {d}.",
        "It was good to learn that {d}.",
        "I was interested to hear that {d}.",
        "It stayed with me that {d}.",
        "I was glad to find out that {d}.",
        "It was a pleasure to learn that {d}.",
        "I found it interesting that {d}.",
        "I liked hearing that {d}.",
        "I was pleased to hear that {d}.",
        "It was a nice surprise to hear that {d}.",
        "I'm glad I learned that {d}.",
        "It was good to hear that {d}.",
        "I valued learning that {d}.",
    ),
    "act": (
        "Thank you for {d}.",
        "I'm grateful to you for {d}.",
        "Thank you especially for {d}.",
        "I appreciated you {d}.",
        "Thank you as well for {d}.",
        "I'm especially grateful to you for {d}.",
        "I want to thank you for {d}.",
        "I'd like to thank you for {d}.",
        "Many thanks for {d}.",
        "I really appreciated you {d}.",
        "I'm glad to have had the chance to thank you in writing for {d}.",
        "It meant a lot to me that you took the time for {d}.",
        "Thank you, too, for {d}.",
    ),
    "mine": (
        "I was glad to tell you that {d}.",
        "I'm glad I had the chance to mention that {d}.",
        "I enjoyed telling you that {d}.",
        "I hope it was useful to hear that {d}.",
        "It was good to be able to share that {d}.",
        "I appreciated your interest when I said that {d}.",
        "I was pleased by your interest when I mentioned that {d}.",
        "Thank you for listening when I explained that {d}.",
        "I'm glad it came up that {d}.",
        "I valued the chance to tell you that {d}.",
        "It was a pleasure to share that {d}.",
        "I was happy to explain that {d}.",
    ),
}

NO_DETAIL = (
    (
        "I enjoyed learning how the team works and what the first months in the role "
        "would look like."
    ),
    "Hearing how the team works day to day made the role much clearer to me.",
    "I came away with a clear picture of the work and of the people behind it.",
    "Your description of a typical week in the team was especially useful.",
    "I valued your candour about the challenges the team is working through.",
    "It was useful to hear what success in the role would look like after six months.",
    "I learned a lot from how you described the team's priorities for this year.",
    "Your answers to my questions gave me a much better sense of the team.",
    "I appreciated how openly you answered my questions about the team.",
    "Hearing what the team is working on next made the role feel very concrete.",
    "I liked hearing how the team makes decisions and shares its work.",
    "It was good to get a feel for the pace and priorities of the team.",
)

HIGHLIGHT_PHRASES = (
    "I'd bring {h} to the role.",
    "I think {h} would help me contribute to {company} early on.",
    "I hope {h} came across as clearly as I meant it to.",
    "I think {h} would be a close match for what the team needs.",
    "I'd be glad to put {h} to work at {company}.",
    "I believe {h} would be useful from the start.",
    "I'd like to bring {h} to the team.",
    "I think {h} would serve the team well.",
    "With {h}, I'm confident I could help the team quickly.",
    "I'd expect {h} to be useful in the first months.",
    "I'm keen to apply {h} to the team's work.",
    "I think {h} would make a real difference to the team.",
)

HIGHLIGHT_CLAUSES = (
    "As I mentioned, {h}.",
    "I hope it came across that {h}.",
    "I mentioned that {h}, and I'd like to build on that at {company}.",
    "I'd like to add that {h}.",
    "I was glad to explain that {h}.",
    "One thing I hope you'll remember is that {h}.",
    "I think it's relevant that {h}.",
    "As we discussed, {h}.",
    "It may help to know that {h}.",
    "I'd add that {h}, which I think fits the role well.",
    "I hope it was clear from our conversation that {h}.",
    "I should also mention that {h}.",
)

NO_HIGHLIGHT = (
    "From what you described, the role is a close match for the work I do best.",
    "Everything I heard fits the kind of work I'm good at and want to do more of.",
    "The role draws on the skills I've spent the last few years building.",
    "What you described is the kind of work I do best.",
    "I think my experience would let me contribute from early on.",
    "The challenges you described are ones I've enjoyed tackling before.",
    "I'm confident my background fits what the team needs.",
    "The work you described plays to my strengths.",
    "I could see myself making a real contribution to the team's work.",
    "My experience lines up well with the priorities you outlined.",
    "I came away sure that I could do this job well.",
    "The problems you mentioned are the kind I most enjoy solving.",
)

INTEREST_PHRASES = (
    "What draws me most is {i}.",
    "A big part of why I want this job is {i}.",
    "I want this job, not least because of {i}.",
    "I keep coming back to {i}, and it makes me want the role all the more.",
    "Much of my interest comes down to {i}.",
    "Above all, I'd like to join for {i}.",
    "I'm especially drawn to {i}.",
    "What excites me most about the role is {i}.",
    "The main reason I'd like to join is {i}.",
    "What I find most appealing is {i}.",
    "Part of what makes the role so appealing is {i}.",
    "For me, the heart of the role's appeal is {i}.",
)

INTEREST_CLAUSES = (
    "I meant it when I said that {i}.",
    "As I said, {i}, and this role would let me act on that.",
    "I want this job because {i}.",
    "It's simple: {i}, and this role fits.",
    "My interest comes down to this: {i}.",
    "I'd like to join because {i}.",
    "I'm keen on the role because {i}.",
    "The main reason I applied is that {i}.",
    "To put it simply, {i}.",
    "I hope it came through that {i}.",
    "I said that {i}, and this role is a chance to act on it.",
    "The role appeals to me because {i}.",
)

NO_INTEREST = {
    "thank-you": (
        "I left even more interested in joining {company}.",
        "{Meeting} made me want the role even more.",
        "I'm keen to join the team and would welcome the next step.",
        "I'm now more certain that I want this job.",
        "Everything I heard made me more eager to join {company}.",
        "I'd very much like to be part of what the team is building.",
        "I'm very interested in the role and would love to join {company}.",
        "{Meeting} confirmed how much I'd like to work at {company}.",
        "I came away keener than ever to join the team.",
        "I'd be delighted to bring my experience to {company}.",
        "I'm enthusiastic about the role and about the team.",
        "I hope to have the chance to join you at {company}.",
    ),
    "follow-up": (
        "I'm still very interested in the role and in joining {company}.",
        "My interest in the role has only grown since we spoke.",
        "I remain keen to join the team.",
        "I would still very much like to join {company}.",
        "I'm as enthusiastic about the role as I was when we spoke.",
        "The role remains one I'd be very glad to take on.",
        "I've kept thinking about the work since we spoke, and I'm still keen.",
        "My enthusiasm for joining {company} hasn't changed.",
        "I'd still be delighted to join the team.",
        "I remain very interested in the work the team is doing.",
        "I still think the role is a strong match for me.",
        "I'm still eager to contribute to {company}.",
    ),
}

FEELINGS = (
    "I'm disappointed, of course, but I valued {meeting} and the chance to meet the team.",
    "It isn't the news I hoped for, but I'm glad I had the chance to interview.",
    "I'm sorry it didn't work out this time, and I'm grateful for the experience.",
    "I'm disappointed, and I also learned a lot from the process.",
    "It isn't the outcome I wanted, but {meeting} taught me a great deal.",
    "I was hoping for different news, but I'm glad to have met you.",
    "Naturally I'm disappointed, but I enjoyed {meeting} and learned from it.",
    "I'm sorry not to be joining the team, but I'm glad I applied.",
    "I had hoped for a different result, but I'm glad I went through the process.",
    "While I'm disappointed, I valued every part of the process.",
    "The news is disappointing, but {meeting} was a real highlight of my search.",
    "It's disappointing, but I'm glad to have learned about the team's work.",
)

PROMISES = {
    "email": (
        "As promised, I've attached {p}.",
        "I've attached {p}, as I said I would.",
        "You'll find {p} attached to this email.",
        "I'm including {p} with this email, as promised.",
        "As I said I would, I'm sending {p} with this email.",
        "Attached, as promised, you'll find {p}.",
        "With this email I'm sending {p}, as promised.",
        "I've included {p} as an attachment, as I promised.",
        "Please find {p} attached, as I promised.",
        "As we agreed, I've attached {p}.",
        "I've attached {p} for you to look at when you have time.",
        "I'm attaching {p}, as I said I would.",
    ),
    "card": (
        "I'll email {p} separately, as promised.",
        "As promised, {p} will follow by email.",
        "I'm sending {p} by email, as I said I would.",
        "You'll have {p} in your inbox shortly, as promised.",
        "I'll send {p} by email this week, as I promised.",
        "As I said I would, I'm emailing you {p}.",
        "{P} will reach you by email shortly.",
        "I'm emailing {p} separately, as we agreed.",
        "Look out for an email from me with {p}.",
        "An email with {p} is on its way.",
        "I've emailed {p} separately, as promised.",
        "As agreed, I'll follow up by email with {p}.",
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
        "Please let me know if I can provide anything further.",
        "Thank you again, and I hope to hear from you soon.",
        "I'd welcome the chance to continue the conversation.",
        "Thanks again for your time.",
        "I look forward to the next stage of the process.",
        "If there's anything more you'd like to know, I'd be happy to help.",
    ),
    "follow-up": (
        "Could you let me know if there's any news on the timeline?",
        "Is there an update you can share on the next steps?",
        "If it would help, I'm glad to send anything else you need.",
        "I'd be grateful for any news on the timing of a decision.",
        "Please let me know if there is anything more I can provide.",
        "Thank you for your time, and I hope to hear from you soon.",
        "I'd appreciate any update you're able to share.",
        "Could you tell me where things stand?",
        "I'd be glad to hear how the process is going.",
        "If there's a timeline for the decision, I'd be grateful to know it.",
        "Please let me know if I can help in any way as you decide.",
        "I look forward to hearing from you when you're ready.",
    ),
}

FEEDBACK = (
    "If you have a few minutes, I'd welcome any feedback that could help me improve.",
    "Any feedback you could share would be very welcome.",
    "If you're able to share what I could have done better, I'd be grateful.",
    "I'd value any thoughts on how I could strengthen my application.",
    "If there's anything I could improve on, I'd be glad to hear it.",
    "I'd appreciate any advice you can offer for future interviews.",
    "If time allows, a few words of feedback would help me a lot.",
    "I'd be grateful to know which parts of my interview could have been stronger.",
    "Should you have any feedback, I'd welcome it.",
    "Any pointers on where I fell short would be helpful to me.",
    "If you can spare a moment, I'd welcome your view on how I came across.",
    "I'd find it useful to hear any feedback you have.",
)

FAREWELLS = (
    "I'd be glad to be considered for future roles at {company}.",
    "I hope our paths cross again.",
    "Please keep me in mind if a similar role opens up.",
    "Thank you again, and I wish you and the team well.",
    "I'd welcome the chance to apply again in the future.",
    "I wish you every success with the work ahead.",
    "I hope we can stay in touch.",
    "Best of luck to you and the team in the months ahead.",
    "I'd be glad to hear from you if another opening comes up at {company}.",
    "I hope we have the chance to work together one day.",
    "I'll keep following the work at {company} with interest.",
    "I'm grateful for your time, and I wish you all the best.",
)

# Added to a warm or formal email only while it is shorter than about 90 words. These
# must hold for almost any interview: padding never invents something that did not happen.
MORE_ABOUT_MEETING = (
    "Your questions gave me a good chance to explain how I work.",
    "I left {meeting} with a lot to think about.",
    "It was helpful to hear about the role from someone who knows the work first-hand.",
    "Our conversation gave me a clearer sense of what the role involves day to day.",
    "I came away with a better understanding of what the team needs.",
    "Talking with you made the role feel much more concrete.",
    "I found your questions thoughtful and fair.",
    "It was useful to hear how the role fits into the wider team.",
    "I appreciated the time you took to explain the role.",
    "The conversation confirmed my interest in the work.",
    "I left with a clearer picture of how I could contribute.",
    "I valued the chance to learn more about the team.",
)
MORE_ABOUT_ME = (
    "I'd enjoy working with you and learning from the team.",
    "If it would help to speak with my references, I can put you in touch.",
    "I'm happy to talk further about any part of my experience.",
    "If a work sample would be useful, I'd be glad to prepare one.",
    "I can make time for another conversation whenever suits you.",
    "I'm glad to go into more depth on any of the projects I described.",
    "I'd be happy to meet more of the team if that would help.",
    "I'm flexible on timing for any next conversation.",
    "I can share examples of my recent work if that would be useful.",
    "I can provide references whenever they would be useful.",
    "I'd be glad to walk you through a recent project in more detail.",
    "I can send a short summary of my relevant work if that would help.",
)

MORE_ABOUT_ROLE = (
    "It's the kind of role I've been hoping to find.",
    "I'd look forward to getting started.",
    "The team's approach to its work appeals to me a great deal.",
    "I'd enjoy the mix of work the role involves.",
    "I can see how I'd grow in the role, and how I'd contribute.",
    "The role feels like a natural next step for me.",
    "I'm drawn to the way the team works together.",
    "I'd find the work both challenging and rewarding.",
    "It's work I'd take real pride in.",
    "I'd relish the chance to take on the problems you described.",
    "The scope of the role suits me well.",
    "I'd welcome the responsibility the role carries.",
)

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
LINKEDIN_GREETINGS = {"warm": "Hi {first},", "formal": "Dear {first},", "concise": "Hi {first},"}
# Short openers for LinkedIn when the full one, with role and company, does not fit.
LINKEDIN_OPENERS = {
    "thank-you": (
        "Thank you for {talking}{when}.",
        "Thanks for taking the time to {talk}{when}.",
        "It was a pleasure to {talk_you}{when}.",
        "I enjoyed {meeting}{when}.",
        "Thank you for {meeting}{when}.",
        "I appreciated {meeting}{when}.",
        "Thank you for {interview}{when}.",
        "It was good to {talk_you}{when}.",
        "I'm grateful for your time{when}.",
        "Thank you for your time{when}.",
        "Many thanks for {meeting}{when}.",
        "I valued {meeting}{when}.",
    ),
    "follow-up": (
        "I'm following up on {meeting}{when}.",
        "I'm writing to follow up on {interview}{when}.",
        "I wanted to check in after {meeting}{when}.",
        "I'm getting in touch after {interview}{when}.",
        "A quick follow-up on {meeting}{when}.",
        "I'm checking in after {meeting}{when}.",
        "Following up on {interview}{when}.",
        "I'm writing after {meeting}{when}.",
        "I hope all is well since {meeting}{when}.",
        "Thank you again for {meeting}{when}.",
        "I wanted to follow up after {interview}{when}.",
        "I'm in touch about {interview}{when}.",
    ),
    "after-rejection": (
        "Thank you for letting me know your decision.",
        "Thank you for telling me the outcome.",
        "I appreciated hearing from you.",
        "Thank you for getting back to me.",
        "Thanks for letting me know where things stand.",
        "Thank you for your message.",
        "Thank you for keeping me informed.",
        "I'm grateful you took the time to tell me.",
        "Thank you for letting me know.",
        "Many thanks for your message.",
        "I appreciated your note about the decision.",
        "Thank you for the update.",
    ),
}
LINKEDIN_LAST = ("Thank you.", "Thanks.", "With thanks.")

CONTRACTIONS = {
    "I'm": "I am", "I've": "I have", "I'd": "I would", "I'll": "I will", "it's": "it is",
    "It's": "It is", "isn't": "is not", "didn't": "did not", "there's": "there is",
    "you're": "you are", "You'll": "You will", "you'll": "you will", "we'll": "we will",
    "hasn't": "has not", "you'd": "you would", "Thanks for": "Thank you for",
    "Thanks again": "Thank you again", "Thanks, too,": "Thank you, too,",
}


def all_templates() -> list[str]:
    """Every template string in this module, for checks and tests that scan them all."""
    found: list[str] = []
    stack: list[object] = [value for name, value in globals().items() if name.isupper()]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            found.append(item)
        elif isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, tuple):
            stack.extend(item)
    return found
