"""The Spark job (local[2], loopback only) equals one plain run; an unreadable path fails the job."""

import json

import pytest

pyspark = pytest.importorskip("pyspark")

import hush_spark  # noqa: E402
from conftest import finding_keys, run_plain  # noqa: E402


@pytest.fixture(scope="module")
def spark_context():
    from pyspark import SparkContext

    sc = SparkContext(conf=hush_spark.local_conf("local[2]", "hush-tests"))
    sc.setLogLevel("ERROR")
    yield sc
    sc.stop()


def report_keys(out):
    return finding_keys((out / "findings.jsonl").read_text(encoding="utf-8").splitlines())


def test_spark_equals_plain_run(spark_context, hush_bin, corpus, plain_findings, tmp_path):
    root, _ = corpus
    paths = hush_spark.list_paths([str(root)])
    assert len(paths) == 2000
    summary = hush_spark.scan(spark_context, paths, hush_bin, str(tmp_path), partitions=8)
    assert report_keys(tmp_path) == plain_findings
    assert summary["files"] == 2000 and summary["partitions"] == 8
    assert summary["findings"] == len(plain_findings)
    assert json.loads((tmp_path / "summary.json").read_text())["files"] == 2000
    assert not (tmp_path / "parts").exists()
    assert (tmp_path / "findings.jsonl").stat().st_mode & 0o777 == 0o600


def test_unreadable_path_fails_the_job(spark_context, hush_bin, corpus, tmp_path):
    _, paths = corpus
    missing = "/nonexistent/hush-test/missing.txt"  # unreadable for anyone, root included
    with pytest.raises(Exception) as failure:
        hush_spark.scan(spark_context, paths[:50] + [missing] + paths[50:100], hush_bin, str(tmp_path), partitions=4)
    message = str(failure.value)
    assert "on partition" in message and "hush" in message
    assert missing in message  # hush's stderr is in the message


def test_walking_shards_honour_ignore_files_like_a_plain_run(spark_context, hush_bin, corpus, tmp_path):
    import shutil

    root, _ = corpus
    tree = tmp_path / "tree"
    shutil.copytree(root / "d00", tree / "d00")
    shutil.copytree(root / "d01", tree / "d01")
    (tree / ".hushignore").write_text("d01/e1/\n", encoding="utf-8")
    plain = finding_keys(run_plain(hush_bin, [str(tree)]))
    assert plain and not any("/d01/e1/" in key[0] for key in plain)
    hush_spark.scan_shards(spark_context, [str(tree)], hush_bin, str(tmp_path / "out"), shards=3)
    assert report_keys(tmp_path / "out") == plain
