"""The demo DIPA 2023 of KPU Kota Tangerang Selatan reproduces the seed's budget tables."""

import json
from decimal import Decimal as D

import pytest
from django.core.management import call_command
from django.db.models import Sum

from sakip.anggaran.models import Pagu, RealisasiAnggaran, RevisiDipa
from sakip.anggaran.ringkasan import ringkasan
from sakip.demo.anggaran import muat_demo_anggaran
from sakip.organisasi.models import Satker

pytestmark = pytest.mark.django_db

# The seed's table "Analisis Pelaksanaan Kegiatan dan Realisasi Anggaran Tahun 2023":
# kegiatan.KRO.RO (KRO chosen where the seed gives none), pagu, realisasi, TVRO, RVRO, progres.
SEED_RO = {
    "6709.QGE.001": (1034903000, 841864540, 10, 10, "100.00"),
    "6709.QGE.003": (1000, 0, 10, 10, "100.00"),
    "6709.QGE.004": (6068000, 5917392, 10, 10, "100.00"),
    "6709.QGE.006": (517805000, 230610066, 10, 10, "100.00"),
    "6709.QGE.007": (18761000, 18684250, 10, 10, "100.00"),
    "6709.QDC.001": (6478000, 6074000, 10, 10, "100.00"),
    "6710.QGE.001": (21790000, 21790000, 10, 10, "100.00"),
    "6867.QGE.001": (847312000, 811911500, 10, 10, "100.00"),
    "6867.QGE.002": (13510900000, 13509600000, 10, 10, "100.00"),
    "6867.QGE.003": (3321007000, 3315840900, 10, 10, "100.00"),
    "6870.QGE.001": (20599000, 0, 10, 10, "100.00"),
    "6870.QGE.002": (35836000, 0, 20, 10, "50.00"),
    "6870.QGE.003": (1095000, 0, 10, 10, "100.00"),
    "6871.QGE.001": (4772579000, 4556205557, 10, 20, "100.00"),
    "6871.QGE.002": (2467718000, 2192209761, 10, 10, "100.00"),
    "6871.QGE.003": (96783000, 33663029, 10, 10, "100.00"),
    "6872.QGE.001": (18575000, 14804800, 10, 10, "100.00"),
    "6872.QGE.002": (3651000, 3650000, 10, 10, "100.00"),
    "6872.QGE.003": (1000, 0, 10, 0, "0.00"),
    "6887.QGE.001": (7348000, 7348000, 10, 10, "100.00"),
    "6887.QGE.002": (59282000, 58327112, 10, 10, "100.00"),
    "6887.QGE.003": (10044000, 9951000, 10, 10, "100.00"),
    "6888.QGE.003": (8044000, 1991000, 10, 10, "100.00"),
    "6889.QGE.001": (78725000, 78724500, 10, 10, "100.00"),
    "6889.QGE.002": (2000, 0, 10, 10, "100.00"),
    "6889.QGE.003": (23157000, 23157000, 10, 10, "100.00"),
    "6890.QGE.001": (306804000, 298040998, 10, 10, "100.00"),
    "6890.QGE.002": (15001000, 0, 10, 10, "100.00"),
    "6890.QGE.003": (1000, 0, 10, 10, "100.00"),
    "3355.EBA.994": (2313438000, 2310999532, 10, 10, "100.00"),
    "3355.EBA.955": (35739000, 34539000, 10, 10, "100.00"),
    "3360.EBA.994": (28768000, 28765713, 10, 10, "100.00"),
    "6634.EBA.963": (8273000, 8273000, 10, 10, "100.00"),
}


@pytest.fixture
def kantor(db_kosong):
    satker = Satker.objects.create(kode="3674", nama="KPU Kota Tangerang Selatan", jenis="kabkota")
    muat_demo_anggaran(satker)
    return satker


def test_the_33_ro_rows_are_the_seeds(kantor):
    r = ringkasan(None, kantor, 2023)
    assert len(r.ro) == 33
    didapat = {
        ro.kode_pendek: (
            int(ro.pagu),
            int(ro.realisasi),
            int(ro.target_volume),
            int(ro.realisasi_volume),
            f"{ro.progres:.2f}",
        )
        for ro in r.ro
    }
    assert didapat == SEED_RO


def test_pagu_by_type_of_spending_is_the_seeds_and_totals_are_sums_of_rows(kantor):
    r = ringkasan(None, kantor, 2023)
    assert [(j.kode, j.pagu) for j in r.jenis] == [
        ("51", D("2313438000")),
        ("52", D("26326489000")),
        ("53", D("956561000")),
    ]
    assert r.total.pagu == D("29596488000") == sum(j.pagu for j in r.jenis)
    # The seed's realisation by type is inconsistent with its 33 RO rows; the rows win.
    assert r.total.realisasi == D("28422942650") == sum(ro.realisasi for ro in r.ro)
    assert r.total.pagu == sum(ro.pagu for ro in r.ro) == sum(p.pagu for p in r.program)
    assert r.total.realisasi == sum(k.realisasi for k in r.kegiatan)
    assert [(j.kode, j.realisasi) for j in r.jenis] == [
        ("51", D("2310999532")),
        ("52", D("25216948118")),
        ("53", D("894995000")),
    ]
    assert f"{r.total.persen:.2f}" == "96.03"
    assert r.kategori == "Baik"


def test_thirteen_revisions_the_last_being_the_final_pagu(kantor):
    r = ringkasan(None, kantor, 2023)
    assert r.revisi == 13
    assert r.nomor_revisi == 13
    per_revisi = dict(Pagu.objects.values_list("revisi__nomor").annotate(t=Sum("jumlah")))
    assert per_revisi[0] == D("26970983000")
    assert per_revisi[13] == D("29596488000")
    assert RevisiDipa.objects.get(nomor=0).catatan == "DIPA awal TA 2023"


def test_monthly_realisation_and_rpd_add_up_to_the_year(kantor):
    r = ringkasan(None, kantor, 2023)
    assert r.bulanan[-1].realisasi_kumulatif == D("28422942650")
    assert r.bulanan[-1].rencana_kumulatif == D("29596488000")
    assert all(b.realisasi > 0 for b in r.bulanan)
    juni = ringkasan(None, kantor, 2023, sampai_bulan=6)
    assert juni.total.realisasi == r.bulanan[5].realisasi_kumulatif


def test_loading_the_demo_twice_changes_nothing(kantor):
    sebelum = sorted(RealisasiAnggaran.objects.values_list("pos__kode", "bulan", "jumlah"))
    pagu = sorted(Pagu.objects.values_list("revisi__nomor", "pos__kode", "jumlah"))
    muat_demo_anggaran(kantor)
    assert sorted(RealisasiAnggaran.objects.values_list("pos__kode", "bulan", "jumlah")) == sebelum
    assert sorted(Pagu.objects.values_list("revisi__nomor", "pos__kode", "jumlah")) == pagu


def test_the_command_prints_the_summary_as_json(kantor, capsys):
    call_command("anggaran", "--satker", "3674", "--tahun", "2023", "--json")
    data = json.loads(capsys.readouterr().out)
    assert data["total"] == {
        "pagu": "29596488000.00",
        "realisasi": "28422942650.00",
        "sisa": "1173545350.00",
        "persen": "96.03",
    }
    assert [j["jenis"] for j in data["jenis_belanja"]] == ["51", "52", "53"]
    assert data["jenis_belanja"][2] == {
        "jenis": "53",
        "uraian": "Belanja Modal",
        "pagu": "956561000.00",
        "realisasi": "894995000.00",
        "sisa": "61566000.00",
        "persen": "93.56",
    }
    assert data["revisi"] == 13
    ro = {r["kode_ro"]: r for r in data["ro"]}
    assert ro["076.01.CQ.6870.QGE.002"]["progres"] == "50.00"
    assert ro["076.01.CQ.6870.QGE.002"]["target_volume"] == "20"
    assert set(ro["076.01.WA.6634.EBA.963"]) == {
        "kode_ro",
        "uraian",
        "pagu",
        "realisasi",
        "target_volume",
        "realisasi_volume",
        "satuan",
        "progres",
    }
