"""The 2023 DIPA of KPU Kota Tangerang Selatan in the sakip template: data/dipa_3674_2023.xlsx.

`python manage.py buat_dipa_demo` writes the workbook. The output is deterministic: the
committed spreadsheet holds exactly the rows isi_template() gives (only the file's
timestamp differs between runs; test_dipa_demo checks it).

Source: the seed LKj 2023, section "Analisis Pelaksanaan Kegiatan dan Realisasi Anggaran
Tahun 2023" (33 RO rows: pagu, realisasi, TVRO, RVRO) and the table by type of spending
(pagu 51: 2.313.438.000 / 52: 26.326.489.000 / 53: 956.561.000, total 29.596.488.000).
The seed's realisation totals by type (29.361.413.804 in all) do not agree with its own
33 RO rows (28.422.942.650 in all); as DESIGN.md says, the 33 RO rows win.
Everything the seed does not give is chosen here and marked "CHOSEN".
"""

from __future__ import annotations

import datetime
from decimal import Decimal

from sakip.anggaran.impor.template import KOLOM, IsiTemplate

BA, ESELON = "076", "01"
PROGRAM = {
    "CQ": "Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi",
    "WA": "Program Dukungan Manajemen",
}
KEGIATAN = {
    "6709": "Perencanaan Program dan Anggaran, serta Penyusunan Peraturan Pelaksanaan "
    "Penyelenggaraan Pemilu",
    "6710": "Pendaftaran dan Verifikasi Peserta Pemilu",
    "6867": "Pembentukan Badan Adhoc",
    "6870": "Masa Kampanye Pemilu",
    "6871": "Pengelolaan, Pengadaan, Laporan, dan Dokumentasi Logistik",
    "6872": "Pemungutan dan Penghitungan Suara",
    "6887": "Pemutakhiran Data Pemilih dan Penyusunan Daftar Pemilih",
    "6888": "Penetapan Peserta Pemilu",
    "6889": "Penetapan Jumlah Kursi dan Penetapan Daerah Pemilihan",
    "6890": "Pencalonan Presiden dan Wakil Presiden Serta Pencalonan Anggota DPR, DPD, DPRD "
    "Provinsi dan DPRD Kabupaten/Kota",
    "3355": "Pengelolaan Keuangan dan Barang Milik Negara",
    "3360": "Operasional Perkantoran dan Dukungan Sarana Prasarana",
    "6634": "Data dan Informasi",
}
# CHOSEN: the seed names only the KRO of 6709 (QGE, "6709.QGE.001"). The other CQ ROs
# measured in "Lembaga" take QGE too; "Sarana IT Pemilu (Unit)" takes QDC, which also keeps
# it apart from 6709.QGE.001 (both are RO 001 of kegiatan 6709); the WA ROs take EBA
# (Layanan Dukungan Manajemen Internal), as 963 does in the SAKTI samples.
KRO = {
    "QGE": "Layanan Penyelenggaraan Pemilu",
    "QDC": "Prasarana Bidang Teknologi Informasi dan Komunikasi",
    "EBA": "Layanan Dukungan Manajemen Internal",
}

# The 33 rows of the seed, in its order: program, kegiatan, KRO, RO, uraian, satuan,
# pagu, realisasi, TVRO, RVRO. Rows 29-33 are split mid-number in the seed's text
# ("2.313.43 8.000,00 00"); they are read back whole here.
RO = [
    (
        "CQ",
        "6709",
        "QGE",
        "001",
        "Perencanaan dan Penganggaran Pemilu",
        "Lembaga",
        1034903000,
        841864540,
        10,
        10,
    ),
    (
        "CQ",
        "6709",
        "QGE",
        "003",
        "Fasilitas Seleksi Calon Anggota KPU Provinsi dan KPU Kabupaten/Kota",
        "Lembaga",
        1000,
        0,
        10,
        10,
    ),
    (
        "CQ",
        "6709",
        "QGE",
        "004",
        "Penyelenggaraan Pelatihan Teknis Kepemiluan",
        "Lembaga",
        6068000,
        5917392,
        10,
        10,
    ),
    (
        "CQ",
        "6709",
        "QGE",
        "006",
        "Sosialisasi/Penyuluhan/Bimbingan Teknis Tahapan",
        "Lembaga",
        517805000,
        230610066,
        10,
        10,
    ),
    (
        "CQ",
        "6709",
        "QGE",
        "007",
        "Penyusunan Peraturan Pemilu",
        "Lembaga",
        18761000,
        18684250,
        10,
        10,
    ),
    ("CQ", "6709", "QDC", "001", "Sarana IT Pemilu", "Unit", 6478000, 6074000, 10, 10),
    (
        "CQ",
        "6710",
        "QGE",
        "001",
        "Pendaftaran dan Verifikasi Partai Politik Peserta Pemilu",
        "Lembaga",
        21790000,
        21790000,
        10,
        10,
    ),
    (
        "CQ",
        "6867",
        "QGE",
        "001",
        "Pembentukan/Seleksi Badan Adhoc",
        "Lembaga",
        847312000,
        811911500,
        10,
        10,
    ),
    (
        "CQ",
        "6867",
        "QGE",
        "002",
        "Honorarium Badan Adhoc",
        "Lembaga",
        13510900000,
        13509600000,
        10,
        10,
    ),
    (
        "CQ",
        "6867",
        "QGE",
        "003",
        "Dukungan Operasional Badan Adhoc",
        "Lembaga",
        3321007000,
        3315840900,
        10,
        10,
    ),
    ("CQ", "6870", "QGE", "001", "Persiapan Kampanye Pemilu", "Lembaga", 20599000, 0, 10, 10),
    ("CQ", "6870", "QGE", "002", "Pengelolaan Kampanye Pemilu", "Lembaga", 35836000, 0, 20, 10),
    (
        "CQ",
        "6870",
        "QGE",
        "003",
        "Evaluasi dan Laporan Kegiatan Kampanye Pemilu",
        "Lembaga",
        1095000,
        0,
        10,
        10,
    ),
    (
        "CQ",
        "6871",
        "QGE",
        "001",
        "Penyiapan dan Pengelolaan Logistik Pemilu",
        "Lembaga",
        4772579000,
        4556205557,
        10,
        20,
    ),
    (
        "CQ",
        "6871",
        "QGE",
        "002",
        "Pengelolaan Pengadaan Barang dan Jasa",
        "Lembaga",
        2467718000,
        2192209761,
        10,
        10,
    ),
    (
        "CQ",
        "6871",
        "QGE",
        "003",
        "Pengelolaan Dokumentasi Logistik",
        "Lembaga",
        96783000,
        33663029,
        10,
        10,
    ),
    (
        "CQ",
        "6872",
        "QGE",
        "001",
        "Fasilitasi Penyiapan Tahapan Pemungutan dan Penghitungan Suara",
        "Lembaga",
        18575000,
        14804800,
        10,
        10,
    ),
    (
        "CQ",
        "6872",
        "QGE",
        "002",
        "Pelaksanaan Tahapan Pemungutan dan Penghitungan Suara",
        "Lembaga",
        3651000,
        3650000,
        10,
        10,
    ),
    (
        "CQ",
        "6872",
        "QGE",
        "003",
        "Evaluasi Pelaksanaan Pemungutan dan Penghitungan Suara",
        "Lembaga",
        1000,
        0,
        10,
        0,
    ),
    (
        "CQ",
        "6887",
        "QGE",
        "001",
        "Persiapan Pelaksanaan Pemutakhiran Data Pemilih",
        "Lembaga",
        7348000,
        7348000,
        10,
        10,
    ),
    (
        "CQ",
        "6887",
        "QGE",
        "002",
        "Pemutakhiran Data Pemilih",
        "Lembaga",
        59282000,
        58327112,
        10,
        10,
    ),
    ("CQ", "6887", "QGE", "003", "Penetapan Data Pemilih", "Lembaga", 10044000, 9951000, 10, 10),
    (
        "CQ",
        "6888",
        "QGE",
        "003",
        "Penyelesaian Sengketa Penetapan Partai Politik Peserta Pemilu",
        "Lembaga",
        8044000,
        1991000,
        10,
        10,
    ),
    (
        "CQ",
        "6889",
        "QGE",
        "001",
        "Fasilitas Kesiapan Penyusunan Jumlah Kursi dan Daerah Pemilihan",
        "Lembaga",
        78725000,
        78724500,
        10,
        10,
    ),
    (
        "CQ",
        "6889",
        "QGE",
        "002",
        "Pelaksanaan Proses Penyusunan Jumlah Kursi dan Daerah Pemilihan",
        "Lembaga",
        2000,
        0,
        10,
        10,
    ),
    (
        "CQ",
        "6889",
        "QGE",
        "003",
        "Evaluasi Penetapan Jumlah Kursi dan Daerah Pemilihan",
        "Lembaga",
        23157000,
        23157000,
        10,
        10,
    ),
    (
        "CQ",
        "6890",
        "QGE",
        "001",
        "Fasilitas Kesiapan Kegiatan Pencalonan",
        "Lembaga",
        306804000,
        298040998,
        10,
        10,
    ),
    ("CQ", "6890", "QGE", "002", "Pelaksanaan Proses Pencalonan", "Lembaga", 15001000, 0, 10, 10),
    ("CQ", "6890", "QGE", "003", "Evaluasi Pencalonan", "Lembaga", 1000, 0, 10, 10),
    ("WA", "3355", "EBA", "994", "Layanan Perkantoran", "Layanan", 2313438000, 2310999532, 10, 10),
    (
        "WA",
        "3355",
        "EBA",
        "955",
        "Layanan Manajemen Keuangan",
        "Dokumen",
        35739000,
        34539000,
        10,
        10,
    ),
    ("WA", "3360", "EBA", "994", "Layanan Perkantoran", "Layanan", 28768000, 28765713, 10, 10),
    ("WA", "6634", "EBA", "963", "Layanan Data dan Informasi", "Layanan", 8273000, 8273000, 10, 10),
]

AKUN = {
    "511111": "Belanja Gaji Pokok PNS",
    "511119": "Belanja Pembulatan Gaji PNS",
    "511121": "Belanja Tunjangan Suami/Istri PNS",
    "511122": "Belanja Tunjangan Anak PNS",
    "511124": "Belanja Tunjangan Fungsional PNS",
    "511125": "Belanja Tunjangan PPh PNS",
    "511126": "Belanja Tunjangan Beras PNS",
    "511129": "Belanja Uang Makan PNS",
    "511151": "Belanja Tunjangan Umum PNS",
    "512211": "Belanja Uang Lembur",
    "521111": "Belanja Operasional Perkantoran",
    "521115": "Belanja Honor Operasional Satuan Kerja",
    "521211": "Belanja Bahan",
    "521213": "Belanja Honor Output Kegiatan",
    "521219": "Belanja Barang Non Operasional Lainnya",
    "521811": "Belanja Barang Persediaan Barang Konsumsi",
    "522111": "Belanja Langganan Listrik",
    "522191": "Belanja Jasa Lainnya",
    "523111": "Belanja Pemeliharaan Gedung dan Bangunan",
    "523121": "Belanja Pemeliharaan Peralatan dan Mesin",
    "524111": "Belanja Perjalanan Dinas Biasa",
    "524113": "Belanja Perjalanan Dinas Dalam Kota",
    "524114": "Belanja Perjalanan Dinas Paket Meeting Dalam Kota",
    "532111": "Belanja Modal Peralatan dan Mesin",
}
# CHOSEN: komponen and sub komponen. CQ ROs use komponen 051 sub komponen A, as the seed's
# example code 076.01.CQ.6709.QGE.001.051.A.521211; WA 994 uses 001 (gaji dan tunjangan)
# or 002 (operasional dan pemeliharaan kantor); other WA ROs 051.
KOMPONEN = {
    "051": "Persiapan dan Pelaksanaan Kegiatan",
    "001": "Gaji dan Tunjangan",
    "002": "Operasional dan Pemeliharaan Kantor",
}
SUBKOMPONEN = "A"
SUBKOMPONEN_NAMA = "Tanpa Sub Komponen"

# CHOSEN: the akun split inside each RO, as weights. It keeps the seed's pagu by type of
# spending exactly: 51 is all of 3355.EBA.994 (its pagu equals the seed's belanja pegawai
# to the rupiah), 53 is one line of 956.561.000 in 6871.QGE.001 (logistics equipment), and
# everything else is 52. ROs under Rp100.000 keep a single akun.
BOBOT_CQ = {"521211": 3, "521213": 3, "524113": 1, "524114": 3}
BOBOT_KHUSUS = {
    ("6867", "QGE", "002"): {"521213": 1},
    ("6867", "QGE", "003"): {"521211": 2, "521219": 6, "524113": 2},
    ("6871", "QGE", "001"): {"521211": 4, "521219": 5, "522191": 1},
    ("6871", "QGE", "002"): {"521211": 3, "521219": 6, "524113": 1},
    ("3355", "EBA", "994"): {
        "511111": 450,
        "511119": 1,
        "511121": 30,
        "511122": 12,
        "511124": 90,
        "511125": 20,
        "511126": 25,
        "511129": 120,
        "511151": 5,
        "512211": 40,
    },
    ("3355", "EBA", "955"): {"521211": 4, "524111": 3, "524113": 3},
    ("3360", "EBA", "994"): {"521111": 4, "521115": 2, "522111": 3, "523121": 1},
    ("6634", "EBA", "963"): {"521211": 7, "524113": 3},
}
MODAL_RO = ("6871", "QGE", "001")
MODAL_PAGU = 956561000
MODAL_REALISASI = 894995000  # CHOSEN: the seed's belanja modal realisation, which fits here

# CHOSEN: monthly spending profiles (weights per month Jan..Dec).
PROFIL = {
    "pegawai": (1, 1, 1, 2, 1, 2, 1, 1, 1, 1, 1, 1),  # THR in April, gaji ke-13 in June
    "honor": (1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1),  # badan adhoc paid monthly
    "tahapan": (0, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 3),
    "logistik": (0, 0, 0, 0, 1, 1, 1, 2, 3, 4, 4, 4),
    "modal": (0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 1, 0),
}
# CHOSEN: the RPD plan by type of spending (it sums to the final pagu of each type).
PROFIL_RPD = {
    "51": (1, 1, 1, 2, 1, 2, 1, 1, 1, 1, 1, 1),
    "52": (1, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3),
    "53": (0, 0, 0, 0, 0, 0, 0, 1, 2, 2, 1, 0),
}


def bagi(total: int, bobot: list[int], satuan: int = 1000) -> list[int]:
    """Split total by weights in whole multiples of satuan; the heaviest share takes the rest."""
    jumlah_bobot = sum(bobot)
    bagian = [(total * b // jumlah_bobot) // satuan * satuan for b in bobot]
    bagian[bobot.index(max(bobot))] += total - sum(bagian)
    return bagian


def baris_akun() -> list[dict]:
    """Every akun line of the final revision with its pagu and realisation for the year."""
    hasil = []
    for program, kegiatan, kro, ro, _, _, pagu, realisasi, _, _ in RO:
        kunci = (kegiatan, kro, ro)
        komponen = "051"
        if kunci == ("3355", "EBA", "994"):
            komponen = "001"
        elif kunci == ("3360", "EBA", "994"):
            komponen = "002"
        bobot = BOBOT_KHUSUS.get(kunci, BOBOT_CQ if program == "CQ" else {"521211": 1})
        if pagu < 100000:
            bobot = {"521211": 1}
        sisa_pagu, sisa_real = pagu, realisasi
        baris = []
        if kunci == MODAL_RO:
            baris.append(["532111", MODAL_PAGU, MODAL_REALISASI])
            sisa_pagu -= MODAL_PAGU
            sisa_real -= MODAL_REALISASI
        akun = list(bobot)
        pagu_akun = bagi(sisa_pagu, [bobot[a] for a in akun])
        real_akun = [sisa_real * p // sisa_pagu for p in pagu_akun]
        real_akun[pagu_akun.index(max(pagu_akun))] += sisa_real - sum(real_akun)
        baris += [[a, p, r] for a, p, r in zip(akun, pagu_akun, real_akun, strict=True)]
        for a, p, r in baris:
            assert 0 <= r <= p, (kunci, a, p, r)
            hasil.append(
                {
                    "kode": f"{BA}.{ESELON}.{program}.{kegiatan}.{kro}.{ro}.{komponen}.{SUBKOMPONEN}.{a}",
                    "program": program,
                    "kegiatan": kegiatan,
                    "kro": kro,
                    "ro": ro,
                    "komponen": komponen,
                    "akun": a,
                    "pagu": p,
                    "realisasi": r,
                }
            )
    return hasil


def profil_baris(b: dict) -> str:
    if b["akun"].startswith("51"):
        return "pegawai"
    if b["akun"].startswith("53"):
        return "modal"
    if b["kegiatan"] == "6867" and b["ro"] == "002":
        return "honor"
    if b["kegiatan"] == "6871":
        return "logistik"
    return "tahapan"


# CHOSEN: the history of the 13 revisions, walked back from the final pagu. Each entry says
# what revision N changed, so revision N-1 is revision N without it:
#   ("geser", from, to, amount)  amount moved from one line to another (total unchanged)
#   ("tambah", line, amount)     line raised by amount (a new allocation)
#   ("baru", line)               line first appears in revision N
REVISI = [
    (0, datetime.date(2022, 12, 1), "DIPA awal TA 2023", []),
    (
        1,
        datetime.date(2023, 1, 16),
        "Revisi POK: pergeseran antar akun kegiatan perencanaan",
        [("geser", "6709.QGE.001.051.A.524114", "6709.QGE.001.051.A.521211", 25000000)],
    ),
    (
        2,
        datetime.date(2023, 2, 8),
        "Revisi DIPA: tambahan pagu pembentukan badan adhoc",
        [("tambah", "6867.QGE.001.051.A.521213", 150000000)],
    ),
    (
        3,
        datetime.date(2023, 3, 10),
        "Revisi POK: penyesuaian honor badan adhoc",
        [("geser", "6867.QGE.003.051.A.521219", "6867.QGE.003.051.A.521211", 40000000)],
    ),
    (
        4,
        datetime.date(2023, 4, 5),
        "Revisi DIPA: belanja modal peralatan logistik",
        [("baru", "6871.QGE.001.051.A.532111")],
    ),
    (
        5,
        datetime.date(2023, 5, 12),
        "Revisi POK: pergeseran sosialisasi tahapan",
        [("geser", "6709.QGE.006.051.A.524114", "6709.QGE.006.051.A.521213", 30000000)],
    ),
    (
        6,
        datetime.date(2023, 6, 9),
        "Revisi DIPA: tambahan honorarium badan adhoc",
        [("tambah", "6867.QGE.002.051.A.521213", 1510900000)],
    ),
    (
        7,
        datetime.date(2023, 7, 14),
        "Revisi POK: penyesuaian pengadaan barang dan jasa",
        [("geser", "6871.QGE.002.051.A.521219", "6871.QGE.002.051.A.521211", 60000000)],
    ),
    (
        8,
        datetime.date(2023, 8, 4),
        "Revisi DIPA: penyelesaian sengketa penetapan partai politik",
        [
            ("baru", "6888.QGE.003.051.A.521211"),
            ("baru", "6888.QGE.003.051.A.521213"),
            ("baru", "6888.QGE.003.051.A.524113"),
            ("baru", "6888.QGE.003.051.A.524114"),
        ],
    ),
    (
        9,
        datetime.date(2023, 9, 1),
        "Revisi POK: pergeseran ke pencalonan",
        [("geser", "6890.QGE.002.051.A.524114", "6890.QGE.001.051.A.521213", 45000000)],
    ),
    (
        10,
        datetime.date(2023, 10, 6),
        "Revisi POK: pergeseran ke logistik pemilu",
        [
            ("geser", "6889.QGE.002.051.A.521211", "6871.QGE.001.051.A.521219", 15000000),
            ("geser", "6872.QGE.003.051.A.521211", "6871.QGE.001.051.A.521219", 12000000),
        ],
    ),
    (
        11,
        datetime.date(2023, 11, 3),
        "Revisi POK: penyesuaian dokumentasi logistik",
        [("geser", "6871.QGE.003.051.A.524114", "6871.QGE.003.051.A.521211", 8000000)],
    ),
    (
        12,
        datetime.date(2023, 11, 24),
        "Revisi POK: penyesuaian kampanye",
        [("geser", "6870.QGE.002.051.A.524114", "6870.QGE.002.051.A.521211", 6000000)],
    ),
    (
        13,
        datetime.date(2023, 12, 15),
        "Revisi POK: pagu akhir, pergeseran ke operasional badan adhoc",
        [("geser", "6709.QGE.003.051.A.521211", "6867.QGE.003.051.A.521219", 25000000)],
    ),
]


def pagu_per_revisi(akhir: dict[str, int]) -> dict[int, dict[str, int]]:
    """Walk the revision history back from the final pagu."""
    hasil = {13: dict(akhir)}
    sekarang = dict(akhir)
    for nomor, _, _, perubahan in reversed(REVISI[1:]):
        sebelum = dict(sekarang)
        for p in perubahan:
            if p[0] == "geser":
                _, dari, ke, jumlah = p
                sebelum[_penuh(dari)] = sebelum.get(_penuh(dari), 0) + jumlah
                sebelum[_penuh(ke)] -= jumlah
            elif p[0] == "tambah":
                sebelum[_penuh(p[1])] -= p[2]
            else:
                del sebelum[_penuh(p[1])]
        assert all(v >= 0 for v in sebelum.values()), nomor
        hasil[nomor - 1] = sebelum
        sekarang = sebelum
    return hasil


def _penuh(pendek: str) -> str:
    kegiatan = pendek.split(".")[0]
    program = "WA" if kegiatan in ("3355", "3360", "6634") else "CQ"
    return f"{BA}.{ESELON}.{program}.{pendek}"


def isi_template() -> IsiTemplate:
    """Every sheet of the demo workbook, row by row."""
    akun = baris_akun()
    assert sum(b["pagu"] for b in akun) == 29596488000
    assert sum(b["realisasi"] for b in akun) == 28422942650
    akhir = {b["kode"]: b["pagu"] for b in akun}
    revisi = pagu_per_revisi(akhir)
    pagu_rows: list[tuple] = [("", f"{BA}", "Komisi Pemilihan Umum", None)]
    pagu_rows.append(("", f"{BA}.{ESELON}", "Sekretariat Jenderal KPU", None))
    dinamai: set[str] = set()
    for program, kegiatan, kro, ro, uraian, _, _, _, _, _ in RO:
        for kode, nama in (
            (f"{BA}.{ESELON}.{program}", PROGRAM[program]),
            (f"{BA}.{ESELON}.{program}.{kegiatan}", KEGIATAN[kegiatan]),
            (f"{BA}.{ESELON}.{program}.{kegiatan}.{kro}", KRO[kro]),
            (f"{BA}.{ESELON}.{program}.{kegiatan}.{kro}.{ro}", uraian),
        ):
            if kode not in dinamai:
                dinamai.add(kode)
                pagu_rows.append(("", kode, nama, None))
    for b in akun:
        awalan = b["kode"].rsplit(".", 2)[0]
        for kode, nama in (
            (awalan, KOMPONEN[b["komponen"]]),
            (f"{awalan}.{SUBKOMPONEN}", SUBKOMPONEN_NAMA),
        ):
            if kode not in dinamai:
                dinamai.add(kode)
                pagu_rows.append(("", kode, nama, None))
    semua_kode = sorted({k for per in revisi.values() for k in per})
    for nomor in range(14):
        for kode in semua_kode:
            if kode in revisi[nomor]:
                pagu_rows.append((nomor, kode, AKUN[kode[-6:]], Decimal(revisi[nomor][kode])))
    # Name rows carry no revision; the importer reads them for any revision.
    pagu_rows = [(r[0] if r[0] != "" else 13, *r[1:]) for r in pagu_rows]

    realisasi = []
    for b in akun:
        for bulan, jumlah in enumerate(
            bagi(b["realisasi"], list(PROFIL[profil_baris(b)]), 1), start=1
        ):
            if jumlah:
                realisasi.append((b["kode"], bulan, Decimal(jumlah)))
    volume_ro, realisasi_volume = [], []
    for program, kegiatan, kro, ro, uraian, satuan, _, _, tvro, rvro in RO:
        kode_ro = f"{BA}.{ESELON}.{program}.{kegiatan}.{kro}.{ro}"
        volume_ro.append((kode_ro, uraian, Decimal(tvro), satuan))
        # CHOSEN: RVRO reported quarterly, a quarter of the year's volume each time.
        if rvro:
            for bulan in (3, 6, 9, 12):
                realisasi_volume.append((kode_ro, bulan, Decimal(rvro) / 4))
    rpd = []
    for jenis, profil in PROFIL_RPD.items():
        total = sum(b["pagu"] for b in akun if b["akun"].startswith(jenis))
        for bulan, jumlah in enumerate(bagi(total, list(profil)), start=1):
            rpd.append((jenis, bulan, Decimal(jumlah)))
    revisi_rows = [(n, t.isoformat(), c) for n, t, c, _ in REVISI]
    return IsiTemplate(
        pagu=pagu_rows,
        volume_ro=volume_ro,
        realisasi=realisasi,
        realisasi_volume=realisasi_volume,
        rpd=rpd,
        revisi=revisi_rows,
        kolom_pagu=("revisi", *KOLOM["pagu"]),
    )
