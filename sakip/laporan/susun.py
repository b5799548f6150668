"""Lay out the LKj and the PK as a tree of sections and blocks, the one input of every renderer.

HTML (and from it the PDF) and DOCX walk the same tree, so the formats cannot disagree:
each table, figure and sentence is decided here once.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import partial
from typing import ClassVar

from django.core.cache import cache

from sakip.lib import grafik
from sakip.lib.angka import format_angka, format_angka_ringkas, format_tanggal
from sakip.lib.nilai import format_nilai
from sakip.lib.pohon import Simpul, png_pohon, svg_pohon
from sakip.lib.terbilang import terbilang_rupiah

from .kumpul import DataIndikator, DataLkj, DataPk, DataSatker
from .teks import ANALISIS, Penulis, nilai_akhir, nilai_realisasi, nilai_target


@dataclass
class Sel:
    """A table cell: text, alignment ('kiri', 'kanan', 'tengah'), spans and weight."""

    teks: str
    rata: str = "kiri"
    kolom: int = 1
    baris: int = 1
    tebal: bool = False


@dataclass
class Tabel:
    jenis: ClassVar[str] = "tabel"
    nomor: str
    judul: str
    kepala: list[list[Sel]]
    isi: list[list[Sel]]
    lebar: list[float]
    kaki: list[list[Sel]] = field(default_factory=list)
    kecil: bool = False
    catatan: str = ""
    utuh: bool = False  # a short table kept on one page


@dataclass
class Paragraf:
    jenis: ClassVar[str] = "paragraf"
    teks: str
    gaya: str = ""  # '' | 'tengah' | 'catatan' | 'kutipan'


@dataclass
class Daftar:
    jenis: ClassVar[str] = "daftar"
    butir: list[str]
    bernomor: bool = False


@dataclass
class SubJudul:
    """A run-in heading inside a section, not in the table of contents."""

    jenis: ClassVar[str] = "subjudul"
    teks: str


@dataclass
class Gambar:
    """A chart, drawn on demand by the renderer in the format it needs ('svg' or 'png')."""

    jenis: ClassVar[str] = "gambar"
    nomor: str
    judul: str
    buat: Callable[[str], str | bytes | list]  # format -> drawing ("pohon": its nodes)
    lebar: float = 1.0  # fraction of the text width
    # what the PDF (pdf.py) takes: "png" for the matplotlib charts, the DOCX's own picture
    # (their axis ticks stay out of the PDF's text, which the checker reads); "pohon" for the
    # pohon kinerja, whose nodes (buat("pohon")) Typst lays out as boxes running on over
    # pages; "svg" for any other drawing
    format_pdf: str = "svg"


@dataclass
class TandaTangan:
    """A signature block at the right: place and date, office, name."""

    jenis: ClassVar[str] = "ttd"
    tempat_tanggal: str
    jabatan: list[str]
    nama: str


@dataclass
class TandaTanganDua:
    """The PK's two signatures: pihak kedua on the left, pihak pertama on the right."""

    jenis: ClassVar[str] = "ttd2"
    tempat_tanggal: str
    kiri: list[str]
    kiri_nama: str
    kanan: list[str]
    kanan_nama: str


@dataclass
class Isian:
    """Labelled lines of a form ('Nama : ...', 'Jabatan : ...'), without rules."""

    jenis: ClassVar[str] = "isian"
    pasangan: list[tuple[str, str]]


@dataclass
class DaftarIsi:
    """Where the table of contents goes; renderers list the sections of tingkat 1 and 2."""

    jenis: ClassVar[str] = "daftar_isi"


Blok = Paragraf | Daftar | Tabel | SubJudul | Gambar | TandaTangan | TandaTanganDua | DaftarIsi


@dataclass
class Bagian:
    """A heading with its blocks: tingkat 1 chapter, 2 section (A., B.), 3 subsection (1., 2.)."""

    kunci: str
    label: str
    judul: str
    tingkat: int
    blok: list = field(default_factory=list)
    halaman_baru: bool = False
    depan: bool = False  # front matter: roman page numbers, outside the chapter numbering
    di_daftar_isi: bool = True

    @property
    def judul_lengkap(self) -> str:
        return f"{self.label} {self.judul}".strip()


@dataclass
class Sampul:
    judul: str
    subjudul: str
    satker: DataSatker
    tahun: int

    @property
    def lembaga(self) -> str:
        """'KPU Kota Tangerang Selatan' -> 'Komisi Pemilihan Umum Kota Tangerang Selatan'."""
        nama = self.satker.nama
        return "Komisi Pemilihan Umum " + nama[4:] if nama.startswith("KPU ") else nama


@dataclass
class Dokumen:
    jenis: str  # 'lkj' | 'pk'
    judul: str
    kepala: str  # running header
    sampul: Sampul | None
    bagian: list[Bagian]

    @property
    def instansi(self) -> str:
        """Whose document it is: the office on the cover, else the end of the running header."""
        return self.sampul.satker.nama_sekretariat if self.sampul else self.kepala.split(" · ")[-1]


_BUTIR = re.compile(r"^\s*(?:[-•*]\s+|\d+[.)]\s+)")
_BERNOMOR = re.compile(r"^\s*\d+[.)]\s+")


def blok_teks(teks: str) -> list[Paragraf | Daftar]:
    """A narrative as blocks: paragraphs split on blank lines; '- ' and '1. ' lines as lists."""
    hasil: list[Paragraf | Daftar] = []
    for potongan in re.split(r"\n\s*\n", teks.strip()):
        paragraf: list[str] = []
        daftar: Daftar | None = None
        for baris in potongan.splitlines():
            if not baris.strip():
                continue
            if _BUTIR.match(baris):
                if paragraf:
                    hasil.append(Paragraf(" ".join(paragraf)))
                    paragraf = []
                bernomor = bool(_BERNOMOR.match(baris))
                if daftar is None or daftar.bernomor != bernomor:
                    daftar = Daftar([], bernomor)
                    hasil.append(daftar)
                daftar.butir.append(_BUTIR.sub("", baris, count=1).strip())
            elif daftar is not None and baris.startswith((" ", "\t")):
                daftar.butir[-1] += " " + baris.strip()
            else:
                daftar = None
                paragraf.append(baris.strip())
        if paragraf:
            hasil.append(Paragraf(" ".join(paragraf)))
    return hasil


def _k(teks: str, **kw) -> Sel:
    return Sel(teks, **kw)


def _angka(teks: str, **kw) -> Sel:
    return Sel(teks, rata="kanan", **kw)


def _no(n: int, **kw) -> Sel:
    """The row number cell."""
    return Sel(str(n), rata="tengah", **kw)


def _kepala(*judul: str) -> list[list[Sel]]:
    return [[Sel(j, rata="tengah", tebal=True) for j in judul]]


def _uang(nilai: Decimal | None) -> str:
    return format_angka(nilai, 0)


def _persen_sel(nilai: Decimal | None) -> str:
    return format_angka(nilai, 2) if nilai is not None else "—"


class Penyusun:
    """Builds the document tree of one LKj from its facts and narratives."""

    def __init__(self, data: DataLkj):
        self.d = data
        self.t = data.tahun
        self.penulis = Penulis(data)
        self._tabel: dict[str, int] = {}
        self._gambar: dict[str, int] = {}
        self.bab = ""

    def narasi(self, kunci: str) -> list[Paragraf | Daftar]:
        return blok_teks(self.penulis.teks(kunci))

    def _nomor(self, hitung: dict[str, int]) -> str:
        hitung[self.bab] = hitung.get(self.bab, 0) + 1
        return f"{self.bab}.{hitung[self.bab]}" if self.bab else f"{hitung[self.bab]}."

    def tabel(self, judul: str, **kw) -> Tabel:
        kw.setdefault("utuh", len(kw.get("isi", [])) <= 8)
        return Tabel(nomor=self._nomor(self._tabel), judul=judul, **kw)

    def gambar(
        self,
        judul: str,
        buat: Callable[[str], str | bytes],
        lebar: float = 1.0,
        format_pdf: str = "svg",
    ) -> Gambar:
        return Gambar(self._nomor(self._gambar), judul, buat, lebar, format_pdf)

    # -- the whole ---------------------------------------------------------------------

    def dokumen(self) -> Dokumen:
        s = self.d.satker
        bagian = [
            *self.depan(),
            *self.bab_pendahuluan(),
            *self.bab_perencanaan(),
            *self.bab_akuntabilitas(),
            *self.bab_penutup(),
            *self.lampiran(),
        ]
        return Dokumen(
            jenis="lkj",
            judul=f"Laporan Kinerja Tahun {self.t}",
            kepala=f"Laporan Kinerja Tahun {self.t} · {s.nama_sekretariat}",
            sampul=Sampul("LAPORAN KINERJA", f"TAHUN {self.t}", s, self.t),
            bagian=bagian,
        )

    def depan(self) -> list[Bagian]:
        d = self.d
        pengantar = Bagian("kata-pengantar", "", "KATA PENGANTAR", 1, halaman_baru=True, depan=True)
        pengantar.blok = [
            *self.narasi("kata_pengantar"),
            TandaTangan(
                f"{d.tempat}, {format_tanggal(d.tanggal)}",
                [d.penandatangan_jabatan],
                d.penandatangan_nama,
            ),
        ]
        ikhtisar = Bagian("ikhtisar", "", "IKHTISAR EKSEKUTIF", 1, halaman_baru=True, depan=True)
        ikhtisar.blok = [*self.narasi("ikhtisar"), self._tabel_capaian("Ikhtisar Capaian Kinerja")]
        daftar_isi = Bagian(
            "daftar-isi", "", "DAFTAR ISI", 1, [DaftarIsi()], halaman_baru=True, depan=True
        )
        daftar_isi.di_daftar_isi = False
        return [pengantar, ikhtisar, daftar_isi]

    # -- BAB I ---------------------------------------------------------------------------

    def bab_pendahuluan(self) -> list[Bagian]:
        self.bab = "1"
        sdm = self.d.sdm
        bagian = [
            Bagian("bab-1", "BAB I", "PENDAHULUAN", 1, halaman_baru=True),
            Bagian("latar-belakang", "A.", "Latar Belakang", 2, self.narasi("latar_belakang")),
            Bagian("kedudukan", "B.", "Kedudukan, Tugas, dan Fungsi", 2, self.narasi("kedudukan")),
        ]
        status = self.tabel(
            "Jumlah Personel Menurut Status",
            kepala=_kepala("No", "Status", "Jumlah (orang)"),
            isi=[
                [_no(n), _k(s.label), _angka(str(s.jumlah))]
                for n, s in enumerate(sdm.status, start=1)
            ],
            kaki=[[_k("Jumlah", kolom=2, tebal=True), _angka(str(sdm.total), tebal=True)]],
            lebar=[8, 60, 32],
        )
        pendidikan = self.tabel(
            "Jumlah Personel Menurut Tingkat Pendidikan",
            kepala=_kepala("No", "Pendidikan", "Jumlah (orang)"),
            isi=[
                [_no(n), _k(label), _angka(str(sum(jumlah)))]
                for n, (label, jumlah) in enumerate(sdm.pendidikan, start=1)
            ],
            kaki=[
                [
                    _k("Jumlah", kolom=2, tebal=True),
                    _angka(str(sum(sum(j) for _, j in sdm.pendidikan)), tebal=True),
                ]
            ],
            lebar=[8, 60, 32],
        )
        per_huruf = [sum(n[j] for _, n in sdm.golongan) for j in range(5)]
        golongan = self.tabel(
            "Jumlah Pegawai Negeri Sipil Menurut Golongan",
            kepala=_kepala("No", "Golongan", "a", "b", "c", "d", "e", "Jumlah"),
            isi=[
                [
                    _no(n),
                    _k(f"Golongan {ruang}"),
                    *[_angka(str(x)) for x in jumlah],
                    _angka(str(sum(jumlah))),
                ]
                for n, (ruang, jumlah) in enumerate(sdm.golongan, start=1)
            ],
            kaki=[
                [
                    _k("Jumlah", kolom=2, tebal=True),
                    *[_angka(str(x), tebal=True) for x in per_huruf],
                    _angka(str(sum(per_huruf)), tebal=True),
                ]
            ],
            lebar=[8, 27, 10, 10, 10, 10, 10, 15],
        )
        bagian.append(
            Bagian(
                "sdm",
                "C.",
                "Sumber Daya Manusia",
                2,
                [*self.narasi("sdm"), status, pendidikan, golongan],
            )
        )
        bagian.append(Bagian("struktur", "D.", "Struktur Organisasi", 2, self.narasi("struktur")))
        bagian.append(
            Bagian("sistematika", "E.", "Sistematika Penyajian", 2, self.narasi("sistematika"))
        )
        return bagian

    # -- BAB II --------------------------------------------------------------------------

    def bab_perencanaan(self) -> list[Bagian]:
        self.bab = "2"
        ind = self.d.indikator
        bagian = [Bagian("bab-2", "BAB II", "PERENCANAAN KINERJA", 1, halaman_baru=True)]
        sasaran_tabel = self.tabel(
            "Sasaran dan Tujuan yang Didukung",
            kepala=_kepala("No", "Sasaran", "Tujuan"),
            isi=[[_no(s.nomor), _k(s.uraian), _k(s.tujuan or "—")] for s in self.d.sasaran],
            lebar=[7, 48, 45],
            kecil=True,
        )
        renstra_blok = [*self.narasi("renstra"), sasaran_tabel]
        if self.d.sasaran:
            renstra_blok.append(
                self.gambar(
                    f"Pohon Kinerja {self.d.satker.nama_sekretariat}",
                    partial(_pohon_kinerja, self.d),
                    format_pdf="pohon",
                )
            )
        bagian.append(Bagian("renstra", "A.", "Rencana Strategis", 2, renstra_blok))
        iku = self.tabel(
            f"Indikator Kinerja Utama Tahun {self.t}",
            kepala=_kepala(
                "No",
                "Indikator Kinerja",
                "Definisi dan Cara Penghitungan",
                "Sumber Data",
                "Penanggung Jawab",
            ),
            isi=[
                [
                    _no(i.nomor),
                    _k(i.nama),
                    _k(_gabung_definisi(i)),
                    _k(i.sumber_data or "—"),
                    _k(i.unit or "—"),
                ]
                for i in ind
            ],
            lebar=[6, 27, 37, 14, 16],
            kecil=True,
        )
        bagian.append(Bagian("iku", "B.", "Indikator Kinerja Utama", 2, [*self.narasi("iku"), iku]))
        rkt = self.tabel(
            f"Rencana Kinerja Tahun {self.t}",
            kepala=_kepala(
                "No", "Sasaran", "Indikator Kinerja", f"Target {self.t}", "Target Akhir Renstra"
            ),
            isi=self._baris_sasaran(
                lambda i: [
                    _angka(nilai_target(i)),
                    _angka(nilai_akhir(i)),
                ]
            ),
            lebar=[6, 30, 40, 12, 12],
        )
        bagian.append(Bagian("rkt", "C.", "Rencana Kinerja Tahunan", 2, [*self.narasi("rkt"), rkt]))
        pk_blok: list = self.narasi("pk")
        if self.d.pk is not None:
            pk_blok += _tabel_pk(self, self.d.pk)
        bagian.append(Bagian("pk", "D.", "Perjanjian Kinerja", 2, pk_blok))
        return bagian

    def _baris_sasaran(self, sel_kanan: Callable[[DataIndikator], list[Sel]]) -> list[list[Sel]]:
        """Rows numbered per sasaran, the number and sasaran cells spanning its indicators."""
        baris = []
        for s in self.d.sasaran:
            for j, i in enumerate(s.indikator):
                kiri = []
                if j == 0:
                    n = len(s.indikator)
                    kiri = [_no(s.nomor, baris=n), _k(s.uraian, baris=n)]
                baris.append([*kiri, _k(i.nama), *sel_kanan(i)])
        return baris

    # -- BAB III -------------------------------------------------------------------------

    def _tabel_capaian(self, judul: str) -> Tabel:
        return self.tabel(
            judul,
            kepala=_kepala(
                "No",
                "Sasaran",
                "Indikator Kinerja",
                "Target",
                "Realisasi",
                "Capaian (%)",
                "Kategori",
            ),
            isi=self._baris_sasaran(
                lambda i: [
                    _angka(nilai_target(i)),
                    _angka(nilai_realisasi(i)),
                    _angka(_persen_sel(i.capaian)),
                    _k(i.kategori or ""),
                ]
            ),
            lebar=[5, 22, 30, 9, 9, 9, 16],
            kecil=True,
            catatan=(
                "Tanda — dan kategori kosong: realisasi belum dicatat atau capaian tidak dapat "
                "dihitung."
            )
            if any(i.capaian is None for i in self.d.indikator)
            else "",
        )

    def bab_akuntabilitas(self) -> list[Bagian]:
        self.bab = "3"
        d = self.d
        bagian = [Bagian("bab-3", "BAB III", "AKUNTABILITAS KINERJA", 1, halaman_baru=True)]
        pengukuran = self._tabel_capaian(f"Pengukuran Kinerja Tahun {self.t}")
        skala = self.tabel(
            "Skala Kategori Capaian Kinerja",
            kepala=_kepala("No", "Rentang Capaian (%)", "Kategori"),
            isi=[
                [_no(n), _k(p.uraian, rata="tengah"), _k(p.label)]
                for n, p in enumerate(d.skala, start=1)
            ],
            lebar=[8, 46, 46],
        )
        sebaran = d.sebaran()
        blok: list = [*self.narasi("capaian"), pengukuran, skala]
        blok.append(
            self.tabel(
                "Sebaran Indikator menurut Kategori Capaian",
                kepala=_kepala("No", "Kategori", "Jumlah Indikator"),
                isi=[
                    [_no(n), _k(label), _angka(str(jumlah))]
                    for n, (label, jumlah) in enumerate(sebaran, start=1)
                ],
                kaki=[
                    [
                        _k("Jumlah", kolom=2, tebal=True),
                        _angka(str(sum(j for _, j in sebaran)), tebal=True),
                    ]
                ],
                lebar=[8, 60, 32],
            )
        )
        if d.indikator:
            blok.append(
                self.gambar(
                    "Target dan Realisasi per Indikator",
                    partial(grafik.grafik_target_realisasi, d.indikator, simpanan=cache),
                    format_pdf="png",
                )
            )
            blok.append(
                self.gambar(
                    "Sebaran Indikator menurut Kategori Capaian",
                    partial(grafik.grafik_sebaran_kategori, sebaran, simpanan=cache),
                    format_pdf="png",
                    lebar=0.8,
                )
            )
        bagian.append(Bagian("capaian", "A.", "Capaian Kinerja Organisasi", 2, blok))
        for s in d.sasaran:
            blok = []
            for n, (kode, judul) in enumerate(ANALISIS, start=1):
                blok.append(SubJudul(f"{n}) {judul}"))
                blok += self.narasi(f"sasaran_{s.nomor}_{kode}")
            bagian.append(
                Bagian(f"sasaran-{s.nomor}", f"{s.nomor}.", f"Sasaran: {s.uraian}", 3, blok)
            )
        bagian.append(
            Bagian(
                "anggaran", "B.", "Realisasi Anggaran", 2, self._blok_anggaran() + self._blok_ikpa()
            )
        )
        return bagian

    def _blok_ikpa(self) -> list:
        """IKPA of the year (sakip.evaluasi, i14): each indicator, Konversi Bobot, nilai akhir."""
        k = self.d.ikpa
        if k is None:
            return []
        isi = [
            [
                _no(n),
                _k(b.nama),
                _angka(format_angka(b.bobot, 2)),
                _angka("—" if b.nilai is None else format_angka(b.nilai, 2)),
                _k(b.sumber),
            ]
            for n, b in enumerate(k.baris, start=1)
        ]
        akhir = "—" if k.nilai_akhir is None else format_angka(k.nilai_akhir, 2)
        return [
            SubJudul("Indikator Kinerja Pelaksanaan Anggaran (IKPA)"),
            self.tabel(
                f"Nilai IKPA Tahun {self.d.tahun} ({k.aturan})",
                kepala=_kepala("No", "Indikator", "Bobot", "Nilai", "Sumber"),
                isi=isi,
                lebar=[0.06, 0.4, 0.12, 0.12, 0.3],
            ),
            Paragraf(
                f"Nilai Total {format_angka(k.nilai_total, 4)} dari Konversi Bobot "
                f"{format_angka(k.konversi_bobot, 2)}; pengurang Dispensasi SPM {format_angka(k.pengurang, 2)}; "
                f"nilai akhir IKPA {akhir} ({k.kategori or '—'})."
            ),
        ]

    def _tabel_belanja(self, judul: str, kolom: str, baris, total, tampil=lambda k: k) -> Tabel:
        a = self.d.anggaran
        return self.tabel(
            judul,
            kepala=_kepala(
                "No", kolom, "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Realisasi (%)"
            ),
            isi=[
                [
                    _no(n),
                    _k(f"{tampil(b.kode)} {b.uraian}".strip()),
                    _angka(_uang(b.pagu)),
                    _angka(_uang(b.realisasi)),
                    _angka(_uang(b.sisa)),
                    _angka(_persen_sel(b.persen)),
                ]
                for n, b in enumerate(baris, start=1)
            ],
            kaki=[
                [
                    _k("Jumlah", kolom=2, tebal=True),
                    _angka(_uang(a.pagu), tebal=True),
                    _angka(_uang(a.realisasi), tebal=True),
                    _angka(_uang(a.sisa), tebal=True),
                    _angka(_persen_sel(a.persen), tebal=True),
                ]
            ]
            if total
            else [],
            lebar=[6, 34, 17, 17, 15, 11],
            kecil=True,
        )

    def _blok_anggaran(self) -> list:
        a = self.d.anggaran
        blok: list = self.narasi("anggaran")
        if a is None:
            return blok
        blok.append(
            self._tabel_belanja(
                "Realisasi Anggaran menurut Jenis Belanja",
                "Jenis Belanja",
                a.jenis,
                True,
                tampil=lambda k: "",
            )
        )
        blok.append(
            Paragraf(
                f"Terbilang: pagu {terbilang_rupiah(a.pagu)}; realisasi "
                f"{terbilang_rupiah(a.realisasi)}; sisa {terbilang_rupiah(a.sisa)}.",
                "catatan",
            )
        )
        if a.program:
            blok.append(
                self._tabel_belanja(
                    "Realisasi Anggaran menurut Program", "Program", a.program, True, _segmen_akhir
                )
            )
        if a.kegiatan:
            blok.append(
                self._tabel_belanja(
                    "Realisasi Anggaran menurut Kegiatan",
                    "Kegiatan",
                    a.kegiatan,
                    True,
                    _segmen_akhir,
                )
            )
        if a.ro:
            blok.append(
                self.tabel(
                    "Realisasi Anggaran dan Volume menurut Rincian Output",
                    kepala=_kepala(
                        "No",
                        "Kode RO",
                        "Rincian Output",
                        "Pagu (Rp)",
                        "Realisasi (Rp)",
                        "TVRO",
                        "RVRO",
                        "Progres (%)",
                    ),
                    isi=[
                        [
                            _no(n),
                            _k(r.kode_pendek),
                            _k(f"{r.uraian} ({r.satuan})" if r.satuan else r.uraian),
                            _angka(_uang(r.pagu)),
                            _angka(_uang(r.realisasi)),
                            _angka(format_angka_ringkas(r.target_volume)),
                            _angka(format_angka_ringkas(r.realisasi_volume)),
                            _angka(_persen_sel(r.progres)),
                        ]
                        for n, r in enumerate(a.ro, start=1)
                    ],
                    kaki=[
                        [
                            _k("Jumlah", kolom=3, tebal=True),
                            _angka(_uang(sum((r.pagu for r in a.ro), Decimal(0))), tebal=True),
                            _angka(_uang(sum((r.realisasi for r in a.ro), Decimal(0))), tebal=True),
                            _k("", kolom=3),
                        ]
                    ],
                    lebar=[5, 15, 31, 15, 15, 6, 6, 8],
                    kecil=True,
                    catatan="TVRO: target volume rincian output; RVRO: realisasi volume rincian "
                    "output; progres = RVRO ÷ TVRO × 100, paling tinggi 100.",
                )
            )
        blok.append(
            self.tabel(
                "Skala Kategori Penyerapan Anggaran",
                kepala=_kepala("No", "Rentang Penyerapan (%)", "Kategori"),
                isi=[
                    [_no(n), _k(p.uraian, rata="tengah"), _k(p.label)]
                    for n, p in enumerate(self.d.skala_serapan, start=1)
                ],
                lebar=[8, 46, 46],
            )
        )
        blok.append(
            self.gambar(
                "Penyerapan Anggaran menurut Jenis Belanja",
                partial(grafik.grafik_serapan_jenis, a.jenis, simpanan=cache),
                format_pdf="png",
            )
        )
        if any(b.realisasi for b in a.bulanan):
            blok.append(
                self.gambar(
                    "Realisasi Kumulatif Bulanan dibandingkan Rencana Penarikan Dana",
                    partial(grafik.grafik_rpd, a.bulanan, simpanan=cache),
                    format_pdf="png",
                )
            )
        return blok

    # -- BAB IV and the annex ------------------------------------------------------------

    def _bagian_tindak_lanjut(self) -> list[Bagian]:
        """Follow-up of the previous LHE's recommendations (sakip.evaluasi, i14), when any."""
        if not self.d.tindak_lanjut:
            return []
        tabel = self.tabel(
            "Tindak Lanjut Rekomendasi Hasil Evaluasi AKIP",
            kepala=_kepala(
                "No", "LHE", "Rekomendasi", "Penanggung Jawab", "Status", "Tindak Lanjut"
            ),
            isi=[
                [
                    _no(n),
                    _k(f"{t.tahun_lhe} ({t.nomor_lhe})"),
                    _k(t.rekomendasi),
                    _k(t.unit or "—"),
                    _k(t.status),
                    _k(t.uraian or "—"),
                ]
                for n, t in enumerate(self.d.tindak_lanjut, start=1)
            ],
            lebar=[0.05, 0.15, 0.3, 0.16, 0.12, 0.22],
        )
        return [
            Bagian("tindak-lanjut", "C.", "Tindak Lanjut Rekomendasi Hasil Evaluasi", 2, [tabel])
        ]

    def bab_penutup(self) -> list[Bagian]:
        self.bab = "4"
        return [
            Bagian("bab-4", "BAB IV", "PENUTUP", 1, halaman_baru=True),
            Bagian("kesimpulan", "A.", "Kesimpulan", 2, self.narasi("kesimpulan")),
            Bagian("rekomendasi", "B.", "Rekomendasi", 2, self.narasi("rekomendasi")),
            *self._bagian_tindak_lanjut(),
            Bagian(
                "penutup-ttd",
                "",
                "",
                3,
                [
                    TandaTangan(
                        f"{self.d.tempat}, {format_tanggal(self.d.tanggal)}",
                        [self.d.penandatangan_jabatan],
                        self.d.penandatangan_nama,
                    )
                ],
                di_daftar_isi=False,
            ),
        ]

    def lampiran(self) -> list[Bagian]:
        self.bab = "L"
        pk = self.d.pk
        judul = "PERJANJIAN KINERJA TAHUN " + str(self.t)
        if pk is None:
            return [
                Bagian(
                    "lampiran",
                    "LAMPIRAN",
                    judul,
                    1,
                    [Paragraf(f"Perjanjian Kinerja Tahun {self.t} belum dicatat dalam sistem.")],
                    halaman_baru=True,
                )
            ]
        pernyataan, lampiran_pk = bagian_pk(pk, self.d.satker, penyusun=self)
        perubahan = f" (perubahan ke-{pk.perubahan})" if pk.perubahan else ""
        pengantar = Paragraf(
            f"Lampiran ini memuat Perjanjian Kinerja Tahun {self.t}{perubahan} yang "
            f"ditandatangani di {pk.tempat} pada {format_tanggal(pk.tanggal)}, beserta "
            "lampirannya yang memuat sasaran, indikator kinerja, target, program, dan anggaran.",
        )
        return [
            Bagian("lampiran", "LAMPIRAN", judul, 1, [pengantar], halaman_baru=True),
            Bagian(
                "lampiran-pernyataan", "", "", 3, pernyataan, halaman_baru=True, di_daftar_isi=False
            ),
            Bagian("lampiran-pk", "", "", 3, lampiran_pk, halaman_baru=True, di_daftar_isi=False),
        ]


def _segmen_akhir(kode: str) -> str:
    """'076.01.CQ.6709' -> '6709': the code as the report's reader knows it."""
    return kode.rsplit(".", 1)[-1]


def _gabung_definisi(i: DataIndikator) -> str:
    bagian = [i.uraian.strip()]
    if i.cara_penghitungan:
        bagian.append(f"Cara penghitungan: {i.cara_penghitungan.strip()}")
    return "\n".join(b for b in bagian if b) or "—"


def _target_pk(b) -> str:
    return format_nilai(b.target, b.satuan, b.jenis, b.target_huruf)


def _tabel_pk(penyusun, pk: DataPk) -> list:
    """The PK's two tables: Sasaran | Indikator | Target and Program | Anggaran (with words)."""
    baris = []
    for j, b in enumerate(pk.baris):
        sel = []
        if j == 0 or pk.baris[j - 1].nomor_sasaran != b.nomor_sasaran:
            n = sum(1 for x in pk.baris if x.nomor_sasaran == b.nomor_sasaran)
            sel = [_no(b.nomor_sasaran, baris=n), _k(b.sasaran, baris=n)]
        baris.append([*sel, _k(b.indikator), _angka(_target_pk(b))])
    sasaran = penyusun.tabel(
        f"Sasaran, Indikator, dan Target Perjanjian Kinerja Tahun {pk.tahun}",
        kepala=_kepala("No", "Sasaran", "Indikator Kinerja", "Target"),
        isi=baris,
        lebar=[6, 38, 44, 12],
    )
    blok = [sasaran]
    if pk.program:
        blok.append(
            penyusun.tabel(
                f"Program dan Anggaran Perjanjian Kinerja Tahun {pk.tahun}",
                kepala=_kepala("No", "Program", "Anggaran (Rp)"),
                isi=[
                    [_no(p.nomor), _k(f"{p.kode} {p.nama}"), _angka(_uang(p.anggaran))]
                    for p in pk.program
                ],
                kaki=[
                    [
                        _k("Jumlah", kolom=2, tebal=True),
                        _angka(_uang(pk.total_anggaran), tebal=True),
                    ]
                ],
                lebar=[6, 66, 28],
            )
        )
        blok.append(Paragraf(f"Terbilang: {terbilang_rupiah(pk.total_anggaran)}.", "catatan"))
    return blok


def bagian_pk(pk: DataPk, satker: DataSatker, penyusun=None) -> tuple[list, list]:
    """The PK document: the signed statement, then its annex with the two tables."""
    penyusun = penyusun or _PenomoranSendiri()
    judul_pk = "PERJANJIAN KINERJA" + (f" PERUBAHAN KE-{pk.perubahan}" if pk.perubahan else "")
    ttd = TandaTanganDua(
        f"{pk.tempat}, {format_tanggal(pk.tanggal)}",
        ["Pihak Kedua,", pk.pihak_kedua_jabatan],
        pk.pihak_kedua_nama,
        ["Pihak Pertama,", pk.pihak_pertama_jabatan],
        pk.pihak_pertama_nama,
    )
    pernyataan = [
        Paragraf(f"{judul_pk} TAHUN {pk.tahun}", "judul"),
        Paragraf(satker.nama_sekretariat.upper(), "judul"),
        Paragraf(
            "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan, dan "
            "akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:"
        ),
        Isian([("Nama", pk.pihak_pertama_nama), ("Jabatan", pk.pihak_pertama_jabatan)]),
        Paragraf("selanjutnya disebut pihak pertama."),
        Isian([("Nama", pk.pihak_kedua_nama), ("Jabatan", pk.pihak_kedua_jabatan)]),
        Paragraf("selaku atasan pihak pertama, selanjutnya disebut pihak kedua."),
        Paragraf(
            "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai "
            "lampiran perjanjian ini, dalam rangka mencapai target kinerja jangka menengah "
            "seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan "
            "pencapaian target kinerja tersebut menjadi tanggung jawab pihak pertama."
        ),
        Paragraf(
            "Pihak kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi "
            "terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan "
            "dalam rangka pemberian penghargaan dan sanksi."
        ),
        ttd,
    ]
    lampiran = [
        Paragraf(f"LAMPIRAN {judul_pk} TAHUN {pk.tahun}", "judul"),
        Paragraf(satker.nama_sekretariat.upper(), "judul"),
        *_tabel_pk(penyusun, pk),
        ttd,
    ]
    return pernyataan, lampiran


class _PenomoranSendiri:
    """Table numbering for the stand-alone PK: 'Tabel 1', 'Tabel 2'."""

    def __init__(self):
        self.n = 0

    def tabel(self, judul: str, **kw) -> Tabel:
        self.n += 1
        kw.setdefault("utuh", len(kw.get("isi", [])) <= 8)
        return Tabel(nomor=f"{self.n}.", judul=judul, **kw)


def susun_lkj(data: DataLkj) -> Dokumen:
    """The LKj document tree."""
    return Penyusun(data).dokumen()


def susun_pk(pk: DataPk, satker: DataSatker) -> Dokumen:
    """The stand-alone PK document: statement page and annex page."""
    pernyataan, lampiran = bagian_pk(pk, satker)
    return Dokumen(
        jenis="pk",
        judul=f"Perjanjian Kinerja Tahun {pk.tahun}",
        kepala=f"Perjanjian Kinerja Tahun {pk.tahun} · {satker.nama_sekretariat}",
        sampul=None,
        bagian=[
            Bagian("pernyataan", "", "", 3, pernyataan, di_daftar_isi=False),
            Bagian("lampiran-pk", "", "", 3, lampiran, halaman_baru=True, di_daftar_isi=False),
        ],
    )


def pohon_lkj(d: DataLkj) -> list[Simpul]:
    """The pohon kinerja of the LKj's year: visi → sasaran → indikator → responsible unit."""
    sasaran = [
        Simpul(
            f"Sasaran {s.nomor}: {s.uraian}",
            "sasaran",
            [
                Simpul(
                    f"IK {s.nomor}.{i.nomor} {i.nama}",
                    "indikator",
                    [Simpul(i.unit, "unit")] if i.unit else [],
                )
                for i in s.indikator
            ],
        )
        for s in d.sasaran
    ]
    if d.renstra is None:
        return sasaran
    return [
        Simpul(f"Visi: {d.renstra.visi}", "akar", sasaran, catatan=f"Renstra {d.renstra.periode}")
    ]


def _pohon_kinerja(d: DataLkj, format: str) -> str | bytes | list[Simpul]:
    """The tree drawn 640 px wide: SVG for the preview, PNG for DOCX; for the PDF its nodes
    ("pohon"), which pdf.py lays out as boxes that run on over pages."""
    akar = pohon_lkj(d)
    if format == "png":  # drawn once per tree, as the charts are (matplotlib takes ~0.4 s)
        return grafik.tersimpan("pohon", (akar, 640), "png", cache, lambda: png_pohon(akar, 640))
    if format == "pohon":
        return akar
    return svg_pohon(akar, lebar=640, judul="Pohon kinerja")
