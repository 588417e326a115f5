"""Words that introduce or attribute a quotation, for :mod:`wireparse.quotes`.

Sources: the ``verb`` column of the Gender Gap Tracker evaluation set (every verb
its annotators linked to a quote), the ``Cue`` spans of PolNeAR's wire subset
(train and dev only), and the AP Stylebook's advice that "said" is the neutral
attribution verb. Inflected forms are listed explicitly (no stemming), so what
is matched is exactly what is written here.

``VERBS`` is the one table of verbs: each row holds verb forms and the uses they
have. Every word list and prefilter of the quote engine that is about verbs is
built from it (``wireparse.quotes.verbs``), so adding a speech verb is one row.
The uses:

``direct``
    a verb whose subject is the speaker of a quotation ("Khan said", "said
    Khan", "Guterres urged both countries to ..."); the base forms that are more
    often nouns ("claim", "report", "note", "call") are left out. A verb of
    speaking or judging has its participle too ("..., declaring it “...”",
    "praising Doe as “...”"), except where the participle mostly means something
    else ("admitting" students, "denying" visas, "demanding", "responding",
    "dismissing" a case).
``weak``
    a ``direct`` cue that counts only on the right of a quote or right before
    its mark, because alone it is too often not about speech ("put", "began").
``indirect``
    introduces reported speech without quotation marks: "X said (that) ...",
    "..., X said." (from the Gender Gap Tracker's indirect quotes and PolNeAR's
    cues; weak verbs left out).
``reports``
    after a name, or after "He" / "She" opening a sentence, makes that person
    the one reported as speaking ("Tim Guest with the health authority says").
``speaking``
    after a one-word name, makes it a person who speaks ("Yuni said").
``subject``
    shows that a name right before it stands as a subject ("Scheer found it
    concerning", "Mulder didn't hesitate"), besides any word ending in -s or -ed;
    auxiliaries and common irregular past forms, from the Gender Gap Tracker errors.
``pair``
    after two names joined by "and", makes the pair a subject ("Tore Sohlberg
    and Lehla Abreder said").
``cry``
    a chant, a shout or a song: the words are the crowd's that cries them out
    ("thousands of demonstrators stood outside, shouting “...”").

``STRONG_NAMING_CUES`` (in the four words before a quotation) and
``NAMING_NOUNS`` (right before it) make the quotation a name or a term, not a
statement ("named its operation", "translates to", "the slogan"). ``ADVERBS``
may stand between a speaker and the verb ("Guterres likewise urged", "he later
said").
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

#: the uses a verb form may have (see above)
USES: Final = ("direct", "weak", "indirect", "reports", "speaking", "subject", "pair", "cry")

#: every verb form and its uses: (forms, uses), each a string of words
VERBS: Final[tuple[tuple[str, str], ...]] = (
    # forms                                     uses
    ('say',                                     'direct indirect pair'),
    ('says said',                               'direct indirect speaking reports pair'),
    ('saying',                                  'direct'),
    ('quoted',                                  'direct'),
    ('scolds scolded',                          'direct'),
    ('sniffs sniffed',                          'direct'),
    ('retorts retorted',                        'direct'),
    ('crows crowed',                            'direct'),
    ('wonders wondered',                        'direct'),
    ('blurts blurted',                          'direct'),
    ('snaps snapped',                           'direct'),
    ('fumes fumed',                             'direct'),
    ('gushes gushed',                           'direct'),
    ('raves raved',                             'direct'),
    ('marvels marveled marvelled',              'direct'),
    ('interjects interjected',                  'direct'),
    ('chimes chimed',                           'direct'),
    ('offers offered',                          'direct'),
    ('chuckles chuckled',                       'direct'),
    ('sobs sobbed',                             'direct'),
    ('grumbles grumbled',                       'direct'),
    ('mutters muttered',                        'direct'),
    ('scoffs scoffed',                          'direct'),
    ('grouses groused',                         'direct'),
    ('barks barked',                            'direct'),
    ('recounts recounted',                      'direct'),
    ('prods prodded',                           'direct'),
    ('proclaims proclaimed proclaiming',        'direct'),
    ('declares declared declaring',             'direct'),
    ('elaborates elaborated',                   'direct'),
    ('clarifies clarified',                     'direct'),
    ('underlines underlined',                   'direct'),
    ('highlights highlighted',                  'direct'),
    ('tell telling',                            'direct'),
    ('tells',                                   'direct indirect speaking'),
    ('told',                                    'direct indirect speaking subject pair'),
    ('add adding',                              'direct'),
    ('adds',                                    'direct indirect speaking reports'),
    ('added',                                   'direct indirect speaking reports pair'),
    ('write writing',                           'direct'),
    ('writes',                                  'direct indirect'),
    ('wrote',                                   'direct indirect subject'),
    ('tweets tweeted tweeting',                 'direct'),
    ('posts posted',                            'direct weak'),
    ('describes described describing',          'direct'),
    ('calls called calling',                    'direct'),
    ('urge urges urged urging',                 'direct'),
    ('pledges pledged pledging',                'direct'),
    ('states',                                  'direct weak'),
    ('stated',                                  'direct'),
    ('explain',                                 'direct indirect'),
    ('explains',                                'direct indirect reports'),
    ('explained',                               'direct indirect speaking reports'),
    ('explaining',                              'direct'),
    ('notes noted',                             'direct indirect reports'),
    ('noting',                                  'direct'),
    ('ask asks asking',                         'direct'),
    ('asked',                                   'direct speaking'),
    ('replies replied replying',                'direct'),
    ('answers answered',                        'direct'),
    ('argue',                                   'direct indirect'),
    ('argues argued',                           'direct indirect reports'),
    ('arguing',                                 'direct'),
    ('insist insists insisted',                 'direct indirect'),
    ('insisting',                               'direct'),
    ('warn warns warned',                       'direct indirect'),
    ('warning',                                 'direct'),
    ('acknowledge acknowledging',               'direct'),
    ('acknowledges acknowledged',               'direct indirect'),
    ('admit',                                   'direct'),
    ('admits admitted',                         'direct indirect'),
    ('announces announced',                     'direct indirect'),
    ('announcing',                              'direct'),
    ('claims claimed',                          'direct indirect'),
    ('claiming',                                'direct'),
    ('continues',                               'direct weak'),
    ('continued',                               'direct'),
    ('concludes concluded',                     'direct'),
    ('jokes joked joking',                      'direct'),
    ('quips quipped quipping',                  'direct'),
    ('recall recalling',                        'direct'),
    ('recalls',                                 'direct indirect'),
    ('recalled',                                'direct indirect speaking'),
    ('suggest',                                 'direct'),
    ('suggests suggested',                      'direct indirect'),
    ('testifies testified',                     'direct indirect'),
    ('confirms confirmed',                      'direct indirect'),
    ('confirming',                              'direct'),
    ('concedes conceded conceding',             'direct'),
    ('counters countered',                      'direct'),
    ('cautions cautioned cautioning',           'direct'),
    ('complains complained complaining',        'direct'),
    ('emphasizes emphasized emphasise emphasises emphasised emphasizing','direct'),
    ('stresses stressed',                       'direct indirect'),
    ('stressing',                               'direct'),
    ('observes observed',                       'direct'),
    ('remarks remarked remarking',              'direct'),
    ('responds responded',                      'direct'),
    ('shout shouts shouted',                    'direct cry'),
    ('yell yells yelled',                       'direct cry'),
    ('cries cried',                             'direct'),
    ('whispers whispered',                      'direct'),
    ('predict predicting',                      'direct'),
    ('predicts predicted',                      'direct indirect'),
    ('promises promised promising',             'direct'),
    ('vows vowed vowing',                       'direct'),
    ('texts',                                   'direct weak'),
    ('texted',                                  'direct'),
    ('emails emailed',                          'direct'),
    ('report',                                  'indirect'),
    ('reports',                                 'direct weak'),
    ('reported',                                'direct indirect'),
    ('estimates estimated',                     'direct indirect'),
    ('comments commented',                      'direct'),
    ('boasts boasted boasting',                 'direct'),
    ('laments lamented lamenting',              'direct'),
    ('demands demanded',                        'direct'),
    ('charges charged',                         'direct'),
    ('alleges alleged',                         'direct indirect'),
    ('alleging',                                'direct'),
    ('repeats repeated repeating',              'direct'),
    ('reiterates reiterated reiterating',       'direct'),
    ('mentions mentioned',                      'direct'),
    ('read reads',                              'direct weak'),
    ('begins',                                  'direct weak'),
    ('began',                                   'direct weak subject'),
    ('orders ordered',                          'direct weak'),
    ('denies denied',                           'direct'),
    ('accuses accused accusing',                'direct'),
    ('praises praised praising',                'direct'),
    ('commends commended',                      'direct'),
    ('criticizes criticized criticise criticises criticised criticizing','direct'),
    ('blames blamed blaming',                   'direct'),
    ('dismisses dismissed',                     'direct'),
    ('thanks thanked',                          'direct'),
    ('touts touted touting',                    'direct'),
    ('hails hailed hailing',                    'direct'),
    ('welcomes welcomed',                       'direct'),
    ('condemns condemned condemning',           'direct'),
    ('believe',                                 'direct'),
    ('believes believed',                       'direct indirect'),
    ('think',                                   'direct'),
    ('thinks',                                  'direct indirect'),
    ('thought',                                 'direct subject'),
    ('feels',                                   'direct weak'),
    ('felt',                                    'direct weak subject'),
    ('hopes hoped',                             'direct weak'),
    ('worries worried',                         'direct'),
    ('agree agrees agreed',                     'direct'),
    ('points pointed',                          'direct weak'),
    ('put',                                     'direct weak subject'),
    ('radios radioed',                          'direct weak'),
    ('puts',                                    'direct weak'),
    ('asserts asserted asserting',              'direct'),
    ('maintains maintained',                    'direct indirect'),
    ('contends contended',                      'direct indirect'),
    ('contending',                              'direct'),
    ('concurs concurred',                       'direct'),
    ('advises advised',                         'direct'),
    ('appeals appealed',                        'direct'),
    ('implores implored',                       'direct'),
    ('begs begged',                             'direct'),
    ('pleads pleaded',                          'direct'),
    ('sighs sighed',                            'direct'),
    ('laughs laughed',                          'direct'),
    ('exclaims exclaimed',                      'direct'),
    ('muses mused',                             'direct'),
    ('chant chants chanted',                    'direct cry'),
    ('sings sang',                              'direct cry'),
    ('chanting shouting yelling singing',       'cry'),
    ('shares shared',                           'direct weak'),
    ('reveals revealed',                        'direct'),
    ('discloses disclosed',                     'direct'),
    ('indicates indicated',                     'direct'),
    ('signals signaled signalled',              'direct'),
    ('labels labeled labelled labeling labelling','direct'),
    ('brands branded',                          'direct'),
    ('terms termed',                            'direct'),
    ('confessed',                               'indirect'),
    ('have are were',                           'pair'),
    ('had',                                     'subject pair'),
    ("also became brought came can could did didn't didn’t does",'subject'),
    ("doesn't doesn’t found gave got has held is kept knew led",'subject'),
    ('left lost made may met might must ran saw sent should','subject'),
    ("spent spoke took was wasn't wasn’t went will won won't",'subject'),
    ('won’t would',                             'subject'),
)  # fmt: skip


def verbs_with(use: str, table: Iterable[tuple[str, str]] = VERBS) -> frozenset[str]:
    """The verb forms of ``table`` that have ``use``.

    >>> sorted(verbs_with("pair"))
    ['added', 'are', 'had', 'have', 'said', 'say', 'says', 'told', 'were']
    """
    if use not in USES:
        raise ValueError(f"unknown verb use {use!r}: one of {', '.join(USES)}")
    return frozenset(form for forms, uses in table if use in uses.split() for form in forms.split())


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

#: a time phrase between a subject and its cue ("Esper earlier this week called"): the
#: words before the noun, and the nouns
TIME_PHRASE_OPENERS: Final[frozenset[str]] = frozenset({"this", "last", "next"})
#: what makes a capitalized word opening a sentence a time phrase ("Hours later, ...")
TIME_PHRASE_ENDS: Final[frozenset[str]] = frozenset({"later", "earlier", "ago"})
TIME_PHRASE_NOUNS: Final[frozenset[str]] = frozenset(
    {"week", "month", "year", "morning", "afternoon", "evening", "night", "weekend", "spring",
     "summer", "fall", "autumn", "winter", "time"}
)  # fmt: skip

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
