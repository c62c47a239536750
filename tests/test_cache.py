"""The per-document cache: hits, misses, corrupted entries, fingerprints."""

from __future__ import annotations

from pathlib import Path

from kg.cache import ResultCache, code_fingerprint, entry_key
from kg.model import Skipped


def test_key_depends_on_bytes_and_doc_id() -> None:
    assert entry_key(b"abc", "a.txt") == entry_key(b"abc", "a.txt")
    assert entry_key(b"abc", "a.txt") != entry_key(b"abd", "a.txt")
    assert entry_key(b"abc", "a.txt") != entry_key(b"abc", "b.txt")


def test_fingerprint_is_stable_hex() -> None:
    fp = code_fingerprint()
    assert fp == code_fingerprint() and len(fp) == 16 and int(fp, 16) >= 0


def test_put_then_get_round_trips(tmp_path: Path) -> None:
    cache = ResultCache(tmp_path, fingerprint="0" * 16)
    value = Skipped("x/a.txt", "empty file")
    key = entry_key(b"data", "a.txt")
    assert cache.get(key) is None
    cache.put(key, value)
    assert cache.get(key, Skipped) == value
    assert (cache.hits, cache.misses) == (1, 1)
    # a fresh cache object on the same folder sees it (persistence), another fingerprint does not
    assert ResultCache(tmp_path, fingerprint="0" * 16).get(key) == value
    assert ResultCache(tmp_path, fingerprint="1" * 16).get(key) is None


def test_corrupted_or_wrong_type_entry_is_a_miss(tmp_path: Path) -> None:
    cache = ResultCache(tmp_path, fingerprint="0" * 16)
    key = entry_key(b"data", "a.txt")
    cache.put(key, Skipped("a", "b"))
    path = next(tmp_path.rglob("*.pkl"))
    for garbage in (b"", b"not a pickle", path.read_bytes()[:5]):
        path.write_bytes(garbage)
        assert cache.get(key) is None
    cache.put(key, {"a": 1})
    assert cache.get(key, Skipped) is None
    assert cache.hits == 0


def test_unwritable_cache_does_not_fail(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    cache = ResultCache(blocker / "cache", fingerprint="0" * 16)
    cache.put("ab" * 32, Skipped("a", "b"))  # no exception
    assert cache.get("ab" * 32) is None


def test_prune_removes_only_other_fingerprints(tmp_path: Path) -> None:
    old = ResultCache(tmp_path, fingerprint="1" * 16)
    old.put("cd" * 32, Skipped("a", "b"))
    keep = tmp_path / "notes"
    keep.mkdir()
    cache = ResultCache(tmp_path, fingerprint="0" * 16)
    cache.put("ab" * 32, Skipped("a", "b"))
    removed = cache.prune()
    assert removed == [tmp_path / ("1" * 16)]
    assert keep.exists() and cache.get("ab" * 32) is not None
