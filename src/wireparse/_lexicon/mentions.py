"""Words that are never a speaker's name: the speaker rules of ``wireparse.quotes`` read them.

A speaker is a name or a noun phrase, never a clause, so a mention never opens with a
conjunction or a relative word (``CLAUSE_WORDS``: "if lawmakers", "as religious leaders",
"that the Supreme Court" lose the word, "whose reputation ..." names nobody). A demonym
("the American", "the Texan") is a description of someone written about, not a name
(``DEMONYMS``). A capitalized word that opens a sentence and ends like a participle or an
adjective ("Undeterred by curfews, ...", "Arbitrary arrests ...": ``OPENER_ENDINGS``) is no
name unless it is a known given name.

>>> "whose" in RELATIVE_WORDS, "texan" in DEMONYMS, "undeterred".endswith(OPENER_ENDINGS)
(True, True, True)
"""

from __future__ import annotations

from typing import Final

#: words that open a relative clause: a mention that starts with one names nobody
RELATIVE_WORDS: Final[frozenset[str]] = frozenset({"who", "whom", "whose", "which", "what"})

#: conjunctions and subordinators: cut off the front of a mention ("if lawmakers")
CLAUSE_WORDS: Final[frozenset[str]] = RELATIVE_WORDS | frozenset(
    {
        "and", "or", "but", "nor", "if", "as", "that", "because", "although", "though",
        "while", "whilst", "when", "whenever", "where", "whereas", "whether", "unless",
        "until", "since", "once", "than",
    }
)  # fmt: skip

#: words that open a subordinate clause: a cue after one is no attribution of the
#: quotation before it ("“...” Though critics have said ...")
SUBORDINATORS: Final[frozenset[str]] = (
    CLAUSE_WORDS - RELATIVE_WORDS - frozenset({"and", "or", "but", "nor", "as", "that"})
)

#: party words that stand before a politician's name as a title ("Democrat Jamie Raskin")
PARTY_WORDS: Final[frozenset[str]] = frozenset(
    {"democrat", "republican", "independent", "labour", "tory", "conservative", "liberal"}
)

#: documents that "say" what their author wrote ("the statement said", "the editorial
#: states"), each with the other words the article may use for it
DOCUMENT_NOUNS: Final[dict[str, tuple[str, ...]]] = {
    "statement": ("statement",),
    "communique": ("communique", "communiqué"),
    "editorial": ("editorial", "op-ed"),
    "lawsuit": ("lawsuit", "suit", "complaint"),
    "complaint": ("complaint", "lawsuit"),
    "ad": ("ad", "advertisement"),
    "advertisement": ("advertisement", "ad"),
    "letter": ("letter",),
    "report": ("report",),
    "filing": ("filing",),
    "memo": ("memo",),
    "release": ("release",),
    "policy": ("policy",),
    "post": ("post", "tweeted", "posted"),
    "email": ("email", "e-mail", "emailed"),
    "tweet": ("tweet", "tweeted"),
    "study": ("study",),
}
#: words for part of a group written about before ("as some chanted"): its speaker
GROUP_PART_WORDS: Final[frozenset[str]] = frozenset({"some", "others", "many"})
#: a crowd that chants or shouts ("the crowd chanted", "a gathering of Iranians chanting"),
#: besides the plural nouns of people
CROWD_NOUNS: Final[frozenset[str]] = frozenset(
    {"crowd", "crowds", "people", "audience", "gathering", "mob", "throng", "onlookers"}
    | {"rally-goers", "rallygoers", "marchers", "hard-liners", "hardliners", "attendees"}
    | {"mourners"}
)
#: what carries words at a protest: "one sign read" speaks as written, and "she held a
#: sign that said" for its holder
SIGN_NOUNS: Final[frozenset[str]] = frozenset(
    {"sign", "signs", "placard", "placards", "banner", "banners", "poster", "posters"}
)
#: verbs that make the subject of a document's sentence its author ("Deripaska said in a
#: statement", "the embassy issued a statement"), besides the cue verbs
AUTHOR_VERBS: Final[frozenset[str]] = frozenset(
    {"issued", "released", "posted", "published", "filed", "sent", "signed", "launched"}
)

#: role nouns of people news copy leaves unnamed ("the official said", "the source
#: said"): never the subject of the sentence before by default
UNNAMED_ROLE_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "official",
        "source",
        "aide",
        "insider",
        "diplomat",
        "spokesman",
        "spokeswoman",
        "spokesperson",
    }
)

#: legal forms after a company's name, left out of the speaker ("Facebook Inc")
LEGAL_SUFFIXES: Final[frozenset[str]] = frozenset(
    {"inc", "corp", "co", "ltd", "llc", "plc", "nv", "gmbh", "llp"}
)

#: endings of sentence-opening participles and adjectives ("Announcing", "Undeterred",
#: "Arbitrary", "Frustrated", "Furious")
OPENER_ENDINGS: Final = ("ing", "ed", "ary", "ous", "ive", "ful", "less", "able", "ible")
#: endings of adjectives that open a capitalized run and are no given name ("Radical
#: Islam", "Historical Society"): such a run is no person
NAME_ADJECTIVE_ENDINGS: Final = ("ical", "ary", "ous", "ive", "ful", "less", "able", "ible")
#: Endings of adjectives before a comma in a description ("a wealthy, ...").
ADJECTIVE_ENDINGS: Final = ("y", "ed", "ful", "ous", "ive", "al", "ic", "able", "less", "ish")

_DEMONYM_WORDS: Final = """
    afghan albanian algerian american angolan argentine argentinian armenian australian
    austrian azerbaijani bahraini bangladeshi belarusian belgian bolivian bosnian brazilian
    briton bulgarian burmese cambodian cameroonian canadian chadian chilean colombian
    congolese croatian cuban cypriot czech dominican ecuadorean ecuadorian egyptian
    emirati englishman eritrean estonian ethiopian european filipino frenchman georgian
    german ghanaian greek guatemalan haitian honduran hungarian icelander indian indonesian
    iranian iraqi irishman israeli italian ivorian jamaican jordanian kazakh kenyan korean
    kosovar kurd kuwaiti kyrgyz latvian lebanese liberian libyan lithuanian malaysian malian
    maltese mexican moldovan mongolian moroccan mozambican namibian nepali nigerian
    nigerien norwegian omani pakistani palestinian panamanian paraguayan peruvian pole
    portuguese qatari romanian russian rwandan saudi senegalese serb serbian
    singaporean slovak slovenian somali spaniard sudanese swede swiss syrian taiwanese
    tajik tanzanian thai tunisian turk ugandan ukrainian uruguayan uzbek venezuelan
    vietnamese welshman yemeni zambian zimbabwean alabamian alaskan arizonan arkansan
    californian coloradan floridian georgian hawaiian idahoan illinoisan indianan iowan
    kansan kentuckian louisianan marylander michigander minnesotan mississippian missourian
    montanan nebraskan nevadan ohioan oklahoman oregonian pennsylvanian texan
    utahn vermonter virginian washingtonian wisconsinite wyomingite
"""
#: peoples, nationalities and US state residents, singular and plural (lower case)
DEMONYMS: Final[frozenset[str]] = frozenset(
    word + plural for word in _DEMONYM_WORDS.split() for plural in ("", "s")
)
