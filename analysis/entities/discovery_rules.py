"""Discovery rules: the words around a name that say it is a person or an organisation.

Rules as data (read by ``analysis.discovery``): the last word of an
organisation's name and the type it gives, the heads that open one ("Ministry
of ..."), the roles that stand before or after a person's name, the nouns that
introduce an organisation ("the shipping company X"), and the words that end a
place's name. All are general English news usage, not taken from any article.
"""

from __future__ import annotations

import regex

#: Last word of an organisation's name -> actor type ("Hanwha Industries" -> company).
ORG_SUFFIXES = {
    **dict.fromkeys(
        (
            "Corp",
            "Corporation",
            "Co",
            "Company",
            "Ltd",
            "Limited",
            "Inc",
            "Incorporated",
            "LLC",
            "PLC",
            "Plc",
            "AG",
            "SA",
            "GmbH",
            "Industries",
            "Aerospace",
            "Electronics",
            "Technologies",
            "Technology",
            "Holdings",
            "Dynamics",
            "Motors",
            "Shipbuilding",
            "Shipyard",
            "Shipyards",
            "Systems",
            "Defense",
            "Defence",
            "Airlines",
            "Steel",
            "Energy",
            "Enterprises",
            "Works",
            "Manufacturing",
            "Engineering",
            "Logistics",
            "Petroleum",
            "Mining",
            "Resources",
            "Pharmaceuticals",
            "Insurance",
            "Investments",
            "Management",
            "Partners",
            "Capital",
            "Securities",
            "Markets",
            "Airways",
            "SpA",
            "ASA",
            "NV",
            "Tbk",
            "Pty",
            "Pte",
            "Berhad",
            "Bhd",
            "Communications",
            "Ordnance",
            "Munitions",
            "Shipbuilders",
            "Helicopters",
        ),
        "company",
    ),
    **dict.fromkeys(
        (
            "Ministry",
            "Department",
            "Agency",
            "Administration",
            "Office",
            "Bureau",
            "Commission",
            "Directorate",
            "Secretariat",
            "Authority",
            "Board",
            "Parliament",
            "Senate",
            "Cabinet",
        ),
        "government",
    ),
    **dict.fromkeys(
        (
            "Command",
            "Forces",
            "Force",
            "Corps",
            "Brigade",
            "Regiment",
            "Division",
            "Battalion",
            "Squadron",
            "Flotilla",
            "Fleet",
            "Wing",
        ),
        "military",
    ),  # fmt: skip
    **dict.fromkeys(("Cartel", "Militia", "Army"), "armed_group"),
    **dict.fromkeys(
        (
            "Institute",
            "Council",
            "Party",
            "Group",
            "Foundation",
            "Association",
            "Federation",
            "Union",
            "Committee",
            "Centre",
            "Center",
            "University",
            "Organisation",
            "Organization",
            "Alliance",
            "Movement",
            "Front",
            "Congress",
            "League",
            "Bloc",
            "Coalition",
            # the words for a party, a council, a movement, a front or an alliance of South
            # Asian politics
            "Parishad",
            "Sangh",
            "Dal",
            "Morcha",
            "Samiti",
            "Sangathan",
            "Tehreek",
            "Mahaz",
            "Ittehad",
            "Club",
            "Society",
            "Bank",
            "Fund",
            "Trust",
            "Forum",
            "School",
        ),
        "organisation",
    ),
    **dict.fromkeys(
        (
            "News",
            "Times",
            "Post",
            "Journal",
            "Herald",
            "Gazette",
            "Press",
            "Television",
            "Radio",
            "TV",
            "Broadcasting",
        ),
        "media",
    ),
}
#: Words before "Authority" that make it a legal power, not a body ("Presidential Drawdown
#: Authority", "Emergency Authority"): general US budget and legal usage.
POWER_WORDS = frozenset(
    "Drawdown Emergency Waiver Transfer Borrowing Spending Statutory Legal Contracting".split()  # noqa: SIM905
)
#: Legal forms that end a company's name; the name without them is the same company
#: ("Acme Widgets Inc." is "Acme Widgets" and, written alone, "Acme").
LEGAL_FORMS = frozenset(
    """Inc Incorporated Corp Corporation Co Ltd Limited LLC PLC Plc AG SA GmbH Bhd Berhad Pte
    Pty Tbk NV ASA SpA AB Oy Oyj SE BV JSC PJSC Srl""".split()  # noqa: SIM905
)
#: Heads that open an organisation's name when "of" follows ("Department of Space").
ORG_HEADS = {
    **dict.fromkeys(
        (
            "Ministry",
            "Department",
            "Office",
            "Bureau",
            "Agency",
            "Secretary",
            "Directorate",
            "Government",
            # the same heads in Spanish, Portuguese and French names ("Ministerio de ...")
            "Ministerio",
            "Ministério",
            "Ministère",
            "Secretaría",
            "Departamento",
        ),
        "government",
    ),
    **dict.fromkeys(
        (
            "Institute",
            "University",
            "Bank",
            "Council",
            "Centre",
            "Center",
            "Academy",
            "Union",
            "Federation",
            "Association",
            "Organisation",
            "Organization",
            "League",
            "Party",
            # a body named for its aim: "Forum for A-B Cooperation", "Movement for Democratic
            # Change", "Alliance for Progress", "Fund for Peace", "Community of Sahel States"
            "Forum",
            "Alliance",
            "Movement",
            "Coalition",
            "Front",
            "Foundation",
            "Fund",
            "Society",
            "Community",
            "Commission",
            "Committee",
            "Instituto",
            "Institut",
            "Universidad",
            "Universidade",
            "Université",
            "Banco",
            "Banque",
            "Fundación",
            "Fundação",
            "Fondation",
            "Frente",
            "Movimiento",
            "Movimento",
            "Alianza",
            "Consejo",
            "Conselho",
            "Conseil",
            "Comisión",
            "Comité",
            "Centro",
            "Sociedad",
            # Spanish, Portuguese and French names of alliances and rallies ("Unión por ...",
            # "Coalición por ...", "Rassemblement pour ...")
            "Unión",
            "União",
            "Coalición",
            "Coligação",
            "Mouvement",
            "Rassemblement",
            "Convergencia",
        ),
        "organisation",
    ),  # fmt: skip
}
#: Small words linking an organisation's head to its subject: "Ministry of ...", "Forum for
#: ...", and in Romance names "Instituto de ...", "Banco del ...", "Ministère des ...",
#: "Unión por ...", "Rassemblement pour ...".
HEAD_LINKS = frozenset(
    "of for de del da do dos das di des du della por para pela pelo pour per".split()  # noqa: SIM905
)
#: Words of a sports competition's name before "League" ("Champions League", "Premier
#: League", "Nations League"): a competition, no body that acts (general sports vocabulary).
COMPETITION_WORDS = frozenset(
    """Champions Premier Europa Super Nations Conference Major Pro Football Rugby Basketball
    Hockey Cricket Baseball Youth Women's Minor Little Fantasy Elite Challenge""".split()  # noqa: SIM905
)
#: Words that open a party's name in the languages whose parties keep their own names in
#: English text ("Parti Some Rakyat", "Partido Some Nacional", "Partai Some"): the run they open
#: is a party, its country word included ("Parti Some Malaysia"). General vocabulary of the
#: French, Malay, Spanish, Portuguese, Italian, German, Dutch, Polish and Indonesian words for
#: "party".
PARTY_HEADS = frozenset(
    "Parti Partai Partido Partito Partei Partij Partia Partiya Partidul".split()  # noqa: SIM905
)
#: Legal forms written before a company's name: Indonesian "PT" (Perseroan Terbatas), Russian
#: "JSC", "PJSC", "OJSC", "AO", "PAO" (joint-stock companies): "PT Acme Indonesia", "JSC Acme".
COMPANY_HEADS = frozenset("PT JSC PJSC OJSC AO PAO".split())  # noqa: SIM905
#: Roles that stand right before a person's name ("spokesman A B", "Chief A B").
ROLE_WORDS = frozenset(
    """spokesman spokeswoman spokesperson director manager coach chief head analyst expert
    researcher fellow professor minister secretary adviser advisor official commander general
    colonel captain ambassador envoy reporter correspondent editor columnist photographer
    striker midfielder defender goalkeeper winger player chairman chairwoman chair chairperson
    ceo executive founder president vice-president governor mayor senator lawmaker congressman
    congresswoman legislator diplomat negotiator lawyer attorney judge leader owner boss
    economist scientist engineer author writer officer admiral marshal lieutenant sergeant
    commissioner administrator deputy premier chancellor king queen prince sheikh emir
    organiser organizer activist campaigner candidate hopeful counterpart whip member
    mp representative employee staffer volunteer cleric businessman businesswoman""".split()  # noqa: SIM905
)
#: Office nouns that never end a person's name ("Navy Flag Officer in Command A B": the
#: words before the title are no person).
OFFICE_LAST_WORDS = frozenset(
    """officer minister secretary commander spokesman spokeswoman spokesperson director
    chairman chairwoman president governor ambassador commissioner chief staff leader whip
    speaker""".split()  # noqa: SIM905
)
#: Titles written before a single name ("Queen Elizabeth", "Pope Leo", "Emir Tamim").
ROYAL_TITLES = frozenset(
    ("king", "queen", "prince", "princess", "pope", "sultan", "emir", "sheikh")
)
#: Last words of a military unit's name, which a number may open ("the 47th Mechanised
#: Brigade", "401 Flying Training School") or close ("Task Force 51", "Carrier Strike Group 8").
UNIT_WORDS = frozenset(
    """Brigade Brigades Regiment Division Corps Battalion Squadron Flotilla Fleet Wing Group
    Command Force School Army Unit""".split()  # noqa: SIM905
)
#: Last words of an office's name after "of" in a title ("Minister of National Defence A B",
#: "Chief of Naval Staff A B", "Member of Parliament A B"): the person's name follows them.
OFFICE_TAILS = frozenset(
    """Defence Defense Affairs Security Finance Staff Interior Justice State Police Economy
    Health Trade Energy Agriculture Transport Education Industry Commerce Operations
    Intelligence Navy Army Forces Information Communications Development Planning Parliament
    Congress Assembly Senate""".split()  # noqa: SIM905
)
#: Roles that only an organisation has ("X's manager" makes X an organisation).
ORG_ROLES = frozenset(
    ("manager", "coach", "chairman", "chairwoman", "owner", "owners", "ceo", "board",
     "shareholders", "headquarters", "director", "directors", "executives")
)  # fmt: skip
#: Nouns only a person has, after a possessive name ("A B's wife", "A B's pass"): the name
#: is a person's. Team words ("A B's side") are left out: a club has them too.
PERSON_NOUNS = frozenset(
    """wife husband son daughter father mother brother sister family widow children parents
    career birthday death funeral arrest trial lawyer lawyers memoir pass cross header
    assist""".split()  # noqa: SIM905
)
#: Nouns that introduce an organisation before its name ("the shipping company X").
ORG_NOUNS = {
    **dict.fromkeys(
        ("company", "firm", "manufacturer", "maker", "contractor", "shipyard", "carrier",
         "startup", "start-up", "supplier", "producer", "conglomerate", "group", "enterprise",
         "shipbuilder", "planemaker", "automaker", "carmaker", "gunmaker", "subsidiary",
         "business unit", "division", "affiliate", "joint venture", "consortium", "builder",
         "lender", "insurer", "developer", "retailer",
         "airline", "miner", "bank", "trading arm", "investment arm", "financing arm",
         "shipping arm", "defence arm", "defense arm", "export arm", "holding company"),
        "company",
    ),
    **dict.fromkeys(
        ("newspaper", "broadcaster", "outlet", "magazine", "channel", "daily", "website",
         "publication", "agency", "network", "television", "news site", "news portal",
         "portal", "weekly", "tabloid", "radio", "news service", "wire service"),
        "media",
    ),
    **dict.fromkeys(
        ("club", "team", "party", "organisation", "organization", "think tank", "institute",
         "charity", "union", "coalition", "association", "bloc", "alliance", "movement",
         "caucus", "foundation", "watchdog"),
        "organisation",
    ),
    # fighters' bodies named after their noun: "the armed group X", "X, a militia that ..."
    **dict.fromkeys(
        ("armed group", "armed wing", "military wing", "militia", "rebel group",
         "rebel movement", "insurgent group", "militant group", "terrorist group",
         "jihadist group", "guerrilla group", "gang", "cartel"),
        "armed_group",
    ),
}  # fmt: skip
#: Verbs whose object is an organisation ("joined X", "played for X").
ORG_OBJECT_CUES = regex.compile(
    r"(?:\bjoined|\bplayed for|\bplays for|\bsigned for|\bsigned with|\bworks for"
    r"|\bworked for|\bjoining|\bscored for|\bloan (?:at|to|from)"
    # a side in a match: "a 2-1 win over X", "games against X", "a draw with X"
    r"|\b(?:win|wins|victory|victories|defeat|defeats|loss|losses|draw|match|matches|game|games"
    r"|fixture|clash|tie|derby|final|semi-final|quarter-final) (?:over|against|to|with|at))\s+$"
)
#: Match verbs between two sides: "X lost to Y", "Y defeated X". One side a club the
#: lexicon knows makes a one-word name on the other side a club too (an election's or a
#: war's sides are people and countries, which the lexicon or the person rules read).
MATCH_VERB = r"(?:lost to|beat|defeated|drew with|drew against|thrashed|edged|overcame|knocked out)"
MATCH_AFTER = regex.compile(rf"^\s+{MATCH_VERB}\s+$")
MATCH_BEFORE = regex.compile(rf"\s{MATCH_VERB}\s+$")
#: A role and a person's name after a name make it the person's organisation
#: ("Acme analyst Jane Roe", "Dunmore City manager Ivo Brandl").
ROLE_NAME_AFTER = regex.compile(
    r"^\s+(?:senior\s+|chief\s+|lead\s+)?(?:analyst|analysts|economist|strategist|spokesman"
    r"|spokeswoman|spokesperson|chief executive|executive|ceo|chairman|chairwoman|founder"
    r"|researcher|professor|fellow|director|boss|manager|coach|striker|midfielder|defender"
    r"|goalkeeper|captain|president|owner)\s+\p{Lu}[\p{L}'’.-]+ \p{Lu}"
)
#: Words after a name that make it a team ("X team", "the first X player", "X's squad").
TEAM_AFTER = regex.compile(
    r"^\s+(?:team|club|side|squad|player|players|striker|midfielder|defender|goalkeeper|winger"
    r"|manager|boss|coach|head coach|captain|fans|supporters|academy|debut)\b"
)
#: Words of organisations' names that are no part of a person's name: "Royal United Services
#: said" is an organisation speaking ("National", "Studies", "Watch" ...).
ORG_NAME_WORDS = frozenset(
    """National International Global United Federal Central Royal Democratic Popular Republican
    Socialist Liberal Conservative Labour Islamic Public Civil Human Rights Nations
    Services Studies Research Affairs Security Development Investment Trade Energy Watch Health
    Strategic Policy Economic Peace People's Workers Workers' Students Media Network Networks
    Solutions Labs Robotics Analytics Consulting Ventures Markets Exchange Authority Board Court
    Tribunal Police Guard Army Navy Academy College School Hospital Clinic Church Mission""".split()  # noqa: SIM905
)
#: Verbs of speech after a person's name ("A B said").
SPEECH_AFTER = regex.compile(
    r"^\s+(?:said|says|told|added|wrote|explained|noted|stated|argued|warned|according)\b"
)
#: A verb of speech right before a name ("..., said Jane Roe, an analyst at ...").
SPEECH_BEFORE = regex.compile(r"\b(?:said|says|added|wrote|noted|explained|asked|warned)\s+$")
#: Market words around a listed company: "Acme rose 3.3 per cent", "shares in Acme".
STOCK_AFTER = regex.compile(
    r"^(?:['’]s?)?\s+(?:shares\s+)?(?:(?:yesterday|today|on\s+\p{Lu}\p{Ll}+day)\s+)?"
    r"(?:rose|fell|jumped|slipped|gained|lost|climbed|dropped|slid"
    r"|added|shed|advanced|declined|edged|surged|sank|tumbled|plunged|rallied)\s+(?:up\s+|down\s+"
    r"|by\s+|as much as\s+)?(?:(?:nearly|almost|about|around|some|more than|over)\s+)?"
    r"[\d.,]+\s*(?:per ?cent|percent|%|p\b|pence|cents?)"
)
STOCK_BEFORE = regex.compile(r"\bshares\s+(?:in|of)\s+$", regex.I)
#: Market indices and commodities that move like shares but are no company.
MARKET_WORDS = frozenset(
    """Nikkei Brent Sensex Nifty Hang Seng Kospi DAX CAC FTSE Dow Nasdaq Stoxx Bitcoin Gold Oil
    Copper Silver WTI Topix Bovespa Spot Crude""".split()  # noqa: SIM905
)
#: Commodities that end a company's name after another word ("Harmony Gold", "Cairn Oil"):
#: a market only when they open the name ("Gold rose 1%", "Oil futures").
COMMODITY_WORDS = frozenset(("Gold", "Oil", "Copper", "Silver", "Bitcoin"))
#: A person's appositive after the name: ", the country's defence minister", ", who".
#: Also a bare role with no article: ", governor of the state", ", chief executive of X".
APPOSITIVE_AFTER = regex.compile(
    r"^\s*,\s+(?:who\b|(?:the|a|an|his|her|its|their)\s+([^,.;]{0,80})"
    # ", Acme Marine's chief executive,": an organisation's possessive and a role
    r"|(?:\p{Lu}[\p{L}\p{M}&.\-]*\s+){0,3}\p{Lu}[\p{L}\p{M}&.\-]*['’]s?\s+([^,.;]{0,60})"
    # ", President and Foreign Minister of X", ", Minister for Foreign Affairs of X": a
    # capitalised office too, and two joined by "and"
    r"|((?i:(?:(?:former|deputy|acting|senior|chief|vice|interim|then)\s+)?(?:[\p{L}-]+\s+){0,2}?"
    r"(?:"
    + "|".join(sorted(ROLE_WORDS, key=len, reverse=True))
    + r")(?:\s+and\s+(?:[\p{L}-]+\s+){0,2}?(?:"
    + "|".join(sorted(ROLE_WORDS, key=len, reverse=True))
    + r"))?)\s+(?:of|for|at|to)\s+[^,.;]{0,60}))"
)
#: A role and the place or body it serves, then a comma, right before a name: "the deputy
#: mayor of Some Town, A B," names A B by the role.
ROLE_OF_BEFORE = regex.compile(
    r"\b(?i:"  # a capitalised office too: "the President of X, A B, said"
    + "|".join(sorted(ROLE_WORDS, key=len, reverse=True))
    + r")\s+(?:of|for|on)\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}'’.\-]*"
    # ("the Leader of the Majority in Parliament, A B,": the office's place after "in"; "the
    # Special Representative on Some Matter, A B,": an envoy's subject after "on")
    r"(?:\s+(?:(?:of|the|and|in)\s+){0,2}\p{Lu}[\p{L}\p{M}'’.\-]*){0,4}"
    r"\s*,\s*$"
    # an office in lower case after a determiner or a possessive: "the country's minister of
    # state enterprises, A B"
    r"|\b(?:the|its|his|her|their|\p{L}+['’]s)\s+(?i:"
    + "|".join(sorted(ROLE_WORDS, key=len, reverse=True))
    # ("the ministry's director-general for policy, A B": a compound office)
    + r")(?:-general|-in-chief|\s+general)?\s+(?:of|for)\s+(?:\p{Ll}[\p{L}-]*\s+){0,4}"
    r"\p{Ll}[\p{L}-]*\s*,\s*$"
)
#: Honorifics written in capitals before a name ("HE A B", "H.E. A B", "HRH A B"): matched as
#: written, since "He" is a pronoun and a Chinese surname.
CASED_TITLES = frozenset(("HE", "H.E.", "HH", "H.H.", "HRH", "HM", "H.M."))
#: A copula after a name: "A B is a correspondent for ...", "X is a Greek shipping company".
COPULA_AFTER = regex.compile(r"^\s+(?:is|was)\s+(?:a|an|the)\s+([^,.;]{0,80})")
#: A credit line on its own: "A B/Agency via Images".
CREDIT_LINE = regex.compile(r"^\s*(\p{Lu}[\w'’.\- ]{2,50}?)/\p{Lu}[\w .&]{1,40}\s*$")
#: Credit and byline shapes: "By A B and C D", "(A B/Agency)", "A B contributed".
BYLINE = regex.compile(r"^\s*By\s+(.+)$", regex.I)
#: A reporter's name and the desk's place on a line of their own: "Ana Roe, Some City".
BYLINE_DESK = regex.compile(
    r"^\s*(\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}),\s+\p{Lu}[\p{L}-]+"
    r"(?: \p{Lu}[\p{L}-]+){0,2}\s*$"
)
#: A reporter's name alone on the line right under the headline: "Ana Roe" (two or three
#: capitalised words; a subheading's common words are told apart where the name is counted),
#: also with the desk's place: "Ana Roe in Some City".
BYLINE_ALONE = regex.compile(
    r"^\s*(\p{Lu}[\p{Ll}'’.-]+(?: \p{Lu}[\p{Ll}'’.-]+){1,2})"
    r"(?:\s+in\s+\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)?\s*$"
)
PHOTO_CREDIT = regex.compile(r"\(([^()/]{3,60})/([^()/]{2,40})\)")
#: A picture's credit naming its maker: "(Photo by A B)", "Photo: A B", "Image by A B".
PHOTO_BY = regex.compile(
    r"\b(?:Photos?|Photograph|Picture|Image|Video)\s*(?:by|:|courtesy of|(?:source|credit)\s*:)\s+"
    r"(\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3})(?=\s*(?:[)/,;|]|$|\.\s))"
)
CONTRIBUTED = regex.compile(
    r"(?:(?:reporting|editing|writing|additional reporting) by\s+(.+?)(?:;|$))"
    r"|(?:^|[.;]\s+)(.+?)\s+contributed\b",
    regex.I,
)
#: Last words of a place's name, which is never an actor ("Kalam Island", "Ashdod Port").
PLACE_WORDS = frozenset(
    """Island Islands Sea Ocean Gulf Bay Strait Port Harbour Harbor River Lake Mountains Mountain
    Valley Desert Peninsula Province Region District County State City Street Square Avenue
    Airport Airbase Base Bridge Canal Coast Border Park Palace Stadium Arena Hall Hotel
    Road Highway Camp Range""".split()  # noqa: SIM905
)
#: Place words that also end a sports club's name ("Leicester City", "Derby County"): a place
#: unless the text shows an organisation (a team word, a match cue).
CLUB_PLACE_WORDS = frozenset(("City", "County"))
#: Last words of a club's name that stand alone for it once the club was named
#: ("Leicester City ... City's defence", "Oldham Athletic ... Athletic won").
CLUB_SHORT_WORDS = frozenset(
    """City United Forest Villa Palace Rovers Wanderers Athletic Albion County Hotspur Rangers
    Celtic Town Argyle Wednesday Orient""".split()  # noqa: SIM905
)
#: Words after a name that make it an armed group ("the Los Pinos faction", "X cartel").
#: A party's word after its name ("the Law and Justice party", "his Freedom Movement party"),
#: or a party role and a person ("Some Party leader A B", "a Some Party spokesman", "Some Union
#: vice-president A B"): the name is an organisation's.
PARTY_AFTER = regex.compile(
    r"^\s+(?:party\b|(?:co-leader|leader|deputy leader|chairman|chairwoman|spokesman"
    r"|spokeswoman|lawmaker|legislator|MP|(?:vice[- ]|deputy |acting )?president"
    r"|secretary-general|secretary general)\s+\p{Lu}[\p{L}'’.-]+ \p{Lu}"
    r"|(?:spokesman|spokeswoman|lawmaker|legislator|MP)\b)"
)
#: What only a party or a movement does, right after its name: being led ("X, led by A B"),
#: winning or losing a number of seats ("X won 40 seats"), or being called a coalition, an
#: alliance, a bloc or a legislature's bench or caucus ("the X coalition", "the X bench").
#: A person wins "a seat" or "her seat", not "40 seats".
PARTY_CONTEXT_AFTER = regex.compile(
    r"^(?:,?\s+(?:led|headed|chaired|founded)\s+by\b"
    r"|\s+(?:has\s+|had\s+)?(?:won|wins|secured|took|gained|lost|holds|held)\s+"
    r"(?:only\s+|just\s+|about\s+|some\s+|nearly\s+|over\s+)?\d+\s+"
    r"(?:of\s+the\s+\d+\s+)?(?:parliamentary\s+|legislative\s+)?seats\b"
    r"|\s+(?:coalition|alliance|bloc|bench|caucus)\b(?!\s+(?:of|with)\b))"
)
#: Members of a legislature "from" or "of" a name before it: "lawmakers from the leftist X",
#: "deputies of X and the conservative Y": the names are their parties'.
PARTY_MEMBERS_BEFORE = regex.compile(
    r"\b(?i:lawmakers|legislators|deputies|senators|congressmen|congresswomen|MPs"
    r"|parliamentarians|councillors|councilors)\s+(?:from|of)\s+"
    r"(?:(?:the\s+)?(?:[\p{Ll}-]+\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4},?\s+"
    r"(?:and|or)\s+)?(?:the\s+)?(?:[\p{Ll}-]+\s+)?$"
)
#: A person's pronoun a few lower-case words after a name: "A B was displaced from his
#: city", "A B, 34, lost her home" (an organisation is "its", a place no "his").
PRONOUN_AFTER = regex.compile(
    r"^(?:,\s+\d{1,3},)?\s+(?:was|is|had|has|lost|left|fled|said|told|returned|joined)\s+"
    r"(?:[\p{Ll}'’-]+\s+){0,5}?(?:his|her|himself|herself)\b"
)
#: A person's age in commas right after the name, as news style gives it: "A B, 42, said".
AGE_AFTER = regex.compile(r"^,\s+\d{1,3},\s")
#: Who leads or founds something, right before a name: "a movement led by A B".
LEADER_BEFORE = regex.compile(r"\b(?:led|headed|chaired|founded|co-founded)\s+by\s+$")
#: A naming verb and "as" right before a name: "identified the man arrested as A B", "named
#: the victim as A B" (police and court reporting names people this way).
IDENTIFIED_BEFORE = regex.compile(
    r"\b(?:identified|named)\s+(?:(?:him|her|them|the|a|an|two|three|one|of|\w+ed|"
    r"person|people|man|men|woman|women|suspects?|victims?|dead|deceased|attackers?|gunman|"
    r"driver|officer|soldier|detainees?|arrested)\s+){0,4}as\s+$"
)
GROUP_AFTER = regex.compile(
    r"^\s+(?:faction|factions|cartel|cartels|gang|gangs|militia|militias)\b"
)
#: Words that make a name its own capitals abbreviate a body of people, no programme or law:
#: "the National People's Power (NPP)", "the Patriotic Renewal Front (PRF)" (a bare "(NDS)"
#: after "National Defence Strategy" names a document). English political naming: parties,
#: fronts and movements are named for the people they speak for and the cause they fight for.
PEOPLE_NAME_WORDS = frozenset(
    """People's People’s Peoples Workers' Workers’ Citizens' Citizens’ Popular Patriotic
    Revolutionary Liberation Democratic Socialist Communist Nationalist Progressive Progressives
    Unity Solidarity Salvation Resistance""".split()  # noqa: SIM905
)
#: Last words of a name that make it a document, a plan, a place or an event, whatever words
#: of a people stand before them ("the Democratic Governance Programme (DGP)").
THING_LAST_WORDS = frozenset(
    """Programme Program Plan Act Agreement Law Bill Strategy Initiative Policy Index Treaty
    Accord Charter Framework Architecture Zone Corridor Republic System Project Process
    Dialogue Conference Summit Day Declaration Constitution Code Order Decree Report Survey
    Fund Budget Reform Reforms Elections Election Vote Referendum""".split()  # noqa: SIM905
)
#: Nouns of fighters after one capitalised word that names their movement ("the Kavanu
#: rebels"); a word shaped like an adjective ("Islamist", "Kurdish", "Libyan") describes
#: them instead, and "fighters" may be aircraft, so it is not among them.
REBELS_AFTER = regex.compile(r"^\s+(?:rebels?|insurgents?|guerrillas?|militants?)\b")
DESCRIBING_WORD = regex.compile(r"(?:ish|ian|an|ese|ic|ist|ite|i|ern)$")
#: Words of faith or people before "rebels" that describe them rather than name a movement
#: (nor, written alone again, a person's surname: "a Muslim homeland").
DESCRIBING_PEOPLE = frozenset(
    """Muslim Shia Sunni Druze Arab Baloch Tamil Kurd Pashtun Hutu Tutsi Hindu Sikh Jihad Tribal
    Christian Catholic Protestant Orthodox Coptic Buddhist Jewish Shiite Alawite Yazidi
    Army Government Regime Opposition Islamic""".split()  # noqa: SIM905
)
#: Words that are never a name on their own, though capitalised (headline words, common nouns).
NOT_NAME_WORDS = frozenset(
    """The A An This That These Those It Its He She They We I You His Her Their Our My
    But And Or If When While After Before As At In On Of For With From By To Under Over
    Mr Mrs Ms Dr Sir
    Shares Stocks Shareholders Investors Officials Members Employees Workers Staff Executives
    Analysts Units Subsidiaries Most Some Many None Both Half
    Fighters Troops Soldiers Supporters Militants Rebels Residents Delegates Protesters
    Lawmakers Legislators Leaders Activists
    Thousands Hundreds Dozens
    Meanwhile Separately Additionally Earlier Later Also Instead Nevertheless Similarly
    Joining Accompanying Including Following Representing Welcoming Thanking Praising Quoting
    Citing Addressing Urging Flanked Backed Led Unlike Like Besides Alongside Beside Despite
    Against Among Amid Unlike Without Except""".split()  # noqa: SIM905
)  # (the plural nouns open "Shares of Acme Corp": the part before "of" is no name; the
#  adverbs, prepositions and participles open a sentence before one: "Joining A B on the trip";
#  so do people's plural nouns: "Fighters of the Some Army", "Supporters of A B")
#: Adjectives of a continent, a region or a sea, no state's and no body's name alone: "European
#: players", "the Nordic firms", "Arab investors" name no organisation.
REGION_WORDS = frozenset(
    """European African Asian Arab Arabian Nordic Scandinavian Baltic Balkan Caribbean
    Mediterranean Atlantic Pacific Arctic Gulf Western Eastern Northern Southern Central
    Latin Sahelian Eurasian Transatlantic""".split()  # noqa: SIM905
)
#: A plural noun that a list of names follows ("his allies A B and C D", "rivals such as X,
#: Y and Z", "lenders including X"): each name of the list is of the noun's kind. The names
#: before the one read may be in the list already ("like X, Y, and "). A noun both people and
#: organisations are ("rivals") makes a person of a name of two to four capitalised words
#: and an organisation of the others. Each name may carry a bracket ("A B (Lagos), C D").
LIST_NOUNS = {
    **dict.fromkeys(
        ("allies", "ministers", "lawmakers", "legislators", "senators", "politicians",
         "candidates", "challengers", "leaders", "officials", "executives", "activists",
         "critics", "players", "teammates", "substitutes", "colleagues", "coaches", "strikers",
         "defenders", "midfielders", "goalkeepers", "scorers", "generals", "commanders",
         "journalists", "envoys", "diplomats", "presidents", "secretaries", "governors",
         "deputies", "commissioners", "directors", "ambassadors", "mayors", "judges", "mps",
         "nominees", "appointees"),
        "person",
    ),
    **dict.fromkeys(
        ("companies", "firms", "giants", "makers", "manufacturers", "carmakers", "automakers",
         "producers", "miners", "suppliers", "contractors", "lenders", "banks", "insurers",
         "airlines", "carriers", "retailers", "brands", "startups", "conglomerates"),
        "company",
    ),
    **dict.fromkeys(
        ("clubs", "teams", "sides", "groups", "organisations", "organizations", "charities",
         "parties", "unions"),
        "organisation",
    ),
    **dict.fromkeys(
        ("rivals", "competitors", "opponents", "peers", "partners", "investors", "shareholders",
         "backers", "bidders", "creditors", "donors"),
        "either",
    ),
}  # fmt: skip
LIST_BEFORE = regex.compile(
    r"\b((?i:" + "|".join(LIST_NOUNS) + r"))\b(?:(?:\s+\p{Ll}[\w-]*){0,3},?\s+(?:such as|like|"
    r"including|notably|among them)\s+|,?\s+(?:(?:such as|like|including|notably|namely|"
    r"among them|include|includes|included|are|were)\s+)?)"
    r"(?:\p{Lu}[\w'’.&-]*(?:\s\p{Lu}[\w'’.&-]*)*(?:\s\([^()]{1,30}\))?,?\s+(?:and\s+|or\s+)?)*$"
)
#: "and other" and a plural noun of LIST_NOUNS after a name ("the PPP and other opposition
#: parties", "Acme and other lenders"): the name is one of the noun's kind.
OTHER_AFTER = regex.compile(
    r"^,?\s+(?:and|or)\s+(?:other|several\s+other|some\s+other)\s+(?:[\p{Ll}-]+\s+){0,2}?"
    r"((?i:" + "|".join(LIST_NOUNS) + r"))\b"
)
#: A person's relation after a possessive pronoun right before a name ("his rival A B", "her
#: late husband A B", "their lawyer A B"): only a person has one, so the name is a person's.
PRONOUN_ROLE_BEFORE = regex.compile(
    r"\b(?:his|her|their)\s+(?:(?:late|former|main|chief|closest|nearest|long-time|longtime"
    r"|younger|elder|older)\s+)?(?:rival|rivals|opponent|competitor|challenger|predecessor"
    r"|successor|wife|husband|son|daughter|father|mother|brother|sister|aide|lawyer|partner"
    r"|running mate)\s+$",
    regex.I,
)
