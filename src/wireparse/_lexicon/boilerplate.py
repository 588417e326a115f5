"""Page debris and content notes that wire copy carries: the phrases, by kind.

Where the entries come from: every phrase below was seen in ../shared/corpus,
mostly in the AllSides article-bias set (newspaper3k's text of apnews.com,
reuters.com, bloomberg.com, cnn.com and of other outlets that ran AP or Reuters
copy), found by counting the short paragraphs that repeat across articles
(``python -m evaluation.eval_boilerplate --discover`` prints that count). The
seed article's comment box, the Reuters page chrome kept in
``web_extraction_fixtures/trafilatura/reuters.com.parasite.html`` ("Our
Standards: The Thomson Reuters Trust Principles.") and the usual reuters.com
sign-up prompt ("Register now for FREE unlimited access to Reuters.com") are
included too.

Matching is done by :mod:`wireparse.boilerplate`, case-insensitively, on one
paragraph unit at a time, never inside running text:

* ``WHOLE_UNIT`` phrases must be the whole paragraph (trailing ``.``/``:`` and
  spaces aside): ``"ADVERTISEMENT"`` alone is debris, the word inside a
  sentence is not.
* ``UNIT_START`` phrases must open the paragraph, and the paragraph must be
  short (see ``wireparse.boilerplate``): ``"Sign up for Daily Newsletters"``.

The kinds are documented in ``docs/boilerplate.md``.
"""

from __future__ import annotations

from typing import Final

#: kind -> phrases that make up a whole paragraph unit.
WHOLE_UNIT: Final[dict[str, tuple[str, ...]]] = {
    # apnews.com, Yahoo, Salon, Politico, USA Today page furniture
    "ad": (
        "ADVERTISEMENT",
        "Advertisement",
        "Story continues",
        "Story Continued Below",
        "Continue Reading Below",
        "Article continues below",
        "Sponsored",
    ),
    # Washington Times, CBN sign-up boxes
    "newsletter": (
        "Sign up for Daily Newsletters Manage Newsletters",
        "Sign up for Daily Newsletters",
        "Manage Newsletters",
    ),
    # bloomberg.com share bar without the audio player
    "share": (
        "SHARE THIS ARTICLE Share Tweet Post Email",
        "Share Tweet Post Email",
        "Share this:",
        "Share this article",
    ),
    # cnn.com and bloomberg.com link blocks
    "related": (
        "Read More",
        "Also see",
        "Most Read from Bloomberg",
        "Related",
        "Related Coverage",
        "Related Stories",
        "Online",
        "Get More",
    ),
    # USA Today video player
    "media": ("CLOSE", "Replay More Videos"),
    # reuters.com trust badge (web_extraction_fixtures/trafilatura)
    "disclaimer": ("Our Standards: The Thomson Reuters Trust Principles",),
    # comment forms: the seed, and WordPress-style pages
    "comments": (
        "Comments",
        "Leave a Comment",
        "Leave a Reply",
        "Post a Comment",
        "Join the Conversation",
        "Your email address will not be published. Required fields are marked *",
    ),
}

#: kind -> phrases that open a (short) paragraph unit.
UNIT_START: Final[dict[str, tuple[str, ...]]] = {
    "newsletter": (
        "Sign up for ",
        "Sign up here",
        "Subscribe now",
        "Subscribe to our ",
        "Get Early Returns every morning in your inbox",
    ),
    "related": (
        # AP's topic hub links ("Full Coverage: Virus Outbreak")
        "Full Coverage:",
        # "Follow AP's coverage of ... at https://apnews.com/hub/..." ("Follow AP on
        # Twitter" lines are matched as social first)
        "Follow AP's ",
        "Follow AP’s ",
        "Follow AP ",
        "Follow all of AP's",
        "Follow all of AP’s",
        "Find AP Fact Checks at",
        "See AP's complete coverage",
        "See AP’s complete coverage",
        "Read more stories on ",
        "Catch up on the 2020 election campaign with AP experts",
        # bloomberg.com links
        "Read more:",
        "Read more about ",
        "Read more on ",
        "Read more for ",
        "Read more in ",
        "Read more from Bloomberg",
        "Terminal users can read",
        "Terminal customers can read",
        "Explore what’s moving the global economy",
        "Explore what's moving the global economy",
        # reuters.com: "Related Coverage" glued to the one headline it links to
        "Related Coverage ",
        # reuters.com and cnn.com boxes of links to coverage and interactives ("Related
        # content Methodology and Q&A: ...", "Explore the interactive Gerrymandering in
        # Greensboro", "Complete coverage of the 2014 midterm elections")
        "Related content ",
        "Explore the interactive ",
        "Complete coverage of ",
        # bloomberg.com links to other stories, and their charts' link lines
        "Earlier:",
        "Related:",
        "Read:",
        "QuickTake:",
        "QuickTake ",
        "Chart:",
        # cnn.com opinion links
        "(En español)",
        "Read CNNOpinion's",
        "Read CNNOpinion’s",
        "- Check out the CNN Electoral Map",
    ),
    "social": (
        "Join us on Facebook",
        "Like us on Facebook",
    ),
    "terms": (
        "By participating in online discussions",
        "Register now for FREE unlimited access to Reuters.com",
        "Register now for free unlimited access",
        "By using this site",
        "Click here for reprint permission",
    ),
    "disclaimer": (
        "This column does not necessarily reflect the opinion",
        "The Associated Press receives support",
        "The Associated Press Health and Science Department receives support",
        "Associated Press religion coverage receives support",
        "The Associated Press education team receives support",
        "Our Standards:",
    ),
    "contact": (
        "To contact the author",
        "To contact the reporter",
        "To contact the editor",
        "To contact the senior editor",
        "Contact AP's Global Investigative Team",
        "Contact AP’s Global Investigative Team",
        "Contact the reporters on Twitter",
        "Contact the reporter on Twitter",
        "Have a tip? Contact",
    ),
    "media": (
        "Your browser does not support the iframe HTML tag",
        "Enlarge this image toggle caption",
        "Click through the gallery",
    ),
    "correction": (
        "This story has been corrected",
        "This story has been updated",
        "This article has been corrected",
        "This article has been updated",
        "An earlier version of this story",
        "An earlier version of this article",
        "Correction:",
        "CORRECTION:",
        # reuters.com notes at the top or bottom of a story, in parentheses
        "(This version of ",
        "(This story ",
        "(Corrects ",
        "(Updates ",
        "(Refiles ",
        "(Repeats ",
        "(Removes ",
        "(Fixes ",
        "(Adds ",
    ),
    "editors_note": (
        "Editor's note",
        "Editor’s note",
        "Editors' note",
        "Editors’ note",
        # reuters.com warnings
        "(Language in ",
        "(Advisory:",
    ),
    "highlights": ("Story highlights",),
    # cnn.com reader call-outs
    "comments": (
        "Have you been affected?",
        "Are you there? Send your images",
        "Share your photos and stories",
    ),
}

#: The verbs of a video's one-line summary under its player (bloomberg.com: "Navarro
#: discusses U.S. tariffs on Mexico and tensions with China."): present tense, where a
#: story's own sentences are in the past. "speaks" and "talks" are left out: photo
#: captions use them ("Trump speaks with reporters ...").
VIDEO_VERBS: Final[tuple[str, ...]] = (
    "discusses",
    "explains",
    "examines",
    "breaks down",
    "weighs in on",
)

#: The verbs of a link's call to act, after "To ... " ("To read more about X, click here").
LINK_VERBS: Final[tuple[str, ...]] = (
    "view",
    "see",
    "read",
    "watch",
    "listen",
    "learn",
    "find out",
)
