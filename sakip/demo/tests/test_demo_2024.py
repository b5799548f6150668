"""The demo's 2024 TW I: every workflow state present, a lock exception, loading twice is harmless."""

from decimal import Decimal

import pytest

from sakip.demo.muat import muat_semua
from sakip.pengukuran.models import JejakRealisasi, PengecualianKunci, Realisasi

pytestmark = pytest.mark.django_db


def _keadaan():
    return sorted(
        Realisasi.objects.filter(tahun=2024).values_list("indikator__nama", "status", "nilai")
    )


def test_tw1_2024_is_in_every_state(demo):
    status = sorted(
        Realisasi.objects.filter(tahun=2024, triwulan=1).values_list("status", flat=True)
    )
    assert status == [
        "diajukan",
        "diajukan",
        "diajukan",
        "dikembalikan",
        "disetujui",
        "draf",
        "draf",
        "draf",
        "terverifikasi",
        "terverifikasi",
    ]
    assert Realisasi.objects.filter(tahun=2024).exclude(triwulan=1).count() == 0


def test_values_come_from_the_quantities(demo):
    sarpras = Realisasi.objects.get(
        tahun=2024, indikator__nama__startswith="Persentase tersedianya"
    )
    assert sarpras.besaran == {"sarpras_baik": "88", "sarpras_total": "95"}
    assert sarpras.nilai == Decimal("92.6316")
    sebagian = Realisasi.objects.get(tahun=2024, indikator__nama__contains="Memutakhirkan")
    assert (sebagian.nilai, sebagian.besaran) == (None, {"pemutakhiran_tepat_waktu": "3"})


def test_the_returned_one_carries_the_comment_and_every_state_its_trail(demo):
    kembali = Realisasi.objects.get(tahun=2024, status="dikembalikan")
    langkah = list(
        kembali.jejak.order_by("waktu").values_list("aksi", "pengguna__username", "komentar")
    )
    assert langkah[:2] == [("simpan", "pic-keuangan", ""), ("ajukan", "pic-keuangan", "")]
    assert langkah[2][:2] == ("kembalikan", "kasubbag-keuangan")
    assert langkah[2][2].startswith("Jumlah rekomendasi belum sesuai LHP BPK")
    disetujui = Realisasi.objects.get(tahun=2024, status="disetujui")
    assert list(disetujui.jejak.order_by("waktu").values_list("ke_status", flat=True)) == [
        "draf",
        "diajukan",
        "terverifikasi",
        "disetujui",
    ]
    assert disetujui.history.count() == 1


def test_a_lock_exception_keeps_tw1_2024_open_and_one_indicator_requires_evidence(demo):
    p = PengecualianKunci.objects.get()
    assert (p.tahun, p.triwulan, p.indikator, p.diberikan_oleh.username) == (
        2024,
        1,
        None,
        "sekretaris",
    )
    from sakip.perencanaan.models import Indikator

    assert list(Indikator.objects.filter(wajib_bukti=True).values_list("nama", flat=True)) == [
        "Persentase Ketepatan waktu pelaporan keuangan KPU Kota Tangerang Selatan sesuai SAP dan Akuntabel"
    ]


def test_loading_twice_changes_nothing(demo):
    sebelum = (_keadaan(), JejakRealisasi.objects.count(), PengecualianKunci.objects.count())
    muat_semua()
    assert (
        _keadaan(),
        JejakRealisasi.objects.count(),
        PengecualianKunci.objects.count(),
    ) == sebelum
    assert (
        JejakRealisasi.objects.count() == 22
    )  # 3 draf x1, 3 diajukan x2, 2 terverifikasi x3, 1 x3, 1 x4
