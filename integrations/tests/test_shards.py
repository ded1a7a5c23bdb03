"""`--shard K/N` and `--files-from`: N shard runs together equal one plain run, finding for finding."""

import subprocess

from conftest import finding_keys, run_plain


def test_union_of_walked_shards_equals_plain_run(hush_bin, corpus, plain_findings):
    root, _ = corpus
    union, per_shard = [], []
    for k in (1, 2, 3):
        keys = finding_keys(run_plain(hush_bin, ["--shard", f"{k}/3", str(root)]))
        per_shard.append(keys)
        union += keys
    assert sorted(union) == plain_findings
    assert all(keys for keys in per_shard)  # each shard did a part of the work
    assert len(set(union)) == len(union)  # no finding twice


def test_union_of_listed_shards_equals_plain_run(hush_bin, corpus, plain_findings):
    _, paths = corpus
    listing = "\0".join(paths).encode()
    union = []
    for k in (1, 2, 3):
        union += finding_keys(run_plain(hush_bin, ["--files-from", "-", "-0", "--shard", f"{k}/3"], stdin=listing))
    assert sorted(union) == plain_findings


def test_files_from_list_equals_plain_run(hush_bin, corpus, plain_findings, tmp_path):
    _, paths = corpus
    listing = tmp_path / "list.txt"
    listing.write_text("\n".join(paths) + "\n", encoding="utf-8")
    assert finding_keys(run_plain(hush_bin, ["--files-from", str(listing)])) == plain_findings


def test_unreadable_listed_path_fails(hush_bin, corpus):
    _, paths = corpus
    clean = [path for path in paths if "f0001.txt" in path]
    done = subprocess.run(
        [hush_bin, "scan", "--files-from", "-", "--format", "jsonl"], input=f"{clean[0]}\n/nonexistent/x.txt\n".encode(),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert done.returncode == 2
    assert "/nonexistent/x.txt" in done.stderr.decode()


def test_task_fails_on_unreadable_path_with_or_without_findings(hush_bin, corpus, tmp_path):
    import pytest
    from hush_spark import run_hush

    _, paths = corpus
    missing = "/nonexistent/hush-test/missing.txt"
    with_finding = [path for path in paths if path.endswith("f0000.txt")]  # a planted phone number: exit 1
    clean = [path for path in paths if path.endswith("f0001.txt")]  # exit 2
    part = str(tmp_path / "part.jsonl")
    for listed in (with_finding + [missing], clean + [missing]):
        with pytest.raises(RuntimeError, match="missing.txt"):
            run_hush(hush_bin, listed, part)
        assert not list(tmp_path.iterdir())  # no part and no temporary file left behind
    summaries = run_hush(hush_bin, with_finding, part)  # findings alone are no failure
    assert len(summaries) == 1 and '"files":1' in summaries[0]
    assert finding_keys(open(part, encoding="utf-8").read().splitlines())
