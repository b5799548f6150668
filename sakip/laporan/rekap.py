"""Roll-ups of the offices below one office for a year, as set-based database aggregates.

One SQL statement gives, for every office of a page (or every office, when sorting by a
figure), its number of indicators, mean capaian and its category, the counts per band of
its own scale, how many values wait for approval, pagu, realisation and absorption of its
DIPA, and the LKj and PK publication (on time or late against the deadline its parent
office sets). Before it, one query reads the subtree's offices (their scales, caps and
deadlines become CASE expressions). The number of queries does not depend on the number of
offices.

The rules are those of `sakip.lib` and `pengukuran.capaian`, written again as SQL for
speed; `laporan/tests/test_rekap.py` proves, office by office on generated data with
several scales and caps, that both give the same figures:
- the year's indicators: the rows of the PK in force (the latest revision), else the
  Renstra's indicators with their yearly target;
- a quarter's number: the value, or a grade's evaluation score, else its band number;
- the year's value by the indicator's rule (sum, last, average, max over entered quarters);
- only approved values count: an indicator with any entered quarter not yet approved has
  no capaian (it is counted in `menunggu`);
- capaian: higher-is-better r / t × 100 (undefined for t = 0), lower-is-better
  (2t − r) / t × 100 floored at 0 (t = 0: 100 when r = 0, else 0), capped at the office's cap;
- absorption: realisation of every month over the pagu of the DIPA's latest revision.
"""

from __future__ import annotations

import datetime
import json
from dataclasses import dataclass, field
from decimal import Decimal

from django.db import connections, router
from django.utils import timezone

from sakip.anggaran.models import Dipa, Pagu, PosAnggaran, RealisasiAnggaran, RevisiDipa
from sakip.lib.anggaran import persen_penyerapan
from sakip.lib.angka import bulatkan
from sakip.lib.capaian import NILAI_HURUF
from sakip.lib.skala import Skala
from sakip.organisasi import akses
from sakip.organisasi.models import Satker
from sakip.pengukuran.capaian import URUTAN_STATUS
from sakip.pengukuran.models import Realisasi
from sakip.perencanaan.models import (
    BarisPK,
    Indikator,
    PerjanjianKinerja,
    Renstra,
    Sasaran,
    Target,
)

from .models import JenisDokumen, VersiLaporan

PER_HALAMAN = 50

# sort key → (SQL expression, whether it needs every office's figures before paginating)
URUTAN = {
    "kode": ("k.kode", False),
    "nama": ("k.nama", False),
    "lkj": ("k.lkj_urut", False),
    "indikator": ("COALESCE(a.n_ind, 0)", True),
    "rata": ("a.rata", True),
    "menunggu": ("COALESCE(a.menunggu, 0)", True),
    "penyerapan": ("ag.persen", True),
}
STATUS_TERBIT = {"tepat": "tepat waktu", "terlambat": "terlambat", "belum": "belum terbit"}


class RekapError(ValueError):
    """A malformed filter or sort key: the page answers 400 with this message."""


class ProvinsiTidakAda(RekapError):
    """A province that is not below the office: the page answers 404, as for any office the
    user may not read."""


@dataclass(frozen=True)
class Terbit:
    """A document's publication: the first version's date, the latest number, on time or not."""

    status: str  # "tepat", "terlambat", "belum"
    versi: int | None
    pertama: datetime.datetime | None
    tenggat: datetime.date | None

    @property
    def label(self) -> str:
        return STATUS_TERBIT[self.status]


@dataclass
class BarisRekap:
    """One office's year in the roll-up."""

    satker: Satker
    induk: Satker | None
    indikator: int
    dinilai: int  # indicators with a capaian
    menunggu: int  # entered, not yet approved
    rata_capaian: Decimal | None
    kategori_rata: str | None
    kategori: list[tuple[str, int]]
    pagu: Decimal | None
    realisasi_anggaran: Decimal | None
    lkj: Terbit
    pk: Terbit
    kategori_serapan: str | None = None
    skala: Skala | None = None  # the office's capaian scale, for the badges' colours

    @property
    def penyerapan(self) -> Decimal | None:
        if self.pagu is None:
            return None
        return persen_penyerapan(self.realisasi_anggaran or Decimal(0), self.pagu)


@dataclass
class Rekap:
    atas: Satker
    tahun: int
    baris: list[BarisRekap]
    jumlah: int  # offices matching the filters, over every page
    halaman: int
    per_halaman: int
    urut: str
    turun: bool
    filter: dict = field(default_factory=dict)
    provinsi: list[Satker] = field(default_factory=list)  # provinces below, for the filter

    @property
    def jumlah_halaman(self) -> int:
        return max(1, -(-self.jumlah // self.per_halaman))


def _t(model) -> str:
    return model._meta.db_table


def _angka(nilai) -> Decimal | None:
    """A database number as Decimal (SQLite returns floats for REAL arithmetic)."""
    if nilai is None:
        return None
    return nilai if isinstance(nilai, Decimal) else Decimal(str(nilai))


def _literal(nilai: Decimal) -> str:
    """A scale bound as an SQL numeric literal (a Decimal, so nothing but digits and a dot)."""
    return format(Decimal(nilai), "f")


def _case_pita(kolom: str, skala_per_kantor: dict[int, Skala]) -> str:
    """SQL: the band position (0 = best) of the value in `kolom` on the office's own scale.

    Bounds and ids are written as literals (numbers only): a parameter would reach SQLite as
    text, and text compares greater than any number there.
    """
    per_skala: dict[tuple, tuple[Skala, list[int]]] = {}
    for sid, skala in skala_per_kantor.items():
        kunci = tuple((p.bawah, p.atas, p.bawah_inklusif, p.atas_inklusif) for p in skala.pita)
        per_skala.setdefault(kunci, (skala, []))[1].append(int(sid))
    if not per_skala:
        return "NULL"
    bagian = []
    # the scale most offices share is the ELSE branch, so the id lists stay short
    kelompok = sorted(per_skala.values(), key=lambda g: len(g[1]))
    for nomor, (skala, ids) in enumerate(kelompok):
        n = len(skala.pita)
        terakhir = nomor == len(kelompok) - 1
        teks = "ELSE CASE" if terakhir else f"WHEN k.id IN ({', '.join(map(str, ids))}) THEN CASE"
        for i, p in enumerate(skala.pita):
            # the first band starts at 0 and also takes anything below it
            syarat = (
                ["1 = 1"]
                if i == 0
                else [f"{kolom} {'>=' if p.bawah_inklusif else '>'} {_literal(p.bawah)}"]
            )
            if p.atas is not None:
                syarat.append(f"{kolom} {'<=' if p.atas_inklusif else '<'} {_literal(p.atas)}")
            teks += f" WHEN {' AND '.join(syarat)} THEN {n - 1 - i}"
        bagian.append(teks + " END")
    return f"(CASE WHEN {kolom} IS NULL THEN NULL " + " ".join(bagian) + " END)"


def cte_capaian(tahun: int, params: list) -> str:
    """SQL CTEs pk_berlaku, ind, tw, th, nilai, mentah, cap: every indicator of the year of the
    offices in a CTE `kantor` (id, batas_capaian), with its target, year's value, state rank
    and capaian (approved values only, the office's cap). The rules of the module docstring;
    appends its 6 parameters to `params`."""
    params.extend([tahun] * 6)
    huruf = " ".join(f"WHEN '{h}' THEN {int(n)}" for h, n in NILAI_HURUF.items())
    peringkat = " ".join(f"WHEN '{s}' THEN {i}" for i, s in enumerate(URUTAN_STATUS))
    disetujui = URUTAN_STATUS.index(Realisasi.Status.DISETUJUI)
    return f"""
    pk_berlaku AS (
        SELECT p.satker_id, MAX(p.perubahan) AS perubahan
        FROM {_t(PerjanjianKinerja)} p JOIN kantor k ON k.id = p.satker_id
        WHERE p.tahun = %s GROUP BY p.satker_id),
    ind AS (
        SELECT k.id AS satker_id, b.indikator_id, b.target AS t_nilai, b.target_huruf AS t_huruf
        FROM kantor k
        JOIN pk_berlaku pb ON pb.satker_id = k.id
        JOIN {_t(PerjanjianKinerja)} p
            ON p.satker_id = k.id AND p.tahun = %s AND p.perubahan = pb.perubahan
        JOIN {_t(BarisPK)} b ON b.pk_dokumen_id = p.id
        UNION ALL
        SELECT k.id, i.id, t.nilai, COALESCE(t.nilai_huruf, '')
        FROM kantor k
        JOIN {_t(Renstra)} r ON r.satker_id = k.id AND r.tahun_awal <= %s AND r.tahun_akhir >= %s
        JOIN {_t(Sasaran)} sa ON sa.renstra_id = r.id
        JOIN {_t(Indikator)} i ON i.sasaran_id = sa.id
        LEFT JOIN {_t(Target)} t ON t.indikator_id = i.id AND t.tahun = %s AND t.triwulan IS NULL
        WHERE NOT EXISTS (SELECT 1 FROM pk_berlaku pb WHERE pb.satker_id = k.id)),
    tw AS (
        SELECT r.indikator_id, r.triwulan,
            CASE WHEN i.jenis = 'huruf'
                THEN COALESCE(r.skor, CASE r.nilai_huruf {huruf} END) ELSE r.nilai END AS v,
            CASE WHEN (i.jenis = 'huruf' AND r.nilai_huruf <> '')
                   OR (i.jenis <> 'huruf' AND r.nilai IS NOT NULL)
                THEN CASE r.status {peringkat} END END AS peringkat
        FROM {_t(Realisasi)} r
        JOIN ind ON ind.indikator_id = r.indikator_id
        JOIN {_t(Indikator)} i ON i.id = r.indikator_id
        WHERE r.tahun = %s),
    th AS (
        SELECT indikator_id,
            SUM(v) AS v_sum, AVG(v) AS v_avg, MAX(v) AS v_max,
            MAX(CASE WHEN triwulan = 1 THEN v END) AS v1,
            MAX(CASE WHEN triwulan = 2 THEN v END) AS v2,
            MAX(CASE WHEN triwulan = 3 THEN v END) AS v3,
            MAX(CASE WHEN triwulan = 4 THEN v END) AS v4,
            MIN(peringkat) AS peringkat
        FROM tw GROUP BY indikator_id),
    nilai AS (
        SELECT ind.satker_id, ind.indikator_id, ind.t_nilai, ind.t_huruf, i.polaritas,
            th.peringkat,
            CASE WHEN i.jenis = 'huruf' THEN CASE ind.t_huruf {huruf} END ELSE ind.t_nilai END AS ta,
            CASE i.agregasi WHEN 'sum' THEN th.v_sum WHEN 'average' THEN th.v_avg
                WHEN 'max' THEN th.v_max ELSE COALESCE(th.v4, th.v3, th.v2, th.v1) END AS y
        FROM ind JOIN {_t(Indikator)} i ON i.id = ind.indikator_id
        LEFT JOIN th ON th.indikator_id = ind.indikator_id),
    mentah AS (
        SELECT n.satker_id, n.indikator_id, n.t_nilai, n.t_huruf, n.y, n.peringkat,
            CASE WHEN n.peringkat IS NULL OR n.peringkat <> {disetujui}
                    OR n.ta IS NULL OR n.y IS NULL THEN NULL
                WHEN n.polaritas = 'turun' THEN
                    CASE WHEN n.ta = 0 THEN CASE WHEN n.y = 0 THEN 100 ELSE 0 END
                        WHEN (2 * n.ta - n.y) < 0 THEN 0
                        ELSE (2 * n.ta - n.y) * 100.0 / n.ta END
                WHEN n.ta = 0 THEN NULL
                ELSE n.y * 100.0 / n.ta END AS c
        FROM nilai n),
    cap AS (
        SELECT m.satker_id, m.indikator_id, m.t_nilai, m.t_huruf, m.y, m.peringkat,
            CASE WHEN k.batas_capaian IS NOT NULL AND m.c > k.batas_capaian
                THEN k.batas_capaian ELSE m.c END AS c
        FROM mentah m JOIN kantor k ON k.id = m.satker_id)"""


def _batas_terbit(tenggat: datetime.date) -> datetime.datetime:
    """The first moment after the deadline day, in the project's time zone, as an aware time."""
    hari_berikut = datetime.datetime.combine(tenggat + datetime.timedelta(days=1), datetime.time())
    return timezone.make_aware(hari_berikut)


def boleh_rekap(pengguna, atas: Satker) -> bool:
    """None is the system (a management command); a user needs akses.boleh_membaca_bawahan."""
    return pengguna is None or akses.boleh_membaca_bawahan(pengguna, atas)


def rekap(
    pengguna,
    atas: Satker,
    tahun: int,
    *,
    provinsi: str | None = None,
    jenis: str | None = None,
    status_lkj: str | None = None,
    urut: str = "kode",
    turun: bool = False,
    halaman: int | None = 1,
    per_halaman: int = PER_HALAMAN,
    db: str | None = None,
    sendiri: bool = False,
) -> Rekap:
    """The roll-up of the offices below `atas` for the year; `halaman=None` gives every row.

    `pengguna` None is the system (a command); a user must be allowed to compare the
    offices below `atas` (403 otherwise).
    """
    if sendiri:  # the office's own row, for its own members
        akses.pastikan(
            pengguna is None or akses.boleh_membaca(pengguna, atas),
            "Anda tidak berhak melihat kantor ini.",
        )
    else:
        akses.pastikan(
            boleh_rekap(pengguna, atas),
            "Hanya evaluator kantor ini atau kantor di atasnya yang dapat melihat rekap kantor "
            "di bawahnya.",
        )
    if urut not in URUTAN:
        raise RekapError(
            f"Urutan '{urut}' tidak dikenal; pilih salah satu dari {', '.join(URUTAN)}."
        )
    if status_lkj not in (None, *STATUS_TERBIT):
        raise RekapError(
            f"Status LKj '{status_lkj}' tidak dikenal; pilih {', '.join(STATUS_TERBIT)}."
        )
    if jenis not in (None, *Satker.Jenis.values):
        raise RekapError(
            f"Tingkat '{jenis}' tidak dikenal; pilih {', '.join(Satker.Jenis.values)}."
        )
    db = db or router.db_for_read(Satker, rekap=True)

    # 1. the subtree (one query): scales, caps and deadlines become CASE expressions below
    semua = {atas.pk: atas}
    if sendiri:
        pohon = [atas]
        if atas.induk_id:
            semua[atas.induk_id] = atas.induk
    else:
        pohon = list(
            Satker.objects.using(db).raw(
                f"""WITH RECURSIVE bawah(id) AS (
                    SELECT id FROM {_t(Satker)} WHERE induk_id = %s
                    UNION ALL SELECT s.id FROM {_t(Satker)} s JOIN bawah b ON s.induk_id = b.id)
                SELECT s.* FROM {_t(Satker)} s JOIN bawah USING (id)""",
                [atas.pk],
            )
        )
    for s in pohon:
        semua[s.pk] = s
    kode_provinsi = None
    if provinsi:
        prov = next((s for s in pohon if s.kode == provinsi and s.jenis == "provinsi"), None)
        if prov is None:
            raise ProvinsiTidakAda(
                f"Provinsi dengan kode '{provinsi}' tidak ada di bawah {atas.nama}."
            )
        kode_provinsi = prov.pk
    # one Skala per distinct scale (most offices share the KPU default)
    per_json: dict[str, Skala] = {}
    skala = {}
    for s in pohon:
        kunci = json.dumps(s.skala_capaian, sort_keys=True)
        if kunci not in per_json:
            per_json[kunci] = s.skala()
        skala[s.pk] = per_json[kunci]
    induk_ids = {s.induk_id for s in pohon}
    tenggat = {
        sid: (semua[sid].tenggat("lkj", tahun), semua[sid].tenggat("pk", tahun))
        for sid in induk_ids
        if sid in semua
    }

    params: list = []

    def terbit_cte(nama: str, dokumen: str) -> str:
        params.extend([tahun, dokumen])
        return f"""{nama} AS (
            SELECT v.satker_id, MIN(v.diterbitkan_pada) AS pertama, MAX(v.nomor) AS versi
            FROM {_t(VersiLaporan)} v JOIN bawah b ON b.id = v.satker_id
            WHERE v.tahun = %s AND v.dokumen = %s GROUP BY v.satker_id)"""

    def status_case(nama: str, indeks: int) -> str:
        bagian = []
        for sid, tg in tenggat.items():
            bagian.append("WHEN %s THEN %s")
            batas = connections[db].ops.adapt_datetimefield_value(_batas_terbit(tg[indeks]))
            params.extend([sid, batas])
        if not bagian:
            return f"(CASE WHEN {nama}.pertama IS NULL THEN 'belum' ELSE 'tepat' END)"
        return (
            f"(CASE WHEN {nama}.pertama IS NULL THEN 'belum' "
            f"WHEN {nama}.pertama < (CASE s.induk_id {' '.join(bagian)} END) THEN 'tepat' "
            "ELSE 'terlambat' END)"
        )

    # the offices of the subtree as literal ids (integers from the query above): the planner
    # then knows how many there are, where a recursive CTE made it guess 20 times as many
    ids = ", ".join(str(int(s.pk)) for s in pohon) or "NULL"
    sql = f"""WITH bawah(id) AS (SELECT id FROM {_t(Satker)} WHERE id IN ({ids})),
    {terbit_cte("lkj", JenisDokumen.LKJ)},
    {terbit_cte("pkt", JenisDokumen.PK)},
    kantor_semua AS (
        SELECT s.id, s.kode, s.nama, s.jenis, s.induk_id, s.batas_capaian,
            lkj.pertama AS lkj_pertama, lkj.versi AS lkj_versi,
            pkt.pertama AS pk_pertama, pkt.versi AS pk_versi,
            {status_case("lkj", 0)} AS lkj_status,
            {status_case("pkt", 1)} AS pk_status
        FROM {_t(Satker)} s JOIN bawah b ON b.id = s.id
        LEFT JOIN lkj ON lkj.satker_id = s.id
        LEFT JOIN pkt ON pkt.satker_id = s.id
    ),
    kantor_saring AS (
        SELECT ks.*, CASE ks.lkj_status WHEN 'tepat' THEN 0 WHEN 'terlambat' THEN 1 ELSE 2 END
            AS lkj_urut
        FROM kantor_semua ks WHERE 1 = 1"""
    if kode_provinsi is not None:
        sql += " AND (ks.id = %s OR ks.induk_id = %s)"
        params.extend([kode_provinsi, kode_provinsi])
    if jenis:
        sql += " AND ks.jenis = %s"
        params.append(jenis)
    if status_lkj:
        sql += " AND ks.lkj_status = %s"
        params.append(status_lkj)
    ekspresi, perlu_semua = URUTAN[urut]
    arah = "DESC" if turun else "ASC"
    nulls = " NULLS LAST"  # PostgreSQL, and SQLite since 3.30
    batas_sql = ""
    if halaman is not None:
        batas_sql = " LIMIT %s OFFSET %s"
    sql += "),\n    kantor AS (SELECT k.*, COUNT(*) OVER () AS jumlah FROM kantor_saring k"
    if not perlu_semua:
        sql += f" ORDER BY {ekspresi} {arah}{nulls}, k.kode{batas_sql}"
        if halaman is not None:
            params.extend([per_halaman, (halaman - 1) * per_halaman])
    sql += ")"

    disetujui = URUTAN_STATUS.index(Realisasi.Status.DISETUJUI)
    sql += (
        ","
        + cte_capaian(tahun, params)
        + f""",
    pita AS MATERIALIZED (
        SELECT cap.satker_id AS id, cap.peringkat, cap.c, {{pita_indikator}} AS pita
        FROM cap JOIN kantor k ON k.id = cap.satker_id),
    a AS (
        SELECT pita.id, COUNT(*) AS n_ind, COUNT(pita.c) AS n_dinilai, AVG(pita.c) AS rata,
            SUM(CASE WHEN pita.peringkat IS NOT NULL AND pita.peringkat <> {disetujui}
                THEN 1 ELSE 0 END) AS menunggu
            {{kolom_pita}}
        FROM pita GROUP BY pita.id),
    rev AS (
        SELECT d.id AS dipa_id, d.satker_id, MAX(rv.nomor) AS nomor
        FROM {_t(Dipa)} d JOIN kantor k ON k.id = d.satker_id
        JOIN {_t(RevisiDipa)} rv ON rv.dipa_id = d.id
        WHERE d.tahun = %s GROUP BY d.id, d.satker_id),
    pg AS (
        SELECT rev.satker_id, SUM(pg.jumlah) AS pagu
        FROM rev JOIN {_t(RevisiDipa)} rv ON rv.dipa_id = rev.dipa_id AND rv.nomor = rev.nomor
        JOIN {_t(Pagu)} pg ON pg.revisi_id = rv.id GROUP BY rev.satker_id),
    ra AS (
        SELECT d.satker_id, SUM(ra.jumlah) AS realisasi
        FROM {_t(Dipa)} d JOIN kantor k ON k.id = d.satker_id
        JOIN {_t(PosAnggaran)} p ON p.dipa_id = d.id
        JOIN {_t(RealisasiAnggaran)} ra ON ra.pos_id = p.id
        WHERE d.tahun = %s GROUP BY d.satker_id),
    ag AS (
        SELECT d.satker_id, COALESCE(pg.pagu, 0) AS pagu, COALESCE(ra.realisasi, 0) AS realisasi,
            CASE WHEN COALESCE(pg.pagu, 0) = 0 THEN NULL
                ELSE COALESCE(ra.realisasi, 0) * 100.0 / pg.pagu END AS persen
        FROM {_t(Dipa)} d JOIN kantor k ON k.id = d.satker_id
        LEFT JOIN pg ON pg.satker_id = d.satker_id LEFT JOIN ra ON ra.satker_id = d.satker_id
        WHERE d.tahun = %s)
    SELECT k.id, k.jumlah, k.lkj_status, k.lkj_versi, k.lkj_pertama,
        k.pk_status, k.pk_versi, k.pk_pertama,
        a.n_ind, a.n_dinilai, a.rata, a.menunggu, {{pita_rata}} AS pita_rata,
        ag.pagu, ag.realisasi {{pilih_pita}}
    FROM kantor k LEFT JOIN a ON a.id = k.id LEFT JOIN ag ON ag.satker_id = k.id
    ORDER BY {ekspresi} {arah}{nulls}, k.kode"""
    )
    params.extend([tahun] * 3)
    n_pita = max((len(s.pita) for s in skala.values()), default=0)
    kolom_pita = "".join(
        f", SUM(CASE WHEN pita.pita = {i} THEN 1 ELSE 0 END) AS p{i}" for i in range(n_pita)
    )
    sql = (
        sql.replace("{pita_indikator}", _case_pita("cap.c", skala))
        .replace("{pita_rata}", _case_pita("a.rata", skala))
        .replace("{kolom_pita}", kolom_pita)
        .replace("{pilih_pita}", "".join(f", a.p{i}" for i in range(n_pita)))
    )
    semua_params = params
    if perlu_semua and halaman is not None:
        sql += " LIMIT %s OFFSET %s"
        semua_params.extend([per_halaman, (halaman - 1) * per_halaman])

    with connections[db].cursor() as c:
        c.execute(sql, semua_params)
        kolom = [d[0] for d in c.description]
        hasil = [dict(zip(kolom, r, strict=True)) for r in c.fetchall()]

    jumlah = hasil[0]["jumlah"] if hasil else 0
    if not hasil and halaman not in (None, 1):
        # a page past the end: count the rows of the first page to say how many there are
        return rekap(
            pengguna,
            atas,
            tahun,
            provinsi=provinsi,
            jenis=jenis,
            status_lkj=status_lkj,
            urut=urut,
            turun=turun,
            halaman=1,
            per_halaman=per_halaman,
            db=db,
        )
    baris = []
    for r in hasil:
        s = semua[r["id"]]
        sk = skala[s.pk]
        label = [p.label for p in reversed(sk.pita)]  # best band first, as positions count
        pagu = _angka(r["pagu"])
        b = BarisRekap(
            satker=s,
            induk=semua.get(s.induk_id),
            indikator=r["n_ind"] or 0,
            dinilai=r["n_dinilai"] or 0,
            menunggu=int(r["menunggu"] or 0),
            rata_capaian=_angka(r["rata"]),
            kategori_rata=None if r["pita_rata"] is None else label[int(r["pita_rata"])],
            kategori=[(lbl, int(r.get(f"p{i}") or 0)) for i, lbl in enumerate(label)],
            pagu=pagu,
            realisasi_anggaran=_angka(r["realisasi"]),
            lkj=_terbit(r, "lkj", tenggat.get(s.induk_id, (None, None))[0]),
            pk=_terbit(r, "pk", tenggat.get(s.induk_id, (None, None))[1]),
        )
        b.kategori_serapan = s.skala_serapan().kategori(b.penyerapan)
        b.skala = sk
        baris.append(b)
    return Rekap(
        atas=atas,
        tahun=tahun,
        baris=baris,
        jumlah=jumlah,
        halaman=halaman or 1,
        per_halaman=per_halaman if halaman is not None else max(jumlah, 1),
        urut=urut,
        turun=turun,
        filter={"provinsi": provinsi, "jenis": jenis, "status": status_lkj},
        provinsi=sorted((s for s in pohon if s.jenis == "provinsi"), key=lambda s: s.kode),
    )


def _terbit(r: dict, awalan: str, tenggat: datetime.date | None) -> Terbit:
    pertama = r[f"{awalan}_pertama"]
    if isinstance(pertama, str):  # SQLite returns text for a column of a CTE
        pertama = datetime.datetime.fromisoformat(pertama)
        if timezone.is_naive(pertama):
            pertama = timezone.make_aware(pertama, datetime.UTC)
    return Terbit(r[f"{awalan}_status"], r[f"{awalan}_versi"], pertama, tenggat)


def _teks(nilai: Decimal | None) -> str | None:
    return None if nilai is None else format(bulatkan(nilai, 2), "f")


def sebagai_json(b: BarisRekap) -> dict:
    """One office's row as the `rekap --json` object (decimals as strings with 2 places)."""

    def terbit(t: Terbit) -> dict:
        return {
            "status": t.status,
            "versi": t.versi,
            "terbit": t.pertama.isoformat() if t.pertama else None,
            "tenggat": t.tenggat.isoformat() if t.tenggat else None,
        }

    return {
        "kode": b.satker.kode,
        "nama": b.satker.nama,
        "induk": b.induk.kode if b.induk else None,
        "indikator": b.indikator,
        "dinilai": b.dinilai,
        "menunggu": b.menunggu,
        "rata_capaian": _teks(b.rata_capaian),
        "kategori_rata": b.kategori_rata,
        "kategori": dict(b.kategori),
        "pagu": _teks(b.pagu),
        "realisasi_anggaran": _teks(b.realisasi_anggaran),
        "penyerapan": _teks(b.penyerapan),
        "kategori_penyerapan": b.kategori_serapan,
        "lkj": terbit(b.lkj),
        "pk": terbit(b.pk),
    }


def rekap_xlsx(r: Rekap) -> bytes:
    """The roll-up as a workbook: one row per office, numbers as numbers (2 decimals shown)."""
    from io import BytesIO

    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Rekap"
    ws.append([f"Rekap kantor di bawah {r.atas.nama} tahun {r.tahun}"])
    ws["A1"].font = Font(bold=True)
    label = []
    for b in r.baris:
        for lbl, _ in b.kategori:
            if lbl not in label:
                label.append(lbl)
    judul = [
        "Kode", "Nama", "Induk", "Indikator", "Dinilai", "Menunggu persetujuan",
        "Rata-rata capaian (%)", "Kategori rata-rata", *label,
        "Pagu (Rp)", "Realisasi (Rp)", "Penyerapan (%)", "Kategori penyerapan",
        "LKj", "LKj terbit", "PK", "PK terbit",
    ]  # fmt: skip
    ws.append(judul)
    for c in ws[2]:
        c.font = Font(bold=True)
    for b in r.baris:
        kategori = dict(b.kategori)

        def angka(nilai):
            return None if nilai is None else float(bulatkan(nilai, 2))

        ws.append(
            [
                b.satker.kode, b.satker.nama, b.induk.nama if b.induk else "",
                b.indikator, b.dinilai, b.menunggu,
                angka(b.rata_capaian), b.kategori_rata or "",
                *[kategori.get(lbl, "") for lbl in label],
                angka(b.pagu), angka(b.realisasi_anggaran), angka(b.penyerapan),
                b.kategori_serapan or "",
                b.lkj.label, b.lkj.pertama.date().isoformat() if b.lkj.pertama else "",
                b.pk.label, b.pk.pertama.date().isoformat() if b.pk.pertama else "",
            ]
        )  # fmt: skip
    for baris in ws.iter_rows(min_row=3):
        for c in baris:
            if isinstance(c.value, float):
                c.number_format = "#,##0.00"
    ws.freeze_panes = "C3"
    keluar = BytesIO()
    wb.save(keluar)
    return keluar.getvalue()


@dataclass
class BarisTurunan:
    """One office's copy of a cascaded indicator, for a year."""

    satker: Satker
    induk: Satker | None
    indikator_id: int
    target: Decimal | None
    target_huruf: str
    realisasi: Decimal | None
    capaian: Decimal | None
    kategori: str | None
    status: str | None  # the year's value's state (None: nothing entered)
    dalam_tahun: bool = True  # False: not among the office's indicators of the year (its PK)

    @property
    def label_status(self) -> str:
        return Realisasi.Status(self.status).label if self.status else "Belum diisi"


def turunan_indikator(pengguna, indikator: Indikator, tahun: int) -> list[BarisTurunan]:
    """Every office's copy of a cascaded indicator beneath it, with target, realisation,
    capaian and category for the year: one query for the copies, one for the figures."""
    asal = indikator.sasaran.renstra.satker
    akses.pastikan(
        boleh_rekap(pengguna, asal),
        "Hanya evaluator kantor ini atau kantor di atasnya yang dapat membandingkan indikator "
        "kantor di bawahnya.",
    )
    db = router.db_for_read(Satker, rekap=True)
    with connections[db].cursor() as c:
        c.execute(
            f"""WITH RECURSIVE turun(id) AS (
                SELECT id FROM {_t(Indikator)} WHERE indikator_induk_id = %s
                UNION ALL SELECT i.id FROM {_t(Indikator)} i JOIN turun t
                    ON i.indikator_induk_id = t.id)
            SELECT i.id, s.id, s.kode, s.nama, s.jenis, s.induk_id, s.batas_capaian,
                s.skala_capaian
            FROM turun JOIN {_t(Indikator)} i ON i.id = turun.id
            JOIN {_t(Sasaran)} sa ON sa.id = i.sasaran_id
            JOIN {_t(Renstra)} r ON r.id = sa.renstra_id
            JOIN {_t(Satker)} s ON s.id = r.satker_id""",
            [indikator.pk],
        )
        salinan = c.fetchall()
    if not salinan:
        return []
    kantor: dict[int, Satker] = {}
    for _, sid, kode, nama, jenis, induk_id, batas, skala in salinan:
        if isinstance(skala, str):  # SQLite returns the JSON as text
            skala = json.loads(skala)
        kantor[sid] = Satker(
            pk=sid, kode=kode, nama=nama, jenis=jenis, induk_id=induk_id,
            batas_capaian=_angka(batas), skala_capaian=skala,
        )  # fmt: skip
    induk = {
        s.pk: s
        for s in Satker.objects.using(db).filter(pk__in={s.induk_id for s in kantor.values()})
    }
    skala = {sid: s.skala() for sid, s in kantor.items()}
    params: list = []
    ids_kantor = ", ".join(str(int(i)) for i in kantor)
    ids_indikator = ", ".join(str(int(r[0])) for r in salinan)
    sql = (
        f"WITH kantor AS (SELECT id, batas_capaian FROM {_t(Satker)} WHERE id IN ({ids_kantor})),"
        + cte_capaian(tahun, params)
        + f"""
        SELECT cap.indikator_id, cap.satker_id, cap.t_nilai, cap.t_huruf, cap.y, cap.c,
            cap.peringkat, {_case_pita("cap.c", skala)} AS pita
        FROM cap JOIN kantor k ON k.id = cap.satker_id
        WHERE cap.indikator_id IN ({ids_indikator})"""
    )
    with connections[db].cursor() as c:
        c.execute(sql, params)
        hasil = c.fetchall()
    baris = []
    for ind_id, sid, t_nilai, t_huruf, y, cap_, peringkat, pita in hasil:
        s = kantor[sid]
        label = [p.label for p in reversed(skala[sid].pita)]
        baris.append(
            BarisTurunan(
                satker=s,
                induk=induk.get(s.induk_id),
                indikator_id=ind_id,
                target=_angka(t_nilai),
                target_huruf=t_huruf or "",
                realisasi=_angka(y),
                capaian=_angka(cap_),
                kategori=None if pita is None else label[int(pita)],
                status=None if peringkat is None else URUTAN_STATUS[int(peringkat)],
            )
        )
    # a copy the office does not measure this year (not in its PK): listed, without figures
    terukur = {b.indikator_id for b in baris}
    for ind_id, sid, *_ in salinan:
        if ind_id not in terukur:
            s = kantor[sid]
            baris.append(
                BarisTurunan(
                    s, induk.get(s.induk_id), ind_id, None, "", None, None, None, None, False
                )
            )
    # best first; offices without a capaian last, by code
    baris.sort(key=lambda b: (b.capaian is None, -(b.capaian or 0), b.satker.kode))
    return baris
