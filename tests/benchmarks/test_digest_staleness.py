"""The stale-figure counter finds a lower count after a higher one, a repeated update and an older count (made-up lines)."""
from benchmarks.digest_staleness import hits


def test_lower_update_and_older_hits() -> None:
    rows = [{"batch": "2031-03-01", "items": [
                {"kind": "new", "text": "The girl is one of 84 cases of river fever in Veltria."},
                {"kind": "new", "text": "Officials have confirmed 61 cases of river fever in Veltria, most of them mild."},
                {"kind": "new", "text": "The fever has killed 48 people in Veltria."},
                {"kind": "updated", "text": "The fever has now killed 48 people in Veltria. (earlier: 41 people)"}]},
            {"batch": "2031-03-02", "items": [
                {"kind": "new", "text": "More than 70 cases of river fever have been reported in Veltria."},
                {"kind": "new", "text": "Osterby has confirmed 12 cases of river fever."}]}]
    assert [(kind, day) for kind, day, *_ in hits(rows)] == [
        ("lower", "2031-03-01"), ("update", "2031-03-01"), ("older", "2031-03-02")]
