"""Word lists that let the engine read what people type as grammar."""



from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# --- Verbs -------------------------------------------------------------------------------

VERB_BASES = _words(
    """accept achieve acknowledge act add address adjust advise agree aim allow analyse
    proctor reschedule escort prep observe shortlist critique
    analyze answer appear apply approach approve argue arrange ask assess assign assist
    attend audit automate avoid balance base be become begin believe belong benchmark bill
    book borrow break bring build buy calculate call cancel care carry catch cause challenge
    change charge chat check choose clarify clean clear close coach code collaborate collect
    combine come comment commit communicate compare compete complete compute conduct
    confirm connect consider consult contact continue contribute control convert convince
    cook coordinate cost count cover create credit cut deal debug decide define delegate
    deliver demo demonstrate deploy describe design develop discover discuss dive do draft
    draw drive drop earn edit emphasise emphasize enable encourage end engage enjoy ensure
    enter equip estimate evaluate examine exceed exchange execute expand expect experiment
    explain explore express face feel figure file fill find finish fit fix focus follow
    forecast forget format found frame gather get give go grab grow guide handle hang happen
    have head hear help highlight hire hold host hope hunt identify implement improve
    include increase influence inform inspire install integrate interview introduce invest
    invite involve join judge keep know label launch lead learn leave let level like limit
    list listen live load log look lose love maintain make manage map market measure meet
    mention mentor merge migrate miss model modernise modernize monitor move name navigate
    need negotiate note notice offer onboard open operate order organise organize outline
    own pair partner pass pay pick pilot pitch pivot place plan play point practise practice
    praise prefer prepare present prevent print prioritise prioritize process produce
    program promise promote propose protect prototype prove provide publish pull push put
    question quote raise rate reach read realise realize receive recommend record recruit
    reduce refer reflect release relocate rely remember remind remove repair repeat replace
    report request require research resolve respond rest restructure retain return reveal
    review revise rewrite ride ring plug rotate run save say scale scan schedule scope score search
    secure see sell send serve set settle shadow shape share shift ship shop show sign
    simplify sit size sketch skip solve sort speak spend split staff start stay step stop
    streamline stress structure study submit succeed suggest summarise summarize supervise
    support survey swap take talk target teach tell test thank think tour track trade train
    transfer transform translate travel treat trust try turn unblock understand unpack
    update upgrade use validate value visit volunteer vote wait walk want watch welcome win
    wish wonder work worry write matter mean appeal excite seem sound admire respect
    publish trust inspire fascinate interest grow hire mentor resonate align stand speak
    sell ship serve teach reward feel look get happen"""
)
# Verbs a candidate's reason starts with when "I" is left out: "love the product".
FEELING_VERBS = _words("love like enjoy want admire believe respect appreciate need hope")

# Past tenses that do not end in "-ed", and the few "-eed" ones that do, with their base.
IRREGULAR_PAST = {
    "was": "be", "were": "be", "had": "have", "did": "do", "went": "go", "told": "tell",
    "gave": "give", "took": "take", "made": "make", "said": "say", "ran": "run",
    "led": "lead", "built": "build", "grew": "grow", "came": "come", "got": "get",
    "met": "meet", "spent": "spend", "wrote": "write", "taught": "teach",
    "brought": "bring", "thought": "think", "felt": "feel", "left": "leave",
    "found": "find", "knew": "know", "saw": "see", "drew": "draw", "spoke": "speak",
    "began": "begin", "became": "become", "sent": "send", "lost": "lose", "kept": "keep",
    "held": "hold", "heard": "hear", "sold": "sell", "understood": "understand",
    "chose": "choose", "won": "win", "paid": "pay", "bought": "buy", "caught": "catch",
    "forgot": "forget", "oversaw": "oversee", "undertook": "undertake", "rode": "ride",
    "shook": "shake", "stood": "stand", "sat": "sit", "agreed": "agree", "freed": "free",
    "tied": "tie", "overhauled": "overhaul", "rebuilt": "rebuild", "rewrote": "rewrite",
    "drove": "drive", "flew": "fly", "swam": "swim", "ate": "eat", "hung": "hang",
    "hit": "hit", "cut": "cut", "put": "put", "shut": "shut", "spread": "spread", "let": "let",
    "read": "read", "rang": "ring",
}
PAST_OF = {
    base: past for past, base in reversed(IRREGULAR_PAST.items()) if base not in {"be"}
}
THIRD_PERSON_IRREGULAR = {"is": "be", "has": "have", "does": "do", "goes": "go"}
THIRD_OF = {base: third for third, base in THIRD_PERSON_IRREGULAR.items()}
GERUND_IRREGULAR = {"be": "being", "see": "seeing", "lie": "lying", "die": "dying"}
NOT_PAST = _words(
    """need bed red shed speed seed feed hundred proceed exceed succeed embed breed greed
    weed creed deed heed reed shred sled wed fred ted ned based skilled talented detailed
    dedicated experienced motivated interested excited related sophisticated advanced
    automated"""
)
DOUBLING = _words(
    """plan stop drop ship chat admit submit refer prefer occur commit control swap scan step
    skip plug shop tap jog chop grab trim transfer equip begin forget regret permit format
    pin map jam clip slip trip flag tag drag log blog prep sit run get put set win cut"""
)
E_ENDINGS = (
    "at", "ang", "eng", "rg", "dg", "lv", "rv", "rs", "ps", "ns", "nc", "rc", "uir", "eiv",
    "iev", "uid", "u", "eas", "ais", "aus",
)
NO_E_ENDINGS = ("en", "er", "on", "it", "et", "el", "al", "om", "op", "ot", "ow")

# --- Reading the interviewer's actions ----------------------------------------------------

# Things an interviewer does for a candidate: "showed me the lab" -> "showing me the lab".
KIND_ACTS = _words(
    """show walk give explain introduce share take tell offer answer demo tour guide invite
    help describe outline clarify recommend suggest lay draw sketch map send point talk go
    step run loop connect pair encourage reassure make arrange book organise organize
    reschedule rearrange meet find drive"""
)
# Of those, the ones that are a kindness only when done for the candidate ("took me to
# lunch", "went through my CV"), not otherwise ("took over the team", "went to MIT").
# Verbs of advice that the lexicon's other lists do not hold: "said to email supervisors".
ADVISED_VERBS = _words(
    "email volunteer read get call lean practise practice join network reapply resubmit"
)
ADVICE_LABELS = _words("advice tip tips suggestion")
NEEDS_ME = _words("take go talk step run make help point pair loop connect meet find drive")
ME_WORDS = ("me", "us", "through", "around", "over")
# Verbs of asking, and of saying: "asked about my gap year", "said that the team ...".
ASKING = _words("ask quiz grill press probe")
SAYING = _words("say mention explain note tell point add stress emphasise emphasize share")

# --- Words of the sentence around a phrase ------------------------------------------------

SUBJECT_PRONOUNS = _words("i we you he she they it")
# The writer speaking of themselves: "I", "me", "my" and their contractions, in lower case.
FIRST_PERSON = frozenset(
    form for word in _words("i me my i've i'd i'm") for form in (word, word.replace("'", "\u2019"))
)
DETERMINERS = _words(
    """a an the my your our their his her its this that these those some any each every no
    another both all several many much more most few"""
)
PREPOSITIONS = _words(
    """about to for with on in at by from of as into onto over under through around after
    before during since until like near off out up down via per across"""
)
WH_WORDS = _words("what how why when where which who whether whose")
AUXILIARIES = _words("do does did")
MODALS = _words("can could will would should may might must shall")
# Verbs that make a clause of what comes before them: "the commute won't work", "the
# campaign sounds amazing".
NEGATED = frozenset(
    word.replace("'", quote)
    for word in _words(
        "won't can't couldn't wouldn't shouldn't don't doesn't didn't isn't aren't wasn't "
        "weren't hasn't haven't"
    )
    for quote in ("'", "\u2019")
)
LINKING = _words("sounds seems looks feels")
# Words that no noun phrase holds outside a question: "commute won't work", "would love to".
CLAUSE_MARKERS = NEGATED | LINKING | _words("would could should can might")
COPULAS = _words("is are was were")
CONJUNCTIONS = _words("and or but so yet")

# Adjectives and adverbs that make "was very kind" a way of being, thanked for.
MANNER = _words(
    """very so really extremely incredibly truly genuinely kind friendly helpful welcoming
    patient generous warm open honest candid encouraging thoughtful supportive gracious
    approachable clear transparent super"""
)

# --- Notes to self, shorthand and noise ---------------------------------------------------

NOISE = _words(
    """lol lmao haha hahaha imo imho tbh fyi btw idk omg ngl smh ok okay yeah yep obviously
    honestly basically literally lowkey highkey kinda sorta"""
)
SHORTHAND = {
    "w/": "with", "w/o": "without", "b/c": "because", "bc": "because", "ppl": "people",
    "abt": "about", "mgmt": "management", "yrs": "years", "yr": "year", "mo": "months",
    "govt": "government", "dept": "department", "eng": "engineering", "&": "and",
    "+": "and", "thru": "through", "u": "you", "ur": "your", "convo": "conversation",
    "info": "information", "approx": "about", "re:": "about", "pls": "please", "v": "very",
    "pics": "photos", "pic": "photo", "collab": "collaboration",
    "collabs": "collaborations", "recs": "recommendations", "comms": "communications",
    "vs": "versus", "vs.": "versus", "->": "to", "crit": "critique", "crits": "critiques",
    "sups": "supervisors", "mgrs": "managers",
    "esp": "especially", "esp.": "especially", "w": "with", "mtg": "meeting", "mgr": "manager",
    "exp": "experience", "yo": "years old", "bday": "birthday", "tmrw": "tomorrow",
    "wk": "week", "wks": "weeks", "hrs": "hours", "hr": "hour", "min": "minutes",
    "grad": "graduate", "grads": "graduates", "infra": "infrastructure",
    "ops": "operations", "cert": "certification", "certs": "certifications",
    "perm": "permanent", "mins": "minutes", "obs": "observation", "peds": "pediatric",
    "prepping": "preparing", "prepped": "prepared", "redone": "revised",
}
# Labels people put before a note to themselves: not for the interviewer's eyes.
SELF_LABELS = _words("follow-up followup todo to-do action next reminder note nb ps")

# --- Capitals -----------------------------------------------------------------------------

MONTHS = _words(
    "january february march april may june july august september october november december"
)
DAYS = _words("monday tuesday wednesday thursday friday saturday sunday")
# "may" and "march" are also ordinary words; only a date makes them months.
AMBIGUOUS_MONTHS = _words("may march")
ROMAN = _words("i ii iii iv v vi vii viii ix x")
ACRONYMS = _words(
    """ai api aws b2b b2c ceo cfo cto coo cv crm ehr erp esg etl faq gcp hr icu it kpi ml mba
    ngo nhs okr pm pmp qa rn roi saas sdk seo sql ui ux vp hvac cad cpa gaap ifrs sap ios
    k8s ci cd llm nlp phd md atl msp sfo jfk dfw picu nicu sicu micu cvicu ccu pacu"""
)

# --- Names --------------------------------------------------------------------------------

HONORIFICS = {
    "dr": "Dr.", "dr.": "Dr.", "doctor": "Dr.", "prof": "Prof.", "prof.": "Prof.",
    "professor": "Professor", "mr": "Mr.", "mr.": "Mr.", "mrs": "Mrs.", "mrs.": "Mrs.",
    "ms": "Ms.", "ms.": "Ms.", "mx": "Mx.", "mx.": "Mx.", "sir": "Sir", "dame": "Dame",
    "rev": "Rev.", "rev.": "Rev.", "judge": "Judge", "coach": "Coach", "chef": "Chef",
    "miss": "Miss", "father": "Father", "fr.": "Fr.", "sister": "Sister", "rabbi": "Rabbi",
    "imam": "Imam", "pastor": "Pastor", "reverend": "Reverend", "herr": "Herr", "frau": "Frau",
    "principal": "Principal", "mme": "Mme", "mme.": "Mme", "mlle": "Mlle",
    "mayor": "Mayor", "chief": "Chief", "superintendent": "Superintendent",
    "sr.": "Sr.",
    "sra.": "Sra.", "dott.": "Dott.", "ing.": "Ing.", "dean": "Dean", "president": "President",
    "senator": "Senator",
    "captain": "Captain", "officer": "Officer", "sheriff": "Sheriff",
}
MAX_TITLE_LENGTH = 10  # "Dipl.-Ing." and "Lt." are titles; a longer word ending in "." is not
# Shorthand in a typed job title, written out: "Asst Mgr (Deli)" -> "Assistant Manager (Deli)".
ROLE_SHORTHAND = {
    "dept": "Department", "mgr": "Manager", "asst": "Assistant", "assoc": "Associate",
    "coord": "Coordinator", "rep": "Representative",
}
# Words of a group the note can greet as one: "Dear students,".
TEAM_WORDS = _words(
    "team teams committee panel crew department dept staff board group students class family"
)
# Who sits on a panel without hiring: "students!!", "Student council", "Grad student lunch".
STUDENT_WORDS = _words("student students pupils undergrads")
# Words of a team greeted in capitals, as a team: "Dear Recruiting Team,".
COMPANY_TEAM_WORDS = _words(
    "team teams committee council panel crew department dept staff board group"
)
# A body greeted as a group when its name ends with it: "Student council", not "Council Member".
GOVERNING_BODIES = _words("council senate")
# A federal district in citation form: "E.D. Mich." is the Eastern District of Michigan.
DISTRICT_SIDES = {
    "E": "Eastern", "W": "Western", "N": "Northern", "S": "Southern", "C": "Central",
    "M": "Middle",
}
STATE_ABBREVIATIONS = {
    "mich": "Michigan", "cal": "California", "n.y": "New York", "tex": "Texas",
    "pa": "Pennsylvania", "ill": "Illinois", "va": "Virginia", "wash": "Washington",
    "fla": "Florida", "ga": "Georgia", "ohio": "Ohio", "mass": "Massachusetts",
    "wis": "Wisconsin", "la": "Louisiana", "tenn": "Tennessee", "mo": "Missouri",
    "n.c": "North Carolina", "ala": "Alabama", "ky": "Kentucky", "okla": "Oklahoma",
    "ark": "Arkansas", "ind": "Indiana", "md": "Maryland", "colo": "Colorado", "ariz": "Arizona",
    "minn": "Minnesota", "n.j": "New Jersey", "conn": "Connecticut", "or": "Oregon",
}
# The last word of a department typed in place of a name: "Budget Office" -> "... team".
DEPARTMENTS = _words("office works hr department dept admissions operations finance")
MEALS = _words("lunch breakfast dinner coffee")  # "Grad student lunch" is greeted "all"
EVERYONE_GREETED = "all"
# Words of a job title typed in place of a name: "Store Manager", "District Leader".
ROLE_WORDS = _words(
    """store district regional area assistant deputy senior junior head lead chief general
    hiring talent recruiting front desk office shift nurse charge unit gm asm hr etl sm
    manager supervisor leader recruiter coordinator partner director apprentice dir
    council member city fire police"""
)
POST_NOMINALS = _words(
    """jr jr. sr sr. ii iii iv phd ph.d. md m.d. mba cpa esq esq. rn bsn msn np pe pmp
    dds dmd do jd llm cfa cfp shrm-cp shrm-scp phr sphr fcca aca acca obe mbe cbe frcs
    mrcp lcsw lpc edd ed.d. msc bsc ma ba"""
)
# Post-nominals that are also family names ("Sam Do", "Yo-Yo Ma"): post-nominal in capitals.
SURNAME_POST_NOMINALS = _words("do ma ba")
# Post-nominals of a doctorate, whose holder is greeted "Dr.": "Priya Natarajan PhD".
DOCTORATES = _words("phd ph.d. md m.d. do d.o. dds dmd edd ed.d. dphil d.phil. dvm pharmd psyd")
SUFFIXES = _words("jr jr. sr sr. ii iii iv")
PARTICLES = _words(
    """van von der den de del della di da dos das du la le bin binti bint ibn al el ter ten
    ni nic mac ó o' zu af av y"""
)
# Words that make a "name" a group or a job title: greet it as it is, never as a first name.
GROUP_WORDS = _words(
    """team recruiting recruiter recruiters recruitment talent hiring hr human resources
    people department dept manager managers partner partners coordinator coordinators panel
    committee desk office director lead head officer staff board admissions operations
    ops acquisition sourcer supervisor specialist associate representative rep group
    front reception receptionist crew works"""
)
# Family names written first: greet by the full name rather than guess the given name.
FAMILY_FIRST = _words(
    """nguyễn nguyen trần tran lê phạm pham hoàng hoang huỳnh huynh phan vũ võ đặng bùi đỗ
    hồ ngô dương lý kim park choi jung jeong kang cho yoon jang lim han shin seo kwon hwang
    ahn song yoo hong jeon ko moon yang son bae baek heo nam zhang wang liu chen huang zhao
    wu zhou xu sun zhu hu guo lin luo gao liang zheng xie tang feng deng cao"""
)

# --- Highlights and interests -------------------------------------------------------------

# Words that end a credential or a quality ("PMP certified", "bilingual"): "I'm ...".
QUALITIES = _words(
    """certified licensed qualified registered accredited chartered bilingual trilingual
    multilingual fluent experienced trained insured bonded cleared"""
)
# Nouns for a kind of person: "strong communicator" -> "I'm a strong communicator".
AGENT_ENDINGS = (
    "er", "or", "ist", "ian", "ant", "ent", "player", "starter", "learner", "ate", "ee", "man",
    "woman", "person", "nurse", "tech", "expert", "native", "grad", "pro", "leader", "hire",
    "scholar", "fellow", "laureate", "champion",
)
# Things a candidate sends that are theirs: "references" -> "my references".
OWNED = _words(
    """references reference portfolio resume résumé cv transcript transcripts writing
    sample samples work certificates certificate slides deck case study code notes
    presentation report thesis paper papers designs sketches plan proposal"""
)
ONE_WORD_INTERESTS = {
    "mission": "the mission",
    "culture": "the culture",
    "people": "the people",
    "team": "the team",
    "flexibility": "the flexibility",
    "stability": "the stability",
    "leadership": "the chance to lead",
    "remote": "the chance to work remotely",
    "location": "the location",
    "autonomy": "the autonomy",
    "ownership": "the ownership the role offers",
    "variety": "the variety of the work",
    "purpose": "the sense of purpose",
    "innovation": "the focus on new ideas",
}
# Reasons that are fine to have and wrong to write in a thank-you note.
VAGUE_PEOPLE = frozenset({"the people", "the staff"})  # liked: "the people on the team"
# One word every candidate could give as their reason; a note that says it reads as stock.
VAGUE_INTERESTS = _words("growth impact learning community challenge opportunity")
PRIVATE_INTERESTS = _words("money pay salary benefits bonus commute perks raise")

# Nouns for something an interviewer gave, read as what they did: "tour of the sort".
GIVEN_NOUNS = {
    "tour": "giving me a tour of", "demo": "giving me a demo of",
    "walkthrough": "walking me through", "walk-through": "walking me through",
}
# Nouns that are often the subject of a clause typed without an article.
SUBJECT_NOUNS = _words(
    """team company org manager boss everyone everybody people staff group department firm
    school hospital lab kids students product culture office unit clinic store it she he
    they company's"""
)
ADVERBS_OF_FREQUENCY = _words("actually really also always often still usually never just")
# Singular nouns a promise needs "a" before: "copy of my cards" -> "a copy of my cards".
NEEDS_ARTICLE = _words(
    "copy list summary sample draft write-up writeup outline proposal version example"
)
# The last word of a job someone grows toward: "toward hotel manager".
HEAD_ROLES = _words("manager director lead supervisor chef principal partner head editor")
ROMAN_LEVELS = frozenset({"I", "II", "III", "IV", "V"})
# The common words of job titles, which a sentence writes in lower case: "as a sous chef".
JOB_TITLE_WORDS = _words(
    """senior junior lead chief head assistant associate principal staff deputy general
    clinical nurse educator consultant implementation sous chef engineer designer product
    software data analyst manager director coordinator teacher specialist officer
    representative supervisor technician administrator developer scientist researcher
    accountant advisor adviser architect attendant cashier clerk counselor counsellor
    curator editor electrician instructor intern librarian marketing merchandiser paralegal
    pharmacist planner plumber project program programme research sales security service
    server social store support systems therapist trainer writer visual guide barista
    baker brewer stylist concierge captain carrier agent broker logistician welder
    apprentice bookseller graphic interaction content events volunteer payroll
    respiratory veterinary registered licensed dental legal financial credit risk quality
    network solutions supply chain frontend backend front desk office flight exhibit
    guest relations development mechanical design business customer account executive
    operations ops medical lab travel special education school kitchen
    housekeeping floral personal production shift team taproom manufacturing city political
    deli assurance summer generalist"""
)
# Nouns that say who someone is: a detail of only these says nothing about the talk.
ROLE_NOUNS = _words(
    """teacher president parent nurse engineer principal counselor counsellor rep member vp
    ceo cfo cto coo founder cofounder co-founder owner chef doctor dean professor prof chair
    student hr designer developer analyst scientist physician surgeon pharmacist attorney
    lawyer partner superintendent librarian architect editor producer mom dad alum alumna
    alumnus interviewer notary"""
)
# Words that follow the role they qualify: "notary public", "attorney general".
POSTPOSITIVE = _words("public general")
# Roles said without an article: "my experience as second chair".
RANK_WORDS = _words("first second third lead sole")

EVALUATIVE = _words(
    """great good nice awesome fun lovely cool interesting amazing solid tough hard easy
    fine long short quick brief really very super so pretty chill friendly intense
    relaxed positive"""
)

MEETING_WORDS = _words(
    """chat convo conversation talk interview meeting call vibe vibes questions time
    interviewer person guy lady energy rapport"""
)

TOGETHER = _words(
    """sized built sketched whiteboarded walked went worked reviewed mapped did played
    coded paired toured ran debugged designed drew solved tested looked role-played
    roleplayed brainstormed modelled modeled"""
)

MOTION = _words(
    """moved came relocated transferred moving coming relocating move come"""
)

# Words that may stand between a subject and its verb ("she also runs").
SHIFT_ADVERBS = MANNER | _words(
    """also just still now already recently currently previously never always often once
    actually personally originally"""
)

SMALL_WORDS = _words(
    """of and the for in at to a an on with or"""
)

WH_EXTENDERS = _words(
    """long much many often soon big far kind sort type"""
)

# First words that say where someone comes from: "originally from Lyon".
ORIGINS = _words("originally from based")
# Verbs that end a statement of why ("the mission matters"): the interest is a clause.
STATEMENT_VERBS = _words("matters counts resonates fits shows excites appeals inspires")
# Words that say nothing on their own: "Talked about.", "asked me stuff".
EMPTY_WORDS = _words(
    """we had a it was talked spoke chatted discussed about asked mentioned said told me us
    stuff things etc misc general she he they you i of on lots lot hi hello hey hola aloha
    bonjour namaste kia ora"""
)
# Tools, languages and software a list of skills is made of.
TOOLS = _words(
    """excel sql python r tableau powerbi power-bi looker sas spss stata matlab java javascript
    typescript go rust c c++ c# ruby php swift kotlin scala html css react vue angular node
    django flask rails aws gcp azure docker kubernetes k8s terraform ansible linux git jira
    figma sketch photoshop illustrator indesign autocad revit solidworks arcgis qgis salesforce
    hubspot sap oracle quickbooks xero workday epic cerner spark hadoop airflow dbt snowflake
    bigquery redshift kafka flink pandas numpy pytorch tensorflow word powerpoint outlook
    canva wordpress shopify zendesk notion confluence slack premiere aftereffects davinci
    blender unity unreal lightroom spanish french german mandarin arabic portuguese hindi
    english japanese korean italian russian tagalog swahili lingala vietnamese"""
) | frozenset({"power bi", "google analytics", "google sheets", "arcgis pro", "ms office",
               "microsoft office", "after effects", "premiere pro", "final cut"})
# Certifications a list of highlights may be made of: "OSCP, CISSP".
CREDENTIALS = _words(
    """pmp cpa cpr cfa oscp cissp ccrn bls acls pals rn lpn cna ccna ccnp shrm-cp shrm-scp phr
    sphr capm csm itil aicp leed pe eit cdl cfp cma cia cisa cism comptia security+ ceh
    gcih cka ckad frm acca cima"""
)

# --- What a note leaves out -----------------------------------------------------------------

MAX_TOPIC_WORDS = 10  # a bare noun phrase; one led by "the", "how" or "-ing" may be longer
MAX_CLAUSE_TOPIC_WORDS = 40
MAX_LIST_ITEMS = 5
# Words that mark shorthand or a note to self: a phrase holding one is not for the reader.
SLANG = _words(
    """lol lmao haha geeked geek stuff thing things vibe vibes collab collabs pics pic apparently
    whole above ditto misc idk tbd tba n/a gonna wanna kinda sorta lowkey ish convo
    yrs pts hrs mins sec sup sups hm asap fyi imo tbh omg ok okay yeah nah def prob probs chunk"""
)
# A topic of questions this long is a set worked through: "the regression questions".
MAX_QUESTION_TOPIC_WORDS = 3
# What makes a set of questions say nothing: "the basic questions", "the usual questions".
ROUTINE_WORDS = _words("basic usual standard general typical normal routine few some common")
# A company name of this many words is said once in a note.
LONG_NAME_WORDS = 3
# Heads of a long name that stand for it once it is said: "the Elm Grove Unified School
# District" ... "join the district"; "the University of Michigan" ... "the university".
SHORT_NAME_HEADS = _words(
    """district hospital university college school clinic foundation institute museum
    library academy agency council department ministry embassy bureau firm bank society
    association authority company city county hotel church commission"""
)
# Capitals said as a word, not letter by letter: "a NICU nurse", "a NASA grant".
SAID_AS_WORDS = frozenset({
    "NICU", "PICU", "SICU", "MICU", "CVICU", "NASA", "NATO", "OSHA", "HIPAA", "FEMA",
    "UNICEF", "UNESCO", "FIFA", "NAFTA", "SWOT", "SMART", "STEM", "SPAC", "NIST",
})
# Words a number names the member of: "Level 2", "Year 10", "Phase 3", "Ward 7".
NUMBERED_LABELS = _words(
    "level year grade phase tier stage step part series ward floor building lab room gate iso"
)
# Stages and events of an interview day: not topics of conversation.
EVENT_WORDS = _words(
    """test tests exercise round interview interviews coding screen screening assessment quiz
    challenge problem problems variant task presentation case behavioral behavioural lunch
    breakfast dinner coffee shadow shadowing observation simulation role-play roleplay panel
    pitch call review station shift debrief intro introductions prep whiteboard homework
    walkthrough tour demo"""
)
# Nouns that take no "the" when bare: "remote work", "hiring", "culture".
# Hospital units a candidate worked in: "4 yrs PICU" -> "my 4 years in the PICU".
CARE_UNITS = _words("icu picu nicu cvicu sicu micu pacu ed er or")
# Clinical roles typed as letters: "3 yrs ED PA" -> "my 3 years as an ED PA".
CARE_ROLES = _words("pa np rn lpn lvn cna emt crna")
# Heads that count even after a gerund or alone: "safeguarding scenario", "rooftop".
COUNT_HEADS = _words(
    "scenario rooftop terrace exercise roadmap pilot budget timeline schedule curriculum"
)
MASS_NOUNS = _words(
    """coverage storage leverage mileage brokerage usage baggage postage pastry chemistry
    poetry carpentry masonry forestry dentistry pedagogy
    work culture hiring onboarding training management leadership strategy research safety
    security compliance design marketing sales data software infrastructure engineering
    staffing scheduling pricing growth retention mentoring mentorship coaching teaching
    learning testing travel relocation compensation feedback collaboration communication
    innovation automation analytics policy funding fundraising outreach recruiting care
    nursing medicine law finance accounting tax audit operations logistics inventory
    sustainability diversity inclusion equity wellbeing wellness health hospitality service
    support quality maintenance production manufacturing construction agriculture education
    literacy math science history art music theatre theater writing reading food coffee tea
    pho sushi hiking running cycling climbing football soccer basketball baseball cricket
    tennis golf chess gardening cooking baking photography litigation typography policy
    availability coverage storage knowledge advice equipment software hardware water energy
    transit payroll procurement"""
)
# Words of praise for the writer's work ("my sectioning was clean"), thanked as encouragement.
PRAISE_WORDS = _words(
    """clean strong good great solid excellent impressive creative thorough clear polished
    sharp neat tidy thoughtful"""
)
# Terms of a job a reader may be thanked for explaining, though never echoed as news.
EXPLAINED_TERMS = _words("benefits package stipend")
# Words that make a fact bad news or a private worry: never echoed back to the reader.
BAD_NEWS = _words(
    """rough chaos chaotic drifting drift understaffed short-staffed burnout burned burnt mess
    messy toxic struggling struggle behind quit fired layoffs laid overcooked undercooked
    blanked rambled fumbled bombed choked stumbled nervous awkward forgot messed failed
    worried worry terrified terrifying scary weird rude grumpy tired bored boring annoying
    annoyed stressful stress stressed hated hate sucks sucked bad worst terrible awful
    warning complaint complaints lawsuit drama salary comp pay benefits raise bonus
    negotiate negotiation left lost died passed cancer als illness sick funeral divorce
    problem problems brutal hours overtime weekends weekend availability package stipend"""
)
# Last words that lean on what was typed before them: "she's read everything".
LEANING_WORDS = _words("everything everyone it that this them there too also")
# Kinds of interview question a detail may be led by: "coding: two sum variant".
QUESTION_KINDS = _words("coding technical sql")
# Stages that are the interview itself: "thank you for taking me through the screening call"
# thanks the reader for the meeting the opener already thanked them for, and says nothing.
INTERVIEW_STAGES = _words("screening behavioral behavioural situational hr")
# Words that make a fact about the interview itself: "the interview lasted 50 minutes".
PROCESS_WORDS = _words(
    """interview interviewed interviews test tested questions question minutes min passed
    lasted asked sheet structured hm recruiter offer salary comp range timeline deadline
    round rounds step steps panel commission uncapped"""
)
# Verbs of a candidate's background: "I grew up in Leeds", "I spent a year in Japan".
BACKGROUND_VERBS = _words(
    """worked grew spent studied lived built led moved taught ran volunteered started founded
    managed went used have speak am 'm was born played trained coached published earned
    completed graduated interned served raised designed wrote developed love enjoy know
    sold owned"""
)

# Words that make a name an institution, written with "the": "the University of Michigan".
INSTITUTIONS = _words(
    """university department office ministry agency bureau council embassy consulate court
    commission administration service authority reserve board"""
)
# Institutions named "Durham University", "Bates College": a name before them takes no "the".
NAMED_INSTITUTIONS = _words("university college")
# Institutions that take "the" even without "of": "the Broad Institute".
INSTITUTION_ENDINGS = _words(
    "institute foundation museum library hotel opera orchestra cross group defender depository"
)
# Words of war, loss and punishment: a detail with one is written without gladness.
GRAVE_WORDS = _words(
    """war wars crisis crises gaza sudan ukraine yemen syria famine violence abuse death deaths
    died dying jail prison sentence sentenced probation victim victims overdose overdoses
    suicide eviction evictions grief genocide shooting shootings detention deportation asylum
    refugee refugees homelessness displacement displaced gentrification mental cholera
    outbreak outbreaks epidemic pandemic storm hurricane flood floods earthquake disaster
    disasters bankruptcy bankruptcies layoffs"""
)
# Verbs of an honour received rather than work done: "I won a One Show pencil".
AWARD_VERBS = _words("won received earned was got")
# Words that make "the ... museum" a description rather than a name.
GENERIC_MODIFIERS = _words("local new old big small main city town public school nearby")
# Postal codes of the US states: "relocation to normal, IL" -> "Normal, IL".
US_STATES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|"
    "NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC"
)
# Second words of a place's name, written with a capital after a name: "Ann Arbor".
PLACE_TAILS = _words("arbor city beach springs falls county heights bay island valley tower")
# Places that govern, named "of" somewhere: "the City of Austin", not "the Salt Lake County".
GOVERNED_PLACES = _words("city county state town borough")
# Institutions named from their first word: "the Metropolitan Opera".
INSTITUTION_LEADS = _words("metropolitan")
# Words the word list has only as names, which are ordinary words too: "the eco club" (Eco).
COMMON_AS_WELL = _words("eco")
# Names people type in lower case, as they are written.
PROPER_FORMS = {
    "python": "Python", "java": "Java", "javascript": "JavaScript", "typescript": "TypeScript",
    "sql": "SQL", "excel": "Excel", "tableau": "Tableau", "postgres": "Postgres",
    "postgresql": "PostgreSQL", "mysql": "MySQL", "rails": "Rails", "react": "React",
    "databricks": "Databricks", "snowflake": "Snowflake", "salesforce": "Salesforce",
    "kubernetes": "Kubernetes", "terraform": "Terraform", "docker": "Docker", "aws": "AWS",
    "gcp": "GCP", "azure": "Azure", "figma": "Figma", "jira": "Jira", "github": "GitHub",
    "gitlab": "GitLab", "linkedin": "LinkedIn", "looker": "Looker", "spark": "Spark",
    "airflow": "Airflow", "kafka": "Kafka", "revit": "Revit", "autocad": "AutoCAD",
    "photoshop": "Photoshop", "quickbooks": "QuickBooks", "hubspot": "HubSpot",
    "zendesk": "Zendesk", "shopify": "Shopify", "wordpress": "WordPress", "epic": "Epic",
    "q1": "Q1", "q2": "Q2", "q3": "Q3", "q4": "Q4", "ios": "iOS", "android": "Android",
    "phoenix": "Phoenix", "tiktok": "TikTok", "instagram": "Instagram", "youtube": "YouTube",
    "etsy": "Etsy", "sidekiq": "Sidekiq", "django": "Django", "pytorch": "PyTorch",
    "powerbi": "Power BI", "power-bi": "Power BI", "arctic": "Arctic", "antarctic": "Antarctic",
    "tensorflow": "TensorFlow", "matlab": "MATLAB", "stata": "Stata", "arcgis": "ArcGIS",
    "canva": "Canva", "mailchimp": "Mailchimp", "servicenow": "ServiceNow", "cerner": "Cerner",
}
# Past participles that differ from the past tense: "she's done 6 missions".
PARTICIPLES = _words(
    """been done gone seen taken given written known shown grown begun become run come read
    led built made had heard met sent spent taught thought brought found won told held kept
    paid sold put set cut hit
    driven ridden spoken chosen eaten fallen forgotten gotten hidden proven"""
)
# Words after an "-ing" that show it is something done for the candidate: "walking me".
ACT_OBJECTS = _words(
    """me us through the a an my your our over on about how what why around out everyone"""
)
MAX_QUALITY_WORDS = 4
DEGREES = _words("ms msc ma mba mpa phd bs ba bsc mph mfa jd meng dnp msn bsn llm med edd mres")
LANGUAGES = _words(
    """spanish french german mandarin arabic portuguese hindi english japanese korean italian
    russian tagalog swahili lingala vietnamese polish dutch turkish greek hebrew urdu bengali
    punjabi tamil telugu cantonese farsi persian ukrainian romanian czech swedish norwegian
    danish finnish hungarian thai indonesian malay yoruba igbo hausa amharic somali asl dari
    pashto creole nepali burmese khmer catalan basque galician welsh irish maori zulu xhosa
    afrikaans gujarati marathi kannada malayalam sinhala slovak croatian serbian bulgarian
    lithuanian latvian estonian icelandic albanian armenian georgian kurdish tigrinya
    wolof twi shona kinyarwanda quechua guarani"""
)
MANY_WORD_LANGUAGES = frozenset({"haitian creole", "brazilian portuguese", "sign language"})
EVERYONE = _words("everyone everybody everything nobody nothing someone somebody")
ACRONYM_LENGTH = 4  # a word typed in capitals and no longer than this may be an acronym
PLURAL_REACH = 6  # how many words back a plural noun can be what "they" stands for
NOT_PLURAL = _words("always perhaps sometimes yours ours theirs whereas besides towards")
# Labels of an exercise where something is built: "live coding - rate limiter".
BUILDING_LABELS = _words("coding whiteboard")
# Verbs that start a task set in an interview, and are never a noun: "parse auth logs".
TASK_VERBS = _words("parse refactor debug deploy migrate optimize optimise triage reconcile")
# Events an interviewer gives a candidate: "the plant-floor tour" -> "giving me the ...".
GIVEN_EVENTS = _words("tour walkthrough walk-through demo")
# Parts of an interview the candidate did, named as a thing: "the SQL round", "the case".
EXERCISE_WORDS = _words(
    """test exercise round case call presentation simulation role-play
    roleplay pitch assessment quiz task study critique scenario"""
)
MAX_EVENT_WORDS = 8
# Verbs of a role-play: "he played a skeptical CFO" was done with the candidate, not news.
ROLE_PLAY_VERBS = _words("play played")
# Nouns that make a highlight a credential of one's own: "AMI 3-6 diploma" -> "my ...".
CREDENTIAL_NOUNS = _words(
    "diploma degree certificate certification license licence award fellowship qualification"
)
MAX_SUBJECT_WORDS = 6  # "my team's triple science uptake went ...": the verb comes soon
MAX_MOVED_SUBJECT = 4  # "what the next steps are" reads well; a longer subject does not
MAX_PAIRED_TOPIC = 5  # words in each of two topics joined by a comma
MAX_ANSWER_WORDS = 6  # "I pitched Nintendo": what the writer did with a task set
MAX_LEAD_THING = 4  # "the culture" before the sentences that explain it
MAX_BARE_TOPIC_WORDS = 3  # a topic short enough to lose a trailing "again"
MAX_MERGED_TOPICS = 3  # topics typed apart and written as one list
MIN_CUT = 4  # a phrase cut at a comma keeps at least this many words
MIN_TOPIC_CUT = 2
MIN_CLAUSE_WORDS = 3  # a clause cut shorter than this says too little to keep
MAX_DANGLING_WORDS = 6  # a short clause ending in "it" or "that" points at nothing we have
# The writer's pleasure in part of the meeting: "(I) really enjoyed the pairing session".
ENJOYED = _words("enjoyed loved liked appreciated")
# Verbs of a state, not a kindness: "he knew my PI" is not thanked for.
STATIVE = _words("know like love want have need hate see remember recognise recognize")
# Verbs a reader's own work is not told "how" with: "how you came from GM", "how you own it".
NOT_HOW = STATIVE | _words(
    "be am is are was were 're has had come came go went get got own seem feel think believe "
    "say said tell told mention can could will would should may might must used"
)
# Parts of an interview someone sets up for the candidate: "set up the panel".
SET_UP_FOR_ME = _words("panel interview interviews visit tour call calls day")
# What a reader arranges for a candidate: "you sorted the reschedule" is thanked for.
ARRANGEMENTS = _words(
    "reschedule rescheduled schedule booking bookings logistics travel parking slot"
)
# What a team is doing now rather than planning: "you're working on it" is no plan.
ONGOING = _words("work do use run try look deal handle get have go see struggle focus")
MAX_ROLE_WORDS = 5  # "unit manager on 7 west" is who someone is, not what was discussed
# The last words of a body one serves "of", not "at": "Notes Editor of the Law Journal".
PUBLICATIONS = _words("journal review magazine newspaper society club council association union")
# The last words of a place or body named with "the": "the Maxwell School", "the Broad Institute".
PLACES_WITH_THE = _words(
    """school institute academy journal review clinic society club council association board
    foundation museum library centre center program programme lab laboratory hospital"""
)
TITLE_JOINERS = _words("of and for the in on at &")  # small words inside a title-case name
# What a named event is: "the Brooklyn jazz fest" is "the Brooklyn Jazz Fest".
EVENT_HEADS = ("fest", "festival", "marathon", "conference", "summit", "expo", "gala")
MAX_FIELD_WORDS = 3  # "mammalian cell culture" is a field of work in a list; longer is prose
# What names an honour won: "a Vis Moot semifinalist" is told about, not "of use to the team".
HONOURS = ("finalist", "awardee", "winner", "scholar", "laureate", "champion", "medalist",
           "medallist", "recipient", "fellow")
# A role that is a programme, named without "role": "the Graduate Programme (Risk)".
PROGRAMMES = _words("program programme apprenticeship fellowship scheme residency internship")
# A stretch of training that is done, not carried into a job: "my 144-hour NICU capstone".
EPISODES = _words("capstone thesis dissertation internship externship practicum rotation")
# Work a candidate shows rather than brings: "my portfolio piece on maps".
WORK_SAMPLES = _words("portfolio piece zine poster posters series project reel film book app")
# Endings of nouns that are usually uncountable: "network optimization", "open availability".
MASS_ENDINGS = (
    "ing", "tion", "sion", "ity", "ness", "ism", "ics", "ance", "ence", "ery", "ship", "ysis",
    "graphy", "logy", "nomy", "metry",
)
# Words a note to self leaves at the edge of a topic: "robots again", "different Pierre".
LEFTOVERS = _words("again next too also different same other another etc usual basic")
# Verbs of a change measured in per cent: "cut churn 12%" -> "cut churn by 12%".
CHANGE_VERBS = (
    "cut", "raised", "lifted", "grew", "reduced", "increased", "improved", "dropped",
    "boosted", "lowered", "decreased", "doubled", "halved", "shrank", "sped",
)
# Trades named by where the work is done: "6 years of line" -> "6 years on the line".
TRADE_PLACES = {"line": "on the line", "floor": "on the floor", "bench": "at the bench",
                "road": "on the road", "pass": "on the pass",
                "front office": "in front-office work", "front desk": "on the front desk"}
# Words that describe a field rather than name it: "10 years of commercial" -> "... work".
ADJECTIVE_ENDINGS = ("al", "ary", "ic", "ive", "ous", "ful")
# Fields named by an adjective alone, as people say them in full: "12 years in elementary".
ADJECTIVE_FIELDS = {"elementary": "elementary education", "secondary": "secondary education",
                    "pediatric": "pediatric care", "paediatric": "paediatric care"}
# Self-descriptions every candidate uses; a note shows them instead of saying them.
CLICHES = frozenset({
    "team player", "a team player", "self-starter", "a self-starter", "self starter",
    "hard worker", "a hard worker", "hard-working", "hardworking", "detail-oriented",
    "detail oriented", "quick learner", "a quick learner", "people person", "go-getter",
    "strong communicator", "a strong communicator", "results-driven", "passionate",
})
# Words that end a slogan, not a noun phrase: "kids first", "the food obviously".
TRAILING_ADVERBS = _words("first again too also obviously really honestly anyway twice")
# Words too common to make a highlight repeat a detail ("years", "experience").
COMMON_WORDS = _words(
    """about their there would which years months experience working worked people
    always really first great other these those being after before where while since
    the she they and but for was her his our you this that with what how why"""
)
MAX_PAGE_WORDS = 3  # "onboarding-metrics" names a page; a longer slug is not a name
# Words of complaint: a reason that uses one may read as a dig at the reader's own product.
COMPLAINTS = _words("yell yells hate hates sucks clunky terrible awful frustrating")
# Words of any promise, which name no one's detail: "I'll send the link over by Friday".
PROMISE_WORDS = _words("send sending link links copy over later soon tomorrow week http https")
# Words of a schedule: bad news in a remark, but a fair question ("my availability on weekends").
SCHEDULE_WORDS = _words("weekends weekend availability hours overtime")
# The candidate's own work, named in one word: "portfolio" -> "my portfolio".
OWN_WORK = _words("portfolio resume résumé cv thesis dissertation reel")
# A statement a candidate writes for an application: "DEI statement" is "my DEI statement".
OWN_STATEMENTS = _words("dei diversity teaching research personal")
# Verbs after which the word before is a noun, not a verb: "shifts are 10s".
BE_AND_HAVE = COPULAS | _words("has have had")
# Present verbs that make a typed "topic" a clause: "the new system goes live in October".
CLAUSE_VERBS = COPULAS | _words("goes has have does opens starts launches")
# Adverbs that lead a typed topic and can go: "mostly cloning and cell culture".
TOPIC_HEDGES = _words("mostly mainly largely basically just primarily")

# Places whose people a candidate does not join as "the team": a judge's chambers, a faculty.
TEAMLESS_PLACES = _words("court chambers university college embassy consulate parliament senate")
# Hosts where a link with an owner and a name is a repository of code.
CODE_HOSTS = frozenset({"github.com", "gitlab.com", "bitbucket.org", "codeberg.org"})

# Job titles that may stand as a formal greeting on their own: "Dear HR Director,".
ADDRESSABLE_TITLES = _words("director manager supervisor principal superintendent dean chair")
# A job title typed as its initials, written out to greet by: "GM" -> "General Manager".
TITLE_SHORTHAND = {
    "gm": "General Manager", "agm": "Assistant General Manager",
    "asm": "Assistant Store Manager", "dm": "District Manager",
}
# Cities typed as their airport or short codes, after "to", "in", "or": "atl or msp".
CITY_CODES = {
    "atl": "Atlanta", "msp": "Minneapolis", "nyc": "New York", "dfw": "Dallas",
    "phx": "Phoenix", "pdx": "Portland", "slc": "Salt Lake City", "bos": "Boston",
    "sfo": "San Francisco", "lax": "Los Angeles", "ord": "Chicago",
}
# Languages typed as their codes after "bilingual": "bilingual (EN/ES)".
LANGUAGE_CODES = {
    "en": "English", "es": "Spanish", "fr": "French", "de": "German", "pt": "Portuguese",
    "it": "Italian", "zh": "Chinese", "ar": "Arabic", "ja": "Japanese", "ko": "Korean",
    "ru": "Russian", "hi": "Hindi", "vi": "Vietnamese", "tl": "Tagalog",
}
