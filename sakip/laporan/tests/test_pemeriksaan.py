"""Checks on an office's own data: the demo office 2023, then each check by a small change."""

from datetime import date
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from conftest import muat_anggaran_demo
from sakip.anggaran.models import Dipa, PosAnggaran, RealisasiAnggaran, RincianOutput
from sakip.laporan.pemeriksaan import PEMERIKSAAN, DataTidakDikenal, Konteks, cek_pagu, periksa_data
from sakip.laporan.services import simpan_narasi
from sakip.lib.periksa.temuan import ERROR, WARNING
from sakip.lib.skala import SKALA_CAPAIAN_KPU
from sakip.pengukuran.models import Bukti, Realisasi
from sakip.perencanaan.models import BarisPK, Indikator, PerjanjianKinerja, Target

HARI = date(2024, 4, 10)  # every quarter of 2023 has ended
LAPORAN = "Persentase Ketepatan waktu pelaporan keuangan"  # 2.3, evidence required
IRB = "Indeks Reformasi Birokrasi"  # 2.1, target 85, realisation 74 / 76 / 78 / 80
AKIP = "Nilai Akuntabilitas Kinerja"  # 2.2, target BB, realisation B
POS = "076.01.CQ.6709.QDC.001.051.A.521211"  # pagu 1.945.000, realised 1.823.703 (Feb–Dec)
NAMA_LAPORAN = (
    "“Persentase Ketepatan waktu pelaporan keuangan KPU Kota Tangerang Selatan sesuai SAP "
    "dan Akuntabel”"
)


def _indikator(awal):
    return Indikator.objects.get(nama__startswith=awal)


def _realisasi(awal, triwulan, tahun=2023):
    return Realisasi.objects.get(indikator__nama__startswith=awal, tahun=tahun, triwulan=triwulan)


def _ringkas(hasil):
    return [(f.kind, f.severity, f.message) for f in hasil.findings]


@pytest.fixture
def kantor(demo):
    """The demo office with its 2023 plan, realisations and DIPA."""
    muat_anggaran_demo(demo)
    return demo


@pytest.fixture
def bersih(kantor):
    """The demo office 2023 with the evidence its one evidence-required indicator lacks."""
    for r in Realisasi.objects.filter(indikator__nama__startswith=LAPORAN, tahun=2023):
        Bukti.objects.create(
            realisasi=r,
            berkas=f"bukti/2023/tw{r.triwulan}/laporan.pdf",
            nama="laporan.pdf",
            jenis="pdf",
            ukuran=100,
            sha256=f"{r.triwulan:064d}",
        )
    return kantor


def test_the_demo_office_2023_lacks_only_the_evidence_of_one_indicator(kantor):
    hasil = periksa_data(kantor, 2023, hari_ini=HARI)
    assert (hasil.document, hasil.year) == ("data KPU Kota Tangerang Selatan (3674)", 2023)
    tautan = f"/pengukuran/3674/indikator/{_indikator(LAPORAN).pk}/2023/tw"
    assert [(f.kind, f.severity, f.message, f.letak, f.tautan) for f in hasil.findings] == [
        (
            "bukti",
            ERROR,
            f"Realisasi TW {romawi} 2023 indikator 2.3 {NAMA_LAPORAN} belum memiliki bukti "
            "dukung, padahal indikator ini mewajibkannya.",
            f"Realisasi TW {romawi} 2023 · indikator 2.3",
            f"{tautan}{n}/",
        )
        for n, romawi in ((1, "I"), (2, "II"), (3, "III"), (4, "IV"))
    ]
    assert hasil.ada_error


def test_with_that_evidence_the_demo_office_2023_is_clean(bersih):
    hasil = periksa_data(bersih, 2023, hari_ini=HARI)
    assert hasil.findings == []
    assert not hasil.ada_error


def test_the_office_may_be_given_by_its_code(bersih):
    assert periksa_data("3674", 2023, hari_ini=HARI).findings == []


def test_every_check_runs_and_the_set_of_checks_is_data():
    assert list(PEMERIKSAAN) == [
        "kelengkapan",
        "persetujuan",
        "bukti",
        "analisis",
        "target",
        "pagu",
        "volume",
        "skala",
        "narasi",
        "placeholder",
        "tanggal",
        "pohon",
        "mutu",
    ]


def test_an_unknown_office_or_a_year_without_data_is_refused(kantor):
    with pytest.raises(DataTidakDikenal, match="^Satuan kerja dengan kode '9999' tidak ditemukan"):
        periksa_data("9999", 2023)
    with pytest.raises(DataTidakDikenal) as info:
        periksa_data(kantor, 2019)
    assert str(info.value) == (
        "KPU Kota Tangerang Selatan tidak memiliki data tahun 2019: belum ada Renstra yang "
        "mencakupnya, Perjanjian Kinerja, maupun DIPA."
    )


def test_the_checks_take_a_bounded_number_of_queries(bersih, django_assert_max_num_queries):
    # 75 before the placeholder, signing-date and pohon kinerja checks, which read 8 more
    with django_assert_max_num_queries(83):
        periksa_data(bersih, 2023, hari_ini=HARI)


# -- targets and realisations ----------------------------------------------------------------


def test_a_pk_target_that_differs_from_the_renstra_target_is_one_error_naming_both(bersih):
    BarisPK.objects.filter(indikator=_indikator(IRB)).update(target=Decimal(95))
    hasil = periksa_data(bersih, 2023, hari_ini=HARI)
    assert len(hasil.findings) == 1
    f = hasil.findings[0]
    assert (f.kind, f.severity, f.expected, f.found) == ("target", ERROR, "85", "95")
    assert f.message == (
        "Target indikator 2.1 “Indeks Reformasi Birokrasi” pada PK 2023 KPU Kota Tangerang "
        "Selatan adalah 95, berbeda dari target Renstra/RKT tahun 2023 yaitu 85."
    )
    pk = PerjanjianKinerja.berlaku(bersih, 2023)
    assert f.letak == f"Perencanaan · {pk}"
    assert f.tautan == "/perencanaan/3674/2023/pk/"


def test_a_grade_target_that_differs_is_compared_by_its_letters(bersih):
    BarisPK.objects.filter(indikator=_indikator(AKIP)).update(target_huruf="A")
    hasil = periksa_data(bersih, 2023, hari_ini=HARI)
    assert [(f.kind, f.expected, f.found) for f in hasil.findings] == [("target", "BB", "A")]


def test_the_same_target_written_with_other_decimals_is_no_finding(bersih):
    BarisPK.objects.filter(indikator=_indikator(IRB)).update(target=Decimal("85.0000"))
    assert periksa_data(bersih, 2023, hari_ini=HARI).findings == []


def test_a_pk_row_without_a_target_is_one_error(bersih):
    BarisPK.objects.filter(indikator=_indikator(IRB)).update(target=None)
    assert _ringkas(periksa_data(bersih, 2023, hari_ini=HARI)) == [
        (
            "kelengkapan",
            ERROR,
            "Target indikator 2.1 “Indeks Reformasi Birokrasi” pada PK 2023 KPU Kota Tangerang "
            "Selatan belum diisi.",
        )
    ]


def test_an_indicator_without_its_renstra_target_of_the_year_is_one_error(bersih):
    irb = _indikator(IRB)
    Target.objects.filter(indikator=irb, tahun=2023, triwulan__isnull=True).delete()
    hasil = periksa_data(bersih, 2023, hari_ini=HARI)
    assert _ringkas(hasil) == [
        (
            "kelengkapan",
            ERROR,
            "Target tahun 2023 indikator 2.1 “Indeks Reformasi Birokrasi” pada Renstra/RKT "
            "belum diisi.",
        )
    ]
    renstra = irb.sasaran.renstra_id
    assert hasil.findings[0].tautan == f"/perencanaan/3674/renstra/{renstra}/target/2023/"


def test_a_year_without_a_pk_is_an_error_and_uses_the_renstra_indicators(bersih):
    PerjanjianKinerja.objects.filter(satker=bersih, tahun=2023).delete()
    hasil = periksa_data(bersih, 2023, hari_ini=HARI)
    assert _ringkas(hasil) == [
        (
            "kelengkapan",
            ERROR,
            "Belum ada Perjanjian Kinerja tahun 2023; indikator dan target diambil dari Renstra.",
        )
    ]
    assert hasil.findings[0].letak == "Perencanaan · buat Perjanjian Kinerja 2023"
    assert hasil.findings[0].tautan == "/perencanaan/3674/2023/pk/"


def test_a_missing_realisation_is_an_error_once_its_quarter_has_ended(bersih):
    _realisasi(IRB, 3).delete()
    pesan = (
        "Realisasi TW III 2023 indikator 2.1 “Indeks Reformasi Birokrasi” belum diisi, padahal "
        "triwulan itu berakhir 30 September 2023."
    )
    assert periksa_data(bersih, 2023, hari_ini=date(2023, 9, 30)).findings == []
    hasil = periksa_data(bersih, 2023, hari_ini=date(2023, 10, 1))
    assert _ringkas(hasil) == [("kelengkapan", ERROR, pesan)]
    assert hasil.findings[0].letak == "Realisasi TW III 2023 · indikator 2.1"
    assert hasil.findings[0].tautan == f"/pengukuran/3674/indikator/{_indikator(IRB).pk}/2023/tw3/"


def test_a_realisation_row_without_a_value_counts_as_missing(bersih):
    Realisasi.objects.filter(pk=_realisasi(AKIP, 4).pk).update(nilai_huruf="")
    assert _ringkas(periksa_data(bersih, 2023, hari_ini=HARI)) == [
        (
            "kelengkapan",
            ERROR,
            "Realisasi TW IV 2023 indikator 2.2 “Nilai Akuntabilitas Kinerja” belum diisi, "
            "padahal triwulan itu berakhir 31 Desember 2023.",
        )
    ]


def test_a_realisation_not_yet_approved_is_a_warning(bersih):
    Realisasi.objects.filter(pk=_realisasi(IRB, 2).pk).update(status=Realisasi.Status.DIAJUKAN)
    hasil = periksa_data(bersih, 2023, hari_ini=HARI)
    assert _ringkas(hasil) == [
        (
            "persetujuan",
            WARNING,
            "Realisasi TW II 2023 indikator 2.1 “Indeks Reformasi Birokrasi” masih berstatus "
            "Diajukan; belum disetujui Sekretaris.",
        )
    ]
    assert (hasil.findings[0].expected, hasil.findings[0].found) == ("Disetujui", "Diajukan")
    assert not hasil.ada_error


def test_capaian_above_120_percent_needs_an_analysis(bersih):
    r = _realisasi(IRB, 1)
    Realisasi.objects.filter(pk=r.pk).update(nilai=Decimal(110))
    hasil = periksa_data(bersih, 2023, hari_ini=HARI)
    assert _ringkas(hasil) == [
        (
            "analisis",
            ERROR,
            "Capaian TW I 2023 indikator 2.1 “Indeks Reformasi Birokrasi” 129,41 % (realisasi "
            "110 terhadap target 85) di atas 120 % tanpa penjelasan pada kolom analisis.",
        )
    ]
    assert hasil.findings[0].found == "129,41 %"
    Realisasi.objects.filter(pk=r.pk).update(analisis="Evaluasi RB dipercepat.")
    assert periksa_data(bersih, 2023, hari_ini=HARI).findings == []


def test_capaian_of_exactly_120_percent_needs_no_analysis(bersih):
    Realisasi.objects.filter(pk=_realisasi(IRB, 1).pk).update(nilai=Decimal(102))
    assert periksa_data(bersih, 2023, hari_ini=HARI).findings == []


# -- budget ------------------------------------------------------------------------------------


def test_a_line_realised_above_its_pagu_is_one_error_with_the_figures(bersih):
    pos = PosAnggaran.objects.get(kode=POS)
    RealisasiAnggaran.objects.create(pos=pos, bulan=1, jumlah=Decimal(200000))
    hasil = periksa_data(bersih, 2023, hari_ini=HARI)
    assert _ringkas(hasil) == [
        (
            "pagu",
            ERROR,
            f"Realisasi pos {POS} tahun 2023 sebesar Rp2.023.703 melebihi pagu revisi DIPA "
            "ke-13 Rp1.945.000 (selisih Rp78.703).",
        )
    ]
    f = hasil.findings[0]
    assert (f.expected, f.found) == ("Rp1.945.000", "Rp2.023.703")
    assert (f.letak, f.tautan) == ("Impor anggaran 2023", "/anggaran/3674/2023/impor/")


def test_a_line_realised_exactly_at_its_pagu_is_fine(bersih):
    pos = PosAnggaran.objects.get(kode=POS)
    RealisasiAnggaran.objects.create(pos=pos, bulan=1, jumlah=Decimal("121297.00"))
    assert periksa_data(bersih, 2023, hari_ini=HARI).findings == []


def test_the_pagu_check_is_one_query_however_many_lines_are_over(bersih):
    dipa = Dipa.objects.get(satker=bersih, tahun=2023)
    k = Konteks(bersih, 2023, HARI)
    assert k.revisi is not None  # read before counting: the revision is shared by checks
    for pos in PosAnggaran.objects.filter(dipa=dipa).order_by("kode")[:5]:
        RealisasiAnggaran.objects.create(pos=pos, bulan=1, jumlah=Decimal(10**9))
    with CaptureQueriesContext(connection) as sql:
        temuan = cek_pagu(k)
    assert (len(temuan), len(sql)) == (5, 1)


def test_an_ro_without_a_volume_target_is_one_error(bersih):
    RincianOutput.objects.filter(kode="076.01.CQ.6709.QDC.001").update(target_volume=None)
    assert _ringkas(periksa_data(bersih, 2023, hari_ini=HARI)) == [
        (
            "volume",
            ERROR,
            "RO 6709.QDC.001 “Sarana IT Pemilu” pada DIPA 2023 belum memiliki target volume "
            "(TVRO).",
        )
    ]


def test_a_year_without_a_dipa_is_a_warning(bersih):
    Dipa.objects.filter(satker=bersih, tahun=2023).delete()
    assert _ringkas(periksa_data(bersih, 2023, hari_ini=HARI)) == [
        (
            "kelengkapan",
            WARNING,
            "Belum ada DIPA tahun 2023: pagu, realisasi anggaran dan target volume RO belum "
            "dapat diperiksa.",
        )
    ]


# -- scales ------------------------------------------------------------------------------------


def test_a_capaian_scale_with_a_gap_is_one_error(bersih):
    data = SKALA_CAPAIAN_KPU.as_data()
    data[2]["atas"] = "90"  # Cukup Berhasil ends at 90, Berhasil starts at 91
    bersih.skala_capaian = data
    bersih.save(update_fields=["skala_capaian"])
    hasil = periksa_data(bersih, 2023, hari_ini=HARI)
    assert _ringkas(hasil) == [
        (
            "skala",
            ERROR,
            "Skala 'Skala capaian KPU Kota Tangerang Selatan' memiliki celah antara 90 "
            "('Cukup Berhasil') dan 91 ('Berhasil'); kategori tidak dapat ditentukan.",
        )
    ]
    assert hasil.findings[0].tautan == "/organisasi/3674/profil/"


def test_an_absorption_scale_with_an_overlap_is_one_error(bersih):
    bersih.skala_penyerapan = [
        {"label": "Kurang", "bawah": "0", "atas": "80", "atas_inklusif": True},
        {"label": "Baik", "bawah": "76", "atas": None},
    ]
    bersih.save(update_fields=["skala_penyerapan"])
    assert _ringkas(periksa_data(bersih, 2023, hari_ini=HARI)) == [
        (
            "skala",
            ERROR,
            "Skala 'Skala penyerapan anggaran KPU Kota Tangerang Selatan': pita 'Kurang' dan "
            "'Baik' tumpang tindih di sekitar 76; kategori tidak dapat ditentukan.",
        )
    ]


# -- the report's edited narratives ----------------------------------------------------------


def test_an_edited_narrative_stating_another_year_or_a_wrong_figure_is_an_error(bersih, perencana):
    simpan_narasi(
        perencana,
        bersih,
        2023,
        "kesimpulan",
        "Laporan Kinerja Tahun 2022 ini mencatat capaian 99,50 % dan 13 (dua belas) indikator.",
    )
    hasil = periksa_data(bersih, 2023, hari_ini=HARI)
    awal = "Narasi “BAB IV Penutup — Kesimpulan” LKj 2023 yang disunting: "
    assert _ringkas(hasil) == [
        ("narasi", ERROR, awal + "tahun '2022' tidak terdapat dalam data bagian ini."),
        ("narasi", ERROR, awal + "persentase '99,50 %' tidak terdapat dalam data bagian ini."),
        ("narasi", ERROR, awal + "'13' ditulis dengan kata 'dua belas' yang berarti 12."),
    ]
    assert [f.found for f in hasil.findings] == ["2022", "99,50 %", "13"]
    assert (hasil.findings[0].letak, hasil.findings[0].tautan) == (
        "Narasi LKj 2023 · Kesimpulan",
        "/laporan/3674/2023/narasi/#narasi-kesimpulan",
    )


def test_an_edited_narrative_that_agrees_with_the_data_is_fine(bersih, perencana):
    simpan_narasi(
        perencana, bersih, 2023, "kesimpulan", "Laporan Kinerja Tahun 2023 ini disusun bersama."
    )
    assert periksa_data(bersih, 2023, hari_ini=HARI).findings == []
