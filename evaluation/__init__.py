"""Evaluation scripts and corpus readers; they read ../shared/corpus at run time."""
