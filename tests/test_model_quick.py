"""kg.model's cheaper constructors and pickle methods behave as the dataclass-generated ones."""

from __future__ import annotations

import dataclasses
import inspect
import pickle

import pytest

from kg import model
from kg.model import Document, Evidence, LocalEntity, Mention, Relation, Sentence

CLASSES = [getattr(model, name) for name in model.__all__ if dataclasses.is_dataclass(getattr(model, name))]


def _example(cls: type) -> object:
    """An instance with a distinct made-up value in every required field (defaults left as they are)."""
    args = {}
    for i, f in enumerate(dataclasses.fields(cls)):
        if f.default is dataclasses.MISSING:
            args[f.name] = f"value-{i}"
    return cls(**args)


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_signature_is_the_fields(cls: type) -> None:
    params = list(inspect.signature(cls).parameters.values())
    fields = dataclasses.fields(cls)
    assert [p.name for p in params] == [f.name for f in fields]
    assert [p.default for p in params] == [inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default
                                           for f in fields]


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_fields_set_frozen_and_pickled_as_a_dataclass(cls: type) -> None:
    obj = _example(cls)
    values = [getattr(obj, f.name) for f in dataclasses.fields(cls)]
    for i, f in enumerate(dataclasses.fields(cls)):
        if f.default is dataclasses.MISSING:
            assert values[i] == f"value-{i}"
        else:
            assert values[i] is f.default
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(obj, dataclasses.fields(cls)[0].name, "changed")
    assert obj.__getstate__() == values  # the dataclass's state: the field values in order
    back = pickle.loads(pickle.dumps(obj))
    assert back == obj and hash(back) == hash(obj) and type(back) is cls
    assert dataclasses.replace(obj) == obj


def test_positional_keyword_and_default_arguments() -> None:
    e = Evidence("a.txt", "某句。", 3, 6, "rule", 0.7)
    assert e == Evidence(doc_id="a.txt", sentence="某句。", start=3, end=6, rule="rule", confidence=0.7, teaser=False)
    assert e.teaser is False and e != Evidence("a.txt", "某句。", 3, 6, "rule", 0.7, True)
    with pytest.raises(TypeError):
        Evidence("a.txt", "某句。", 3)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Mention(0, 2, "张三", "Person", "t", bogus=1)  # type: ignore[call-arg]
    assert Sentence(0, 5).section == "main"


def test_a_state_of_another_length_is_set_as_far_as_it_goes() -> None:
    s = Sentence.__new__(Sentence)
    s.__setstate__([1, 2])
    assert (s.start, s.end) == (1, 2)


def test_nested_results_pickle_to_the_same_bytes_after_a_round_trip() -> None:
    text = "某公司张三。"
    doc = Document("a.txt", "a.txt", text, text, text, tuple(range(len(text) + 1)), sentences=(Sentence(0, len(text)),))
    ent = LocalEntity("Person", "张三", mentions=(Mention(3, 5, "张三", "Person", "t"),))
    rel = Relation(("Person", "张三"), "worksFor", ("Company", "某公司"), (Evidence("a.txt", text, 0, 6, "r", 0.8),))
    result = model.DocumentResult(doc, (ent,), (rel,))
    data = pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
    back = pickle.loads(data)
    assert back == result
    assert pickle.dumps(back, protocol=pickle.HIGHEST_PROTOCOL) == data
