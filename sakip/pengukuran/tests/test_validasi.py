"""Rules on entered values: formulas, ranges, ratios, high capaian, cumulative drops."""

from decimal import Decimal

import pytest

from sakip.pengukuran import services
from sakip.pengukuran.models import Realisasi

from .conftest import HARI, IRB, LAPORAN, LOGISTIK, indikator, isi_nilai, pdf, pengguna

pytestmark = pytest.mark.django_db


def galat(fungsi):
    with pytest.raises(services.IsianError) as exc:
        fungsi()
    assert exc.value.status == 400
    return exc.value.galat


def tidak_ada_tw2():
    return not Realisasi.objects.filter(tahun=2024, triwulan=2).exists()


def test_the_value_is_computed_from_the_quantities(pic):
    r = isi_nilai(pic, LAPORAN, besaran={"laporan_tepat_waktu": "11", "laporan_total": "12"})
    assert r.nilai == Decimal("91.6667")
    r.refresh_from_db()
    assert r.besaran == {"laporan_tepat_waktu": "11", "laporan_total": "12"}
    assert r.besaran_desimal() == {"laporan_tepat_waktu": Decimal(11), "laporan_total": Decimal(12)}


def test_a_partial_entry_is_a_draft_without_value(pic):
    r = isi_nilai(pic, LAPORAN, besaran={"laporan_tepat_waktu": "11"})
    assert (r.nilai, r.besaran, r.status) == (None, {"laporan_tepat_waktu": "11"}, "draf")
    with pytest.raises(services.WorkflowError) as exc:
        services.ajukan(pic, r.pk, versi=Realisasi.objects.get(pk=r.pk).versi, hari_ini=HARI)
    assert exc.value.pesan == (
        "Isi besaran Laporan total sebelum mengajukan. Indikator ini mewajibkan bukti dukung: "
        "unggah minimal satu berkas sebelum mengajukan."
    )


def test_numerator_above_denominator_is_refused(pic):
    g = galat(
        lambda: isi_nilai(
            pic, LAPORAN, besaran={"laporan_tepat_waktu": "13", "laporan_total": "12"}
        )
    )
    assert g == {
        "besaran_laporan_tepat_waktu": [
            "Laporan tepat waktu (13) tidak boleh lebih besar dari Laporan total (12)."
        ]
    }
    assert tidak_ada_tw2()


def test_division_by_zero_is_named(pic):
    g = galat(
        lambda: isi_nilai(pic, LAPORAN, besaran={"laporan_tepat_waktu": "0", "laporan_total": "0"})
    )
    assert g == {
        "__all__": [
            "Rumus laporan_tepat_waktu / laporan_total * 100 tidak dapat dihitung: "
            "pembagian dengan nol: laporan_total bernilai 0."
        ]
    }
    assert tidak_ada_tw2()


def test_negative_quantities_are_refused(pic):
    g = galat(
        lambda: isi_nilai(pic, LAPORAN, besaran={"laporan_tepat_waktu": "1", "laporan_total": "-2"})
    )
    assert g == {"besaran_laporan_total": ["Laporan total tidak boleh negatif."]}


@pytest.mark.parametrize(
    ("nilai", "pesan"),
    [
        ("100.5", "Nilai persentase 100,5 % di luar rentang 0–100 %."),
        ("-1", "Realisasi tidak boleh negatif."),
    ],
)
def test_percentages_stay_within_0_and_100(pic, nilai, pesan):
    assert galat(lambda: isi_nilai(pic, LOGISTIK, nilai=nilai)) == {"nilai": [pesan]}
    assert tidak_ada_tw2()


def test_a_formula_result_above_100_percent_is_refused(pic):
    ind = indikator(LAPORAN)
    ind.rumus = "(laporan_tepat_waktu + laporan_total) / laporan_total * 100"
    ind.save()
    g = galat(
        lambda: isi_nilai(pic, LAPORAN, besaran={"laporan_tepat_waktu": "1", "laporan_total": "4"})
    )
    assert g == {"__all__": ["Hasil rumus 125 % di luar rentang 0–100 %."]}


def test_a_number_indicator_may_exceed_100(pic_hukum):
    # Indeks Reformasi Birokrasi is jenis angka; target 2024 is 85
    r = isi_nilai(pic_hukum, IRB, nilai="101", analisis="")
    assert r.nilai == Decimal("101")


def test_capaian_above_120_percent_needs_an_analysis(pic_hukum):
    g = galat(lambda: isi_nilai(pic_hukum, IRB, nilai="110"))
    assert g == {
        "analisis": ["Capaian 129,41 % di atas 120 %: jelaskan penyebabnya pada kolom analisis."]
    }
    assert tidak_ada_tw2()
    r = isi_nilai(pic_hukum, IRB, nilai="110", analisis="Evaluasi RB dipercepat oleh KemenPAN-RB.")
    assert r.nilai == Decimal("110")


def test_exactly_120_percent_needs_no_analysis(pic_hukum):
    assert isi_nilai(pic_hukum, IRB, nilai="102").nilai == Decimal("102")  # 120,00 %


def test_a_cumulative_indicator_falling_is_a_warning_not_a_refusal(pic):
    # demo: TW I 2024 of the logistics indicator is 100 (aggregation LAST)
    hasil = services.simpan(
        pic, indikator(LOGISTIK), 2024, 2, services.Isian(nilai=Decimal(90)), 0, HARI
    )
    assert hasil.peringatan == [
        "Nilai TW II 2024 (90) lebih rendah dari TW I 2024 (100), padahal indikator ini "
        "kumulatif (nilai triwulan terakhir). Periksa kembali bila tidak disengaja."
    ]
    assert hasil.realisasi.nilai == Decimal("90")


def test_a_summed_indicator_falling_gives_no_warning(pic):
    ind = indikator(LOGISTIK)
    ind.agregasi = "sum"
    ind.save()
    hasil = services.simpan(pic, ind, 2024, 2, services.Isian(nilai=Decimal(90)), 0, HARI)
    assert hasil.peringatan == []


def test_a_grade_indicator_takes_a_letter_and_an_optional_score(demo):
    pic_perencanaan = pengguna("pic-perencanaan")
    ind = indikator("Nilai Akuntabilitas Kinerja")
    g = galat(
        lambda: services.simpan(
            pic_perencanaan,
            ind,
            2024,
            2,
            services.Isian(nilai_huruf="BB", skor=Decimal(150)),
            0,
            HARI,
        )
    )
    assert g == {"skor": ["Skor evaluasi harus antara 0 dan 100."]}
    r = services.simpan(
        pic_perencanaan,
        ind,
        2024,
        2,
        services.Isian(nilai_huruf="BB", skor=Decimal("71.5")),
        0,
        HARI,
    ).realisasi
    assert (r.nilai_huruf, r.skor, r.nilai) == ("BB", Decimal("71.5"), None)


def test_submission_needs_a_value(pic):
    r = isi_nilai(pic, LOGISTIK, kendala="Data belum masuk.")
    with pytest.raises(services.WorkflowError) as exc:
        services.ajukan(pic, r.pk, versi=Realisasi.objects.get(pk=r.pk).versi, hari_ini=HARI)
    assert exc.value.pesan == "Isi nilai realisasi sebelum mengajukan."
    r.refresh_from_db()
    assert r.status == "draf"


def test_required_evidence_before_submission(pic):
    r = isi_nilai(pic, LAPORAN, besaran={"laporan_tepat_waktu": "12", "laporan_total": "12"})
    with pytest.raises(services.WorkflowError) as exc:
        services.ajukan(pic, r.pk, versi=Realisasi.objects.get(pk=r.pk).versi, hari_ini=HARI)
    assert exc.value.pesan == (
        "Indikator ini mewajibkan bukti dukung: unggah minimal satu berkas sebelum mengajukan."
    )
    services.tambah_bukti(pic, r.pk, pdf("berita-acara"), hari_ini=HARI)
    services.ajukan(pic, r.pk, versi=Realisasi.objects.get(pk=r.pk).versi, hari_ini=HARI)
    r.refresh_from_db()
    assert r.status == "diajukan"
