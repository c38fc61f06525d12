"""Every setting is documented and settable from the environment."""
from __future__ import annotations

from dataclasses import fields

from dyads.settings import SETTINGS, Settings, load_settings


def test_every_setting_has_help_and_matches_the_dataclass():
    assert [s.name for s in SETTINGS] == [f.name for f in fields(Settings)]
    for setting in SETTINGS:
        assert len(setting.help) > 10
        assert getattr(Settings(), setting.name) == setting.default


def test_environment_overrides_defaults(monkeypatch):
    monkeypatch.setenv("DYADS_BATCH_SIZE", "7")
    monkeypatch.setenv("DYADS_SPACY_MODEL", "my_model")
    s = load_settings()
    assert (s.batch_size, s.spacy_model) == (7, "my_model")
    assert load_settings(batch_size=3).batch_size == 3


def test_every_setting_is_documented_in_the_readme():
    from pathlib import Path
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text()
    for setting in SETTINGS:
        assert f"`{setting.name}`" in readme and f"DYADS_{setting.name.upper()}" in readme
