"""The per-document token table (`dyads.tokens`) agrees with spaCy's own token attributes."""
from spacy.tokens import Doc

from dyads import nlp, tokens
from dyads.events.syntax import children_with, nominal_parties, prep_objects
from dyads.typeclf import clause_tokens


def _doc(settings) -> Doc:
    return nlp.load(settings.spacy_model)(
        "The foreign minister of Chile, who arrived on Monday, met leaders of Peru and Bolivia in Lima. "
        "Rebels backed by the army attacked the town, and the police arrested 12 people after the protest.")


def test_table_agrees_with_spacy(settings):
    doc = _doc(settings)
    table = tokens.of(doc)
    assert len(table) == len(doc)
    for t in doc:
        assert table.head[t.i] == t.head.i
        assert table.children[t.i] == tuple(c.i for c in t.children)
        assert table.subtree(t.i) == [x.i for x in t.subtree]
        assert (table.dep[t.i], table.lower[t.i], table.lemma[t.i], table.pos[t.i], table.tag[t.i],
                table.text[t.i], table.ent_type[t.i]) == (t.dep_, t.lower_, t.lemma_, t.pos_, t.tag_, t.text,
                                                          t.ent_type_)


def test_table_is_built_once_and_rebuilt_for_another_length(settings):
    doc = _doc(settings)
    table = tokens.of(doc)
    assert tokens.of(doc) is table  # kept with the document
    assert all(isinstance(v, (int, tuple)) for v in table.head + table.children)  # no spaCy objects kept
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[1:3])  # "foreign minister": one token less
    fresh = tokens.of(doc)
    assert fresh is not table and len(fresh) == len(doc)
    assert fresh.children == [tuple(c.i for c in t.children) for t in doc]


def test_empty_document(settings):
    doc = nlp.load(settings.spacy_model)("")
    assert len(tokens.of(doc)) == 0 and tokens.of(doc).dep == []


def test_helpers_read_from_the_table_as_from_the_parse(settings):
    doc = _doc(settings)
    for t in doc:
        assert prep_objects(t, ("of", "by", "after")) == [
            o for p in t.children if p.dep_ in ("prep", "agent", "dative") and p.lower_ in ("of", "by", "after")
            for o in [*(c for c in p.children if c.dep_ == "pobj"),
                      *(s for pc in p.children if pc.dep_ == "pcomp" for s in pc.children
                        if s.dep_ in ("nsubj", "csubj"))]]
        assert children_with(t, ("prep", "conj")) == [c for c in t.children if c.dep_ in ("prep", "conj")]
        assert all(isinstance(x, type(t)) for x in nominal_parties(t, exclude=set()) + clause_tokens(t))


def test_actor_run_reach_bounds_lookups_without_changing_hits():
    from dyads.actors import names, tables
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
