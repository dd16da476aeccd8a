"""The analysis version covers exactly the code that decides an analysis: stale analyses are never used."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from importlib import metadata
from pathlib import Path

from summarizer import analysis
from summarizer.analysis import LIBRARIES, code_version, imported, modules

ENGINE = Path(analysis.__file__).resolve().parent

PROBE = """
import json, sys
from summarizer.analysis import analyse
from summarizer.models import Article
text = ("Dam fails above Lowmere\\nThe river authority said 1,200 homes were flooded on March 3.\\n"
        "Le gouvernement a annoncé mardi que 40 personnes ont été secourues après la rupture du barrage.")
analyse(Article(id="a", title="Dam fails", text=text, source="", url=""))
print(json.dumps(sorted(m for m in sys.modules if m.startswith("summarizer."))))
"""


def test_every_engine_module_an_analysis_runs_is_in_the_version() -> None:
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True,
                         cwd=ENGINE.parent).stdout
    loaded = {name.split(".")[1] for name in json.loads(out.splitlines()[-1])}
    hashed = {path.stem for path in modules()}
    assert {"facts", "text", "sentences", "language", "latin"} <= loaded
    assert loaded <= hashed, sorted(loaded - hashed)


def test_ranking_condensing_and_novelty_matching_are_not_in_the_version() -> None:
    hashed = {path.stem for path in modules()}
    assert not hashed & {"rank", "condense", "compress", "engine", "stories", "novelty", "anchor"}


def test_every_library_the_analysed_modules_import_is_versioned() -> None:
    top = {line.split()[1].split(".")[0] for path in modules()
           for line in path.read_text(encoding="utf-8").splitlines()
           if line.startswith(("import ", "from ")) and not line.startswith("from __future__")}
    third_party = {name for name in top if name not in sys.stdlib_module_names and name != "summarizer"}
    owners = metadata.packages_distributions()
    assert third_party, "the analysed modules import no library: the check reads nothing"
    assert {dist for name in third_party for dist in owners[name]} <= set(LIBRARIES)


def test_imports_for_type_checkers_only_are_not_followed() -> None:
    source = ("from summarizer.facts import days\nfrom summarizer import gluewords as W\n"
              "if TYPE_CHECKING:  # only for mypy\n    from summarizer.novelty import Memory\n\n"
              "def f() -> None:\n    from summarizer.language import detect_language\n")
    assert imported(source) == ["facts", "gluewords", "language"]
    assert imported("from summarizer import dates as D, places\nimport summarizer.slots as S\n"
                    "from summarizer import (\n    stamps,\n    timerefs as T,\n)\n") == \
        ["dates", "places", "slots", "stamps", "timerefs"]


def test_an_edit_to_an_analysed_module_changes_the_version_and_one_elsewhere_does_not(tmp_path: Path) -> None:
    for path in ENGINE.glob("*.py"):
        shutil.copy(path, tmp_path / path.name)
    before = code_version(tmp_path)
    assert before == code_version(ENGINE)
    with open(tmp_path / "rank.py", "a", encoding="utf-8") as f:
        f.write("\nRANKED = 1\n")
    assert code_version(tmp_path) == before
    with open(tmp_path / "facts.py", "a", encoding="utf-8") as f:
        f.write("\nEXTRACTED = 1\n")
    assert code_version(tmp_path) != before
