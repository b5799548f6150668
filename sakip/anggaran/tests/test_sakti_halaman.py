"""Whole-office GLP039 exports over many pages: page breaks, footnotes, continuation rows."""

import warnings
from collections import Counter
from decimal import Decimal as D

import pytest
from django.db.models import Sum

from sakip.anggaran.impor import ImporError, baca_berkas
from sakip.anggaran.models import Pagu, ProfilAnggaran, RealisasiAnggaran
from sakip.anggaran.services import impor_berkas
from sakip.organisasi.models import Satker

from .glp039 import buat

VARIAN = [
    dict(per_halaman=20, n_ro=8, geser=0, benih=1),
    dict(per_halaman=13, n_ro=4, geser=1, benih=7, teks_lanjutan="DKI"),  # reads like a KRO code
    dict(per_halaman=9, n_ro=12, geser=0, benih=3, teks_lanjutan="2024"),
]


def _baca(g):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        return baca_berkas("glp039.xlsx", g.data)


def _per_jenis(h, medan):
    hasil = Counter()
    for b in h.pagu:
        hasil[b.kode.jenis_belanja] += getattr(b, medan)
    return dict(hasil)


@pytest.mark.parametrize("varian", VARIAN)
def test_a_multi_page_export_adds_up_by_type_of_spending_to_its_total_row(varian):
    g = buat(**varian)
    assert g.halaman >= 5 and g.lanjutan >= 3
    h = _baca(g)
    assert [str(k) for k in h.kesalahan] == []
    assert len(h.pagu) == g.akun
    for medan, peran in (("pagu", "pagu"), ("realisasi_sd", "sd"), ("realisasi_lalu", "lalu"),
                         ("realisasi_ini", "ini")):  # fmt: skip
        per_jenis = _per_jenis(h, medan)
        assert per_jenis == {j: D(v[peran]) for j, v in g.per_jenis.items()}
        assert set(per_jenis) == {"51", "52", "53"}
        # to the rupiah: the sum of the three types is the file's JUMLAH SELURUHNYA row
        assert sum(per_jenis.values()) == h.sakti.jumlah[peran] == D(g.jumlah[peran])
    assert all(b.realisasi_lalu + b.realisasi_ini == b.realisasi_sd for b in h.pagu)


def test_item_rows_are_never_taken_as_codes():
    h = _baca(buat(**VARIAN[1]))
    assert h.kesalahan == []
    assert all(str(b.kode).split(".")[-1][:2] in ("51", "52", "53") for b in h.pagu)
    assert all(len(str(b.kode).split(".")) == 9 for b in h.pagu)


def test_a_row_without_a_code_whose_amounts_do_not_repeat_its_line_is_refused():
    h = _baca(buat(**VARIAN[0], ubah_lanjutan=1))
    pesan = [str(k) for k in h.kesalahan]
    assert len(pesan) >= 1
    assert all("baris berisi angka tanpa kode anggaran" in p for p in pesan[:1])
    assert "(lanjutan) D.K.I. JAKARTA" in pesan[0]


@pytest.fixture
def kantor_contoh(db_kosong):
    satker = Satker.objects.create(kode="9901", nama="KPU Kabupaten Contoh", jenis="kabkota")
    ProfilAnggaran.objects.create(satker=satker, kode_satker_kemenkeu="654321")
    return satker


@pytest.mark.django_db
def test_a_first_import_of_october_keeps_january_to_september_apart(kantor_contoh):
    g = buat(**VARIAN[0])
    impor_berkas(None, kantor_contoh, 2024, [("okt.xlsx", g.data)])
    real = RealisasiAnggaran.objects.filter(pos__dipa__satker=kantor_contoh)
    per_bulan = dict(real.values_list("bulan").annotate(t=Sum("jumlah")))
    assert per_bulan == {9: D(g.jumlah["lalu"]), 10: D(g.jumlah["ini"])}
    pagu = Pagu.objects.filter(revisi__dipa__satker=kantor_contoh)
    assert dict(pagu.values_list("pos__jenis_belanja").annotate(t=Sum("jumlah"))) == {
        j: D(v["pagu"]) for j, v in g.per_jenis.items()
    }
    assert pagu.aggregate(t=Sum("jumlah"))["t"] == D(g.jumlah["pagu"])


@pytest.mark.django_db
def test_an_export_of_another_satker_is_refused(kantor_contoh):
    g = buat(**VARIAN[0], satker="111222", nama_satker="SEKRETARIAT KPU KOTA LAIN")
    with pytest.raises(ImporError) as e:
        impor_berkas(None, kantor_contoh, 2024, [("okt.xlsx", g.data)])
    assert [str(k) for k in e.value.kesalahan] == [
        "baris 6: laporan SAKTI ini milik satker 111222 (SEKRETARIAT KPU KOTA LAIN), bukan "
        "satker 654321 (KPU Kabupaten Contoh); berkas ditolak"
    ]
