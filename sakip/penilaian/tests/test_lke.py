"""The LKE worksheet end to end through the services and pages: self-assessment, scoring,
finalisation, LHE documents read back, follow-up, and the grade as next year's NAK realisation."""

import io
import json
from datetime import date
from decimal import Decimal as D

import pytest
from django.core.exceptions import PermissionDenied
from django.core.management import call_command
from django.urls import reverse
from openpyxl import load_workbook

from conftest import pengguna
from sakip.evaluasi import lke
from sakip.evaluasi.lke import LkeGagal
from sakip.evaluasi.models import JejakLke, LembarKerja, Rekomendasi, SumberRealisasi
from sakip.laporan.tests.bantu import isi_docx, rapat, tabel_docx, teks_pdf
from sakip.organisasi.models import UnitKerja
from sakip.pengukuran import services as alur
from sakip.pengukuran.models import JejakRealisasi
from sakip.penilaian.ekspor import buat_xlsx
from sakip.penilaian.lembar import susun_lembar
from sakip.penilaian.lhe import render_lhe
from sakip.penilaian.prefill import isian_otomatis

pytestmark = pytest.mark.django_db


def _kerangka(lembar):
    return lembar.kerangka.kerangka()


@pytest.fixture
def diajukan(demo, perencana):
    lembar = lke.buka(perencana, demo, 2023)
    lke.simpan_usulan(
        perencana,
        lembar.pk,
        {
            "1.a.1": (True, "https://jdih.kpu.go.id/pkpu-sakip", "PKPU tentang SAKIP"),
            "1.c.8": (False, "", ""),
        },
    )
    return lke.ajukan(perencana, lembar.pk, isian_otomatis(demo, 2023, lembar))


def _nilai_semua(evaluator, lembar, kecuali=()):
    semua = {
        c.kode: (c.kode not in kecuali, "diperiksa dengan bukti kantor")
        for c in _kerangka(lembar).semua_kriteria()
    }
    return lke.nilai_evaluator(evaluator, lembar.pk, semua)


def test_prefill_demo_2023(demo):
    p = isian_otomatis(demo, 2023, None)
    assert p["1.a.3"].nilai is True and "Renstra 2020–2024" in p["1.a.3"].bukti[0]
    assert p["1.a.4"].nilai is True
    assert p["2.a.2"].nilai in (True, False)
    assert p["2.b.6"].nilai is True
    assert p["3.a.1"].nilai is False  # the demo LKj is not published
    assert p["3.a.6"].aturan.startswith("Ya bila LKj terbit paling lambat 28 Februari 2024")
    assert p["1.a.1"].nilai is None  # AUTO only once a document is linked
    # ASSIST never proposes Y/T; it shows its metric
    assert p["1.b.5"].nilai is None and "indikator lengkap" in p["1.b.5"].metrik
    assert "Pemeriksaan data kantor:" in p["1.b.5"].metrik
    assert p["2.b.3"].nilai is None and "realisasi berbukti dukung" in p["2.b.3"].metrik


def test_alur_lengkap(demo, diajukan, evaluator, perencana, pic):
    lembar = diajukan
    assert lembar.status == LembarKerja.Status.DIAJUKAN
    # the office's explicit answers are kept, blank AUTO criteria took the prefill
    j = {x.kode: x for x in lembar.jawaban.all()}
    assert (j["1.a.1"].usulan, j["1.a.1"].bukti) == (True, "https://jdih.kpu.go.id/pkpu-sakip")
    assert j["1.a.3"].usulan is True and j["1.a.3"].catatan_usulan.startswith(
        "Diisi otomatis sakip"
    )
    with pytest.raises(LkeGagal, match="sudah diajukan"):
        lke.simpan_usulan(perencana, lembar.pk, {"1.a.2": (True, "", "")})
    # evaluator: all Y except 1.c.8; differing from the office's "T" on 1.c.8? no: same T
    with pytest.raises(LkeGagal, match="catatan wajib"):
        lke.nilai_evaluator(evaluator, lembar.pk, {"1.c.8": (True, "")})
    _nilai_semua(evaluator, lembar, kecuali={"1.c.8"})
    with pytest.raises(LkeGagal, match="paling tinggi B"):
        lke.nilai_evaluator(evaluator, lembar.pk, {}, {"1.c": ("BB", "kualitas baik")})
    with pytest.raises(LkeGagal, match="catatan wajib untuk jawaban"):
        lke.nilai_evaluator(evaluator, lembar.pk, {}, {"1.b": ("A", "")})
    lke.nilai_evaluator(
        evaluator,
        lembar.pk,
        {},
        {"1.b": ("A", "Ada upaya yang dapat dihargai: cascading sampai jabatan.")},
    )
    with pytest.raises(LkeGagal, match="Sub-komponen 1.b: Jawaban A tidak sesuai"):
        lke.nilai_evaluator(evaluator, lembar.pk, {"1.b.3": (False, "tidak ada bukti")})
    unit = UnitKerja.objects.get(satker=demo, kode="perencanaan")
    lke.tambah_rekomendasi(
        evaluator,
        lembar.pk,
        "Kriteria 1.c.8 belum terpenuhi.",
        "Lakukan survei pemahaman pegawai atas kinerja.",
        unit.pk,
        date(2024, 6, 30),
        1,
    )
    with pytest.raises(LkeGagal, match="Nomor LHE"):
        lke.finalkan(evaluator, lembar.pk, " ")
    final = lke.finalkan(evaluator, lembar.pk, "123/PL.02-LHE/36/2024", "SAKIP berjalan baik.")
    # 80 (all BB) − 7.20 + 8.10 (1.b A) − 12.00 + 10.50 (1.c B) = 79.40 → BB
    assert (final.nilai_akhir, final.predikat) == (D("79.40"), "BB")
    with pytest.raises(LkeGagal, match="sudah final"):
        lke.nilai_evaluator(evaluator, lembar.pk, {"1.a.1": (False, "x")})
    assert (
        list(JejakLke.objects.filter(lembar=lembar).values_list("aksi", flat=True))[-1]
        == "finalkan"
    )

    lb = susun_lembar(evaluator, demo, 2023)
    assert lb.penetapan.nilai == D("79.40")
    pdf = rapat(" ".join(teks_pdf(render_lhe(lb, "pdf"))))
    assert "Laporan Hasil Evaluasi Akuntabilitas Kinerja Tahun 2023" in pdf
    assert "79,40 dengan predikat BB (Sangat Baik)" in pdf
    assert "Lakukan survei pemahaman pegawai atas kinerja." in pdf
    doc = isi_docx(render_lhe(lb, "docx"))
    tabel = tabel_docx(doc)
    assert ["1.b Kualitas", "11/11", "100,00%", "BB", "A", "9,00", "8,10"] in tabel[0]
    assert tabel[0][-1][-1] == "79,40"

    # the worksheet as the LKE spreadsheet
    ws = load_workbook(io.BytesIO(buat_xlsx(lb))).active
    baris = {r[0]: r for r in ws.iter_rows(min_row=4, values_only=True) if r[0]}
    assert baris["1.b"][7:9] == ("A", 8.1)
    assert baris["1.c"][3] == "7/8"
    assert baris["1.c.8"][3:9] == ("Tidak Ada (0)", "Tidak", "Tidak", "Tidak", None, 0)
    assert baris["1.a.1"][3:6] == ("Ada (1)", "Ya", "Tidak")
    assert list(ws.iter_rows(values_only=True))[-1][7:9] == ("BB", 79.4)

    # follow-up: the PIC of the responsible unit
    rek = Rekomendasi.objects.get(lembar=lembar)
    pic_perencanaan = pengguna("pic-perencanaan")
    with pytest.raises(PermissionDenied):
        lke.tindak_lanjut(pic, rek.pk, "proses", "x", "")  # PIC of another unit
    with pytest.raises(LkeGagal, match="Bukti tindak lanjut"):
        lke.tindak_lanjut(pic_perencanaan, rek.pk, "selesai", "Survei dilakukan", "")
    lke.tindak_lanjut(pic_perencanaan, rek.pk, "proses", "Kuesioner disusun", "")
    rek = lke.tindak_lanjut(
        pic_perencanaan,
        rek.pk,
        "selesai",
        "Survei dilakukan 3 Mei 2024",
        "https://drive/survei.pdf",
    )
    assert [(h.dari_status, h.ke_status) for h in rek.riwayat.all()] == [
        ("belum", "proses"),
        ("proses", "selesai"),
    ]
    # ... which the 2024 LKE's component 4 prefill counts
    assert isian_otomatis(demo, 2024, None)["4.c.1"].nilai is True

    # the grade feeds the plan: next year's NAK realisation through the normal workflow
    r = lke.realisasi_nak(pic_perencanaan, lembar.pk, 1, date(2024, 4, 10))
    assert (r.tahun, r.triwulan, r.nilai_huruf, r.skor, r.status) == (
        2024,
        1,
        "BB",
        D("79.40"),
        "draf",
    )
    assert "123/PL.02-LHE/36/2024" in r.analisis
    assert SumberRealisasi.objects.get(realisasi=r).lembar == lembar
    assert JejakRealisasi.objects.filter(
        realisasi=r, aksi="simpan", pengguna=pic_perencanaan
    ).exists()
    r = alur.ajukan(pic_perencanaan, r.pk, r.versi, date(2024, 4, 10))
    assert r.status == "diajukan"
    with pytest.raises(LkeGagal):
        lke.realisasi_nak(evaluator, lembar.pk, 1, date(2024, 4, 10))  # not the PIC


def test_izin(demo, perencana, evaluator, evaluator_lain, orang_luar, pic):
    with pytest.raises(PermissionDenied):
        lke.buka(pic, demo, 2023)
    with pytest.raises(PermissionDenied):
        lke.buka(orang_luar, demo, 2023)
    lembar = lke.buka(evaluator, demo, 2023)  # the evaluator may open it too
    with pytest.raises(PermissionDenied):
        lke.simpan_usulan(evaluator, lembar.pk, {"1.a.1": (True, "", "")})
    with pytest.raises(LkeGagal, match="belum diajukan"):
        lke.nilai_evaluator(evaluator, lembar.pk, {"1.a.1": (True, "")})
    lke.ajukan(perencana, lembar.pk, {})
    with pytest.raises(PermissionDenied):
        lke.nilai_evaluator(evaluator_lain, lembar.pk, {"1.a.1": (True, "")})
    with pytest.raises(PermissionDenied):
        lke.nilai_evaluator(perencana, lembar.pk, {"1.a.1": (True, "")})
    with pytest.raises(LkeGagal, match="80 kriteria belum dinilai evaluator: 1.a.1, 1.a.2"):
        lke.finalkan(evaluator, lembar.pk, "1/LHE")
    with pytest.raises(LkeGagal, match="diubah orang lain"):
        lke.nilai_evaluator(evaluator, lembar.pk, {"1.a.1": (True, "")}, versi=1)
    with pytest.raises(LkeGagal, match="tidak ada"):
        lke.nilai_evaluator(evaluator, lembar.pk, {"9.z.1": (True, "")})


def test_dipertahankan_dari_riwayat(demo, perencana, evaluator):
    """Keberadaan: all met in 2022 and 2023 → A in 2023's and 2024's worksheets (held ≥ 1 year)."""
    for tahun in (2022, 2023):
        lembar = lke.buka(perencana, demo, tahun)
        lke.ajukan(perencana, lembar.pk, {})
        _nilai_semua(evaluator, lembar)
        lke.finalkan(evaluator, lembar.pk, f"{tahun}/LHE")
    l22, l23 = LembarKerja.objects.filter(satker=demo).order_by("tahun")
    assert (l22.nilai_akhir, l22.predikat) == (D("80.00"), "BB")
    # 2023: Keberadaan subs held ≥ 1 year → A: 80 + (6 + 6 + 3 + 5) × 0.1 = 82.00 → A
    assert (l23.nilai_akhir, l23.predikat) == (D("82.00"), "A")
    assert isian_otomatis(demo, 2024, None)["4.c.2"].nilai is True  # 80 → 82
    j = susun_lembar(None, demo, 2024).as_json()
    c = j["komponen"][0]["sub"][0]["kriteria"][0]
    assert (c["dipertahankan_1_tahun"], c["dipertahankan_5_tahun"]) == (True, False)


def test_perintah_lke(demo, capsys):
    call_command("lke", "--satker", "3674", "--tahun", "2023", "--json")
    j = json.loads(capsys.readouterr().out)
    assert [len(s["kriteria"]) for k in j["komponen"] for s in k["sub"]] == [
        6,
        11,
        8,
        3,
        7,
        10,
        6,
        9,
        7,
        3,
        5,
        5,
    ]
    k = {c["kode"]: c for kk in j["komponen"] for s in kk["sub"] for c in s["kriteria"]}
    assert (k["1.a.3"]["jawaban"], k["1.a.3"]["sumber"], k["1.a.3"]["skor"]) == (
        True,
        "otomatis",
        1,
    )
    assert k["2.c.1"]["sumber"] == "belum"
    total = sum(D(kk["nilai"]) for kk in j["komponen"])
    assert D(j["nilai"]) == total
    assert j["final"] is False
    call_command("lke", "--satker", "3674", "--tahun", "2023")
    assert "1.a keberadaan" in capsys.readouterr().out


def test_muat_lke_varian_lain(tmp_path, capsys):
    from sakip.evaluasi.lke import KERANGKA_BAWAAN

    data = json.loads(KERANGKA_BAWAAN.read_text(encoding="utf-8"))
    data["kode"], data["nama"] = "mari-2021", "LKE AKIP varian Mahkamah Agung"
    # MA moves 1.b.10 to 1.a.7
    pindah = data["komponen"][0]["sub"][1]["kriteria"].pop(9)
    data["komponen"][0]["sub"][0]["kriteria"].append(pindah)
    berkas = tmp_path / "ma.json"
    berkas.write_text(json.dumps(data), encoding="utf-8")
    call_command("muat_lke", str(berkas))
    assert (
        "Kerangka mari-2021 dimuat: LKE AKIP varian Mahkamah Agung, 80 kriteria"
        in capsys.readouterr().out
    )
    data["komponen"][0]["bobot"] = 40
    berkas.write_text(json.dumps(data), encoding="utf-8")
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="bukan 40"):
        call_command("muat_lke", str(berkas))


def test_halaman(client, demo, perencana, evaluator, evaluator_lain):
    url = reverse("penilaian:lembar", args=["3674", 2023])
    client.force_login(perencana)
    r = client.get(url)
    assert r.status_code == 200 and b"buka-lke" in r.content
    assert client.post(reverse("penilaian:buka", args=["3674", 2023])).status_code == 302
    r = client.post(reverse("penilaian:usulan", args=["3674", 2023]), {"u-1.a.1": "x"})
    assert r.status_code == 400 and "pilihan &#x27;x&#x27; tidak dikenal" in r.content.decode()
    r = client.post(
        reverse("penilaian:usulan", args=["3674", 2023]),
        {"u-1.a.1": "1", "b-1.a.1": "https://x/pedoman.pdf", "c-1.a.1": ""},
    )
    assert r.status_code == 302
    assert (
        client.post(reverse("penilaian:nilai", args=["3674", 2023]), {"p-1.a.1": "1"}).status_code
        == 403
    )
    client.force_login(evaluator_lain)
    assert client.get(url).status_code == 404
    client.force_login(evaluator)
    r = client.post(reverse("penilaian:nilai", args=["3674", 2023]), {"p-1.a.1": "1"})
    assert r.status_code == 400 and "LKE belum diajukan kantor." in r.content.decode()
    r = client.get(reverse("penilaian:lhe", args=["3674", 2023, "pdf"]))
    assert r.status_code == 409


def test_tahun_tanpa_kerangka(client, demo, perencana):
    from sakip.evaluasi.models import KerangkaLke

    KerangkaLke.objects.all().delete()
    client.force_login(perencana)
    r = client.get(reverse("penilaian:lembar", args=["3674", 2023]))
    assert r.status_code == 404 and "Belum ada kerangka LKE untuk tahun 2023" in r.content.decode()
    assert client.get(reverse("penilaian:lhe", args=["3674", 2023, "pdf"])).status_code == 404


def test_evaluator_mengembalikan(demo, perencana, evaluator, client):
    lembar = lke.buka(perencana, demo, 2023)
    lke.ajukan(perencana, lembar.pk, {})
    with pytest.raises(LkeGagal, match="Alasan"):
        lke.kembalikan(evaluator, lembar.pk, " ")
    with pytest.raises(PermissionDenied):
        lke.kembalikan(perencana, lembar.pk, "x")
    lembar = lke.kembalikan(evaluator, lembar.pk, "Bukti 1.a.1 belum dilampirkan.")
    assert lembar.status == LembarKerja.Status.MANDIRI
    lke.simpan_usulan(perencana, lembar.pk, {"1.a.1": (True, "https://x/pedoman.pdf", "")})
    client.force_login(perencana)
    teks = client.get(reverse("penilaian:lembar", args=["3674", 2023])).content.decode()
    assert "kembalikan: Bukti 1.a.1 belum dilampirkan." in teks
