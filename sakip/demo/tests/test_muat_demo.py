"""The demo data set: the seed's figures, loaded twice without change."""

import datetime

import pytest
from django.core.management import call_command
from django.db.models import Count

from sakip.laporan.pemeriksaan import periksa_data
from sakip.organisasi.models import Pegawai, Satker
from sakip.pengukuran.models import Bukti, Realisasi
from sakip.perencanaan.models import BarisPK, Indikator, Sasaran

pytestmark = pytest.mark.django_db


def _hitung():
    return (
        Satker.objects.count(),
        Sasaran.objects.count(),
        Indikator.objects.count(),
        BarisPK.objects.count(),
        Realisasi.objects.filter(tahun=2023).count(),
        Pegawai.objects.count(),
        Bukti.objects.filter(realisasi__tahun=2023).count(),
    )


def test_loading_twice_changes_nothing(db_kosong, capsys, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    call_command("muat_demo")
    pertama = _hitung()
    call_command("muat_demo")
    assert _hitung() == pertama == (3, 8, 14, 14, 56, 30, 4)
    assert "sakip-demo" in capsys.readouterr().out
    # the demo's 2023 data passes the pre-publication checks: no error, no warning
    hasil = periksa_data("3674", 2023, hari_ini=datetime.date(2024, 1, 13))
    assert [(f.kind, f.message) for f in hasil.findings] == []


def test_hierarchy_and_units(demo):
    assert demo.induk.kode == "36" and demo.induk.induk.kode == "00"
    assert demo.unit.count() == 4


def test_staff_tables_of_the_seed(demo):
    def per(field):
        return dict(demo.pegawai.values_list(field).annotate(n=Count("id")))

    assert per("status") == {"komisioner": 5, "pns": 13, "non_pns": 12}
    assert per("pendidikan") == {"S2": 6, "S1": 14, "D3": 3, "SLTA": 7}
    golongan = per("golongan")
    golongan.pop("")
    assert golongan == {"IV/a": 1, "III/d": 5, "III/c": 1, "III/b": 4, "III/a": 2}


def test_demo_users_exist_with_their_roles(demo, django_user_model):
    peran = dict(django_user_model.objects.values_list("username", "keanggotaan__peran"))
    assert peran["sekretaris"] == "pimpinan"
    assert peran["kasubbag-hukum"] == "verifikator"
    assert peran["pic-teknis"] == "pic"
    assert peran["evaluator-banten"] == "evaluator"
    assert len([u for u in peran if u.startswith(("pic-", "kasubbag-"))]) == 8
