"""Titles and role words that stand before or after a name, for :mod:`wireparse.quotes`.

Sources: AP Stylebook entries on titles (formal titles capitalized before a
name: "Prime Minister", "Secretary-General", "Sen.", "Gov."), and the speaker
descriptions seen in the Gender Gap Tracker set and PolNeAR's wire subset (train
and dev): "State Department spokesman", "U.S. District Judge", "coach".

``TITLE_WORDS`` are words (lower case, as written without their period) that
form a title before a name: "U.N. Secretary-General Antonio Guterres" gives the
name "Antonio Guterres" and the description "U.N. Secretary-General".
``ROLE_NOUNS`` are lower-case role words that end a description before a name
("State Department spokesman Matthew Miller") and that a later definite
mention ("the judge", "the spokesman") may refer back to.
``ORG_HEADS`` are words that make a capitalized name an organization.
``PRONOUNS`` map a subject pronoun to the kind of speaker it refers to.
"""

from __future__ import annotations

from typing import Final

TITLE_WORDS: Final[frozenset[str]] = frozenset(
    {
        "president", "vice", "prime", "minister", "secretary", "secretary-general",
        "under-secretary-general", "sen", "senator", "rep", "representative", "gov",
        "governor", "lt", "lieutenant", "gen", "general", "col", "colonel", "maj", "major",
        "capt", "captain", "sgt", "sergeant", "cpl", "corporal", "adm", "admiral", "cmdr",
        "commander", "const", "constable", "supt", "superintendent", "insp", "inspector",
        "det", "detective", "officer", "chief", "deputy", "assistant", "associate",
        "justice", "judge", "magistrate", "attorney", "prosecutor", "mayor", "premier",
        "chancellor", "king", "queen", "prince", "princess", "pope", "cardinal",
        "archbishop", "bishop", "rev", "reverend", "father", "rabbi", "imam", "sheikh",
        "ayatollah", "dr", "doctor", "prof", "professor", "mr", "mrs", "ms", "miss", "sir",
        "dame", "lord", "lady", "hon", "speaker", "leader", "chairman", "chairwoman",
        "chair", "director", "commissioner", "ambassador", "envoy", "spokesman",
        "spokeswoman", "spokesperson", "coach", "manager", "councillor", "councilor",
        "councilman", "councilwoman", "alderman", "trustee", "minister-president",
        "emir", "crown", "sultan", "field", "marshal", "brig", "brigadier", "pvt",
        "private", "sgt.", "ceo", "cfo", "coo", "chief-executive", "founder",
        "co-founder", "president-elect", "mp", "mpp", "mla", "mna", "sheriff", "warden",
        "foreign", "defense", "defence", "finance", "interior", "health", "state",
        "district", "federal", "circuit", "supreme", "court", "u.s.", "u.n.", "senior",
        "former", "acting", "interim", "caretaker", "then",
    }
)

#: titles that are a title on their own (the others need a following title word)
HEAD_TITLES: Final[frozenset[str]] = frozenset(
    {
        "president", "minister", "secretary", "secretary-general", "under-secretary-general",
        "sen", "senator", "rep", "representative", "gov", "governor", "gen", "general",
        "col", "colonel", "maj", "capt", "captain", "sgt", "sergeant", "cpl", "adm",
        "admiral", "cmdr", "commander", "const", "constable", "supt", "superintendent",
        "insp", "inspector", "det", "detective", "officer", "chief", "justice", "judge",
        "magistrate", "attorney", "prosecutor", "mayor", "premier", "chancellor", "king",
        "queen", "prince", "princess", "pope", "cardinal", "archbishop", "bishop", "rev",
        "reverend", "rabbi", "imam", "sheikh", "ayatollah", "dr", "prof", "professor",
        "mr", "mrs", "ms", "sir", "dame", "lord", "lady", "speaker", "leader", "chairman",
        "chairwoman", "director", "commissioner", "ambassador", "envoy", "spokesman",
        "spokeswoman", "spokesperson", "coach", "manager", "councillor", "councilor",
        "councilman", "councilwoman", "emir", "sultan", "marshal", "brigadier", "ceo",
        "founder", "co-founder", "president-elect", "mp", "mpp", "mla", "sheriff",
    }
)

#: lower-case role nouns: end a description before a name, and resolve "the <role>"
ROLE_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "spokesman", "spokeswoman", "spokesperson", "analyst", "judge", "lawyer",
        "attorney", "prosecutor", "director", "chief", "official", "officer", "minister",
        "secretary", "president", "chairman", "chairwoman", "chair", "executive", "ceo",
        "founder", "co-founder", "economist", "strategist", "professor", "researcher",
        "scientist", "expert", "coach", "manager", "captain", "commander", "general",
        "governor", "mayor", "senator", "premier", "leader", "head", "adviser", "advisor",
        "aide", "ambassador", "envoy", "diplomat", "commissioner", "detective", "sergeant",
        "constable", "inspector", "superintendent", "sheriff", "doctor", "physician",
        "nurse", "teacher", "principal", "student", "resident", "owner", "president-elect",
        "candidate", "councillor", "councilor", "representative", "chancellor", "justice",
        "magistrate", "defenceman", "defenseman", "forward", "goaltender", "goalie",
        "quarterback", "pitcher", "striker", "midfielder", "veteran", "rookie", "star",
        "winger", "centre", "center", "guard", "activist", "organizer", "organiser",
        "historian", "author", "writer", "editor", "reporter", "columnist", "producer",
        "singer", "actor", "actress", "artist", "designer", "chef", "partner", "agent",
        "consultant", "economist", "planner", "broker", "investor", "trader", "banker",
        "member", "mp", "mpp", "mla", "critic", "negotiator", "mediator", "pastor",
        "priest", "bishop", "imam", "rabbi", "survivor", "witness", "victim", "father",
        "mother", "son", "daughter", "brother", "sister", "wife", "husband", "widow",
        "friend", "neighbour", "neighbor", "lawmaker", "legislator", "congressman",
        "congresswoman", "ceo", "administrator", "coordinator", "supervisor", "worker",
        "employee", "engineer", "architect", "physicist", "biologist", "chemist",
        "psychologist", "psychiatrist", "sociologist", "epidemiologist", "lecturer",
        "fellow", "associate", "specialist", "curator", "archivist", "police",
    }
)

#: heads that make a capitalized name an organization
ORG_HEADS: Final[frozenset[str]] = frozenset(
    {
        "ministry", "department", "army", "front", "party", "police", "service", "services",
        "agency", "association", "court", "council", "commission", "committee", "company",
        "inc", "inc.", "corp", "corp.", "corporation", "group", "university", "institute",
        "office", "government", "bank", "union", "league", "board", "authority", "forces",
        "force", "guard", "guards", "command", "administration", "foundation", "society",
        "network", "center", "centre", "organization", "organisation", "federation",
        "alliance", "coalition", "movement", "ltd", "ltd.", "co", "co.", "hospital",
        "school", "college", "club", "team", "network", "press", "times", "post", "news",
        "journal", "review", "tribune", "herald", "reuters", "ap", "afp", "upi", "cbc",
        "ctv", "cnn", "bbc", "nhl", "nba", "nfl", "mlb", "fifa", "uefa", "un", "u.n.",
        "nato", "who", "imf", "fbi", "cia", "rcmp", "opp", "pentagon", "kremlin",
        "white", "house", "hydro", "airlines", "motors", "communications", "media",
        "security", "secretariat", "parliament", "congress", "senate", "cabinet",
        "embassy", "consulate", "mission", "tribunal", "panel", "body", "assembly",
        "ministries", "prosecutors", "officials", "statistics", "canada", "fund",
        "program", "programme", "initiative", "project", "campaign", "trust",
        "partnership", "institution", "lab", "laboratory", "labs",
    }
)

#: lower-case nouns that "the <noun>" uses for an organization introduced earlier
ORG_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "ministry", "department", "army", "party", "agency", "association", "court",
        "council", "commission", "committee", "company", "firm", "group", "university",
        "institute", "office", "government", "bank", "union", "league", "board",
        "authority", "military", "administration", "foundation", "society", "network",
        "center", "centre", "organization", "organisation", "federation", "alliance",
        "coalition", "movement", "hospital", "school", "college", "club", "team",
        "statement", "report", "study", "survey", "embassy", "regulator", "airline",
        "automaker", "carmaker", "retailer", "insurer", "lender", "utility", "city",
        "province", "state", "country", "police", "force", "service", "militants",
        "rebels", "campaign", "panel", "tribunal", "senate", "parliament",
    }
)

PERSON_PRONOUNS: Final[frozenset[str]] = frozenset({"he", "she"})
OTHER_PRONOUNS: Final[frozenset[str]] = frozenset({"it", "they", "we", "i"})

#: capitalized words that start a sentence but are not part of a name
FUNCTION_WORDS: Final[frozenset[str]] = frozenset(
    {
        "the", "a", "an", "and", "but", "or", "so", "yet", "for", "in", "on", "at", "to",
        "of", "by", "with", "from", "as", "after", "before", "when", "while", "if",
        "since", "because", "although", "though", "that", "this", "these", "those",
        "there", "here", "it", "its", "he", "she", "they", "we", "i", "his", "her",
        "their", "our", "my", "your", "you", "what", "who", "which", "where", "why",
        "how", "then", "now", "still", "also", "meanwhile", "however", "instead",
        "according", "asked", "said", "says", "speaking", "like", "unlike", "despite",
        "during", "until", "under", "over", "about", "among", "between", "through",
        "without", "within", "into", "upon", "last", "next", "this", "on", "one", "two",
        "some", "many", "most", "all", "both", "each", "every", "no", "not", "do", "does",
        "did", "is", "was", "are", "were", "be", "been", "has", "have", "had", "will",
        "would", "can", "could", "should", "may", "might", "must", "mr", "mrs", "ms",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sept", "sep", "oct", "nov", "dec", "yes", "oh", "well", "even", "just", "only",
        "thank", "thanks", "please", "let", "we're", "i'm", "it's", "that's", "there's",
    }
)
