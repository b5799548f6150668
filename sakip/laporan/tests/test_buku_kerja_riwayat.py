"""Realisations migrated through the onboarding workbook feed the LKj's comparison with the
Renstra's earlier years."""

from datetime import date
from decimal import Decimal

import pytest

from sakip.laporan.kumpul import Riwayat, kumpul_lkj
from sakip.organisasi.models import Satker
from sakip.pengukuran.buku_kerja import ekspor_buku_kerja, impor_buku_kerja
from sakip.pengukuran.tests.test_buku_kerja import KANTOR_BARU, ubah

pytestmark = pytest.mark.django_db


def test_realisasi_tahun_lalu_masuk_perbandingan_lkj(demo):
    def tahun_lalu(wb):
        wb["target"].append([2, 1, 2022, None, 80, ""])
        for tw, nilai in enumerate((70, 72, 74, 76), start=1):
            wb["realisasi"].append([2, 1, 2022, tw, nilai, None, "Dari arsip 2022"])

    data = ubah(ekspor_buku_kerja(demo, 2023), *KANTOR_BARU, tahun_lalu)
    hasil = impor_buku_kerja(None, "baru.xlsx", data, hari_ini=date(2024, 2, 1))
    assert "realisasi (migrasi): 60 baru." in hasil.pesan()
    lkj = kumpul_lkj(Satker.objects.get(kode="3699"), 2023)
    [i21] = [i for i in lkj.indikator if i.nama.startswith("Indeks Reformasi Birokrasi")]
    assert i21.riwayat == [Riwayat(2022, Decimal(76), "", Decimal(95))]
    # the others have no 2022 value: the year is listed, empty
    assert {repr(i.riwayat) for i in lkj.indikator if i is not i21} == {
        repr([Riwayat(2022, None, "", None)])
    }
