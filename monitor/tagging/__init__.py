"""Reads places, organisations and people out of news text.

Places roll up to their country and regions ("Guayaquil" -> Ecuador -> South America ->
Latin America); organisations and people are reported under one canonical name
whatever alias the text used. Everything runs on bundled data files: no network, no
gazetteer package at run time.
"""

from monitor.tagging.tagger import Tagger, get_tagger

__all__ = ["Tagger", "get_tagger"]
