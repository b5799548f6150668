"""Whole-office SAKTI GLP039 exports built here, in the shapes real multi-page exports have.

A page of `per_halaman` data rows; at every page break SAKTI prints its footnote row
("*Lock Pagu ..."), then the title rows, the "Hal N dari M" line and the two-tier header
again. An item description cut by the break continues at the top of the next page in a
row with no code that repeats the item's amounts. Items sit below each akun in their
own column ("002514. Makan Rapat ..."). Layout variants move the value columns (the
header and the values one column apart, as SAKTI does) and the code columns.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field

from openpyxl import Workbook

CATATAN = (
    "*Lock Pagu adalah jumlah pagu yang sedang dalam proses usulan revisi DIPA atau POK. "
    "Lock pagu akan hilang setelah usulan revisi DIPA/POK selesai menjadi DIPA."
)
BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
         "September", "Oktober", "November", "Desember"]  # fmt: skip
AKUN = {
    "51": [("511111", "Belanja Gaji Pokok PNS"), ("511119", "Belanja Pembulatan Gaji PNS")],
    "52": [
        ("521211", "Belanja Bahan"),
        ("522151", "Belanja Jasa Profesi"),
        ("524111", "Belanja Perjalanan Dinas Biasa"),
        ("521219", "Belanja Barang Non Operasional Lainnya"),
    ],
    "53": [("532111", "Belanja Modal Peralatan dan Mesin"), ("536111", "Belanja Modal Lainnya")],
}
ITEM = [
    "Makan Rapat Biasa D.K.I. JAKARTA",
    "Snack Rapat Biasa",
    "ATK",
    "Honorarium Narasumber (Pejabat Eselon I) pada kegiatan sosialisasi tahapan pemilihan",
    "Uang Harian Perjalanan Dinas Dalam Kota lebih dari 8 jam ke kecamatan",
    "Pengadaan Laptop untuk operator SIDALIH",
]


@dataclass
class Glp039:
    """The workbook's bytes and what it holds, for the tests to compare against."""

    data: bytes
    per_jenis: dict[str, dict[str, int]] = field(default_factory=dict)  # jenis -> role -> sum
    jumlah: dict[str, int] = field(default_factory=dict)
    akun: int = 0
    lanjutan: int = 0
    halaman: int = 0


def buat(
    *,
    satker: str = "654321",
    nama_satker: str = "SEKRETARIAT KPU KABUPATEN CONTOH",
    tahun: int = 2024,
    bulan: int = 10,
    per_halaman: int = 30,
    n_ro: int = 6,
    geser: int = 0,
    benih: int = 1,
    teks_lanjutan: str = "(lanjutan) D.K.I. JAKARTA",
    ubah_lanjutan: int = 0,
) -> Glp039:
    r = random.Random(benih)
    # code columns (program/kegiatan, kro/ro, komponen, subkomponen, akun), item column
    k_prog, k_kro, k_komp, k_sub, k_akun, k_item = 1, 2, 4, 5, 7, 13
    d_prog, d_keg, d_kro, d_ro, d_komp, d_sub, d_akun = 3, 8, 6, 10, 9, 11, 12
    v0 = 16 + geser  # first value column of the data rows (the header sits one to the right)
    baris: list[dict[int, object]] = []  # data rows, each a {column: value}
    total = dict.fromkeys(("pagu", "lalu", "ini"), 0)
    per_jenis: dict[str, dict[str, int]] = {}
    hasil = Glp039(b"")

    def nilai(pagu, lalu, ini):
        sd = lalu + ini
        return {
            v0: pagu,
            v0 + 2: 0,
            v0 + 5: lalu,
            v0 + 7: ini,
            v0 + 8: sd,
            v0 + 11: round(sd / pagu, 6) if pagu else 0,
            v0 + 14: pagu - sd,
        }

    # build the tree bottom-up: items -> akun -> subkomponen -> komponen -> RO -> KRO/kegiatan
    program = [("CQ", "Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi"),
               ("WA", "Program Dukungan Manajemen")]  # fmt: skip
    blok_program = []
    for p_kode, p_uraian in program:
        kegiatan = []
        for kg in range(2):
            keg_kode = f"{6709 + kg * 158 if p_kode == 'CQ' else 3355 + kg * 5}"
            ros = []
            for ro_i in range(max(1, n_ro // 4)):
                kro = "QGE" if p_kode == "CQ" else "EBA"
                ro = f"{ro_i + 1:03d}" if p_kode == "CQ" else f"{994 - ro_i * 31}"
                subs = []
                for s in "AB":
                    akuns = []
                    jenis_ada = ["52"] + (["51"] if p_kode == "WA" and s == "A" else [])
                    jenis_ada += ["53"] if ro_i == 0 and s == "B" else []
                    for jenis in jenis_ada:
                        for akun_kode, akun_uraian in r.sample(
                            AKUN[jenis], k=min(2, len(AKUN[jenis]))
                        ):
                            items = []
                            for _ in range(r.randint(1, 3)):
                                pagu = r.randrange(1, 400) * 100_000 + r.randrange(0, 1000)
                                lalu = pagu * r.randrange(0, 70) // 100
                                ini = (pagu - lalu) * r.randrange(0, 40) // 100
                                items.append((r.choice(ITEM), pagu, lalu, ini))
                            akuns.append((jenis, akun_kode, akun_uraian, items))
                    subs.append((f"05{ro_i + 1}.{s}", s, akuns))
                ros.append((kro, ro, subs))
            kegiatan.append((keg_kode, ros))
        blok_program.append((p_kode, p_uraian, kegiatan))

    def jumlahkan(items):
        return [sum(x[i] for x in items) for i in (1, 2, 3)]

    nomor_item = 2500
    for p_kode, p_uraian, kegiatan in blok_program:
        semua_p = [it for _, ros in kegiatan for _, _, subs in ros for _, _, ak in subs
                   for a in ak for it in a[3]]  # fmt: skip
        baris.append({k_prog: p_kode, d_prog: p_uraian, **nilai(*jumlahkan(semua_p))})
        for keg_kode, ros in kegiatan:
            semua_k = [it for _, _, subs in ros for _, _, ak in subs for a in ak for it in a[3]]
            baris.append({k_prog: f"{p_kode}.{keg_kode}", d_keg: f"Kegiatan {keg_kode}",
                          **nilai(*jumlahkan(semua_k))})  # fmt: skip
            kro_lalu = None
            for kro, ro, subs in ros:
                semua_ro = [it for _, _, ak in subs for a in ak for it in a[3]]
                if kro != kro_lalu:
                    semua_kro = [it for k2, _, s2 in ros if k2 == kro for _, _, ak in s2
                                 for a in ak for it in a[3]]  # fmt: skip
                    baris.append({k_kro: kro, d_kro: f"KRO {kro}", **nilai(*jumlahkan(semua_kro))})
                    kro_lalu = kro
                baris.append({k_kro: f"{kro}.{ro}", d_ro: f"Rincian Output {ro}",
                              **nilai(*jumlahkan(semua_ro))})  # fmt: skip
                komponen = subs[0][0].split(".")[0]
                baris.append({k_komp: komponen, d_komp: "Komponen kegiatan",
                              **nilai(*jumlahkan(semua_ro))})  # fmt: skip
                for _, s, akuns in subs:
                    semua_s = [it for a in akuns for it in a[3]]
                    baris.append({k_sub: f"{komponen}.{s}", d_sub: f"Subkomponen {s}",
                                  **nilai(*jumlahkan(semua_s))})  # fmt: skip
                    for jenis, akun_kode, akun_uraian, items in akuns:
                        pj = per_jenis.setdefault(
                            jenis, dict.fromkeys(("pagu", "lalu", "ini", "sd"), 0)
                        )
                        p, la, i = jumlahkan(items)
                        pj["pagu"] += p
                        pj["lalu"] += la
                        pj["ini"] += i
                        pj["sd"] += la + i
                        total["pagu"] += p
                        total["lalu"] += la
                        total["ini"] += i
                        hasil.akun += 1
                        baris.append({k_akun: akun_kode, d_akun: akun_uraian, **nilai(p, la, i)})
                        for uraian, pg, la_, in_ in items:
                            nomor_item += 1
                            baris.append({k_item: f"{nomor_item:06d}. {uraian}", "_item": True,
                                          **nilai(pg, la_, in_)})  # fmt: skip

    # lay the rows out on pages
    wb = Workbook()
    ws = wb.active
    ws.title = "GLP039"
    halaman = (len(baris) + per_halaman - 1) // per_halaman
    hasil.halaman = halaman
    h = v0 + 1  # header columns sit one to the right of the values

    def kepala(n):
        ws.append([f"LAPORAN KETERSEDIAAN DANA DETAIL TA {tahun}"])
        ws.append(["Per Program; Kegiatan; Output; SubOutput; Komponen; SubKomponen; Akun; Item;"])
        ws.append([f"Periode {BULAN[bulan - 1]} {tahun}"])
        for label, kode, nama in (("Kementerian\t:", "076", "KOMISI PEMILIHAN UMUM"),
                                  ("Unit Organisasi\t", "01", "SEKRETARIAT JENDERAL KPU"),
                                  ("Satuan Kerja   \t:", satker, nama_satker)):  # fmt: skip
            row = [None] * 32
            row[0], row[14], row[15] = label, kode, nama
            if label.startswith("Satuan"):
                row[28], row[29] = "Hal 1 dari" if n == 1 else f"Hal {n} dari", f" {halaman}"
            ws.append(row)
        row = [None] * 32
        row[0], row[h], row[h + 2], row[h + 4], row[h + 13] = (
            "Uraian",
            "Pagu Revisi",
            "Lock Pagu",
            f"Realisasi TA {tahun}",
            "SISA ANGGARAN",
        )
        ws.append(row)
        row = [None] * 32
        row[h + 4], row[h + 6], row[h + 7], row[h + 10] = (
            "Periode Lalu",
            "Periode Ini",
            "s.d. Periode ",
            "%",
        )
        ws.append(row)

    def tulis(d):
        row = [None] * 32
        for kol, isi in d.items():
            if isinstance(kol, int):
                row[kol] = isi
        ws.append(row)

    kepala(1)
    tulis({0: "JUMLAH SELURUHNYA", **nilai(total["pagu"], total["lalu"], total["ini"])})
    for i, d in enumerate(baris):
        if i and i % per_halaman == 0:
            ws.append([None, CATATAN])
            kepala(i // per_halaman + 1)
            lalu = baris[i - 1]
            if lalu.get("_item") or k_akun in lalu:
                # the description of the last line on the page continues here
                kol = k_item if lalu.get("_item") else d_akun
                angka = {c: v for c, v in lalu.items() if isinstance(c, int) and c >= v0}
                angka[v0] += ubah_lanjutan  # a broken file: the amounts do not repeat
                tulis({kol: teks_lanjutan, **angka})
                hasil.lanjutan += 1
        tulis(d)
    ws.append([None, CATATAN])
    buf = io.BytesIO()
    wb.save(buf)
    hasil.data = buf.getvalue()
    hasil.per_jenis = per_jenis
    hasil.jumlah = {**total, "sd": total["lalu"] + total["ini"]}
    return hasil
