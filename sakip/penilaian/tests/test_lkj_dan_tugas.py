"""The evaluation in the LKj (BAB III B IKPA, BAB IV follow-up) and on the work list."""

from datetime import date
from decimal import Decimal as D

import pytest
from django.urls import reverse

from conftest import muat_anggaran_demo, pengguna
from sakip.evaluasi import lke
from sakip.laporan.kumpul import kumpul_lkj
from sakip.laporan.services import susun
from sakip.laporan.susun import SubJudul, Tabel
from sakip.organisasi.models import UnitKerja

pytestmark = pytest.mark.django_db


@pytest.fixture
def lhe_2023(demo, perencana, evaluator):
    lembar = lke.buka(perencana, demo, 2023)
    lke.ajukan(perencana, lembar.pk, {})
    lke.nilai_evaluator(
        evaluator,
        lembar.pk,
        {c.kode: (True, "cek") for c in lembar.kerangka.kerangka().semua_kriteria()},
    )
    unit = UnitKerja.objects.get(satker=demo, kode="perencanaan")
    rek = lke.tambah_rekomendasi(
        evaluator,
        lembar.pk,
        "Temuan A",
        "Perbaiki cascading indikator.",
        unit.pk,
        date(2024, 6, 30),
    )
    lke.finalkan(evaluator, lembar.pk, "7/LHE/2024")
    return rek


def test_lkj_bab_iii_b_ikpa(demo):
    muat_anggaran_demo(demo)
    d = kumpul_lkj(demo, 2023)
    assert d.ikpa.aturan == "PER-5/PB/2022"
    assert (d.ikpa.nilai_akhir, d.ikpa.kategori, d.ikpa.konversi_bobot) == (
        D("88.29"),
        "Cukup",
        D(65),
    )
    dok = susun(d, "lkj")
    b = next(x for x in dok.bagian if x.kunci == "anggaran")
    assert any(
        isinstance(x, SubJudul) and x.teks.startswith("Indikator Kinerja Pelaksanaan Anggaran")
        for x in b.blok
    )
    t = next(x for x in b.blok if isinstance(x, Tabel) and x.judul.startswith("Nilai IKPA"))
    assert [r[1].teks for r in t.isi][0] == "Revisi DIPA"
    assert [r[3].teks for r in t.isi][0] == "62,50"


def test_lkj_bab_iv_tindak_lanjut_tahun_berikutnya(demo, lhe_2023):
    # the LHE of 2023 is followed up in 2024: it appears in the 2024 LKj, not the 2023 one
    assert kumpul_lkj(demo, 2023).tindak_lanjut == []
    lke.tindak_lanjut(
        pengguna("pic-perencanaan"), lhe_2023.pk, "proses", "Pohon kinerja disusun ulang.", ""
    )
    d = kumpul_lkj(demo, 2024)
    assert [(t.tahun_lhe, t.rekomendasi, t.status) for t in d.tindak_lanjut] == [
        (2023, "Perbaiki cascading indikator.", "Dalam proses")
    ]
    dok = susun(d, "lkj")
    b = next(x for x in dok.bagian if x.kunci == "tindak-lanjut")
    assert b.label == "C." and b.blok[0].isi[0][5].teks == "Pohon kinerja disusun ulang."


def test_daftar_tugas_memuat_tindak_lanjut(client, demo, lhe_2023, pic):
    client.force_login(pengguna("pic-perencanaan"))
    r = client.get(reverse("pengukuran:tugas"))
    assert (
        b"tugas-tindak-lanjut" in r.content
        and "Perbaiki cascading indikator." in r.content.decode()
    )
    client.force_login(pic)  # PIC of another unit: not theirs
    assert b"tugas-tindak-lanjut" not in client.get(reverse("pengukuran:tugas")).content


def test_evaluator_melihat_kemajuan_kantor_bawah(client, demo, lhe_2023, evaluator, kantor_lain):
    muat_anggaran_demo(demo)
    client.force_login(evaluator)
    r = client.get(reverse("evaluasi:kemajuan", args=[demo.induk.kode, 2023]))
    teks = r.content.decode()
    assert r.status_code == 200
    assert "KPU Kota Tangerang Selatan" in teks and "KPU Kota Tangerang<" in teks
    baris = lke.kemajuan_bawahan(evaluator, demo.induk, 2023)
    saya = next(b for b in baris if b["satker"] == demo)
    assert (saya["lembar"].predikat, saya["rekomendasi"], saya["selesai"]) == ("BB", 1, 0)
    assert saya["ikpa"].nilai_akhir == D("88.29") and "88,29</a> (Cukup)" in teks
    assert next(b for b in baris if b["satker"] == kantor_lain)["ikpa"] is None


def test_tenggat_kantor_evaluator(client, demo, evaluator, perencana):
    from sakip.penilaian.prefill import isian_otomatis

    url = reverse("evaluasi:atur", args=[demo.induk.kode, 2023])
    client.force_login(perencana)  # not of the evaluating office: cannot even read Banten
    assert client.post(url, {"tenggat_lkj_hari": "31"}).status_code == 404
    client.force_login(evaluator)
    r = client.post(url, {"tenggat_lkj_hari": "400", "tenggat_pk_hari": "31", "ambang": "80"})
    assert r.status_code == 400 and "Batas LKj harus hari ke-1 sampai ke-365." in r.content.decode()
    r = client.post(url, {"tenggat_lkj_hari": "tiga", "tenggat_pk_hari": "31", "ambang": "80"})
    assert r.status_code == 400 and "Isian tenggat tidak sah" in r.content.decode()
    r = client.post(url, {"tenggat_lkj_hari": "31", "tenggat_pk_hari": "14", "ambang": "75,5"})
    assert r.status_code == 302
    demo.induk.refresh_from_db()  # the fixture's cached parent
    p = isian_otomatis(demo, 2023, None)
    assert p["3.a.6"].aturan.startswith(
        "Ya bila LKj terbit paling lambat 31 Januari 2024 (tenggat yang ditetapkan KPU Provinsi Banten"
    )
    assert p["1.b.2"].aturan.startswith("Ya bila PK terbit di sakip paling lambat 14 Januari 2023")
    assert "75,50%" in p["1.c.3"].aturan
    # the same deadline the roll-ups read
    assert demo.induk.tenggat("lkj", 2023).isoformat() == "2024-01-31"
