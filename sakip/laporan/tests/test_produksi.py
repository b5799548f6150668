"""The production path's settings (pool, replica, S3 media) as functions of the environment,
and the router that sends roll-ups to the replica."""

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from sakip.laporan.rekap import rekap
from sakip.organisasi.models import Satker
from sakip.produksi import RouterReplika, basis_data, pasang_pool, penyimpanan_default

PG = {"ENGINE": "django.db.backends.postgresql", "NAME": "sakip", "CONN_MAX_AGE": 60}
SQLITE = {"ENGINE": "django.db.backends.sqlite3", "NAME": "x.sqlite3"}


def test_pool_through_django_options_with_conn_max_age_0():
    db = pasang_pool(PG, {"SAKIP_DB_POOL": "1", "SAKIP_DB_POOL_MAX": "12"})
    assert db["CONN_MAX_AGE"] == 0
    assert db["OPTIONS"]["pool"] == {"min_size": 2, "max_size": 12, "timeout": 10}
    assert db["OPTIONS"]["options"] == "-c jit=off"
    assert "pool" not in pasang_pool(PG, {})["OPTIONS"]
    assert pasang_pool(PG, {"SAKIP_DB_JIT": "1"})["OPTIONS"] == {}
    assert pasang_pool(SQLITE, {"SAKIP_DB_POOL": "1"}) == SQLITE  # SQLite has no pool


def test_psycopg_pool_is_installed_for_the_pool_option():
    import psycopg_pool  # noqa: F401  (Django imports it when OPTIONS["pool"] is set)


def test_replica_only_when_configured_and_roll_ups_read_from_it():
    assert basis_data(SQLITE, {}) == ({"default": SQLITE}, [])
    dbs, routers = basis_data(PG, {"DATABASE_REPLICA_URL": "postgres://baca@replika:5432/sakip"})
    assert dbs["replika"]["HOST"] == "replika" and dbs["replika"]["TEST"] == {"MIRROR": "default"}
    assert routers == ["sakip.produksi.RouterReplika"]
    r = RouterReplika()
    assert r.db_for_read(Satker, rekap=True) == "replika"
    assert r.db_for_read(Satker) is None
    assert r.db_for_write(Satker, rekap=True) == "default"
    assert (r.allow_migrate("default", "organisasi"), r.allow_migrate("replika", "organisasi")) == (
        True,
        False,
    )


def test_s3_storage_only_when_a_bucket_is_set():
    assert penyimpanan_default({}) == {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    s3 = penyimpanan_default(
        {"SAKIP_S3_BUCKET": "sakip-bukti", "SAKIP_S3_ENDPOINT_URL": "https://s3.contoh.go.id"}
    )
    assert s3["BACKEND"] == "storages.backends.s3.S3Storage"
    assert s3["OPTIONS"]["bucket_name"] == "sakip-bukti"
    assert s3["OPTIONS"]["default_acl"] == "private"
    assert s3["OPTIONS"]["endpoint_url"] == "https://s3.contoh.go.id"


def test_the_default_is_the_local_file_system(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path
    assert settings.STORAGES["default"]["BACKEND"] == "django.core.files.storage.FileSystemStorage"
    nama = default_storage.save("bukti/uji.txt", ContentFile(b"isi"))
    assert (tmp_path / nama).read_bytes() == b"isi"


@pytest.mark.django_db
def test_rekap_reads_from_the_database_the_router_names(demo, monkeypatch):
    from django.db import router

    dipanggil = []
    asli = router.db_for_read

    def catat(model, **hints):
        dipanggil.append(hints)
        return asli(model, **hints)

    monkeypatch.setattr(router, "db_for_read", catat)
    rekap(None, demo.induk, 2023)
    assert {"rekap": True} in dipanggil
    assert settings.DATABASE_ROUTERS == []  # no replica configured in the tests
