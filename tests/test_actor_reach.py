"""Actor-name lookups: runs of words are looked up only as long as a name their first word starts may be."""
from dyads.actors import names, tables


def test_actor_run_reach_bounds_lookups_without_changing_hits():
    idx = tables.index()
    # no key starts with a made-up word, nor does it begin a one-word sector key: only the word itself is looked up
    assert idx.reach("Zzqxv") == 1
    # a name of several words reaches as far as its longest key
    spaces = [k.count(" ") for k in [*idx.exact, *idx.folded, *idx.sectors] if k.split(" ")[0] in ("United", "united")]
    assert idx.reach("United") == 1 + max(1, *spaces) >= 2
    assert len(idx.reaches) <= tables.REACHES_MAX + 1
    words = [tables.Word(w) for w in "the United States and Zzqxv army officials".split()]
    bounded = names.match(words, idx)
    unbounded, i = [], 0
    texts = [w.text for w in words]
    while i < len(words):  # every run up to the longest name length, as before the bound
        hit = names._hit_at(words, texts, i, idx, bounded=False)
        if hit is None or names._inside_longer_name(hit, words):
            i += 1
            continue
        unbounded.append(hit)
        i = hit.j
    assert bounded == unbounded and any(h.text == "United States" for h in bounded)


def test_a_word_beginning_a_one_word_sector_key_reaches_the_next_word():
    # "fire fighters" = "firefighters": two words written apart are a sector word written as one
    idx = tables.index()
    assert "firefighter" in idx.sectors and "fire fighter" not in idx.sectors
    assert idx.reach("fire") >= 2
    hits = names.match([tables.Word(w) for w in "the fire fighters".split()], idx)
    assert [(h.text, h.kind) for h in hits] == [("fire fighters", "role")]


def test_city_runs_are_bounded_by_the_longest_city_name_a_word_begins():
    assert tables.city_reach("Zzqxv") == 0
    assert tables.city_reach("Rio") >= 3  # "Rio de Janeiro"
    words = [tables.Word(w, "GPE") for w in "Rio de Janeiro".split()]
    assert [h.text for h in names.match(words, tables.index())] == ["Rio de Janeiro"]
    # a proper word that begins no city name is no city, and neither is any run it starts
    words = [tables.Word(w, "GPE") for w in "Zzqxv de Janeiro".split()]
    assert not any(h.text.startswith("Zzqxv") for h in names.match(words, tables.index()))
