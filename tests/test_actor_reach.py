"""Actor-name lookups: runs of words are looked up only as long as a name their first word starts may be."""
from dyads.actors import names, tables


def test_actor_run_reach_bounds_lookups_without_changing_hits():
    idx = tables.index()
    # no key starts with a made-up word: only runs of one or two words (a sector compound) are looked up
    assert idx.reach("Zzqxv") == 2
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
