"""Importing into a DIPA: validate everything, write in one transaction, replace on re-import."""

import datetime
import gc
from decimal import Decimal as D

import pytest
from django.core.exceptions import PermissionDenied
from django.db.models import Sum

from sakip.anggaran.impor import ImporError, baca_berkas
from sakip.anggaran.models import (
    Dipa,
    Pagu,
    PosAnggaran,
    ProfilAnggaran,
    RealisasiAnggaran,
    RealisasiVolume,
    RencanaPenarikan,
    RevisiDipa,
    RincianOutput,
    UraianKode,
)
from sakip.anggaran.services import bandingkan_revisi, impor_berkas, jumlah_revisi
from sakip.organisasi.models import Satker

from .berkas import KODE_A, KODE_B, KODE_C, dipa_kecil, sakti, xlsx

pytestmark = pytest.mark.django_db


@pytest.fixture
def kantor(db_kosong):
    return Satker.objects.create(kode="3674", nama="KPU Kota Tangerang Selatan", jenis="kabkota")


def _impor(kantor, data, nama="dipa.xlsx", tahun=2023, **kw):
    return impor_berkas(None, kantor, tahun, [(nama, data)], **kw)


def _isi():
    """Everything stored, to compare before and after."""
    return (
        list(Dipa.objects.values_list("satker_id", "tahun")),
        list(RevisiDipa.objects.order_by("nomor").values_list("nomor", "tanggal", "catatan")),
        sorted(Pagu.objects.values_list("revisi__nomor", "pos__kode", "jumlah")),
        sorted(RealisasiAnggaran.objects.values_list("pos__kode", "bulan", "jumlah")),
        sorted(RealisasiVolume.objects.values_list("rincian_output__kode", "bulan", "volume")),
        sorted(RencanaPenarikan.objects.values_list("jenis_belanja", "bulan", "jumlah")),
        sorted(RincianOutput.objects.values_list("kode", "target_volume", "satuan")),
        sorted(UraianKode.objects.values_list("kode", "uraian")),
    )


def test_a_dipa_is_stored_as_revision_0_with_its_lines_and_names(kantor):
    hasil = _impor(kantor, dipa_kecil())
    assert hasil.revisi == [0] and hasil.baris_pagu == 3
    dipa = Dipa.objects.get(satker=kantor, tahun=2023)
    assert dipa.revisi.get().nomor == 0
    assert Pagu.objects.aggregate(t=Sum("jumlah"))["t"] == D("6500000")
    pos = PosAnggaran.objects.get(kode=KODE_C)
    assert (pos.jenis_belanja, pos.program, pos.akun, pos.rincian_output.kode) == (
        "51",
        "WA",
        "511111",
        "076.01.WA.3355.EBA.994",
    )
    assert UraianKode.objects.get(kode="076.01.CQ").uraian == "Penyelenggaraan Pemilu"
    assert jumlah_revisi(kantor, 2023) == 0


def test_importing_the_same_file_twice_changes_nothing(kantor):
    data = dipa_kecil(
        realisasi=[["kode", "bulan", "realisasi"], [KODE_A, 1, 400000], [KODE_C, 1, 250000]],
        volume_ro=[
            ["kode_ro", "uraian", "target", "satuan"],
            ["6709.QGE.001", "Perencanaan", 10, "Lembaga"],
        ],
        realisasi_volume=[["kode_ro", "bulan", "volume"], ["6709.QGE.001", 3, 5]],
        rpd=[["jenis_belanja", "bulan", "rencana"], [52, 1, 500000], [51, 1, 250000]],
    )
    _impor(kantor, data)
    pertama = _isi()
    _impor(kantor, data)
    assert _isi() == pertama
    assert RevisiDipa.objects.count() == 1


def test_reimporting_a_month_replaces_that_month_only(kantor):
    _impor(kantor, dipa_kecil())
    _impor(
        kantor,
        xlsx({"realisasi": [["kode", "bulan", "realisasi"], [KODE_A, 1, 100], [KODE_B, 2, 200]]}),
    )
    _impor(kantor, xlsx({"realisasi": [["kode", "bulan", "realisasi"], [KODE_C, 1, 300]]}))
    assert sorted(RealisasiAnggaran.objects.values_list("pos__kode", "bulan", "jumlah")) == [
        (KODE_B, 2, D("200")),
        (KODE_C, 1, D("300")),
    ]


def test_a_changed_pagu_needs_a_revision_number_and_keeps_the_earlier_one(kantor):
    _impor(kantor, dipa_kecil())
    berubah = xlsx(
        {
            "pagu": [
                ["kode", "uraian", "pagu"],
                [KODE_A, "Bahan", 1500000],
                [KODE_C, "Gaji", 3000000],
                ["076.01.CQ.6709.QGE.002.051.A.521211", "Bahan", 700000],
            ]
        }
    )
    with pytest.raises(ImporError) as e:
        _impor(kantor, berubah)
    assert [str(k) for k in e.value.kesalahan] == [
        "pagu dalam berkas berbeda dengan DIPA awal (revisi 0) yang tersimpan; sebutkan nomor "
        "revisi: 0 untuk menggantinya atau 1 untuk mencatat revisi baru"
    ]
    _impor(kantor, berubah, revisi=1, tanggal=datetime.date(2023, 3, 1), catatan="Revisi POK")
    assert jumlah_revisi(kantor, 2023) == 1
    assert sorted(Pagu.objects.values_list("revisi__nomor").annotate(t=Sum("jumlah"))) == [
        (0, D("6500000")),
        (1, D("5200000")),
    ]
    rev = RevisiDipa.objects.get(nomor=1)
    assert (rev.tanggal, rev.catatan) == (datetime.date(2023, 3, 1), "Revisi POK")

    beda = bandingkan_revisi(None, Dipa.objects.get(), 0, 1)
    assert (beda.total_lama, beda.total_baru) == (D("6500000"), D("5200000"))
    per_ro = {r.kode: (r.lama, r.baru, r.status) for r in beda.ro}
    assert per_ro == {
        "076.01.CQ.6709.QGE.001": (D("3500000"), D("1500000"), "berubah"),
        "076.01.CQ.6709.QGE.002": (D("0"), D("700000"), "ditambah"),
        "076.01.WA.3355.EBA.994": (D("3000000"), D("3000000"), "tetap"),
    }
    per_pos = {p.kode: (p.lama, p.baru, p.status) for r in beda.ro for p in r.pos}
    assert per_pos[KODE_A] == (D("1000000"), D("1500000"), "berubah")
    assert per_pos[KODE_B] == (D("2500000"), None, "dihapus")
    assert per_pos[KODE_C][2] == "tetap"


def test_realisation_of_a_line_not_in_the_dipa_is_refused_and_nothing_written(kantor):
    _impor(kantor, dipa_kecil())
    sebelum = _isi()
    data = xlsx(
        {
            "realisasi": [
                ["kode", "bulan", "realisasi"],
                [KODE_A, 1, 100],
                ["076.01.CQ.6709.QGE.009.051.A.521211", 1, 50],
            ]
        }
    )
    with pytest.raises(ImporError) as e:
        _impor(kantor, data)
    assert [str(k) for k in e.value.kesalahan] == [
        "lembar 'realisasi', baris 3: kode 076.01.CQ.6709.QGE.009.051.A.521211 tidak ada di "
        "DIPA KPU Kota Tangerang Selatan 2023; realisasi ditolak"
    ]
    assert _isi() == sebelum


def test_realisation_without_any_dipa_is_refused(kantor):
    with pytest.raises(ImporError, match="DIPA KPU Kota Tangerang Selatan tahun 2023 belum ada"):
        _impor(kantor, xlsx({"realisasi": [["kode", "bulan", "realisasi"], [KODE_A, 1, 100]]}))
    assert not Dipa.objects.exists()


def test_a_shortened_ro_code_must_name_one_ro(kantor):
    _impor(kantor, dipa_kecil())
    data = xlsx(
        {
            "volume_ro": [
                ["kode_ro", "uraian", "target", "satuan"],
                ["QGE.001", "x", 1, "Lembaga"],
                ["6709.QGE.002", "y", 1, "Lembaga"],
            ]
        }
    )
    with pytest.raises(ImporError) as e:
        _impor(kantor, data)
    assert [str(k) for k in e.value.kesalahan] == [
        "lembar 'volume_ro', baris 3: RO 6709.QGE.002 tidak ada di DIPA KPU Kota Tangerang Selatan 2023",
    ]


def test_only_perencana_or_admin_of_the_office_may_import(demo, pic, orang_luar, perencana):
    for pengguna in (pic, orang_luar):
        with pytest.raises(PermissionDenied):
            impor_berkas(pengguna, demo, 2023, [("dipa.xlsx", dipa_kecil())])
    assert not Dipa.objects.exists()
    hasil = impor_berkas(perencana, demo, 2023, [("dipa.xlsx", dipa_kecil())])
    assert RevisiDipa.objects.get(dipa=hasil.dipa).diimpor_oleh == perencana


# ---- SAKTI ---------------------------------------------------------------------------


@pytest.fixture
def kantor_sakti():
    satker = Satker.objects.create(kode="9999", nama="Sekretariat Kemenko PMK", jenis="pusat")
    ProfilAnggaran.objects.create(satker=satker, kode_satker_kemenkeu="427768")
    return satker


def test_both_sakti_samples_import_and_successive_months_give_monthly_figures(kantor_sakti):
    jan = impor_berkas(None, kantor_sakti, 2025, [("jan.xlsx", sakti("GLP039_Januari2025.xlsx"))])
    assert jan.periode_sakti == "Januari 2025" and jan.revisi == [0]
    sep = impor_berkas(None, kantor_sakti, 2025, [("sep.xlsx", sakti("GLP039_Sep2025.xlsx"))])
    assert sep.revisi == [0]  # same pagu as January: the same revision
    real = RealisasiAnggaran.objects.filter(pos__dipa__satker=kantor_sakti)
    assert real.aggregate(t=Sum("jumlah"))["t"] == D("377843585")
    # January spent nothing; September's "Periode Lalu" (January-August) is kept apart from
    # September itself ("Periode Ini")
    assert list(real.values_list("bulan").annotate(t=Sum("jumlah")).order_by("bulan")) == [
        (8, D("267272855")),
        (9, D("110570730")),
    ]
    pagu = Pagu.objects.filter(revisi__dipa__satker=kantor_sakti)
    assert list(pagu.values_list("pos__jenis_belanja").annotate(t=Sum("jumlah"))) == [
        ("52", D("906800000"))
    ]
    assert PosAnggaran.objects.filter(dipa__satker=kantor_sakti).count() == 28
    for nama, bulan in (("GLP039_Januari2025.xlsx", 1), ("GLP039_Sep2025.xlsx", 9)):
        jumlah_berkas = baca_berkas(nama, sakti(nama)).sakti.jumlah
        assert pagu.aggregate(t=Sum("jumlah"))["t"] == jumlah_berkas["pagu"]
        sampai = real.filter(bulan__lte=bulan).aggregate(t=Sum("jumlah"))["t"] or 0
        assert sampai == jumlah_berkas["sd"]


def test_sakti_month_figures_are_differences_of_cumulative_ones(kantor_sakti):
    impor_berkas(None, kantor_sakti, 2025, [("sep.xlsx", sakti("GLP039_Sep2025.xlsx"))])
    kode = "036.01.WA.6336.EBA.963.127.0A.521211"
    # An earlier month imported later: September keeps its cumulative figure.
    data = _sakti_dengan_sd(kode, 12000000, bulan="Juni")
    impor_berkas(None, kantor_sakti, 2025, [("jun.xlsx", data)])
    baris = dict(RealisasiAnggaran.objects.filter(pos__kode=kode).values_list("bulan", "jumlah"))
    # September's first import kept January-August (14.892.000) apart from September
    # (4.860.000); June's cumulative 12.000.000 then leaves 2.892.000 for July-August.
    assert baris == {6: D("12000000"), 8: D("2892000"), 9: D("4860000")}
    impor_berkas(None, kantor_sakti, 2025, [("jun.xlsx", data)])
    assert (
        dict(RealisasiAnggaran.objects.filter(pos__kode=kode).values_list("bulan", "jumlah"))
        == baris
    )


def _sakti_dengan_sd(kode_akun, sd, bulan):
    """The September sample relabelled as another month, with one akun's s.d. changed."""
    from .berkas import ubah_sakti

    def ubah(ws):
        ws["A3"] = f"Periode {bulan} 2025"
        selisih = sd - ws["Z44"].value
        for baris in (9, 10, 11, 12, 13, 42, 43, 44):
            kolom = "Y" if baris == 9 else "Z"
            ws[f"{kolom}{baris}"] = ws[f"{kolom}{baris}"].value + selisih

    return ubah_sakti("GLP039_Sep2025.xlsx", ubah)


def test_a_sakti_file_of_another_satker_is_refused(kantor):
    ProfilAnggaran.objects.create(satker=kantor, kode_satker_kemenkeu="987654")
    with pytest.raises(ImporError) as e:
        impor_berkas(None, kantor, 2025, [("sep.xlsx", sakti("GLP039_Sep2025.xlsx"))])
    assert [str(k) for k in e.value.kesalahan] == [
        "baris 6: laporan SAKTI ini milik satker 427768 (SEKRETARIAT KEMENKO BIDANG PMK), bukan "
        "satker 987654 (KPU Kota Tangerang Selatan); berkas ditolak"
    ]
    assert not Dipa.objects.exists()


def test_a_sakti_file_needs_the_offices_kemenkeu_code_and_may_record_it(kantor):
    with pytest.raises(ImporError, match="kode satker Kemenkeu \\(6 angka\\) untuk KPU Kota"):
        impor_berkas(None, kantor, 2025, [("sep.xlsx", sakti("GLP039_Sep2025.xlsx"))])
    impor_berkas(
        None, kantor, 2025, [("sep.xlsx", sakti("GLP039_Sep2025.xlsx"))], kode_kemenkeu="427768"
    )
    assert kantor.profil_anggaran.kode_satker_kemenkeu == "427768"


def test_a_sakti_file_of_another_year_is_refused(kantor_sakti):
    with pytest.raises(ImporError, match="laporan SAKTI untuk TA 2025, bukan 2024"):
        impor_berkas(None, kantor_sakti, 2024, [("sep.xlsx", sakti("GLP039_Sep2025.xlsx"))])


def test_the_cycle_collector_runs_again_after_an_import_written_or_refused(kantor):
    """The import pauses Python's cycle collector (its rows would be walked again and again)."""
    assert gc.isenabled()
    _impor(kantor, dipa_kecil())
    assert gc.isenabled()
    with pytest.raises(ImporError):
        _impor(kantor, xlsx({"realisasi": [["kode", "bulan", "realisasi"], [KODE_A, 13, 1]]}))
    assert gc.isenabled()
    gc.disable()  # paused by someone else: left paused
    try:
        _impor(kantor, dipa_kecil())
        assert not gc.isenabled()
    finally:
        gc.enable()
