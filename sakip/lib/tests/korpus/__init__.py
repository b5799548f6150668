"""A corpus of LKj-like documents made here, each clean and with planted defects.

    for d in korpus():                 # 36 documents, deterministic
        d.teks(cacat=False)            # the clean version as text (pages split by \\f)
        d.docx(cacat=True)             # the defective version as DOCX bytes
        d.pdf(cacat=True)              # ... as PDF (WeasyPrint)
        d.harapan                      # the planted defects: kind + a piece of their line

The documents differ the way real reports of other offices do: office, year, category
scale (table or lines; "≥ 91", "76 – 90", "76 s.d. 90", "kurang dari", "lebih dari",
"91 % ≤ 100 %"), cap on capaian (none, 100, 120), decimals (none, two, a dot), table
layout (tab-separated as DOCX/PDF tables are read, or space-separated lines as a PDF
converted to text leaves them, with wrapped names, units such as "4 Lap", header lines
and "Sasaran 1 :" groups), order of the target and realisasi columns.

Each defect is planted in a document built from the same random draw as its clean
version, so the two differ only where the defect is. A defect is found when the checker
reports a finding of one of its kinds whose line contains its `cari` text.
"""

from __future__ import annotations

import html
import io
import random
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from sakip.lib.skala import Pita
from sakip.lib.terbilang import terbilang

D = Decimal
JUMLAH = 36

KANTOR = [
    ("KPU Kabupaten Sarolangun", "Sarolangun"),
    ("KPU Kota Sawahlunto", "Sawahlunto"),
    ("KPU Provinsi Kalimantan Timur", "Samarinda"),
    ("KPU Kabupaten Gorontalo Utara", "Kwandang"),
    ("KPU Daerah Istimewa Yogyakarta", "Yogyakarta"),
    ("KPU Kabupaten Banyumas", "Purwokerto"),
    ("KPU Kota Bontang", "Bontang"),
    ("KPU Kabupaten Sleman", "Sleman"),
    ("KPU Kabupaten Lombok Timur", "Selong"),
    ("KPU Kota Padang Panjang", "Padang Panjang"),
    ("KPU Kabupaten Minahasa", "Tondano"),
    ("KPU Kabupaten Merauke", "Merauke"),
]
PEJABAT = ["SITI RAHMAWATI", "AHMAD FAUZI", "DEWI LESTARI", "BUDI SANTOSO", "RINA MARLINA"]
SASARAN = [
    "Meningkatnya kualitas penyelenggaraan Pemilu yang demokratis",
    "Meningkatnya partisipasi dan kualitas pemilih",
    "Terwujudnya tata kelola kelembagaan yang akuntabel",
    "Meningkatnya kualitas data pemilih yang akurat",
]
# (name, unit or '%', lower is better)
INDIKATOR = [
    ("Persentase tahapan pemilihan yang dilaksanakan tepat waktu sesuai jadwal", "%", False),
    ("Persentase partisipasi pemilih dalam pemilihan umum", "%", False),
    ("Jumlah laporan keuangan yang disampaikan tepat waktu", "Lap", False),
    ("Persentase keputusan KPU yang sesuai kerangka regulasi", "%", False),
    ("Jumlah dokumen perencanaan yang disusun sesuai ketentuan", "Dokumen", False),
    ("Persentase penyelesaian tindak lanjut rekomendasi hasil pemeriksaan", "%", False),
    ("Indeks kepuasan layanan informasi publik", "%", False),
    ("Persentase pemutakhiran data pemilih berkelanjutan yang tepat waktu", "%", False),
    ("Jumlah kegiatan sosialisasi pendidikan pemilih", "Kali", False),
    ("Jumlah pelanggaran kode etik oleh penyelenggara pemilu", "%", True),
    ("Persentase kesalahan data pemilih pada daftar pemilih tetap", "%", True),
    ("Persentase keterlambatan penyampaian laporan pertanggungjawaban", "%", True),
]


@dataclass(frozen=True)
class SkalaSpek:
    """A scale: its bands (as the checker reads them) and how each band is written."""

    bands: tuple[tuple[str, Pita, str], ...]  # (label, band, written range)


def _p(label, bawah, atas, bi=True, ai=False):
    return Pita(label, D(bawah), None if atas is None else D(atas), bi, ai)


SKALA = [
    # the KPU default as integer-written closed bands
    SkalaSpek(
        (
            ("Sangat Berhasil", _p("Sangat Berhasil", 100, None, False), "> 100"),
            ("Berhasil", _p("Berhasil", 91, 100, True, True), "91 – 100"),
            ("Cukup Berhasil", _p("Cukup Berhasil", 71, 90, True, True), "71 – 90"),
            ("Kurang Berhasil", _p("Kurang Berhasil", 51, 70, True, True), "51 – 70"),
            ("Tidak Berhasil", _p("Tidak Berhasil", 0, 50, True, True), "0 – 50"),
        )
    ),
    # the same with ≥ / ≤ / <
    SkalaSpek(
        (
            ("Sangat Berhasil", _p("Sangat Berhasil", 100, None, False), "lebih dari 100"),
            ("Berhasil", _p("Berhasil", 91, 100, True, True), "≥ 91 dan ≤ 100"),
            ("Cukup Berhasil", _p("Cukup Berhasil", 71, 91), "≥ 71 dan < 91"),
            ("Kurang Berhasil", _p("Kurang Berhasil", 51, 71), "≥ 51 dan < 71"),
            ("Tidak Berhasil", _p("Tidak Berhasil", 0, 51), "kurang dari 51"),
        )
    ),
    # Permendagri 86/2017 style
    SkalaSpek(
        (
            ("Sangat Tinggi", _p("Sangat Tinggi", 91, None), "≥ 91"),
            ("Tinggi", _p("Tinggi", 76, 90, True, True), "76 s.d. 90"),
            ("Sedang", _p("Sedang", 66, 75, True, True), "66 s.d. 75"),
            ("Rendah", _p("Rendah", 51, 65, True, True), "51 s.d. 65"),
            ("Sangat Rendah", _p("Sangat Rendah", 0, 50, True, True), "≤ 50"),
        )
    ),
    # "91 % ≤ 100 %" as some offices write it
    SkalaSpek(
        (
            ("Sangat Baik", _p("Sangat Baik", 100, None, False), "> 100 %"),
            ("Baik", _p("Baik", 91, 100, True, True), "91 % ≤ 100 %"),
            ("Cukup", _p("Cukup", 76, 90, True, True), "76 % ≤ 90 %"),
            ("Kurang", _p("Kurang", 0, 75, True, True), "≤ 75 %"),
        )
    ),
]
# Labels from scales a document does not use, for the defect "label not in the scale".
LABEL_ASING = ["Sangat Memuaskan", "Istimewa", "Memadai", "Cukup Memuaskan"]
SATUAN_KATA = {"Lap": "laporan", "Dokumen": "dokumen", "Kali": "kali"}

JENIS_CACAT = [
    "capaian",  # a stated capaian that is not realisasi / target
    "polaritas",  # a lower-is-better indicator computed as higher-is-better
    "batas",  # in a capping report, a value that is neither raw nor capped
    "sisa",  # A - B = C in a sentence, off by a few hundred rupiah
    "persen",  # realisation % of pagu in a sentence
    "persen_sisa",  # remainder % in a sentence
    "hitung",  # an inline computation printed wrong
    "rata",  # "rata-rata capaian sebesar X" against the table
    "skala_celah",  # a scale with a gap
    "skala_tumpang",  # a scale with an overlap
    "label",  # a category label not in the document's scale
    "kategori",  # a row's category not what the scale gives
    "kata",  # "5 (empat)"
    "jumlah",  # count of sasaran/indikator against the tables
    "tahun_potong",  # "2020-202"
    "placeholder",  # "[Nama ...]", "xxx", "NIP. -"
    "tabel_beda",  # two tables disagree
    "total",  # a budget table total that is not the sum
]
KIND_CACAT = {
    "capaian": ("capaian",),
    "polaritas": ("capaian",),
    "batas": ("capaian",),
    "sisa": ("sisa",),
    "persen": ("persen",),
    "persen_sisa": ("persen",),
    "hitung": ("hitung",),
    "rata": ("rata",),
    "skala_celah": ("skala",),
    "skala_tumpang": ("skala",),
    "label": ("kategori",),
    "kategori": ("kategori",),
    "kata": ("terbilang",),
    "jumlah": ("jumlah",),
    "tahun_potong": ("tahun",),
    "placeholder": ("placeholder",),
    "tabel_beda": ("tabel",),
    "total": ("total",),
}


@dataclass(frozen=True)
class Harapan:
    """A planted defect: what it is, the kinds that report it, and a piece of its line."""

    jenis: str
    kinds: tuple[str, ...]
    cari: str


# ---------------------------------------------------------------- formatting


def _bulat(x: Decimal, tempat: int) -> Decimal:
    return x.quantize(D(1).scaleb(-tempat), rounding=ROUND_HALF_UP)


def _angka(x: Decimal, tempat: int, titik: bool = False) -> str:
    """Indonesian figures ('1.234,50'); with titik, a dot as the decimal sign ('95.50')."""
    x = _bulat(x, tempat)
    bulat, _, pecahan = f"{x:f}".partition(".")
    tanda = "-" if bulat.startswith("-") else ""
    bulat = bulat.lstrip("-")
    ribuan = f"{int(bulat):,}".replace(",", ".")
    if not pecahan:
        return tanda + ribuan
    return tanda + (f"{int(bulat)}.{pecahan}" if titik else f"{ribuan},{pecahan}")


def _rp(x: int) -> str:
    return f"{x:,}".replace(",", ".")


# ---------------------------------------------------------------- document model


@dataclass
class Blok:
    jenis: str  # 'judul' | 'para' | 'halaman' | 'tabel' | 'baris'
    teks: str = ""
    kepala: list[list[str]] = field(default_factory=list)
    isi: list[list[str]] = field(default_factory=list)
    baris: list[str] = field(default_factory=list)


@dataclass
class DokumenKorpus:
    """One corpus document: its shape and the planted defects."""

    nomor: int
    nama: str
    kantor: str
    tahun: int
    tata: str  # 'tab' or 'spasi'
    batas: int | None
    cacat_dipilih: tuple[str, ...]
    harapan: list[Harapan]
    _blok: dict[bool, list[Blok]]

    def blok(self, cacat: bool) -> list[Blok]:
        return self._blok[cacat]

    def teks(self, cacat: bool = False) -> str:
        return _ke_teks(self.blok(cacat), self.kepala_halaman)

    def docx(self, cacat: bool = False) -> bytes:
        return _ke_docx(self.blok(cacat), self.kepala_halaman)

    def pdf(self, cacat: bool = False) -> bytes:
        return _ke_pdf(self.blok(cacat), self.kepala_halaman)

    @property
    def kepala_halaman(self) -> list[str]:
        return [f"LAPORAN KINERJA TAHUN {self.tahun}", self.kantor.upper()]


def _ke_teks(blok: list[Blok], kepala: list[str]) -> str:
    keluar: list[str] = []
    for b in blok:
        if b.jenis == "halaman":
            keluar.append("\f" + "\n".join(kepala) + "\n")
        elif b.jenis in ("judul", "para"):
            keluar += [b.teks, ""]
        elif b.jenis == "tabel":
            keluar += ["\t".join(r) for r in b.kepala + b.isi] + [""]
        else:
            keluar += b.baris + [""]
    return "\n".join(keluar)


def _ke_docx(blok: list[Blok], kepala: list[str]) -> bytes:
    import docx
    from docx.enum.text import WD_BREAK

    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = " · ".join(kepala)
    for b in blok:
        if b.jenis == "halaman":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif b.jenis == "judul":
            d.add_heading(b.teks, level=2)
        elif b.jenis == "para":
            d.add_paragraph(b.teks)
        elif b.jenis == "tabel":
            rows = b.kepala + b.isi
            t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, isi in enumerate(r):
                    t.cell(i, j).text = isi
        else:
            for t in b.baris:
                d.add_paragraph(t)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


_GAYA_PDF = (
    "@page { size: A4; margin: 2cm 1.8cm; @top-center { content: '%s'; font-size: 8pt } }"
    "body { font: 10pt sans-serif } table { border-collapse: collapse; width: 100%% }"
    "td { border: 1px solid #000; padding: 2px 3px; font-size: 8.5pt; vertical-align: top }"
    "p.pre { white-space: pre; font: 8pt monospace; margin: 0 } h2 { font-size: 12pt }"
)


def _ke_pdf(blok: list[Blok], kepala: list[str]) -> bytes:
    import weasyprint

    badan: list[str] = []
    for b in blok:
        if b.jenis == "halaman":
            badan.append("<div style='page-break-before: always'></div>")
        elif b.jenis == "judul":
            badan.append(f"<h2>{html.escape(b.teks)}</h2>")
        elif b.jenis == "para":
            badan.append(f"<p>{html.escape(b.teks)}</p>")
        elif b.jenis == "tabel":
            rows = "".join(
                "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>"
                for r in b.kepala + b.isi
            )
            badan.append(f"<table>{rows}</table>")
        else:
            badan += [f"<p class='pre'>{html.escape(t) or '&nbsp;'}</p>" for t in b.baris]
    gaya = _GAYA_PDF % " · ".join(kepala).replace("'", "")
    return weasyprint.HTML(
        string=f"<html><head><style>{gaya}</style></head><body>{''.join(badan)}</body></html>"
    ).write_pdf()


# ---------------------------------------------------------------- one document


@dataclass
class _Baris:
    sasaran: int
    nama: str
    satuan: str
    turun: bool
    target: Decimal
    real: Decimal
    capaian: Decimal  # as stated
    kategori: str


def _kategori(spek: SkalaSpek, x: Decimal) -> str | None:
    return next((lbl for lbl, p, _ in spek.bands if p.memuat(x)), None)


def _capaian_mentah(target: Decimal, real: Decimal, turun: bool) -> Decimal:
    if turun:
        return max(D(0), (2 * target - real) / target * 100)
    return real / target * 100


class _Pembuat:
    """Builds one document twice from the same draw: clean and with its defects."""

    def __init__(self, nomor: int):
        self.nomor = nomor
        r = random.Random(1000 + nomor)
        self.r = r
        self.kantor, self.kota = KANTOR[nomor % len(KANTOR)]
        self.tahun = 2019 + nomor % 7
        self.tata = "spasi" if nomor % 2 else "tab"
        self.batas = (None, 100, 120)[nomor % 3]
        self.tempat = (0, 2, 2)[nomor % 3 if nomor % 5 else 1]
        self.titik = self.tempat == 2 and nomor % 7 == 3
        self.spek = SKALA[nomor % len(SKALA)]
        self.skala_baris = nomor % 4 in (1, 2)  # scale as lines, not a table
        self.realisasi_dulu = nomor % 4 == 3
        self.kelompok = self.tata == "spasi" and nomor % 3 != 1
        self.pejabat = PEJABAT[nomor % len(PEJABAT)]
        n_sasaran = 2 + nomor % 3
        semua = list(INDIKATOR)
        r.shuffle(semua)
        turun = [i for i in semua if i[2]]
        naik = [i for i in semua if not i[2]]
        n_ind = 4 + nomor % 4
        pilihan = [turun[0]] + naik[: n_ind - 1]
        r.shuffle(pilihan)
        self.baris: list[_Baris] = []
        for j, (nama, satuan, trn) in enumerate(pilihan):
            self.baris.append(
                self._nilai(min(j * n_sasaran // len(pilihan), n_sasaran - 1), nama, satuan, trn)
            )
        # every cap must show: at least one row over its target
        if self.batas and not any(self._lebih(b) and not b.turun for b in self.baris):
            b = next(b for b in self.baris if not b.turun)
            self.baris[self.baris.index(b)] = self._nilai(
                b.sasaran, b.nama, b.satuan, False, lebih=True
            )
        self.n_sasaran = len({b.sasaran for b in self.baris})
        self.pagu = r.randrange(800, 40000) * 1_000_000 + r.randrange(0, 999) * 1000
        self.real_anggaran = self.pagu * r.randrange(8200, 9990) // 10000 + r.randrange(0, 999)
        jenis = JENIS_CACAT[:]
        r.shuffle(jenis)
        tidak = set()
        if not self.batas:
            tidak.add("batas")
        self.cacat = tuple(sorted(c for c in jenis[:7] if c not in tidak))
        self.harapan: list[Harapan] = []

    def _lebih(self, b: _Baris) -> bool:
        return _capaian_mentah(b.target, b.real, b.turun) > 100

    def _nilai(self, sasaran, nama, satuan, turun, lebih=False) -> _Baris:
        r = self.r
        for _ in range(200):
            if satuan == "%":
                if turun:
                    target = D(r.choice([5, 10, 2, 3]))
                    real = D(r.randrange(0, int(target * 15))) / 10
                else:
                    target = D(r.choice([100, 95, 90, 85, 80, 75]))
                    real = D(r.randrange(int(target * 7), 1000 if not lebih else 1100)) / 10
                    if lebih:
                        real = max(real, target + D(r.randrange(1, 15)))
                    if r.random() < 0.3:
                        real = real.to_integral_value()
            else:
                target = D(r.choice([4, 12, 6, 10, 2]))
                real = target + r.choice([-1, 0, 0, 1, 2]) if not lebih else target + 2
            if real <= 0 and not turun:
                continue
            mentah = _capaian_mentah(target, real, turun)
            tertulis = _bulat(min(mentah, D(self.batas)) if self.batas else mentah, self.tempat)
            kat = _kategori(self.spek, tertulis)
            if kat is None or (self.batas is None and mentah > 150):
                continue
            return _Baris(sasaran, nama, satuan, turun, target, real, tertulis, kat)
        raise AssertionError("no value found")  # pragma: no cover

    # ---- figures as written
    def a(self, x: Decimal, tempat: int | None = None) -> str:
        return _angka(x, self.tempat if tempat is None else tempat, self.titik)

    def nilai(self, b: _Baris, x: Decimal) -> str:
        if b.satuan == "%":
            teks = _angka(x, 2 if x != x.to_integral_value() else 0, self.titik)
            return f"{teks}%"
        return f"{_angka(x, 0)} {b.satuan}"

    def harap(self, jenis: str, cari: str) -> None:
        self.harapan.append(Harapan(jenis, KIND_CACAT[jenis], cari))

    # ---- building
    def bangun(self, cacat: bool) -> list[Blok]:
        self.c = set(self.cacat) if cacat else set()
        self.harapan = []
        baris = [self._salin(b) for b in self.baris]
        self._tanam_baris(baris)
        blok: list[Blok] = []
        blok += self._sampul()
        blok += self._pengantar()
        blok.append(Blok("halaman"))
        blok += self._ikhtisar(baris)
        blok.append(Blok("halaman"))
        blok += self._bab2(baris)
        blok.append(Blok("halaman"))
        blok += self._bab3(baris)
        blok.append(Blok("halaman"))
        blok += self._anggaran()
        blok += self._penutup(baris)
        return blok

    def _salin(self, b: _Baris) -> _Baris:
        return _Baris(**b.__dict__)

    def _tanam_baris(self, baris: list[_Baris]) -> None:
        """Defects in the measurement table (the one in BAB III)."""
        self.ubah_ikhtisar: dict[int, _Baris] = {}
        bebas = [i for i, b in enumerate(baris) if not self._lebih(b) and not b.turun]
        if "capaian" in self.c and bebas:
            b = baris[bebas.pop(0)]
            b.capaian = _bulat(b.capaian * D("0.9") - 3, self.tempat)
            self.harap("capaian", self._cari_baris(b))
        if "polaritas" in self.c:
            b = next(b for b in baris if b.turun)
            mentah = b.real / b.target * 100
            if abs(mentah - b.capaian) < 5:
                b.real = b.target / 2
                mentah = D(50)
            b.capaian = _bulat(mentah, self.tempat)
            b.kategori = _kategori(self.spek, b.capaian) or b.kategori
            self.harap("polaritas", self._cari_baris(b))
        if "batas" in self.c:
            b = next(b for b in baris if self._lebih(b) and not b.turun)
            b.capaian = _bulat(D(96), self.tempat)
            b.kategori = _kategori(self.spek, b.capaian) or b.kategori
            self.harap("batas", self._cari_baris(b))
        if "kategori" in self.c and bebas:
            b = baris[bebas.pop()]
            lain = [lbl for lbl, _, _ in self.spek.bands if lbl != b.kategori]
            b.kategori = lain[len(lain) // 2]
            self.harap("kategori", self._cari_baris(b))
        if "tabel_beda" in self.c and bebas:
            i = bebas.pop()
            lain = self._salin(baris[i])
            for beda in (5, 3, 7, -4, 1, 2):
                lain.real = baris[i].real + (D(beda) if lain.satuan == "%" else D(1))
                mentah = _capaian_mentah(lain.target, lain.real, lain.turun)
                lain.capaian = _bulat(
                    min(mentah, D(self.batas)) if self.batas else mentah, self.tempat
                )
                if (kat := _kategori(self.spek, lain.capaian)) is not None:
                    lain.kategori = kat
                    break
            self.ubah_ikhtisar[i] = lain
            # both tables name the indicator; the finding may sit at either row
            self.harap("tabel_beda", lain.nama)

    def _cari_baris(self, b: _Baris) -> str:
        """A piece of the row's line (the figures' line in a space layout)."""
        return self.a(b.capaian)

    # ---- sections
    def _sampul(self) -> list[Blok]:
        return [
            Blok("judul", "LAPORAN KINERJA"),
            Blok("para", self.kantor.upper()),
            Blok("para", f"TAHUN {self.tahun}"),
        ]

    def _pengantar(self) -> list[Blok]:
        renstra = (
            f"{self.tahun - (self.tahun - 2020) % 5}-{self.tahun - (self.tahun - 2020) % 5 + 4}"
        )
        if self.tahun < 2020:
            renstra = "2015-2019"
        awal, akhir = renstra.split("-")
        teks_renstra = f"Renstra {renstra}"
        if "tahun_potong" in self.c:
            teks_renstra = f"Renstra {awal}-{akhir[:3]}"
            self.harap("tahun_potong", teks_renstra)
        nama = self.pejabat
        nip = f"NIP. 19{70 + self.nomor % 20}0{1 + self.nomor % 9}12 200{self.nomor % 9}12 1 00{self.nomor % 7}"
        if "placeholder" in self.c:
            pilih = self.nomor % 3
            if pilih == 0:
                nama = "[Nama Sekretaris]"
                self.harap("placeholder", nama)
            elif pilih == 1:
                nip = "NIP. -"
                self.harap("placeholder", "NIP. -")
            else:
                nip = "NIP. xxxxxxxx"
                self.harap("placeholder", "xxxxxxxx")
        return [
            Blok("judul", "KATA PENGANTAR"),
            Blok(
                "para",
                f"Laporan Kinerja {self.kantor} Tahun {self.tahun} disusun sebagai wujud "
                f"pertanggungjawaban atas pelaksanaan {teks_renstra} dan Perjanjian Kinerja "
                f"Tahun {self.tahun}.",
            ),
            Blok("para", f"{self.kota}, 15 Januari {self.tahun + 1}"),
            Blok("para", "Sekretaris"),
            Blok("para", nama),
            Blok("para", nip),
        ]

    def _kolom(self) -> list[str]:
        return ["Realisasi", "Target"] if self.realisasi_dulu else ["Target", "Realisasi"]

    def _nilai_kolom(self, b: _Baris) -> list[str]:
        t, r = self.nilai(b, b.target), self.nilai(b, b.real)
        return [r, t] if self.realisasi_dulu else [t, r]

    def _tabel_ukur(self, baris: list[_Baris], judul_sasaran: bool = True) -> Blok:
        if self.tata == "tab":
            kepala = [
                [
                    "No",
                    "Sasaran Strategis",
                    "Indikator Kinerja",
                    *self._kolom(),
                    "Capaian (%)",
                    "Kategori",
                ]
            ]
            isi = []
            for b in baris:
                pertama = not isi or baris[baris.index(b) - 1].sasaran != b.sasaran
                isi.append(
                    [
                        str(b.sasaran + 1) if pertama else "",
                        SASARAN[b.sasaran] if pertama else "",
                        b.nama,
                        *self._nilai_kolom(b),
                        self.a(b.capaian),
                        b.kategori,
                    ]
                )
            return Blok("tabel", kepala=kepala, isi=isi)
        # space-separated, as a PDF converted to text leaves it
        varian = self.nomor % 3
        if varian == 0:
            kepala = ["No Indikator Kinerja " + " ".join(self._kolom()) + " Capaian Kategori"]
        elif varian == 1:
            kepala = ["No Indikator " + " % ".join(self._kolom()) + " % Capaian % Kategori"]
        else:
            kepala = [
                "No Indikator Kinerja " + " ".join(self._kolom()) + " Capaian Kategori",
                "(1) (2) (3) (4) (5) (6)",
            ]
        lines = list(kepala)
        for i, b in enumerate(baris):
            if self.kelompok and judul_sasaran and (i == 0 or baris[i - 1].sasaran != b.sasaran):
                lines.append(f"Sasaran {b.sasaran + 1} : {SASARAN[b.sasaran]}")
            kata = b.nama.split()
            potong = 5 + (self.nomor + i) % 3
            if len(kata) > potong + 2 and (self.nomor + i) % 2 == 0:
                # the name wrapped over two lines, the figures on the last
                lines.append(f"{i + 1} " + " ".join(kata[:potong]))
                nama = " ".join(kata[potong:])
            else:
                nama = f"{i + 1} " + b.nama
            nilai = " ".join(self._nilai_kolom(b))
            lines.append(f"{nama} {nilai} {self.a(b.capaian)}% {b.kategori}")
        return Blok("baris", baris=lines)

    def _ikhtisar(self, baris: list[_Baris]) -> list[Blok]:
        # the summary table repeats the measurement table, but for a planted disagreement
        ikh = [self.ubah_ikhtisar.get(i, b) for i, b in enumerate(baris)]
        return [
            Blok("judul", "IKHTISAR EKSEKUTIF"),
            Blok(
                "para",
                f"Ringkasan capaian kinerja {self.kantor} Tahun {self.tahun} disajikan pada "
                "tabel berikut.",
            ),
            self._tabel_ukur(ikh),
        ]

    def _bab2(self, baris: list[_Baris]) -> list[Blok]:
        n_s, n_i = self.n_sasaran, len(baris)
        teks_s = f"{n_s} ({terbilang(n_s)}) sasaran strategis"
        teks_i = f"{n_i} ({terbilang(n_i)}) indikator kinerja"
        if "jumlah" in self.c:
            teks_i = f"{n_i + 1} ({terbilang(n_i + 1)}) indikator kinerja"
            self.harap("jumlah", teks_i)
        if "kata" in self.c:
            teks_s = f"{n_s} ({terbilang(n_s + 1)}) sasaran strategis"
            self.harap("kata", teks_s)
        return [
            Blok("judul", "BAB II PERENCANAAN KINERJA"),
            Blok(
                "para",
                f"Perjanjian Kinerja Tahun {self.tahun} memuat {teks_s} dan {teks_i} "
                "yang diukur pada akhir tahun.",
            ),
        ]

    def _skala(self) -> list[Blok]:
        bands = list(self.spek.bands)
        if "skala_celah" in self.c:
            # the third band starts higher than the fourth ends: a gap of whole numbers
            lbl, p, teks = bands[2]
            turun_ke = p.bawah + 4
            teks2 = teks.replace(_angka(p.bawah, 0), _angka(turun_ke, 0), 1)
            bands[2] = (lbl, p, teks2)
            self.harap("skala_celah", lbl)
        elif "skala_tumpang" in self.c:
            lbl, p, teks = bands[1]
            teks2 = teks.replace(_angka(p.bawah, 0), _angka(p.bawah - 6, 0), 1)
            bands[1] = (lbl, p, teks2)
            self.harap("skala_tumpang", lbl)
        pengantar = Blok(
            "para", "Kategori capaian ditentukan dengan skala penilaian sebagai berikut:"
        )
        if self.skala_baris:
            lines = []
            for i, (lbl, _, teks) in enumerate(bands, 1):
                if self.nomor % 2:
                    lines.append(f"{i}. {lbl} : {teks}")
                else:
                    lines.append(f"{teks} = {lbl}")
            return [pengantar, Blok("baris", baris=lines)]
        isi = [[str(i), teks, lbl] for i, (lbl, _, teks) in enumerate(bands, 1)]
        if self.tata == "spasi":
            lines = ["No Rentang Capaian Kategori"] + [f"{a}. {b} {c}" for a, b, c in isi]
            return [pengantar, Blok("baris", baris=lines)]
        return [
            pengantar,
            Blok("tabel", kepala=[["No", "Rentang Capaian (%)", "Kategori"]], isi=isi),
        ]

    def _bab3(self, baris: list[_Baris]) -> list[Blok]:
        blok = [
            Blok("judul", "BAB III AKUNTABILITAS KINERJA"),
            Blok("para", "A. Capaian Kinerja Organisasi"),
        ]
        blok += self._skala()
        blok.append(
            Blok(
                "para",
                f"Pengukuran capaian kinerja Tahun {self.tahun} disajikan pada tabel di bawah ini.",
            )
        )
        blok.append(self._tabel_ukur(baris))
        if self.batas:
            blok.append(
                Blok(
                    "para",
                    f"Capaian yang melebihi {self.batas}% dicatat sebesar {self.batas}% sesuai "
                    "ketentuan.",
                )
            )
        rata = sum(b.capaian for b in baris) / len(baris)
        teks_rata = self.a(rata, 2)
        if "rata" in self.c:
            teks_rata = self.a(rata + D("3.25"), 2)
            self.harap("rata", f"sebesar {teks_rata}%")
        blok.append(
            Blok("para", f"Rata-rata capaian kinerja sebesar {teks_rata}% pada Tahun {self.tahun}.")
        )
        # an inline computation for one indicator
        b = next(
            (b for b in baris if not b.turun and b.satuan == "%" and not self._lebih(b)),
            next(b for b in baris if not b.turun),
        )
        hasil = b.real / b.target * 100
        teks_hasil = self.a(hasil, 2)
        if "hitung" in self.c:
            teks_hasil = self.a(hasil + D("4.5"), 2)
            self.harap("hitung", f"{teks_hasil}%")
        r_, t_ = (
            _angka(x, 2 if x != x.to_integral_value() else 0, self.titik)
            for x in (b.real, b.target)
        )
        if self.nomor % 2:
            rumus = f"Capaian = {r_} / {t_} × 100% = {teks_hasil}%"
        else:  # the fraction as a PDF converted to text leaves it: denominator after
            rumus = f"Capaian = {r_} × 100% = {teks_hasil}% {t_}"
        blok.append(Blok("para", f"Capaian indikator {b.nama.lower()} dihitung sebagai berikut:"))
        blok.append(Blok("para", rumus))
        label = b.kategori
        if "label" in self.c:
            label = next(x for x in LABEL_ASING if x not in {lbl for lbl, _, _ in self.spek.bands})
            self.harap("label", label)
        blok.append(
            Blok(
                "para",
                f"Dengan capaian tersebut, indikator ini termasuk dalam kategori {label} "
                "menurut skala yang ditetapkan.",
            )
        )
        return blok

    def _anggaran(self) -> list[Blok]:
        pagu, real = self.pagu, self.real_anggaran
        sisa = pagu - real
        persen = self.a(D(real) / pagu * 100, 2)
        persen_sisa = self.a(D(sisa) / pagu * 100, 2)
        teks_sisa = _rp(sisa)
        if "sisa" in self.c:
            teks_sisa = _rp(sisa + 300 + self.nomor)
            self.harap("sisa", teks_sisa)
        if "persen" in self.c:
            persen = self.a(D(real) / pagu * 100 - D("1.5"), 2)
            self.harap("persen", f"{persen}%")
        if "persen_sisa" in self.c:
            persen_sisa = self.a(D(sisa) / pagu * 100 + D("2.25"), 2)
            self.harap("persen_sisa", f"{persen_sisa}%")
        v = self.nomor % 3
        if v == 0:
            kalimat = (
                f"Pagu anggaran Tahun {self.tahun} sebesar Rp {_rp(pagu)} terealisasi sebesar "
                f"Rp {_rp(real)} atau {persen}% dari pagu, sehingga sisa anggaran sebesar "
                f"Rp {teks_sisa} ({persen_sisa}%)."
            )
        elif v == 1:
            kalimat = (
                f"Sisa anggaran sebesar Rp{teks_sisa} atau {persen_sisa}% diperoleh dari pagu "
                f"Rp{_rp(pagu)} dikurangi realisasi Rp{_rp(real)} ({persen}%)."
            )
        else:
            kalimat = (
                f"Dari alokasi DIPA sebesar Rp. {_rp(pagu)},- telah diserap Rp. {_rp(real)},- "
                f"atau sebesar {persen}%, dan tersisa Rp. {teks_sisa},- atau {persen_sisa}%."
            )
        blok = [Blok("judul", "B. Realisasi Anggaran"), Blok("para", kalimat)]
        # the budget table by type of spending
        bagian = [int(pagu * f) for f in (D("0.31"), D("0.62"))]
        bagian.append(pagu - sum(bagian))
        real_b = [int(real * f) for f in (D("0.31"), D("0.62"))]
        real_b.append(real - sum(real_b))
        nama = ["Belanja Pegawai", "Belanja Barang", "Belanja Modal"]
        isi = []
        for i, (n, p, r) in enumerate(zip(nama, bagian, real_b, strict=True), 1):
            isi.append([str(i), n, _rp(p), _rp(r), _rp(p - r), f"{self.a(D(r) / p * 100, 2)}%"])
        total_pagu = pagu
        if "total" in self.c:
            total_pagu = pagu + 1_000_000
            self.harap("total", _rp(total_pagu))
        isi.append(
            [
                "",
                "Jumlah",
                _rp(total_pagu),
                _rp(real),
                _rp(pagu - real),
                f"{self.a(D(real) / pagu * 100, 2)}%",
            ]
        )
        if self.tata == "tab":
            blok.append(
                Blok(
                    "tabel",
                    kepala=[["No", "Uraian", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "%"]],
                    isi=isi,
                )
            )
        else:
            lines = ["No Uraian Pagu Realisasi Sisa Persentase"]
            lines += [" ".join(x for x in r if x) for r in isi]
            blok.append(Blok("baris", baris=lines))
        return blok

    def _penutup(self, baris: list[_Baris]) -> list[Blok]:
        return [
            Blok("judul", "BAB IV PENUTUP"),
            Blok(
                "para",
                f"Laporan Kinerja Tahun {self.tahun} ini menjadi bahan evaluasi untuk "
                "perbaikan kinerja pada tahun berikutnya.",
            ),
        ]


def buat(nomor: int) -> DokumenKorpus:
    p = _Pembuat(nomor)
    blok = {False: p.bangun(False)}
    blok[True] = p.bangun(True)
    harapan = list(p.harapan)
    return DokumenKorpus(
        nomor=nomor,
        nama=f"lkj-{nomor:02d}-{p.kota.lower().replace(' ', '-')}-{p.tahun}",
        kantor=p.kantor,
        tahun=p.tahun,
        tata=p.tata,
        batas=p.batas,
        cacat_dipilih=p.cacat,
        harapan=harapan,
        _blok=blok,
    )


def korpus(jumlah: int = JUMLAH) -> list[DokumenKorpus]:
    return [buat(i) for i in range(jumlah)]


def cocok(harapan: Harapan, temuan) -> bool:
    """Whether a finding reports this planted defect."""
    if temuan.kind not in harapan.kinds:
        return False
    return harapan.cari in temuan.text or harapan.cari in temuan.message


def nilai(dokumen: list[tuple[DokumenKorpus, object, object]]) -> dict:
    """Recall and false errors over (document, findings on clean, findings on defective)."""
    ditanam = ditemukan = galat_bersih = 0
    luput: list[str] = []
    palsu: list[str] = []
    for d, bersih, cacat in dokumen:
        for h in d.harapan:
            ditanam += 1
            if any(cocok(h, f) for f in cacat.findings):
                ditemukan += 1
            else:
                luput.append(f"{d.nama}: {h.jenis} ({h.cari})")
        for f in bersih.findings:
            if f.severity == "error":
                galat_bersih += 1
                palsu.append(f"{d.nama} baris {f.line}: {f.kind}: {f.message}")
    return {
        "ditanam": ditanam,
        "ditemukan": ditemukan,
        "recall": ditemukan / ditanam if ditanam else 1.0,
        "galat_bersih": galat_bersih,
        "luput": luput,
        "palsu": palsu,
    }
