"""Recipient tiers are read on first use (`dyads.events.tiers.Tiers`), and read alike whenever they are read."""
from dyads.events.tiers import Tiers


def test_tiers_call_each_maker_once_and_only_when_read():
    calls = []

    def maker(k):
        def make():
            calls.append(k)
            return [k, k]
        return make

    tiers = Tiers([maker(0), maker(1), maker(2)])
    assert len(tiers) == 3 and bool(tiers) and calls == []  # the length needs no tier
    assert tiers[0] == [0, 0] and calls == [0]
    assert tiers[0] == [0, 0] and calls == [0]  # kept, not made again
    assert tiers[-1] == [2, 2] and calls == [0, 2]
    assert list(tiers) == [[0, 0], [1, 1], [2, 2]] and calls == [0, 2, 1]
    assert tiers == [[0, 0], [1, 1], [2, 2]] and tiers[1:] == [[1, 1], [2, 2]]
    assert not Tiers([]) and Tiers([]) == []


def test_a_candidates_recipient_tiers_are_lazy_and_equal_to_the_eager_reading():
    from dyads import nlp
    from dyads.events import candidate, drops
    from dyads.lexicon import load
    from dyads.settings import load_settings

    doc = nlp.load(load_settings().spacy_model)("Kenya accused Uganda of arming rebels in the border region.")
    cands = [c for c in drops.analyse(doc, load()) if c.trigger.lemma_ == "accuse"]
    assert cands and isinstance(cands[0].recipients, Tiers)
    tiers = cands[0].recipients
    assert all(made is None for made in tiers._made)  # nothing read while the candidate was built
    assert any(s.text == "Uganda" for s in tiers[0]) and tiers._made[0] is not None
    assert tiers == [candidate._recipient_spans(t) for t in [[s.root for s in tiers[0]]]] + list(tiers)[1:]
