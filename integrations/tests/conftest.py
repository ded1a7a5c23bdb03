"""Fixtures for the batch-engine tests: the hush binary, a corpus of 2,000 small files with planted values, and a
plain run to compare against."""

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "integrations" / "spark"))
sys.path.insert(0, str(ROOT / "integrations" / "dask"))

FILES = 2000
# GB 11643 (as fixtures/tools/make_fixtures.py): weights of the 17 body digits, and the check character.
GB11643_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
# Allocated segments (patterns/data/cn-mobile-segments.txt) and region codes (patterns/data/cn-region-codes.txt).
SEGMENTS = ["138", "139", "186"]
REGIONS = ["110105", "440305"]


def gb11643_check(body17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(body17, GB11643_WEIGHTS)) % 11]


def make_id(rng):
    body = f"{rng.choice(REGIONS)}{rng.randint(1950, 2005)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(0, 999):03d}"
    return body + gb11643_check(body)


def make_phone(rng):
    return rng.choice(SEGMENTS) + f"{rng.randint(0, 99_999_999):08d}"


@pytest.fixture(scope="session")
def hush_bin():
    path = Path(os.environ.get("HUSH_BIN", ROOT / ".build" / "debug" / "hush")).resolve()
    if not path.is_file():
        pytest.fail(f"no hush binary at {path}: run swift build, or set HUSH_BIN")
    return str(path)


@pytest.fixture(scope="session")
def corpus(tmp_path_factory):
    """2,000 small files in nested folders; about one in 20 holds a phone number or a resident ID. Returns the folder
    and the sorted list of its files."""
    rng = random.Random(9)
    root = tmp_path_factory.mktemp("corpus")
    paths = []
    for index in range(FILES):
        folder = root / f"d{index % 17:02d}" / f"e{index % 5}"
        folder.mkdir(parents=True, exist_ok=True)
        lines = [f"record {index} order {rng.randint(10**9, 10**10)} status ok" for _ in range(rng.randint(1, 6))]
        if index % 20 == 0:
            lines.insert(1, f"手机：{make_phone(rng)}")
        if index % 33 == 0:
            lines.append(f"身份证号 {make_id(rng)}")
        path = folder / f"f{index:04d}.txt"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        paths.append(str(path))
    return root, sorted(paths)


def finding_keys(lines):
    """The comparable identity of each finding line: (path, start, end, rule), sorted."""
    keys = []
    for line in lines:
        record = json.loads(line)
        if record.get("kind") == "finding":
            finding = record.get("finding", record)
            keys.append((finding["path"], finding["start"], finding["end"], finding["rule"]))
    return sorted(keys)


def run_plain(hush, arguments, stdin=None):
    done = subprocess.run(
        [hush, "scan", "--format", "jsonl", "--no-color", *arguments], input=stdin, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE)
    assert done.returncode in (0, 1), done.stderr.decode()
    return done.stdout.decode().splitlines()


@pytest.fixture(scope="session")
def plain_findings(hush_bin, corpus):
    """One plain run over the corpus folder: the reference."""
    root, _ = corpus
    keys = finding_keys(run_plain(hush_bin, [str(root)]))
    assert len(keys) >= 100, keys  # the planted values were found
    return keys
