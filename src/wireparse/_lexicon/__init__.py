"""Word lists and gazetteers as documented data.

Each module states where its entries come from. Parsers build their regexes
from these lists at import time, so a list can grow without touching a pattern.
"""
