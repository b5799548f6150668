"""The roll-up as one SQL statement agrees, office by office, with the per-office rules.

Generated national data (skala 0.01: 553 offices, 4 indicators and 4 budget lines each,
offices with a cap of 100 or 120 and a four-band scale of their own, values in every
workflow state) on the database of the run (SQLite, and PostgreSQL in CI).
"""

import datetime
import json
from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from sakip.anggaran.models import Pagu, PosAnggaran, RealisasiAnggaran
from sakip.anggaran.ringkasan import ringkasan
from sakip.demo.nasional import buat_data_nasional
from sakip.laporan.models import VersiLaporan
from sakip.laporan.rekap import rekap, sebagai_json
from sakip.lib.angka import bulatkan
from sakip.organisasi.models import Satker
from sakip.pengukuran.capaian import ringkasan_satker
from sakip.pengukuran.models import Realisasi
from sakip.perencanaan.models import Indikator, PerjanjianKinerja

pytestmark = pytest.mark.django_db


def _terbitkan(kode: str, dokumen: str, tanggal: datetime.date) -> None:
    s = Satker.objects.get(kode=kode)
    v = VersiLaporan.objects.create(
        satker=s,
        tahun=2023,
        dokumen=dokumen,
        nomor=1,
        sidik_data="0" * 64,
        pdf="x.pdf",
        docx="x.docx",
        data="x.json",
        sha256_pdf="0" * 64,
        sha256_docx="0" * 64,
        sha256_data="0" * 64,
    )
    waktu = timezone.make_aware(datetime.datetime.combine(tanggal, datetime.time(16)))
    VersiLaporan.objects.filter(pk=v.pk).update(diterbitkan_pada=waktu)


def test_rekap_nasional_agrees_office_by_office(db_kosong):
    jumlah = buat_data_nasional(2023, Decimal("0.01"))
    # 553 offices × 4 indicators × 4 years (2020–2023) × 4 quarters; 4 lines × 12 months
    assert jumlah["pengukuran.Realisasi"] == 553 * 4 * 4 * 4
    assert jumlah["perencanaan.Indikator"] == 553 * 4
    assert jumlah["anggaran.PosAnggaran"] == 553 * 4
    assert jumlah["anggaran.RealisasiAnggaran"] == 553 * 4 * 12
    assert jumlah["anggaran.Pagu"] == 553 * 4 * 2
    assert Realisasi.objects.filter(tahun=2023, triwulan=4).exclude(status="disetujui").exists()
    assert set(Realisasi.objects.values_list("status", flat=True)) == set(Realisasi.Status.values)
    assert Satker.objects.filter(batas_capaian=100).exists()
    assert Satker.objects.filter(batas_capaian=120).exists()
    assert Satker.objects.exclude(skala_capaian=Satker().skala_capaian).exists()
    assert PerjanjianKinerja.objects.filter(perubahan=1).exists()  # a PK Perubahan wins
    assert Satker.objects.exclude(perjanjian__isnull=False).exists()  # Renstra targets count
    # the cascade: every kab/kota indicator points at its province's, every province's at KPU RI's
    ind = Indikator.objects.filter(sasaran__renstra__satker__kode="3674", nomor=1).first()
    assert ind.indikator_induk.satker.kode == "36"
    assert ind.indikator_induk.indikator_induk.satker.kode == "00"

    _terbitkan("3601", "lkj", datetime.date(2024, 2, 28))  # the deadline day: on time
    _terbitkan("3602", "lkj", datetime.date(2024, 2, 29))  # a day late
    _terbitkan("3602", "pk", datetime.date(2023, 1, 20))

    out = StringIO()
    call_command("rekap", "--satker", "00", "--tahun", "2023", "--json", stdout=out)
    data = {d["kode"]: d for d in json.loads(out.getvalue())}
    assert len(data) == 552
    assert set(data["3674"]) >= {
        "kode",
        "nama",
        "induk",
        "indikator",
        "rata_capaian",
        "kategori",
        "penyerapan",
        "lkj",
    }
    assert (data["3601"]["lkj"]["status"], data["3602"]["lkj"]["status"]) == ("tepat", "terlambat")
    assert data["3602"]["pk"] == {
        "status": "tepat",
        "versi": 1,
        "terbit": data["3602"]["pk"]["terbit"],
        "tenggat": "2023-01-31",
    }
    assert data["3603"]["lkj"]["status"] == "belum"

    # office by office (those of Banten, KPU RI's provinces on Sumatra, and offices with a
    # cap or a scale of their own; bench/bench_rekap.py checks every office on PostgreSQL):
    # the SQL figures are those of the per-office rules, unrounded then rounded, and of the
    # offices' own `capaian --json` and `anggaran --json`
    contoh = list(Satker.objects.filter(kode__regex=r"^(36|1[1-9])$|^36"))
    contoh += list(Satker.objects.filter(batas_capaian=100)[:4])
    contoh += list(Satker.objects.filter(batas_capaian=120)[:4])
    contoh += list(Satker.objects.exclude(skala_capaian=Satker().skala_capaian)[:4])
    assert len(contoh) == 30
    for s in contoh:
        d = data[s.kode]
        r = ringkasan_satker(s, 2023)
        rata = None if r.rata_rata is None else str(bulatkan(r.rata_rata))
        assert (d["indikator"], d["rata_capaian"], d["menunggu"]) == (
            r.jumlah_indikator,
            rata,
            r.menunggu,
        ), s.kode
        assert d["kategori"] == dict(r.sebaran), s.kode
        assert d["kategori_rata"] == s.skala().kategori(r.rata_rata), s.kode
        g = ringkasan(None, s, 2023)
        assert (d["penyerapan"], d["kategori_penyerapan"]) == (
            str(bulatkan(g.persen)),
            g.kategori,
        ), s.kode
        out = StringIO()
        call_command("capaian", "--satker", s.kode, "--tahun", "2023", "--json", stdout=out)
        baris = json.loads(out.getvalue())
        assert d["indikator"] == len(baris)
        assert d["menunggu"] == sum(b["status"] not in (None, "disetujui") for b in baris)
        kategori = {k: 0 for k in d["kategori"]}
        for b in baris:
            if b["kategori"]:
                kategori[b["kategori"]] += 1
        assert d["kategori"] == kategori, s.kode
        capaian = [Decimal(b["capaian"]) for b in baris if b["capaian"] is not None]
        if capaian:  # the mean of the unrounded values, against the mean of the rounded ones
            assert abs(Decimal(d["rata_capaian"]) - sum(capaian) / len(capaian)) <= Decimal("0.01")
        else:
            assert d["rata_capaian"] is None
        out = StringIO()
        call_command("anggaran", "--satker", s.kode, "--tahun", "2023", "--json", stdout=out)
        total = json.loads(out.getvalue())["total"]
        assert (d["pagu"], d["realisasi_anggaran"], d["penyerapan"]) == (
            total["pagu"],
            total["realisasi"],
            total["persen"],
        ), s.kode

    # sorted, filtered and paginated in SQL, in a fixed number of queries
    atas = Satker.objects.get(kode="00")
    for urut in ("kode", "rata", "penyerapan"):
        with CaptureQueriesContext(connection) as q:
            h = rekap(None, atas, 2023, urut=urut, turun=True, halaman=2)
        assert len(q.captured_queries) == 2
        assert (h.jumlah, len(h.baris), h.jumlah_halaman) == (552, 50, 12)
    semua = rekap(None, atas, 2023, urut="rata", turun=True, halaman=None).baris
    nilai = [b.rata_capaian for b in semua if b.rata_capaian is not None]
    assert nilai == sorted(nilai, reverse=True)
    assert [sebagai_json(b)["kode"] for b in semua[:50]] == [
        sebagai_json(b)["kode"] for b in rekap(None, atas, 2023, urut="rata", turun=True).baris
    ]
    banten = rekap(None, atas, 2023, provinsi="36", halaman=None)
    assert [b.satker.kode for b in banten.baris] == [
        "36",
        "3601",
        "3602",
        "3603",
        "3604",
        "3671",
        "3672",
        "3673",
        "3674",
    ]
    assert [b.satker.kode for b in rekap(None, atas, 2023, status_lkj="terlambat").baris] == [
        "3602"
    ]
    # a province's own roll-up: its kab/kota only
    prov = rekap(None, Satker.objects.get(kode="36"), 2023, halaman=None)
    assert [b.satker.kode for b in prov.baris] == [
        k for k in [b.satker.kode for b in banten.baris][1:]
    ]
    for b in prov.baris:
        assert sebagai_json(b) == data[b.satker.kode]
    # the sums are the budget rows' own
    s = Satker.objects.get(kode="3674")
    assert Decimal(data["3674"]["realisasi_anggaran"]) == bulatkan(
        sum(RealisasiAnggaran.objects.filter(pos__dipa__satker=s).values_list("jumlah", flat=True))
    )
    assert PosAnggaran.objects.filter(dipa__satker=s).count() == 4
    assert Pagu.objects.filter(pos__dipa__satker=s).count() == 8
