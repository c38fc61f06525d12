"""dyads: news text to political event data, coded in PLOVER/CAMEO and aggregated into dyads."""

__version__ = "0.1.0"
