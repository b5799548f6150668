"""The data version of an office: a number that changes whenever anything its pages show changes.

A cached page is keyed by the versions of the offices it shows (organisasi.tembolok), so it is
never served after its data changed. The versions are kept by the database itself: each app
declares, in a migration, its tables and the SQL that finds a row's office
(`PasangPemicu`), and triggers on those tables raise the office's number in the same
transaction as the write. No write path can go round them: services, the admin, the API,
imports by COPY or executemany, restores, raw SQL. A reader takes the number before the data,
so a page is cached under a number at most as new as its data (never old data under a new
number). Rows that belong to no office (a user's reminders) raise the number of `UMUM`, which
every key includes.

On PostgreSQL the triggers run once per statement (transition tables), so a COPY of 100 000
rows raises each office once; on SQLite once per row. A new office's first number is random,
so a database rebuilt from scratch does not meet the numbers of a cache it left behind.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager

from django.db import connection, migrations

UMUM = 0  # the "office" of rows that belong to none: in every key

_TABEL_VERSI = "organisasi_versidata"


def versi(satker_id: Iterable[int]) -> tuple[tuple[int, int], ...]:
    """The numbers of these offices and of UMUM, in office order: one query."""
    daftar = sorted({UMUM, *(s for s in satker_id if s is not None)})
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT satker_id, n FROM {_TABEL_VERSI} WHERE satker_id IN "
            f"({', '.join(['%s'] * len(daftar))}) ORDER BY satker_id",
            daftar,
        )
        ada = dict(cursor.fetchall())
    return tuple((s, ada.get(s, -1)) for s in daftar)


@contextmanager
def sekali(satker_id: int, tabel: Sequence[str]) -> Iterator[None]:
    """A bulk write of one office's rows in these tables, its number raised once.

    PostgreSQL: nothing to do (the statement triggers raise it once per statement). SQLite:
    row triggers fire per row (~5 µs each: a 100 000-row budget import with its deletes
    spent 1 s in them). Inside the writer's transaction, which holds SQLite's only write lock
    so no other connection can write meanwhile, the version triggers of these tables are
    dropped, the office's number is raised once, and the triggers are created again, exactly
    as they were, when the block ends; a rollback takes all of it back. Only for writes of
    this office's rows (the budget import of one DIPA).
    """
    if connection.vendor != "sqlite":
        yield
        return
    if not connection.in_atomic_block:
        raise RuntimeError("versi.sekali: hanya di dalam transaksi penulisan")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE "
            f"'sakip_versi_%' AND tbl_name IN ({', '.join(['%s'] * len(tabel))})",
            list(tabel),
        )
        pemicu = cursor.fetchall()
        for nama, _ in pemicu:
            cursor.execute(f'DROP TRIGGER "{nama}"')
        cursor.execute(
            f"INSERT INTO {_TABEL_VERSI} (satker_id, n) VALUES (%s, abs(random() %% 1000000000000)) "
            "ON CONFLICT (satker_id) DO UPDATE SET n = n + 1",
            [satker_id],
        )
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            for _, sql in pemicu:
                cursor.execute(sql)


def _nama(tabel: str, peristiwa: str) -> str:
    return f"sakip_versi_{tabel}_{peristiwa.lower()}"


def _sql_sqlite(tabel: str, jalur: str) -> list[str]:
    """One row trigger per event. The upsert's SELECT has a WHERE (SQLite's parsing rule)."""
    awal = "abs(random() % 1000000000000)"
    hasil = []
    for peristiwa, baris in (
        ("INSERT", ["NEW"]),
        ("UPDATE", ["NEW", "OLD"]),
        ("DELETE", ["OLD"]),
    ):
        sumber = " UNION ".join(f"SELECT {jalur.format(r=b)} AS s" for b in baris)
        hasil.append(
            f'CREATE TRIGGER {_nama(tabel, peristiwa)} AFTER {peristiwa} ON "{tabel}" '
            f"BEGIN INSERT INTO {_TABEL_VERSI} (satker_id, n) "
            f"SELECT s, {awal} FROM ({sumber}) WHERE s IS NOT NULL "
            f"ON CONFLICT (satker_id) DO UPDATE SET n = n + 1; END"
        )
    return hasil


def _sql_postgresql(tabel: str, jalur: str) -> list[str]:
    """One statement trigger per event over its transition tables, offices in id order."""
    awal = "(random() * 1000000000000)::bigint"
    hasil = []
    for peristiwa, rujukan in (
        ("INSERT", {"baru": "NEW"}),
        ("UPDATE", {"baru": "NEW", "lama": "OLD"}),
        ("DELETE", {"lama": "OLD"}),
    ):
        nama = _nama(tabel, peristiwa)
        sumber = " UNION ".join(f"SELECT {jalur.format(r='r')} AS s FROM {t} AS r" for t in rujukan)
        hasil.append(
            f"CREATE OR REPLACE FUNCTION {nama}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            f"INSERT INTO {_TABEL_VERSI} AS v (satker_id, n) "
            f"SELECT s, {awal} FROM (SELECT DISTINCT s FROM ({sumber}) AS x) AS y "
            "WHERE s IS NOT NULL ORDER BY s "
            f"ON CONFLICT (satker_id) DO UPDATE SET n = v.n + 1; RETURN NULL; END $$"
        )
        transisi = " ".join(f"{arah} TABLE AS {t}" for t, arah in rujukan.items())
        hasil.append(
            f'CREATE TRIGGER {nama} AFTER {peristiwa} ON "{tabel}" REFERENCING {transisi} '
            f"FOR EACH STATEMENT EXECUTE FUNCTION {nama}()"
        )
    return hasil


def _sql_hapus(vendor: str, tabel: str) -> list[str]:
    hasil = []
    for peristiwa in ("INSERT", "UPDATE", "DELETE"):
        nama = _nama(tabel, peristiwa)
        if vendor == "postgresql":
            hasil += [
                f'DROP TRIGGER IF EXISTS {nama} ON "{tabel}"',
                f"DROP FUNCTION IF EXISTS {nama}()",
            ]
        else:
            hasil.append(f"DROP TRIGGER IF EXISTS {nama}")
    return hasil


def sql_pasang(vendor: str, tabel: str, jalur: str) -> list[str]:
    if vendor == "postgresql":
        return _sql_postgresql(tabel, jalur)
    if vendor == "sqlite":
        return _sql_sqlite(tabel, jalur)
    raise NotImplementedError(f"versi data: basis data {vendor} tidak didukung")


class PasangPemicu(migrations.operations.base.Operation):
    """Install the version triggers on tables: {table: SQL giving a row's office id}.

    The SQL names the row `{r}`, e.g. "{r}.satker_id" or
    "(SELECT satker_id FROM perencanaan_renstra WHERE id = {r}.renstra_id)".
    """

    reversible = True
    reduces_to_sql = True

    def __init__(self, tabel: dict[str, str]):
        self.tabel = tabel

    def deconstruct(self):
        return (f"{__name__}.{self.__class__.__qualname__}", [], {"tabel": self.tabel})

    def state_forwards(self, app_label, state):
        pass

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        vendor = schema_editor.connection.vendor
        for tabel, jalur in self.tabel.items():
            for sql in _sql_hapus(vendor, tabel) + sql_pasang(vendor, tabel, jalur):
                schema_editor.execute(sql, params=None)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        for tabel in self.tabel:
            for sql in _sql_hapus(schema_editor.connection.vendor, tabel):
                schema_editor.execute(sql, params=None)

    def describe(self):
        return f"Pemicu versi data pada {len(self.tabel)} tabel"
