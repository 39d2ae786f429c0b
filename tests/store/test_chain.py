"""The chain on its own: canonical encoding, keyed links, and the walk that names the first bad record."""

from proxy.store.chain import GENESIS, Head, canonical, head_mac, link_hash, walk

SECRET = b"k" * 32


def chain(n: int) -> tuple[list[dict], Head]:
    rows, prev = [], GENESIS
    for seq in range(1, n + 1):
        row = {"seq": seq, "event": "call", "user": f"u{seq}", "latency_ms": 1.5, "detail": None, "prev_hash": prev}
        row["hash"] = link_hash(SECRET, row)
        rows.append(row)
        prev = row["hash"]
    return rows, Head(n, prev, head_mac(SECRET, n, prev))


def test_canonical_is_stable_and_ignores_absent_fields():
    a = {"user": "u", "seq": 1, "detail": None, "hash": "x"}
    assert canonical(a) == canonical({"seq": 1, "user": "u"}) == b'{"seq":1,"user":"u"}'
    assert canonical({"detail": "é"}) == b'{"detail":"\\u00e9"}'


def test_the_link_depends_on_the_secret_the_previous_hash_and_every_field():
    rows, _ = chain(1)
    base = link_hash(SECRET, rows[0])
    assert link_hash(b"j" * 32, rows[0]) != base
    assert link_hash(SECRET, {**rows[0], "prev_hash": "1" * 64}) != base
    assert link_hash(SECRET, {**rows[0], "latency_ms": 1.25}) != base
    assert link_hash(SECRET, {**rows[0], "hash": "anything"}) == base  # the hash is not part of itself


def test_an_intact_chain_and_an_empty_one_verify():
    rows, head = chain(4)
    result = walk(SECRET, rows, head)
    assert result.ok and result.checked == 4 and result.head_hash == rows[-1]["hash"]
    assert walk(SECRET, [], None).ok


def test_each_kind_of_damage_is_named():
    rows, head = chain(4)
    edited = [dict(r) for r in rows]
    edited[2]["user"] = "someone"
    assert (walk(SECRET, edited, head).first_bad_seq, "edited" in walk(SECRET, edited, head).reason) == (3, True)
    gap = walk(SECRET, rows[:1] + rows[2:], head)
    assert gap.first_bad_seq == 2 and "missing" in gap.reason and gap.checked == 1
    tail = walk(SECRET, rows[:3], head)
    assert tail.first_bad_seq == 4 and "deleted from the end" in tail.reason
    swapped = [rows[0], {**rows[2], "seq": 2}, {**rows[1], "seq": 3}, rows[3]]
    assert walk(SECRET, swapped, head).first_bad_seq == 2
    assert "head was altered" in walk(SECRET, rows[:3], Head(3, rows[2]["hash"], "f" * 64)).reason
    assert "head is missing" in walk(SECRET, rows, None).reason
    beyond = walk(SECRET, rows, Head(3, rows[2]["hash"], head_mac(SECRET, 3, rows[2]["hash"])))
    assert beyond.first_bad_seq == 4 and "beyond" in beyond.reason
