"""The data versions kept by database triggers (sakip/organisasi/versi.py), on both databases."""

from decimal import Decimal

import pytest
from django.apps import apps
from django.db import connection

from sakip.organisasi.models import Satker, UnitKerja, VersiData
from sakip.organisasi.versi import UMUM, versi
from sakip.pengukuran.models import Pengingat, Realisasi
from sakip.perencanaan.models import Indikator, Target

pytestmark = pytest.mark.django_db

# The apps whose tables the cached pages read: every table of theirs carries the triggers.
APP_DIPANTAU = ("organisasi", "perencanaan", "pengukuran", "anggaran")


def _n(satker) -> int:
    return dict(versi([satker.pk]))[satker.pk]


def _pemicu() -> set[str]:
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")
        else:
            cursor.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        return {r[0] for r in cursor.fetchall()}


def test_every_table_of_the_watched_apps_has_its_three_triggers():
    """A new model in these apps without its line in a PasangPemicu migration fails here."""
    ada = _pemicu()
    tabel = [
        m._meta.db_table
        for m in apps.get_models()
        if m._meta.app_label in APP_DIPANTAU
        and not m.__name__.startswith("Historical")
        and m is not VersiData
    ]
    assert len(tabel) == 30
    kurang = [
        f"{t}:{p}"
        for t in tabel
        for p in ("insert", "update", "delete")
        if f"sakip_versi_{t}_{p}" not in ada
    ]
    assert kurang == []


def test_a_realisation_written_by_the_orm_raises_its_office_only(demo, kantor_lain):
    sebelum, lain = _n(demo), _n(kantor_lain)
    r = Realisasi.objects.filter(indikator__sasaran__renstra__satker=demo).first()
    r.nilai = Decimal("12.5")
    r.save()
    assert _n(demo) == sebelum + 1
    assert _n(kantor_lain) == lain


def test_queryset_update_and_delete_raise_it_once_per_statement_or_row(demo, kantor_lain):
    """update() and delete() go round save(): the database still sees them."""
    semua = Realisasi.objects.filter(indikator__sasaran__renstra__satker=demo)
    jumlah = semua.count()
    assert jumlah > 1
    sebelum, lain = _n(demo), _n(kantor_lain)
    semua.update(kendala="diubah")
    naik = _n(demo) - sebelum
    # PostgreSQL: once for the statement; SQLite: once per row
    assert naik == (1 if connection.vendor == "postgresql" else jumlah)
    sebelum = _n(demo)
    Target.objects.filter(indikator__sasaran__renstra__satker=demo, tahun=2023).delete()
    assert _n(demo) > sebelum
    assert _n(kantor_lain) == lain


def test_raw_sql_is_seen_too(demo):
    sebelum = _n(demo)
    i = Indikator.objects.filter(sasaran__renstra__satker=demo).first()
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE perencanaan_indikator SET satuan = %s WHERE id = %s", ["persen", i.pk]
        )
    assert _n(demo) == sebelum + 1


def test_a_budget_import_raises_the_office(demo, kantor_lain):
    """The import writes by executemany / COPY (anggaran.services._sisip): still seen."""
    from sakip.demo.anggaran import muat_demo_anggaran

    sebelum, lain = _n(demo), _n(kantor_lain)
    muat_demo_anggaran(demo)
    # SQLite: once for the whole import of thousands of rows (versi.sekali), then once per
    # link the demo adds after it; PostgreSQL: once per statement
    from sakip.anggaran.models import KaitanAnggaran, Pagu

    assert Pagu.objects.filter(pos__dipa__satker=demo).count() > 1000
    if connection.vendor == "sqlite":
        assert _n(demo) == sebelum + 1 + KaitanAnggaran.objects.filter(satker=demo).count()
    else:
        assert _n(demo) > sebelum
    assert _n(kantor_lain) == lain
    assert {p for p in _pemicu() if p.startswith("sakip_versi_anggaran_")} == {
        f"sakip_versi_{m._meta.db_table}_{p}"
        for m in apps.get_app_config("anggaran").get_models()
        for p in ("insert", "update", "delete")
    }


def test_a_bulk_write_that_fails_takes_everything_back_triggers_included(demo):
    from django.db import transaction

    from sakip.anggaran.models import Dipa
    from sakip.organisasi.versi import sekali

    ada, sebelum = _pemicu(), _n(demo)
    with pytest.raises(ValueError), transaction.atomic(), sekali(demo.pk, ["anggaran_dipa"]):
        Dipa.objects.create(satker=demo, tahun=2031)
        raise ValueError("gagal di tengah")
    assert _pemicu() == ada
    assert _n(demo) == sebelum
    assert not Dipa.objects.filter(satker=demo, tahun=2031).exists()
    Dipa.objects.create(satker=demo, tahun=2031)  # the trigger is back
    assert _n(demo) == sebelum + 1


def test_a_new_office_starts_at_a_number_and_a_unit_of_it_raises_it(demo):
    baru = Satker.objects.create(kode="3603", nama="KPU Kabupaten Tangerang", jenis="kabkota")
    awal = _n(baru)
    assert awal >= 0  # a row exists from the insert (random start, not 1)
    UnitKerja.objects.create(satker=baru, nama="Subbagian Umum")
    assert _n(baru) == awal + 1


def test_rows_of_no_office_raise_the_common_number(demo, pic):
    def pengingat(kunci):
        Pengingat.objects.create(
            user=pic, jenis="jendela", kunci=kunci, judul="Isi realisasi TW IV", pesan="Batas"
        )

    pengingat("uji-1")  # the first such row may create the number (random start)
    sebelum = dict(versi([]))[UMUM]
    assert sebelum >= 0
    pengingat("uji-2")
    assert dict(versi([]))[UMUM] == sebelum + 1


def test_an_office_without_a_number_reads_as_minus_one(demo):
    VersiData.objects.filter(satker_id=demo.pk).delete()
    assert dict(versi([demo.pk]))[demo.pk] == -1
