"""dyads: news text to political event data, coded in PLOVER/CAMEO and aggregated into dyads.

The Python API (`dyads.public`): `dyads.code(text, date=...)` returns the events coded in a text;
`dyads.open(path)` returns a `Database` whose methods (`events`, `dyad`, `summary`, `top_actors`,
`event`) return pandas DataFrames. They are imported on first use, so `import dyads` stays light.
"""

__version__ = "0.1.0"

_PUBLIC = ("code", "open", "Database")


def __getattr__(name: str):
    if name in _PUBLIC:
        from dyads import public

        return getattr(public, name)
    raise AttributeError(f"module 'dyads' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *_PUBLIC])
