"""Gathering the facts of an LKj and the default texts written from them."""

import json
from decimal import Decimal

import pytest

from sakip.laporan.kumpul import DataTidakAda, kumpul_lkj, sebagai_json, sidik
from sakip.laporan.teks import Penulis
from sakip.lib.angka import bulatkan
from sakip.lib.narasi import periksa_narasi
from sakip.pengukuran.capaian import ringkasan_satker
from sakip.pengukuran.models import Realisasi
from sakip.perencanaan.models import Indikator, PerjanjianKinerja


def _indikator(nama):
    return Indikator.objects.get(nama=nama)


def test_staff_counts_are_aggregates_of_the_staff(demo):
    sdm = kumpul_lkj(demo, 2023).sdm
    assert [(s.label, s.jumlah) for s in sdm.status] == [
        ("Komisioner", 5),
        ("PNS", 13),
        ("Non-PNS (PPNPN)", 12),
    ]
    assert sdm.total == 30
    assert sdm.total_golongan == 13
    assert {label: sum(n) for label, n in sdm.pendidikan} == {
        "S3": 0,
        "S2": 6,
        "S1": 14,
        "D3": 3,
        "SLTA/Sederajat": 7,
    }


def test_capaian_and_categories_come_from_the_rules(demo):
    data = kumpul_lkj(demo, 2023)
    per_nama = {i.nama: i for i in data.indikator}
    assert per_nama["Indeks Reformasi Birokrasi"].capaian.quantize(Decimal("0.01")) == Decimal(
        "94.12"
    )
    akip = per_nama["Nilai Akuntabilitas Kinerja"]
    assert (akip.target_huruf, akip.realisasi_huruf, akip.kategori) == ("BB", "B", "Cukup Berhasil")
    assert [s.nomor for s in data.sasaran] == list(range(1, 9))
    assert dict(data.sebaran())["Berhasil"] == 12


def test_a_year_without_pk_or_targets_has_no_report(demo):
    with pytest.raises(DataTidakAda, match="2019"):
        kumpul_lkj(demo, 2019)


def test_without_a_dipa_the_report_says_the_budget_is_not_imported(demo):
    data = kumpul_lkj(demo, 2023)
    assert data.anggaran is None
    penulis = Penulis(data)
    assert "belum diimpor" in penulis.bawaan("anggaran")
    assert "belum diimpor" in penulis.bawaan("sasaran_1_efisiensi")


def test_every_default_text_is_finished_prose_whose_figures_pass_its_own_check(anggaran):
    penulis = Penulis(kumpul_lkj(anggaran, 2023))
    for bagian in penulis.daftar():
        teks = penulis.bawaan(bagian.kunci)
        assert teks.strip(), bagian.kunci
        for tanda in ("{", "}", "None", "  "):
            assert tanda not in teks, (bagian.kunci, tanda)
        assert teks[0].isupper(), bagian.kunci
        akhir = teks.rstrip().splitlines()[-1]
        assert akhir[-1] in ".:" or akhir.startswith("- "), bagian.kunci
        assert periksa_narasi(teks, penulis.izin(bagian.kunci)) == [], bagian.kunci


def test_earlier_years_are_compared_when_recorded(demo):
    rb = _indikator("Indeks Reformasi Birokrasi")
    Realisasi.objects.create(indikator=rb, tahun=2022, triwulan=4, nilai=Decimal(75))
    data = kumpul_lkj(demo, 2023)
    teks = Penulis(data).bawaan("sasaran_2_tahun_lalu")
    assert (
        "Dibandingkan dengan tahun 2022, realisasi indikator “Indeks Reformasi Birokrasi” pada "
        "tahun 2023 sebesar 80, meningkat dari 75."
    ) in teks


def test_national_standard_notes_and_linked_budget_feed_the_analysis(anggaran):
    rb = _indikator("Indeks Reformasi Birokrasi")
    rb.standar_nasional = Decimal(78)
    rb.save()
    Realisasi.objects.filter(indikator=rb, tahun=2023, triwulan=4).update(
        kendala="Evaluasi RB tertunda", solusi="Menyusun rencana aksi RB per triwulan"
    )
    penulis = Penulis(kumpul_lkj(anggaran, 2023))
    assert "Standar nasional indikator “Indeks Reformasi Birokrasi” adalah 78" in penulis.bawaan(
        "sasaran_2_nasional"
    )
    penyebab = penulis.bawaan("sasaran_2_penyebab")
    assert "Kendala yang dihadapi: evaluasi RB tertunda." in penyebab
    assert "Solusi yang dilakukan: menyusun rencana aksi RB per triwulan." in penyebab
    # the demo DIPA links sasaran 2 to kegiatan 3355 and 6634 and to RO 6709.QGE.001
    efisiensi = penulis.bawaan("sasaran_2_efisiensi")
    assert "didukung anggaran sebesar Rp3.392.353.000 yang terealisasi Rp3.195.676.072" in efisiensi
    kegiatan = penulis.bawaan("sasaran_2_kegiatan")
    assert "- Kegiatan 3355 Pengelolaan Keuangan dan Barang Milik Negara" in kegiatan
    assert "- RO 6709.QGE.001 Perencanaan dan Penganggaran Pemilu" in kegiatan
    assert "menyusun rencana aksi RB per triwulan" in penulis.bawaan("rekomendasi")


def test_the_hash_changes_with_the_data_and_only_then(demo):
    a = sidik(kumpul_lkj(demo, 2023), "lkj")
    assert sidik(kumpul_lkj(demo, 2023), "lkj") == a
    Realisasi.objects.filter(indikator=_indikator("Indeks Reformasi Birokrasi"), triwulan=4).update(
        nilai=Decimal(81)
    )
    assert sidik(kumpul_lkj(demo, 2023), "lkj") != a


def test_a_year_still_being_measured_leaves_missing_results_blank(demo):
    """2024 of the demo has only some TW I figures: no invented category, no '—' in prose."""
    from sakip.laporan.susun import Penyusun

    data = kumpul_lkj(demo, 2024)
    tanpa = [i for i in data.indikator if i.capaian is None]
    assert tanpa
    tabel = Penyusun(data)._tabel_capaian("Pengukuran")
    assert "realisasi belum dicatat" in tabel.catatan
    assert sum(1 for baris in tabel.isi if baris[-1].teks == "") == len(tanpa)
    penulis = Penulis(data)
    for s in data.sasaran:
        assert "sebesar —" not in penulis.bawaan(f"sasaran_{s.nomor}_tahun_lalu")


def test_mean_capaian_and_the_pk_budget_are_fields_of_the_tree_and_its_json(demo):
    data = kumpul_lkj(demo, 2023)
    terbit = json.loads(sebagai_json(data))
    assert str(bulatkan(data.rata_capaian)) == "96.63"
    assert data.rata_capaian == ringkasan_satker(demo, 2023).rata_rata  # the office list agrees
    assert Decimal(terbit["rata_capaian"]) == data.rata_capaian
    # sasaran 2: (94.1176… + 85.7142… + 95 + 100 + 95) / 5
    assert str(bulatkan(data.sasaran[1].rata_capaian)) == "93.97"
    assert Decimal(terbit["sasaran"][1]["rata_capaian"]) == data.sasaran[1].rata_capaian
    assert terbit["pk"]["total_anggaran"] == "29596488000.00"  # 27.210.270.000 + 2.386.218.000
    assert data.pk.total_anggaran == PerjanjianKinerja.berlaku(demo, 2023).total_anggaran()
    penulis = Penulis(data)
    assert "Rata-rata capaian seluruh indikator sebesar 96,63 %." in penulis.bawaan("ikhtisar")
    # an edit of a sasaran's analysis may state that sasaran's mean
    edit = "Rata-rata capaian indikator sasaran ini 93,97 %."
    assert periksa_narasi(edit, penulis.izin("sasaran_2_efisiensi")) == []
