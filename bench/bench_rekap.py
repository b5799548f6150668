"""P2: the roll-up pages (KPU RI and one province) against a hand-written SQL aggregate.

PostgreSQL only (DATABASE_URL=postgres://…): on any other database it says so and stops.
The data lives in its own database, `<name of DATABASE_URL>_rekap`, created and filled once
with `buat_data_nasional --tahun 2023 --skala $BENCH_SKALA` (default 0.5: 553 offices,
8 indicators and 200 budget lines each) and kept for the next run.

Measured side by side in one run, best of 5 each, after one warm-up:
- the page `/satker/?tahun=2023` of an evaluator at KPU RI (552 offices below, 50 shown),
  sorted by code, and sorted by absorption (every office's figures computed, then paged);
- the page of an evaluator at KPU Provinsi Jawa Barat (27 kab/kota);
- a hand-written SQL statement giving the same figures for the same offices (anchor);
- the previous way (the Python measurement table per office) for the 50 offices of a page.
Prints the ratios and the query count of each page. Not a timed test.
"""

from __future__ import annotations

import os
import sys
import time
from decimal import Decimal

ULANG = 5
TAHUN = 2023

# The same figures, written by hand: approved values only, the PK in force, capaian with the
# cap, the mean and the counts per band of the KPU scale, the budget of the latest revision.
SQL_MANUAL = """
WITH k AS (SELECT id, batas_capaian FROM organisasi_satker WHERE id = ANY(%(ids)s)),
pkb AS (SELECT satker_id, max(perubahan) m FROM perencanaan_perjanjiankinerja
        WHERE tahun = %(t)s AND satker_id = ANY(%(ids)s) GROUP BY satker_id),
ind AS (
  SELECT p.satker_id, b.indikator_id, b.target t, b.target_huruf th
  FROM pkb JOIN perencanaan_perjanjiankinerja p
    ON p.satker_id = pkb.satker_id AND p.tahun = %(t)s AND p.perubahan = pkb.m
  JOIN perencanaan_barispk b ON b.pk_dokumen_id = p.id
  UNION ALL
  SELECT r.satker_id, i.id, tg.nilai, coalesce(tg.nilai_huruf, '')
  FROM perencanaan_renstra r JOIN perencanaan_sasaran s ON s.renstra_id = r.id
  JOIN perencanaan_indikator i ON i.sasaran_id = s.id
  LEFT JOIN perencanaan_target tg ON tg.indikator_id = i.id AND tg.tahun = %(t)s
       AND tg.triwulan IS NULL
  WHERE r.satker_id = ANY(%(ids)s) AND r.tahun_awal <= %(t)s AND r.tahun_akhir >= %(t)s
    AND r.satker_id NOT IN (SELECT satker_id FROM pkb)),
q AS (
  SELECT ind.satker_id, ind.indikator_id, i.polaritas, i.agregasi,
    CASE WHEN i.jenis = 'huruf' THEN CASE ind.th WHEN 'AA' THEN 90 WHEN 'A' THEN 80
      WHEN 'BB' THEN 70 WHEN 'B' THEN 60 WHEN 'CC' THEN 50 WHEN 'C' THEN 30 WHEN 'D' THEN 0 END
      ELSE ind.t END ta,
    bool_and(r.status = 'disetujui') FILTER (WHERE r.nilai IS NOT NULL OR r.nilai_huruf <> '') ok,
    array_agg(CASE WHEN i.jenis = 'huruf' THEN coalesce(r.skor, CASE r.nilai_huruf
      WHEN 'AA' THEN 90 WHEN 'A' THEN 80 WHEN 'BB' THEN 70 WHEN 'B' THEN 60 WHEN 'CC' THEN 50
      WHEN 'C' THEN 30 WHEN 'D' THEN 0 END) ELSE r.nilai END ORDER BY r.triwulan) v
  FROM ind JOIN perencanaan_indikator i ON i.id = ind.indikator_id
  LEFT JOIN pengukuran_realisasi r ON r.indikator_id = ind.indikator_id AND r.tahun = %(t)s
  GROUP BY 1, 2, 3, 4, 5),
y AS (
  SELECT q.*, CASE agregasi
      WHEN 'sum' THEN (SELECT sum(x) FROM unnest(v) x) WHEN 'average' THEN (SELECT avg(x) FROM unnest(v) x)
      WHEN 'max' THEN (SELECT max(x) FROM unnest(v) x)
      ELSE (SELECT x FROM unnest(v) WITH ORDINALITY u(x, n) WHERE x IS NOT NULL ORDER BY n DESC LIMIT 1)
    END yv FROM q),
c AS (
  SELECT y.satker_id, least(CASE WHEN NOT coalesce(y.ok, false) OR y.ta IS NULL OR y.yv IS NULL THEN NULL
    WHEN y.polaritas = 'turun' THEN CASE WHEN y.ta = 0 THEN CASE WHEN y.yv = 0 THEN 100 ELSE 0 END
      ELSE greatest(0, (2 * y.ta - y.yv) * 100.0 / y.ta) END
    WHEN y.ta = 0 THEN NULL ELSE y.yv * 100.0 / y.ta END, k.batas_capaian) cap
  FROM y JOIN k ON k.id = y.satker_id),
a AS (
  SELECT satker_id, count(*) n, avg(cap) rata,
    count(*) FILTER (WHERE cap > 100) sb, count(*) FILTER (WHERE cap >= 91 AND cap <= 100) b,
    count(*) FILTER (WHERE cap >= 71 AND cap < 91) cb, count(*) FILTER (WHERE cap >= 51 AND cap < 71) kb,
    count(*) FILTER (WHERE cap < 51) tb
  FROM c GROUP BY satker_id),
pg AS (
  SELECT d.satker_id, sum(p.jumlah) pagu FROM anggaran_dipa d
  JOIN anggaran_revisidipa rv ON rv.dipa_id = d.id
   AND rv.nomor = (SELECT max(nomor) FROM anggaran_revisidipa WHERE dipa_id = d.id)
  JOIN anggaran_pagu p ON p.revisi_id = rv.id
  WHERE d.tahun = %(t)s AND d.satker_id = ANY(%(ids)s) GROUP BY d.satker_id),
ra AS (
  SELECT d.satker_id, sum(r.jumlah) realisasi FROM anggaran_dipa d
  JOIN anggaran_posanggaran p ON p.dipa_id = d.id JOIN anggaran_realisasianggaran r ON r.pos_id = p.id
  WHERE d.tahun = %(t)s AND d.satker_id = ANY(%(ids)s) GROUP BY d.satker_id),
lk AS (
  SELECT satker_id, dokumen, min(diterbitkan_pada) pertama, max(nomor) versi FROM laporan_versilaporan
  WHERE tahun = %(t)s AND satker_id = ANY(%(ids)s) GROUP BY satker_id, dokumen)
SELECT k.id, a.n, a.rata, a.sb, a.b, a.cb, a.kb, a.tb, pg.pagu, ra.realisasi,
  ra.realisasi * 100.0 / nullif(pg.pagu, 0) persen, l1.pertama, l1.versi, l2.pertama, l2.versi
FROM k LEFT JOIN a ON a.satker_id = k.id LEFT JOIN pg ON pg.satker_id = k.id
LEFT JOIN ra ON ra.satker_id = k.id
LEFT JOIN lk l1 ON l1.satker_id = k.id AND l1.dokumen = 'lkj'
LEFT JOIN lk l2 ON l2.satker_id = k.id AND l2.dokumen = 'pk'
ORDER BY {urut}
"""


def _terbaik(fungsi, ulang: int = ULANG):
    fungsi()  # warm-up: caches, the first plan
    terbaik, hasil = float("inf"), None
    for _ in range(ulang):
        awal = time.perf_counter()
        hasil = fungsi()
        terbaik = min(terbaik, time.perf_counter() - awal)
    return terbaik, hasil


def _siapkan() -> tuple[str, Decimal] | None:
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        print(
            "bench_rekap: dilewati — P2 diukur pada PostgreSQL saja; jalankan dengan "
            "DATABASE_URL=postgres://… (mis. postgres://postgres@127.0.0.1:55433/sakip)."
        )
        return None
    import psycopg

    dasar, nama = url.rsplit("/", 1)
    nama = nama.split("?")[0] + "_rekap"
    with psycopg.connect(f"{dasar}/postgres", autocommit=True) as c:
        if not c.execute("SELECT 1 FROM pg_database WHERE datname = %s", [nama]).fetchone():
            c.execute(f'CREATE DATABASE "{nama}"')
    os.environ["DATABASE_URL"] = f"{dasar}/{nama}"
    return nama, Decimal(os.environ.get("BENCH_SKALA", "0.5"))


def main() -> int:
    siap = _siapkan()
    if siap is None:
        return 0
    nama_db, skala = siap
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sakip.settings")
    import django

    django.setup()
    from django.contrib.auth.models import User
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    from sakip.anggaran.models import Dipa, RealisasiAnggaran
    from sakip.demo.nasional import buat_data_nasional, ukuran
    from sakip.laporan.rekap import rekap
    from sakip.organisasi.models import Keanggotaan, Peran, Satker
    from sakip.pengukuran.capaian import ringkasan_satker
    from sakip.pengukuran.models import Realisasi

    call_command("migrate", verbosity=0)
    n_ind, n_pos = ukuran(skala)
    if Dipa.objects.filter(tahun=TAHUN).count() < 553:
        awal = time.perf_counter()
        buat_data_nasional(TAHUN, skala)
        with connection.cursor() as c:
            c.execute("ANALYZE")
        print(f"data dibuat dalam {time.perf_counter() - awal:.1f} s (skala {skala})")

    def ribuan(n: int) -> str:
        return f"{n:,}".replace(",", ".")

    print(
        f"basis data {nama_db}: {Satker.objects.count()} kantor, "
        f"{ribuan(Realisasi.objects.count())} realisasi kinerja, "
        f"{ribuan(RealisasiAnggaran.objects.count())} baris realisasi anggaran bulanan "
        f"(skala {skala}: {n_ind} indikator, {n_pos} pos anggaran per kantor)"
    )

    def evaluator(kode: str):
        user, _ = User.objects.get_or_create(username=f"bench-evaluator-{kode}")
        Keanggotaan.objects.update_or_create(
            user=user, defaults={"satker": Satker.objects.get(kode=kode), "peran": Peran.EVALUATOR}
        )
        klien = Client()
        klien.force_login(user)
        klien.atas = Satker.objects.get(kode=kode)
        return klien

    def _opsi(q):
        return {"urut": q.get("urut", "kode"), "turun": q.get("arah") == "turun"}

    def halaman(klien, **q):
        def minta():
            r = klien.get("/satker/", {"tahun": TAHUN, **q})
            assert r.status_code == 200, r.status_code
            return r

        return minta

    def manual(ids, urut="k.id"):
        sql = SQL_MANUAL.format(urut=urut)

        def jalan():
            with connection.cursor() as c:
                c.execute(sql, {"ids": ids, "t": TAHUN})
                return c.fetchall()

        return jalan

    ri, jabar = evaluator("00"), evaluator("32")
    pusat = Satker.objects.get(kode="00")
    provinsi = Satker.objects.get(kode="32")
    hasil = []

    def ukur(judul, klien, ids_halaman, urut_manual="k.id", **q):
        kueri = []
        with connection.execute_wrapper(
            lambda execute, sql, *a: kueri.append(sql) or execute(sql, *a)
        ):
            halaman(klien, **q)()
        t_hal, r = _terbaik(halaman(klien, **q))
        t_sql, baris = _terbaik(manual(ids_halaman, urut_manual))
        t_rekap, _ = _terbaik(lambda: rekap(None, klien.atas, TAHUN, **_opsi(q)))
        hasil.append((judul, t_hal, t_rekap, t_sql, len(kueri), len(baris)))
        return r

    # the offices of the first page, as the page orders them (by code)
    pertama = [b.satker.pk for b in rekap(None, pusat, TAHUN).baris]
    semua_ri = [b.satker.pk for b in rekap(None, pusat, TAHUN, halaman=None).baris]
    semua_jabar = [b.satker.pk for b in rekap(None, provinsi, TAHUN, halaman=None).baris]
    ukur("KPU RI, urut kode (50 dari 552)", ri, pertama)
    ukur(
        "KPU RI, urut penyerapan (552 dihitung, 50 tampil)",
        ri,
        semua_ri,
        "persen DESC NULLS LAST LIMIT 50",
        urut="penyerapan",
        arah="turun",
    )
    ukur("KPU Provinsi Jawa Barat (27)", jabar, semua_jabar)

    # the previous way, for the 50 offices of a page: the Python table per office
    kantor = list(Satker.objects.filter(pk__in=pertama))
    kueri = []
    with connection.execute_wrapper(lambda execute, sql, *a: kueri.append(sql) or execute(sql, *a)):
        [ringkasan_satker(s, TAHUN) for s in kantor]
    t_lama, _ = _terbaik(lambda: [ringkasan_satker(s, TAHUN) for s in kantor], 1)

    # agreement with the per-office rules, every office below KPU RI
    beda = 0
    for b in rekap(None, pusat, TAHUN, halaman=None).baris:
        r = ringkasan_satker(b.satker, TAHUN)
        if (b.indikator, b.rata_capaian and round(b.rata_capaian, 2), b.kategori) != (
            r.jumlah_indikator,
            r.rata_rata and round(r.rata_rata, 2),
            r.sebaran,
        ):
            beda += 1

    print(
        f"{'halaman':<52}{'halaman':>10}{'rekap()':>10}{'SQL manual':>12}"
        f"{'rasio hal.':>11}{'rasio rekap':>12}{'kueri':>7}"
    )
    for judul, t_hal, t_rekap, t_sql, n_kueri, n_baris in hasil:
        print(
            f"{judul:<52}{t_hal * 1000:>8.1f}ms{t_rekap * 1000:>8.1f}ms{t_sql * 1000:>10.1f}ms"
            f"{t_hal / t_sql:>10.2f}×{t_rekap / t_sql:>11.2f}×{n_kueri:>7}   ({n_baris} baris SQL)"
        )
    print(
        f"cara lama (tabel Python per kantor) untuk 50 kantor: {t_lama * 1000:.0f} ms, "
        f"{len(kueri)} kueri"
    )
    print(f"rekap = aturan per kantor untuk {len(semua_ri)} kantor: {beda} berbeda")
    return 1 if beda else 0


if __name__ == "__main__":
    sys.exit(main())
