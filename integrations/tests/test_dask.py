"""The Dask variant (LocalCluster on loopback, two workers) equals one plain run; a failed chunk fails the scan."""

import pytest

pytest.importorskip("dask.distributed")

import hush_dask  # noqa: E402
from conftest import finding_keys  # noqa: E402


@pytest.fixture(scope="module")
def client():
    from dask.distributed import Client

    cluster = hush_dask.local_cluster(2)
    client = Client(cluster)
    yield client
    client.close()
    cluster.close()


def test_dask_equals_plain_run(client, hush_bin, corpus, plain_findings, tmp_path):
    root, _ = corpus
    paths = hush_dask.list_paths([str(root)])
    summary = hush_dask.scan(client, paths, hush_bin, str(tmp_path))
    assert finding_keys((tmp_path / "findings.jsonl").read_text(encoding="utf-8").splitlines()) == plain_findings
    assert summary["files"] == 2000


def test_unreadable_path_fails_the_scan(client, hush_bin, corpus, tmp_path):
    _, paths = corpus
    missing = "/nonexistent/hush-test/missing.txt"
    with pytest.raises(RuntimeError, match="missing.txt"):
        hush_dask.scan(client, paths[:20] + [missing], hush_bin, str(tmp_path), partitions=2)
