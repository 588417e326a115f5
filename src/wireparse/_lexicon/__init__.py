"""Word lists and gazetteers as documented data, each word in one module.

``agencies`` (news agencies and every spelling), ``credits`` (photo credits),
``places`` (states, provinces, countries, cities), ``names`` (name particles,
abbreviations, words that are never names), ``roles`` (byline organizations,
titles, credit verbs), ``titles`` (speaker titles and nouns), ``cues`` (speech
verbs), ``boilerplate`` (page-debris phrases). Each module states where its
entries come from. Parsers build their regexes from these lists at import time,
so a list can grow without touching a pattern.
"""
