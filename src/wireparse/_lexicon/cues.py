"""Words that introduce or attribute a quotation, for :mod:`wireparse.quotes`.

Sources: the ``verb`` column of the Gender Gap Tracker evaluation set (every verb
its annotators linked to a quote), the ``Cue`` spans of PolNeAR's wire subset
(train and dev only), and the AP Stylebook's advice that "said" is the neutral
attribution verb. Inflected forms are listed explicitly (no stemming), so what
is matched is exactly what is written here.

``CUE_VERBS`` are verbs whose subject is the speaker ("Khan said", "said Khan",
"Guterres urged both countries to ..."); the base forms that are more often
nouns ("claim", "report") are left out. ``WEAK_CUES`` count only right next to
the mark. ``STRONG_NAMING_CUES`` (in the four words before a quotation) and
``NAMING_NOUNS`` (right before it) make the quotation a name or a term, not a
statement ("named its operation", "translates to", "the slogan"). ``ADVERBS``
may stand between a speaker and the verb ("Guterres likewise urged", "he later
said").
"""

from __future__ import annotations

from typing import Final

_STEMS: Final[tuple[tuple[str, ...], ...]] = (
    ("say", "says", "said", "saying"),
    ("quote", "quoted"),
    ("scold", "scolds", "scolded"),
    ("sniff", "sniffs", "sniffed"),
    ("retort", "retorts", "retorted"),
    ("crow", "crows", "crowed"),
    ("wonder", "wonders", "wondered"),
    ("blurt", "blurts", "blurted"),
    ("snap", "snaps", "snapped"),
    ("fume", "fumes", "fumed"),
    ("gush", "gushes", "gushed"),
    ("rave", "raves", "raved"),
    ("marvel", "marvels", "marveled", "marvelled"),
    ("interject", "interjects", "interjected"),
    ("chime", "chimes", "chimed"),
    ("offer", "offers", "offered"),
    ("chuckle", "chuckles", "chuckled"),
    ("sob", "sobs", "sobbed"),
    ("grumble", "grumbles", "grumbled"),
    ("mutter", "mutters", "muttered"),
    ("scoff", "scoffs", "scoffed"),
    ("declare", "declares"),
    ("elaborate", "elaborates", "elaborated"),
    ("clarify", "clarifies", "clarified"),
    ("underline", "underlines", "underlined"),
    ("highlight", "highlights", "highlighted"),
    ("tell", "tells", "told", "telling"),
    ("add", "adds", "added", "adding"),
    ("write", "writes", "wrote", "writing"),
    ("tweet", "tweets", "tweeted", "tweeting"),
    ("post", "posts", "posted"),
    ("describe", "describes", "described", "describing"),
    ("call", "calls", "called", "calling"),
    ("urge", "urges", "urged", "urging"),
    ("pledge", "pledges", "pledged", "pledging"),
    ("state", "states", "stated"),
    ("explain", "explains", "explained", "explaining"),
    ("note", "notes", "noted", "noting"),
    ("ask", "asks", "asked", "asking"),
    ("reply", "replies", "replied"),
    ("answer", "answers", "answered"),
    ("argue", "argues", "argued", "arguing"),
    ("insist", "insists", "insisted", "insisting"),
    ("warn", "warns", "warned", "warning"),
    ("acknowledge", "acknowledges", "acknowledged"),
    ("admit", "admits", "admitted"),
    ("announce", "announces", "announced"),
    ("claim", "claims", "claimed", "claiming"),
    ("declare", "declares", "declared"),
    ("continue", "continues", "continued"),
    ("conclude", "concludes", "concluded"),
    ("joke", "jokes", "joked"),
    ("quip", "quips", "quipped"),
    ("recall", "recalls", "recalled"),
    ("suggest", "suggests", "suggested"),
    ("testify", "testifies", "testified"),
    ("confirm", "confirms", "confirmed"),
    ("concede", "concedes", "conceded"),
    ("counter", "counters", "countered"),
    ("caution", "cautions", "cautioned"),
    ("complain", "complains", "complained"),
    ("emphasize", "emphasizes", "emphasized", "emphasise", "emphasises", "emphasised"),
    ("stress", "stresses", "stressed"),
    ("observe", "observes", "observed"),
    ("remark", "remarks", "remarked"),
    ("respond", "responds", "responded"),
    ("shout", "shouts", "shouted"),
    ("yell", "yells", "yelled"),
    ("cry", "cries", "cried"),
    ("whisper", "whispers", "whispered"),
    ("predict", "predicts", "predicted"),
    ("promise", "promises", "promised"),
    ("vow", "vows", "vowed"),
    ("text", "texts", "texted"),
    ("email", "emails", "emailed"),
    ("report", "reports", "reported"),
    ("estimate", "estimates", "estimated"),
    ("comment", "comments", "commented"),
    ("boast", "boasts", "boasted"),
    ("lament", "laments", "lamented"),
    ("demand", "demands", "demanded"),
    ("charge", "charges", "charged"),
    ("allege", "alleges", "alleged"),
    ("repeat", "repeats", "repeated"),
    ("reiterate", "reiterates", "reiterated"),
    ("mention", "mentions", "mentioned"),
    ("write", "wrote"),
    ("read", "reads"),
    ("begin", "begins", "began"),
    ("order", "orders", "ordered"),
    ("deny", "denies", "denied"),
    ("accuse", "accuses", "accused"),
    ("praise", "praises", "praised"),
    ("criticize", "criticizes", "criticized", "criticise", "criticises", "criticised"),
    ("blame", "blames", "blamed"),
    ("dismiss", "dismisses", "dismissed"),
    ("thank", "thanks", "thanked"),
    ("tout", "touts", "touted"),
    ("hail", "hails", "hailed"),
    ("welcome", "welcomes", "welcomed"),
    ("condemn", "condemns", "condemned"),
    ("vow", "vowed"),
    ("believe", "believes", "believed"),
    ("think", "thinks", "thought"),
    ("feel", "feels", "felt"),
    ("hope", "hopes", "hoped"),
    ("worry", "worries", "worried"),
    ("agree", "agrees", "agreed"),
    ("point", "points", "pointed"),
    ("put", "puts"),
    ("tell", "told"),
    ("assert", "asserts", "asserted"),
    ("maintain", "maintains", "maintained"),
    ("contend", "contends", "contended"),
    ("concur", "concurs", "concurred"),
    ("advise", "advises", "advised"),
    ("appeal", "appeals", "appealed"),
    ("implore", "implores", "implored"),
    ("beg", "begs", "begged"),
    ("plead", "pleads", "pleaded"),
    ("sigh", "sighs", "sighed"),
    ("laugh", "laughs", "laughed"),
    ("exclaim", "exclaims", "exclaimed"),
    ("muse", "muses", "mused"),
    ("chant", "chants", "chanted"),
    ("sing", "sings", "sang"),
    ("share", "shares", "shared"),
    ("reveal", "reveals", "revealed"),
    ("disclose", "discloses", "disclosed"),
    ("indicate", "indicates", "indicated"),
    ("signal", "signals", "signaled", "signalled"),
    ("label", "labels", "labeled", "labelled"),
    ("brand", "brands", "branded"),
    ("term", "terms", "termed"),
)

#: base forms kept: the others ("claim", "report", "note", "call") are nouns more often
_BASE_FORMS: Final[frozenset[str]] = frozenset(
    {
        "shout",  # "heard students shout, “Build that wall!”"
        "chant",
        "yell",
        "say",
        "tell",
        "add",
        "write",
        "explain",
        "ask",
        "insist",
        "argue",
        "warn",
        "urge",
        "agree",
        "believe",
        "think",
        "acknowledge",
        "admit",
        "suggest",
        "predict",
        "recall",
    }
)

#: every inflected cue verb form (lower case)
CUE_VERBS: Final[frozenset[str]] = frozenset(
    form for forms in _STEMS for form in (forms[1:] if forms[0] not in _BASE_FORMS else forms)
)

#: cues that only count on the right of a quote or right before its mark,
#: because alone they are too often not about speech ("put", "read", "began")
WEAK_CUES: Final[frozenset[str]] = frozenset(
    {
        "put",
        "puts",
        "read",
        "reads",
        "begin",
        "begins",
        "began",
        "feel",
        "feels",
        "felt",
        "hope",
        "hopes",
        "hoped",
        "order",
        "orders",
        "ordered",
        "share",
        "shares",
        "shared",
        "point",
        "points",
        "pointed",
        "post",
        "posts",
        "posted",
        "state",
        "states",
        "report",
        "reports",
        "text",
        "texts",
        "continue",
        "continues",
    }
)

#: "according to X" counts as a cue
ACCORDING_TO: Final = "according to"

#: words that, right before a mark, always make the quotation a term
STRONG_NAMING_CUES: Final[frozenset[str]] = frozenset(
    {
        "named",
        "dubbed",
        "titled",
        "entitled",
        "nicknamed",
        "christened",
        "so-called",
        "translates",
        "translated",
        "slogan",
        "slogans",
        "hashtag",
        "motto",
        "renamed",
        "billed",
        "emblazoned",
        "stamped",
        "trademark",
    }
)

#: adverbs and auxiliaries that may stand between a speaker and the verb
ADVERBS: Final[frozenset[str]] = frozenset(
    {
        "also",
        "likewise",
        "later",
        "earlier",
        "then",
        "previously",
        "recently",
        "once",
        "often",
        "has",
        "have",
        "had",
        "was",
        "is",
        "were",
        "are",
        "would",
        "will",
        "could",
        "further",
        "separately",
        "publicly",
        "repeatedly",
        "again",
        "simply",
        "flatly",
        "quickly",
        "only",
        "still",
        "frequently",
        "privately",
        "openly",
        "bluntly",
        "reportedly",
        "initially",
        "first",
        "finally",
        "famously",
        "even",
        "similarly",
        "already",
        "just",
        "personally",
        "himself",
        "herself",
        "itself",
        "did",
        "does",
        "do",
        "not",
        "never",
        "been",
    }
)

#: nouns right before a quotation that make it a name ('its operation "..."')
NAMING_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "operation",
        "slogan",
        "hashtag",
        "motto",
        "song",
        "album",
        "film",
        "movie",
        "book",
        "novel",
        "show",
        "series",
        "headline",
        "banner",
        "banners",
        "sign",
        "signs",
        "reading",
        "word",
        "words",
        "phrase",
        "term",
    }
)

#: verbs that show a name right before them stands as a subject ("Scheer found
#: it concerning", "Mulder didn't hesitate"), besides any word ending in -s or -ed;
#: used to tell which person "he" or "she" refers to. Auxiliaries and common
#: irregular past forms, from the Gender Gap Tracker errors.
SUBJECT_VERBS: Final[frozenset[str]] = frozenset(
    {
        "did", "didn’t", "didn't", "does", "doesn’t", "doesn't", "has", "had", "is",
        "was", "will", "would", "can", "could", "may", "might", "must", "should",
        "wasn’t", "wasn't", "won’t", "won't", "also", "found", "told", "took", "made",
        "went", "gave", "got", "saw", "thought", "knew", "felt", "wrote", "spoke", "left",
        "came", "became", "began", "kept", "held", "brought", "led", "met", "ran", "won",
        "lost", "sent", "spent", "put",
    }
)

#: verbs after a one-word name that make it a person who speaks ("Yuni said")
SPEAKING_VERBS: Final[frozenset[str]] = frozenset(
    {"said", "says", "told", "tells", "added", "adds", "explained", "asked", "recalled"}
)

#: verbs that introduce reported speech without quotation marks: "X said (that) ...",
#: "..., X said." From the ``verb`` column of the Gender Gap Tracker set (indirect
#: quotes) and PolNeAR's train and dev cues; weak verbs ("put", "read") left out.
INDIRECT_CUES: Final[frozenset[str]] = frozenset(
    {
        "said", "says", "say", "told", "tells", "added", "adds", "explained", "explains",
        "explain", "argued", "argues", "argue", "noted", "notes", "warned", "warns", "warn",
        "insisted", "insists", "insist", "acknowledged", "acknowledges", "stressed",
        "stresses", "claimed", "claims", "admitted", "admits", "announced", "announces",
        "wrote", "writes", "confirmed", "confirms", "believes", "believed", "thinks",
        "suggested", "suggests", "recalled", "recalls", "confessed", "predicted", "predicts",
        "estimated", "estimates", "contended", "contends", "maintained", "maintains",
        "reported", "report", "alleged", "alleges", "testified", "testifies",
    }
)  # fmt: skip

#: words between a subject and its reporting verb ("Elizabeth May has said",
#: "he previously testified")
AUXILIARIES: Final[frozenset[str]] = frozenset(
    {"has", "have", "had", "also", "later", "earlier", "previously", "again", "then",
     "repeatedly", "reportedly", "once", "often", "still", "even", "would"}
)  # fmt: skip

#: first words of a clause before ", X said" that make it not a statement
#: ("Despite the distrust she sometimes feels, she said ...", "Asked what ..., he said")
NOT_STATEMENT_OPENERS: Final[frozenset[str]] = frozenset(
    {"despite", "asked", "when", "if", "although", "though", "while", "as", "after",
     "before", "because", "since", "unlike", "like", "speaking", "responding"}
)  # fmt: skip

#: words that may open what follows an attribution that ends a sentence ("..., she
#: said in a statement", "..., he said as he left")
ATTRIBUTION_TAIL: Final[frozenset[str]] = frozenset(
    {"in", "on", "at", "during", "according", "after", "before", "when", "while", "as",
     "by", "from", "to", "with"}
)  # fmt: skip

#: time words right after such an attribution ("..., he said Tuesday", "..., she said
#: last week in Ottawa"); after them only a comma, the end or an ATTRIBUTION_TAIL word
ATTRIBUTION_TIMES: Final[frozenset[str]] = frozenset(
    {"this", "last", "week", "month", "year", "today", "yesterday", "earlier", "later",
     "late", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)  # fmt: skip
