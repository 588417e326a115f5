"""``python -m wireparse``: the command-line interface."""

from wireparse.cli import main_exit

main_exit()
