"""IKPA from the budget data: the demo 2023 (PER-5/PB/2022) and an office shaped differently (2024 rules)."""

import datetime as dt
import io
import json
from decimal import Decimal as D

import pytest
from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from openpyxl import Workbook

from conftest import muat_anggaran_demo
from sakip.anggaran.models import (
    Dipa,
    Pagu,
    PosAnggaran,
    RealisasiAnggaran,
    RealisasiVolume,
    RencanaPenarikan,
    RevisiDipa,
    RincianOutput,
)
from sakip.evaluasi import ikpa
from sakip.evaluasi.models import MasukanIkpa

pytestmark = pytest.mark.django_db


@pytest.fixture
def dipa(demo):
    muat_anggaran_demo(demo)
    return Dipa.objects.get(satker=demo, tahun=2023)


def test_ikpa_demo_2023(dipa, demo):
    h = ikpa.hitung(None, demo, 2023)
    assert h.aturan.kode == "PER-5/PB/2022"
    nilai = {b.kode: (b.nilai, b.bobot, b.sumber) for b in h.baris}
    assert nilai["revisi_dipa"] == (
        D("62.5"),
        D(10),
        "dihitung",
    )  # TW 2/1/2/4 counted → 50/100/50/50
    assert [r.nomor for r in h.revisi] == list(range(1, 14))
    assert [r.nomor for r in h.revisi if not r.pagu_tetap] == [2, 4, 6, 8]
    assert sum(1 for r in h.revisi if r.dihitung) == 9
    for k in ("kontraktual", "tagihan", "up_tup", "dispensasi_spm"):
        assert nilai[k] == (None, nilai[k][1], "tidak_berlaku")
    j = h.as_json()
    assert {i["kode"]: i["nilai"] for i in j["indikator"]} == {
        "revisi_dipa": "62.50",
        "deviasi_hal3": "88.08",
        "penyerapan": "90.63",
        "kontraktual": None,
        "tagihan": None,
        "up_tup": None,
        "dispensasi_spm": None,
        "capaian_output": "96.82",
    }
    # consistency: Nilai Total = Σ nilai × bobot / 100 of the applicable; Konversi Bobot = Σ their bobot
    berlaku = [b for b in h.baris if b.nilai is not None]
    assert h.nilai_total == sum(b.nilai * b.bobot / 100 for b in berlaku)
    assert h.konversi_bobot == D(65)
    assert h.nilai_akhir == (h.nilai_total / h.konversi_bobot * 100).quantize(D("0.01"))
    assert (j["nilai_total"], j["konversi_bobot"], j["nilai_akhir"], j["kategori"]) == (
        "57.3883",
        "65.00",
        "88.29",
        "Cukup",
    )


def test_perintah_ikpa_json_dan_teks(dipa, capsys):
    call_command("ikpa", "--satker", "3674", "--tahun", "2023", "--json")
    j = json.loads(capsys.readouterr().out)
    assert len(j["revisi_dipa"]) == 13
    assert {i["sumber"] for i in j["indikator"]} == {"dihitung", "tidak_berlaku"}
    assert j["pilihan"][0]["aturan"] == "Skor Revisi DIPA per triwulan"
    call_command("ikpa", "--satker", "3674", "--tahun", "2023")
    teks = capsys.readouterr().out
    assert "Nilai Akhir      88,29  (Cukup)" in teks
    assert "Revisi DIPA (13):" in teks


def test_perintah_ikpa_tanpa_dipa(demo):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="Belum ada DIPA"):
        call_command("ikpa", "--satker", "3674", "--tahun", "2025")
    with pytest.raises(CommandError, match="tidak ditemukan"):
        call_command("ikpa", "--satker", "9999", "--tahun", "2023")


def _kantor_2024(kantor_lain):
    """A small DIPA 2024: 51 and 52 of 1.200 each, RPD = realisation but 52 in March (0) and
    April (200); 5 revisions (4 pagu tetap, 1 raises 52 by 100); RO volumes 8/10 and 5/4."""
    dipa = Dipa.objects.create(satker=kantor_lain, tahun=2024)
    rev = [
        RevisiDipa.objects.create(dipa=dipa, nomor=n, tanggal=t)
        for n, t in enumerate(
            [
                dt.date(2023, 12, 1),
                dt.date(2024, 3, 5),
                dt.date(2024, 8, 1),
                dt.date(2024, 9, 2),
                dt.date(2024, 10, 7),
                dt.date(2024, 11, 4),
            ]
        )
    ]
    ro1 = RincianOutput.objects.create(
        dipa=dipa, kode="076.01.CQ.6709.QGE.001", target_volume=10, satuan="dokumen"
    )
    ro2 = RincianOutput.objects.create(
        dipa=dipa, kode="076.01.CQ.6709.QGE.002", target_volume=4, satuan="laporan"
    )
    RincianOutput.objects.create(dipa=dipa, kode="076.01.CQ.6709.QGE.003")
    RealisasiVolume.objects.create(rincian_output=ro1, bulan=6, volume=8)
    RealisasiVolume.objects.create(rincian_output=ro2, bulan=9, volume=5)

    def pos(ro, akun):
        kode = f"{ro.kode}.051.A.{akun}"
        return PosAnggaran.objects.create(
            dipa=dipa,
            rincian_output=ro,
            kode=kode,
            ba="076",
            eselon="01",
            program="CQ",
            kegiatan="6709",
            kro="QGE",
            ro=ro.kode[-3:],
            komponen="051",
            subkomponen="A",
            akun=akun,
            jenis_belanja=akun[:2],
        )

    p51, p52a, p52b = pos(ro1, "511111"), pos(ro1, "521211"), pos(ro2, "521213")
    for i, r in enumerate(rev):
        Pagu.objects.create(revisi=r, pos=p51, jumlah=1200)
        geser = 100 if i >= 1 else 0
        Pagu.objects.create(revisi=r, pos=p52a, jumlah=600 - geser)
        Pagu.objects.create(revisi=r, pos=p52b, jumlah=600 + geser + (100 if i == 5 else 0))
    for b in range(1, 13):
        RealisasiAnggaran.objects.create(pos=p51, bulan=b, jumlah=100)
        RealisasiAnggaran.objects.create(pos=p52a, bulan=b, jumlah={3: 0, 4: 200}.get(b, 100))
        RencanaPenarikan.objects.create(dipa=dipa, jenis_belanja="51", bulan=b, jumlah=100)
        RencanaPenarikan.objects.create(dipa=dipa, jenis_belanja="52", bulan=b, jumlah=100)
    return dipa


@pytest.fixture
def perencana_lain(orang_luar):
    """The Perencana of KPU Kota Tangerang (3671)."""
    return orang_luar


def test_ikpa_kantor_lain_2024(kantor_lain, perencana_lain):
    _kantor_2024(kantor_lain)
    ikpa.simpan_masukan(
        perencana_lain,
        kantor_lain,
        2024,
        12,
        {"tagihan": "100", "up_tup": "95", "dispensasi_spm": "0,25", "nilai_akhir": "93,40"},
        "OM-SPAN IKPA Desember 2024, unduhan 5 Januari 2025",
    )
    h = ikpa.hitung(perencana_lain, kantor_lain, 2024)
    assert h.aturan.kode == "PER-5/PB/2024"
    nilai = {b.kode: b for b in h.baris}
    # Semester I: 1 pagu-tetap revision → 110; semester II: 3 (Aug, Sep, Oct; Nov raises pagu) → 50
    assert nilai["revisi_dipa"].nilai == D(80)
    # 52 deviates 100 % in March and April, weighted by 1.300 / 2.500: 52 % each; 104 / 11 months
    assert h.deviasi_bulanan[2][1] == D(52)
    assert ikpa.aturan_ikpa.bulatkan(nilai["deviasi_hal3"].nilai) == D("90.55")
    assert nilai["penyerapan"].nilai == D(100)
    assert nilai["capaian_output"].nilai == D(93)  # 0.3 × 100 + 0.7 × (80 + 100) / 2
    assert nilai["kontraktual"].sumber == "tidak_berlaku"
    assert (nilai["tagihan"].nilai, nilai["tagihan"].sumber) == (D(100), "diisi")
    assert "dispensasi_spm" not in nilai  # a deduction under PER-5/PB/2024
    assert h.pengurang == D("0.25")
    assert h.konversi_bobot == D(90)
    assert ikpa.aturan_ikpa.bulatkan(h.nilai_total, 4) == D("84.3318")
    assert h.nilai_akhir == D("93.45")
    assert h.kategori == "Baik"
    assert h.dilaporkan["nilai_akhir"] == D("93.40")
    # By June only semester I and TW I–II count
    juni = ikpa.hitung(perencana_lain, kantor_lain, 2024, 6)
    assert [q for q, _ in juni.penyerapan_triwulan] == [1, 2]
    assert {b.kode: b.nilai for b in juni.baris}["revisi_dipa"] == D(100)


def test_masukan_manual_wajib_bukti_dan_angka_sah(kantor_lain, perencana_lain):
    _kantor_2024(kantor_lain)
    with pytest.raises(ikpa.MasukanError, match="Bukti"):
        ikpa.simpan_masukan(perencana_lain, kantor_lain, 2024, 12, {"tagihan": "100"}, "")
    with pytest.raises(ikpa.MasukanError, match="Penyelesaian Tagihan: 'seratus' bukan angka"):
        ikpa.simpan_masukan(perencana_lain, kantor_lain, 2024, 12, {"tagihan": "seratus"}, "x")
    with pytest.raises(ikpa.MasukanError, match="pengurang 0–1 poin"):
        ikpa.simpan_masukan(perencana_lain, kantor_lain, 2024, 12, {"dispensasi_spm": "5"}, "x")
    with pytest.raises(ikpa.MasukanError, match="di luar 0–120"):
        ikpa.simpan_masukan(perencana_lain, kantor_lain, 2024, 12, {"up_tup": "130"}, "x")
    assert not MasukanIkpa.objects.exists()


def test_masukan_hanya_perencana_kantor(dipa, demo, pic, evaluator):
    for u in (pic, evaluator):
        with pytest.raises(PermissionDenied):
            ikpa.simpan_masukan(u, demo, 2023, 12, {"tagihan": "100"}, "x")


def _xlsx(baris):
    wb = Workbook()
    ws = wb.active
    for b in baris:
        ws.append(b)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


KEPALA = [
    "Bulan",
    "Revisi DIPA",
    "Deviasi Halaman III DIPA",
    "Penyerapan Anggaran",
    "Belanja Kontraktual",
    "Penyelesaian Tagihan",
    "Pengelolaan UP dan TUP",
    "Capaian Output",
    "Dispensasi SPM",
    "Nilai Total",
    "Konversi Bobot",
    "Nilai Akhir (Nilai Total/Konversi Bobot)",
]


def test_halaman_ikpa_impor_omspan_dan_selisih(client, dipa, perencana):
    client.force_login(perencana)
    url = reverse("evaluasi:ikpa", args=["3674", 2023])
    isi = _xlsx([KEPALA, [12, 100, "95,10", 96, None, 100, "98,5", 97, 100, "93,01", 100, "93,01"]])
    r = client.post(
        reverse("evaluasi:impor_ikpa", args=["3674", 2023]),
        {"berkas": SimpleUploadedFile("ikpa.xlsx", isi)},
    )
    assert r.status_code == 302
    h = ikpa.hitung(perencana, dipa.satker, 2023)
    b = {x.kode: x for x in h.baris}
    assert (b["tagihan"].nilai, b["tagihan"].sumber) == (D(100), "omspan")
    assert b["kontraktual"].sumber == "tidak_berlaku"
    assert b["revisi_dipa"].dilaporkan == D(100)
    assert b["revisi_dipa"].selisih == D("-37.50")
    assert h.dilaporkan["nilai_akhir"] == D("93.01")
    # 62.5×10 + 88.08…×10 + 90.63…×20 + 100×10 + 98.5×10 + 100×5 + 96.82…×25, over 90
    assert h.konversi_bobot == D(90)
    halaman = client.get(url)
    teks = halaman.content.decode()
    assert halaman.status_code == 200
    assert "impor OM-SPAN" in teks and "-37,50" in teks
    assert "Pilihan aturan yang belum terverifikasi" in teks
    assert "Skor Revisi DIPA per triwulan" in teks


def test_impor_omspan_salah_tidak_menulis(client, dipa, perencana):
    client.force_login(perencana)
    isi = _xlsx([KEPALA, [13, 100, 95, 96, None, 100, 98, 97, 100, 93, 100, 93], [11, "abc"]])
    r = client.post(
        reverse("evaluasi:impor_ikpa", args=["3674", 2023]),
        {"berkas": SimpleUploadedFile("ikpa.xlsx", isi)},
    )
    assert r.status_code == 400
    teks = r.content.decode()
    assert "baris 2: kolom Bulan &#x27;13&#x27; harus 1–12." in teks
    assert "baris 3, kolom Revisi DIPA: &#x27;abc&#x27; bukan angka" in teks
    assert not MasukanIkpa.objects.exists()
    r = client.post(
        reverse("evaluasi:impor_ikpa", args=["3674", 2023]),
        {"berkas": SimpleUploadedFile("ikpa.txt", b"x")},
    )
    assert r.status_code == 400


@pytest.mark.parametrize("peran", ["pimpinan", "pic", "evaluator"])
def test_pembaca_melihat_ikpa_tanpa_formulir(client, request, dipa, peran):
    client.force_login(request.getfixturevalue(peran))
    r = client.get(reverse("evaluasi:ikpa", args=["3674", 2023]))
    assert r.status_code == 200
    assert b"simpan-ikpa" not in r.content
    assert (
        client.post(reverse("evaluasi:isi_ikpa", args=["3674", 2023]), {"bulan": "12"}).status_code
        == 403
    )


def test_kantor_lain_404(client, dipa, orang_luar, evaluator_lain):
    for u in (orang_luar, evaluator_lain):
        client.force_login(u)
        assert client.get(reverse("evaluasi:ikpa", args=["3674", 2023])).status_code == 404


def test_halaman_anggaran_menautkan_ikpa(client, dipa, perencana):
    client.force_login(perencana)
    r = client.get(reverse("anggaran:ringkasan", args=["3674", 2023]))
    assert reverse("evaluasi:ikpa", args=["3674", 2023]).encode() in r.content


def test_tahun_tanpa_aturan_ikpa_404(client, perencana, demo):
    client.force_login(perencana)
    Dipa.objects.create(satker=demo, tahun=2021)
    r = client.get(reverse("evaluasi:ikpa", args=["3674", 2021]))
    assert r.status_code == 404
    assert "Tidak ada aturan IKPA untuk tahun anggaran 2021" in r.content.decode()
