"""The production path past one server: connection pool, read replica, media storage.

Plain functions of the environment, called from one block of `settings.py` (and tested
without it), and the database router. No Django model is imported here.

- `SAKIP_DB_POOL=1` (PostgreSQL): psycopg's pool through Django's `OPTIONS["pool"]`
  (Django 5.1+, package psycopg-pool); persistent connections are then off (Django requires
  CONN_MAX_AGE = 0 with a pool). `SAKIP_DB_POOL_MIN`/`SAKIP_DB_POOL_MAX` size it per worker.
- `DATABASE_REPLICA_URL`: a read replica as the database alias `replika`; the router sends
  the evaluators' roll-ups there (`laporan.rekap` asks with the hint `rekap=True`) and
  everything else to `default`.
- `SAKIP_S3_BUCKET`: evidence and published documents on S3-compatible storage through
  django-storages (`pip install "sakip[s3]"`), with `SAKIP_S3_ENDPOINT_URL`,
  `SAKIP_S3_REGION`, and the usual AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY of boto3;
  without it, the local file system (`SAKIP_MEDIA_ROOT`).
"""

from __future__ import annotations

from collections.abc import Mapping

import dj_database_url

REPLIKA = "replika"


def pasang_pool(db: dict, env: Mapping[str, str]) -> dict:
    """A PostgreSQL database without JIT, and with psycopg's pool when SAKIP_DB_POOL=1.

    JIT off: the roll-up's one statement has large CASE expressions; with the planner's cost
    above jit_above_cost PostgreSQL 15 spent minutes compiling them (measured: 294 s against
    2,1 s without JIT for 552 offices, see the README). SAKIP_DB_JIT=1 keeps it on.
    """
    if db.get("ENGINE") != "django.db.backends.postgresql":
        return db
    hasil = {**db, "OPTIONS": {**db.get("OPTIONS", {})}}
    if env.get("SAKIP_DB_JIT") != "1":
        opsi = hasil["OPTIONS"].get("options", "")
        hasil["OPTIONS"]["options"] = f"{opsi} -c jit=off".strip()
    if env.get("SAKIP_DB_POOL") != "1":
        return hasil
    hasil["CONN_MAX_AGE"] = 0
    hasil["OPTIONS"]["pool"] = {
        "min_size": int(env.get("SAKIP_DB_POOL_MIN", "2")),
        "max_size": int(env.get("SAKIP_DB_POOL_MAX", "8")),
        "timeout": 10,
    }
    return hasil


def basis_data(default: dict, env: Mapping[str, str]) -> tuple[dict, list[str]]:
    """(DATABASES, DATABASE_ROUTERS): the default database, and the replica when configured."""
    databases = {"default": pasang_pool(default, env)}
    routers: list[str] = []
    url = env.get("DATABASE_REPLICA_URL")
    if url:
        replika = dj_database_url.parse(
            url, conn_max_age=int(env.get("SAKIP_DB_CONN_MAX_AGE", "60"))
        )
        replika = pasang_pool(replika, env)
        replika["TEST"] = {"MIRROR": "default"}  # tests read what they wrote
        databases[REPLIKA] = replika
        routers = ["sakip.produksi.RouterReplika"]
    return databases, routers


def penyimpanan_default(env: Mapping[str, str]) -> dict:
    """STORAGES["default"]: S3-compatible storage when SAKIP_S3_BUCKET is set, else files."""
    bucket = env.get("SAKIP_S3_BUCKET")
    if not bucket:
        return {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    opsi = {
        "bucket_name": bucket,
        "default_acl": "private",  # evidence is served only through permission-checked views
        "querystring_auth": True,
        "file_overwrite": False,
    }
    if env.get("SAKIP_S3_ENDPOINT_URL"):
        opsi["endpoint_url"] = env["SAKIP_S3_ENDPOINT_URL"]
    if env.get("SAKIP_S3_REGION"):
        opsi["region_name"] = env["SAKIP_S3_REGION"]
    return {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": opsi}


class RouterReplika:
    """Evaluators' roll-ups read from the replica; every write and every other read: default."""

    def db_for_read(self, model, **hints):
        return REPLIKA if hints.get("rekap") else None

    def db_for_write(self, model, **hints):
        return "default"

    def allow_relation(self, obj1, obj2, **hints):
        return True

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == "default"
