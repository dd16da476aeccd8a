"""Bad input through the CLI: one clear line on stderr per bad input, no traceback, the store intact."""
from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from fakes import REPO
from bot.cli import main
from bot.db.store import Store
from enginekit import FLOODS, TROOPS_A, TROOPS_B, sqlite_url, write

REPO = REPO

LATIN1_TEXT = ("Café owners in Valencia say new tax will close them\n"
               "Café and restaurant owners in Valencia said the new municipal tax on terraces would force "
               "many of them to close their doors before the winter season.\n"
               "The mayor promised a review of the measure by the regional finance committee next month.\n")
HOSTILE = ("Protest organisers post warning to members\n"
           "Organisers posted <!channel> and @everyone alerts with <b>bold</b> markup and <script>alert(1)</script> "
           "urging 3,000 members to gather at the square on Friday.\n")


def big_article(n_bytes: int = 5 * 1024 * 1024, seed: int = 3) -> str:
    """About ``n_bytes`` of plausible prose, one sentence per line."""
    rng = random.Random(seed)
    subjects = "The mayor|Rescue teams|The regional government|Residents|Emergency services|The weather agency".split("|")
    verbs = "said|warned|confirmed|announced|reported|denied".split("|")
    objects = ("more rain was expected|roads would reopen on Monday|schools remained closed|"
               "power had been restored to most homes|a review of flood defences would begin").split("|")
    lines = ["Valencia flood recovery drags on"]
    size = 0
    while size < n_bytes:
        line = f"{rng.choice(subjects)} {rng.choice(verbs)} that {rng.choice(objects)} in district {rng.randint(1, 500)}."
        lines.append(line)
        size += len(line) + 1
    return "\n".join(lines)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run ``digestbot argv`` in-process; return (exit code, stdout, stderr)."""
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def assert_clean_stderr(err: str, expected_lines: int | None = None) -> list[str]:
    """Every stderr line is a one-line ``digestbot:`` message; no traceback."""
    assert "Traceback" not in err
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert all(ln.startswith("digestbot: ") for ln in lines), lines
    if expected_lines is not None:
        assert len(lines) == expected_lines, lines
    return lines


@pytest.fixture()
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """A persistent store already holding three good articles."""
    good = tmp_path / "good"
    good.mkdir()
    write(good / "a.txt", " date 2025-01-10 " + TROOPS_A)
    write(good / "b.txt", " date 2025-01-11 " + TROOPS_B)
    write(good / "c.txt", " date 2025-01-11 " + FLOODS)
    url = sqlite_url(tmp_path / "bot.db")
    code, out, err = run(capsys, "ingest", "--db", url, str(good))
    assert code == 0 and out.startswith("ingested 3 new article(s)"), (out, err)
    return url


def counts(url: str) -> dict[str, int]:
    """Row counts of the store at ``url``."""
    store = Store(url)
    try:
        return store.counts()
    finally:
        store.engine.dispose()


BAD_INPUTS = {
    "empty.txt": (b"", "empty input"),
    "blank.txt": (b"   \n\n\t  \n", "empty input"),
    "random.bin": (bytes(random.Random(5).randrange(256) for _ in range(4096)) + b"\x00" * 16, "binary data"),
    "punct.txt": (b"... !!! 123 456 --- ??? 7.8.9\n-- 42 --\n", "no readable sentences"),
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_file_is_one_line_skip_and_store_intact(tmp_path: Path, capsys: pytest.CaptureFixture[str], db: str,
                                                     name: str) -> None:
    data, reason = BAD_INPUTS[name]
    path = write(tmp_path / name, data)
    before = counts(db)
    code, out, err = run(capsys, "ingest", "--db", db, str(path))
    (line,) = assert_clean_stderr(err, 1)
    assert line.startswith(f"digestbot: skipped {name}: ") and reason in line, line
    assert code == 1
    assert "ingested 0 new article(s)" in out
    assert counts(db) == before


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_file_dry_run(tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str) -> None:
    path = write(tmp_path / name, BAD_INPUTS[name][0])
    code, out, err = run(capsys, "dry-run", str(path))
    lines = assert_clean_stderr(err, 2)
    assert name in lines[0] and "no readable articles" in lines[1]
    assert code == 2 and out == ""


def test_missing_path(tmp_path: Path, capsys: pytest.CaptureFixture[str], db: str) -> None:
    before = counts(db)
    missing = tmp_path / "nope" / "gone.txt"
    code, out, err = run(capsys, "ingest", "--db", db, str(missing))
    (line,) = assert_clean_stderr(err, 1)
    assert str(missing) in line and "no such file" in line
    assert code == 1 and counts(db) == before


def test_latin1_text_is_read_not_rejected(tmp_path: Path, capsys: pytest.CaptureFixture[str], db: str) -> None:
    path = write(tmp_path / "latin1.txt", LATIN1_TEXT.encode("latin-1"))
    before = counts(db)
    code, out, err = run(capsys, "ingest", "--db", db, str(path))
    assert code == 0 and err == "" and "ingested 1 new article(s)" in out
    assert counts(db)["articles"] == before["articles"] + 1
    (row,) = [a for a, _ in Store(db).articles() if a.origin == "latin1.txt"]
    assert "Café and restaurant owners" in row.text


def test_latin1_text_in_digest(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path / "latin1.txt", LATIN1_TEXT.encode("latin-1"))
    code, out, err = run(capsys, "dry-run", str(path))
    assert code == 0 and err == ""
    assert "Café and restaurant owners" in out and "\ufffd" not in out


def test_five_megabyte_article_is_cut_and_processed(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                        db: str) -> None:
    path = write(tmp_path / "huge.txt", big_article())
    assert path.stat().st_size >= 5 * 1024 * 1024
    before = counts(db)
    code, out, err = run(capsys, "ingest", "--db", db, str(path))
    assert code == 0 and err == "" and "ingested 1 new article(s)" in out
    (row,) = [a for a, _ in Store(db).articles() if a.origin == "huge.txt"]
    assert len(row.text) <= 200_000
    after = counts(db)
    assert after["articles"] == before["articles"] + 1 and after["seen"] == before["seen"]


def test_five_megabyte_single_line_dry_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path / "oneline.txt", big_article(seed=4).replace("\n", " "))
    code, out, err = run(capsys, "dry-run", str(path))
    assert code == 0 and "Traceback" not in err
    assert out.startswith("=== after oneline.txt")


def test_oversized_file_is_one_line_skip(tmp_path: Path, capsys: pytest.CaptureFixture[str], db: str) -> None:
    path = tmp_path / "giant.txt"
    with path.open("wb") as fh:  # sparse: over the cap without writing it
        fh.truncate(9 * 1024 * 1024)
    before = counts(db)
    code, out, err = run(capsys, "ingest", "--db", db, str(path))
    (line,) = assert_clean_stderr(err, 1)
    assert "giant.txt" in line and "cap" in line
    assert counts(db) == before


def test_directory_mix_good_still_processed(tmp_path: Path, capsys: pytest.CaptureFixture[str], db: str) -> None:
    mix = tmp_path / "mix"
    mix.mkdir()
    for name, (data, _) in BAD_INPUTS.items():
        write(mix / name, data)
    write(mix / "latin1.txt", LATIN1_TEXT.encode("latin-1"))
    write(mix / "feed.jsonl", '{"text": "Rescue crews in Valencia reopened the coastal motorway on Monday after clearing the mud."}\n'
                              '{broken json\n')
    write(mix / "hostile.txt", HOSTILE)
    before = counts(db)
    code, out, err = run(capsys, "ingest", "--db", db, str(mix))
    lines = assert_clean_stderr(err, len(BAD_INPUTS) + 1)
    assert any("feed.jsonl:2" in ln for ln in lines)
    assert code == 0 and "ingested 3 new article(s)" in out
    after = counts(db)
    assert after["articles"] == before["articles"] + 3
    assert after["seen"] == before["seen"] and after["shown"] == before["shown"]


def test_reingesting_known_files_changes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str], db: str) -> None:
    good = tmp_path / "good"
    before = counts(db)
    code, out, err = run(capsys, "ingest", "--db", db, str(good))
    assert code == 0 and "ingested 0 new article(s); 3 already known" in out
    assert counts(db) == before


def test_store_intact_after_bad_input_then_digest(tmp_path: Path, capsys: pytest.CaptureFixture[str], db: str) -> None:
    """Earlier contents are still there and still digestible after a run of bad input."""
    write(tmp_path / "bad.bin", b"\x00\xff" * 100)
    run(capsys, "ingest", "--db", db, str(tmp_path / "bad.bin"), str(tmp_path / "missing.txt"))
    code, out, err = run(capsys, "digest", "--db", db, "--mark")
    assert code == 0 and err == ""
    assert "Valencia" in out and "12,000" in out
    code, out, err = run(capsys, "digest", "--db", db)
    assert code == 0 and out.strip() == "nothing new"


def test_hostile_text_passes_through_unharmed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path / "hostile.txt", HOSTILE)
    code, out, err = run(capsys, "dry-run", str(path))
    assert code == 0 and err == ""
    assert "<!channel>" in out and "@everyone" in out and "<b>bold</b>" in out and "<script>" in out


def test_hostile_text_json_output_is_valid(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    path = write(tmp_path / "hostile.txt", HOSTILE)
    code, out, err = run(capsys, "replay", str(path))
    assert code == 0
    (record,) = [json.loads(ln) for ln in out.splitlines()]
    assert any("<!channel>" in i["text"] for i in record["items"])


def test_file_name_with_newline_still_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path / "evil\nname.txt", b"")
    code, out, err = run(capsys, "dry-run", str(path))
    lines = assert_clean_stderr(err, 2)
    assert "evil\\nname.txt" in lines[0]


def test_unopenable_store_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    garbage = write(tmp_path / "garbage.db", bytes(random.Random(1).randrange(256) for _ in range(4096)))
    code, out, err = run(capsys, "ingest", "--db", sqlite_url(garbage), str(write(tmp_path / "a.txt", FLOODS)))
    assert code == 2
    (line,) = assert_clean_stderr(err, 1)
    assert "cannot open the store" in line


def test_bad_window_is_one_line(capsys: pytest.CaptureFixture[str], db: str) -> None:
    code, out, err = run(capsys, "digest", "--db", db, "--window", "forever")
    assert code == 2
    (line,) = assert_clean_stderr(err, 1)
    assert "bad time window" in line


def test_subprocess_mixed_inputs_no_traceback(tmp_path: Path, db: str) -> None:
    """The real entry point, in a fresh interpreter: one-line messages, a zero exit, the store intact."""
    for name, (data, _) in BAD_INPUTS.items():
        write(tmp_path / name, data)
    write(tmp_path / "latin1.txt", LATIN1_TEXT.encode("latin-1"))
    before = counts(db)
    paths = [str(tmp_path / n) for n in sorted(BAD_INPUTS)] + [str(tmp_path / "latin1.txt"), str(tmp_path / "missing.txt")]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.run([sys.executable, "-m", "bot.cli", "ingest", "--db", db, *paths], capture_output=True,
                          text=True, cwd=tmp_path, env=env, timeout=60)
    assert_clean_stderr(proc.stderr, len(BAD_INPUTS) + 1)
    assert proc.returncode == 0, proc.stderr
    assert "ingested 1 new article(s)" in proc.stdout
    after = counts(db)
    assert after["articles"] == before["articles"] + 1 and after["seen"] == before["seen"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs POSIX FIFOs")
def test_fifo_and_device_refused_not_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A pipe would block and /dev/zero never ends: both are refused with one line each, at once."""
    import signal

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)

    def hang(*_: object) -> None:
        """Turn a hang into a test failure."""
        raise TimeoutError("reading a non-regular file hung")

    old = signal.signal(signal.SIGALRM, hang)
    signal.alarm(10)
    try:
        code, out, err = run(capsys, "dry-run", str(fifo), "/dev/zero")
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    lines = assert_clean_stderr(err, 3)
    assert "pipe.txt" in lines[0] and "/dev/zero" in lines[1]
    assert all("not a regular file" in ln for ln in lines[:2])
    assert code == 2


def test_cli_algorithm_names_match_the_ranker_registry() -> None:
    from bot.cli import RANKER_NAMES
    from summarizer.rank import RANKERS

    assert sorted(RANKER_NAMES) == sorted(RANKERS)


def test_rss_file_dry_run_shows_stories_not_raw_xml(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A feed file is read as a feed: its entries are the digest's articles, the feed's title their source."""
    items = "".join(
        f"<item><title>{title}</title><link>https://valley.example/{n}</link>"
        f"<pubDate>Mon, 03 Mar 2025 0{n}:00:00 GMT</pubDate><description><![CDATA[<p>{text}</p>"
        "<script>var ad = 1;</script>]]></description></item>"
        for n, (title, text) in enumerate([
            ("Valley council approves new bridge",
             "The Valley city council approved a new pedestrian bridge over the Mill Canal on Monday. "
             "The 85 metre bridge will cost 12 million dollars, council member Ravi Shah said."),
            ("Dockworkers strike at Harbor Point",
             "About 1,400 dockworkers at the Harbor Point terminal walked off the job on Monday over pay. "
             "Their union wants a raise of 9 percent over two years."),
        ], 1))
    path = tmp_path / "valley.rss"
    path.write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>Valley Courier</title>{items}'
                    "</channel></rss>", encoding="utf-8")
    code, out, err = run(capsys, "dry-run", str(path))
    assert code == 0 and "<" not in out and "var ad" not in out
    assert "# Valley council approves new bridge" in out and "# Dockworkers strike at Harbor Point" in out
    assert "(Valley Courier)" in out
    assert_clean_stderr(err, 0)
