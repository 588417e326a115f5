"""Words that introduce or attribute a quotation, for :mod:`wireparse.quotes`.

Sources: the ``verb`` column of the Gender Gap Tracker evaluation set (every verb
its annotators linked to a quote), the ``Cue`` spans of PolNeAR's wire subset
(train and dev only), and the AP Stylebook's advice that "said" is the neutral
attribution verb. Inflected forms are listed explicitly (no stemming), so what
is matched is exactly what is written here.

``CUE_VERBS`` are verbs whose subject is the speaker ("Khan said", "said Khan",
"Guterres urged both countries to ..."). ``NAMING_CUES`` are words that, right
before a quotation, make it a name or a term rather than a statement ("named its
operation", "known as", "translates to"). ``ADVERBS`` may stand between a
speaker and the verb ("Guterres likewise urged", "he later said").
"""

from __future__ import annotations

from typing import Final

_STEMS: Final[tuple[tuple[str, ...], ...]] = (
    ("say", "says", "said", "saying"),
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
    {"say", "tell", "add", "write", "explain", "ask", "insist", "argue", "warn", "urge",
     "agree", "believe", "think", "acknowledge", "admit", "suggest", "predict", "recall"}
)

#: every inflected cue verb form (lower case)
CUE_VERBS: Final[frozenset[str]] = frozenset(
    form for forms in _STEMS for form in (forms[1:] if forms[0] not in _BASE_FORMS else forms)
)

#: cues that only count on the right of a quote or right before its mark,
#: because alone they are too often not about speech ("put", "read", "began")
WEAK_CUES: Final[frozenset[str]] = frozenset(
    {"put", "puts", "read", "reads", "begin", "begins", "began", "feel", "feels", "felt",
     "hope", "hopes", "hoped", "order", "orders", "ordered", "share", "shares", "shared",
     "point", "points", "pointed", "post", "posts", "posted", "state", "states", "report",
     "reports", "text", "texts", "continue", "continues"}
)

#: "according to X" counts as a cue
ACCORDING_TO: Final = "according to"

#: words right before a quotation that make it a name or a term, not a statement
NAMING_CUES: Final[frozenset[str]] = frozenset(
    {
        "named", "dubbed", "titled", "entitled", "nicknamed", "christened", "known",
        "so-called", "translates", "translated", "meaning", "means", "word", "words",
        "phrase", "term", "slogan", "slogans", "hashtag", "banner", "banners", "sign",
        "signs", "reading", "read", "motto", "headline", "headlined", "song", "album",
        "film", "movie", "book", "show", "series", "novel", "play", "poem", "operation",
        "campaign", "program", "programme", "project", "initiative", "policy", "label",
        "labelled", "labeled", "branded", "marked", "stamped", "emblazoned", "chanting",
        "chanted", "chants", "shouting", "trademark", "brand", "category", "award",
        "nickname", "name", "named", "renamed", "billed", "as", "the", "a", "an",
        "their", "his", "her", "its", "our", "of",
    }
)

#: words that, right before a mark, always make the quotation a term
STRONG_NAMING_CUES: Final[frozenset[str]] = frozenset(
    {
        "named", "dubbed", "titled", "entitled", "nicknamed", "christened", "so-called",
        "translates", "translated", "slogan", "slogans", "hashtag", "motto", "renamed",
        "billed", "emblazoned", "stamped", "trademark",
    }
)

#: adverbs and auxiliaries that may stand between a speaker and the verb
ADVERBS: Final[frozenset[str]] = frozenset(
    {
        "also", "likewise", "later", "earlier", "then", "previously", "recently", "once",
        "often", "has", "have", "had", "was", "is", "were", "are", "would", "will", "could",
        "further", "separately", "publicly", "repeatedly", "again", "simply", "flatly",
        "quickly", "only", "still", "frequently", "privately", "openly", "bluntly",
        "reportedly", "initially", "first", "finally", "famously", "even", "similarly",
        "already", "just", "personally", "himself", "herself", "itself", "did", "does",
        "do", "not", "never", "has", "also", "later", "been",
    }
)
