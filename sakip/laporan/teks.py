"""The default text of every narrative section of the LKj, written from the data.

Each section has a key (stored with a Perencana's edit in NarasiLaporan), a title for
the editor, and a writer that turns the facts of kumpul.DataLkj into natural Bahasa
Indonesia. The figures a section may state are those of its default text plus the
facts it is about; sakip.lib.narasi checks an edit against them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from sakip.lib.anggaran import NAMA_BULAN
from sakip.lib.angka import (
    bulatkan,
    format_angka_ringkas,
    format_persen,
    format_rupiah,
    format_tanggal,
)
from sakip.lib.capaian import Polaritas, nilai_huruf, uraian_nilai_huruf
from sakip.lib.narasi import Izin, rangkai
from sakip.lib.nilai import format_nilai
from sakip.lib.terbilang import terbilang, terbilang_rupiah

from .kumpul import DataIndikator, DataLkj, DataSasaran

SERATUS = Decimal(100)

ANALISIS = (
    ("target", "Perbandingan target dan realisasi"),
    ("tahun_lalu", "Perbandingan dengan tahun-tahun sebelumnya"),
    ("renstra", "Perbandingan dengan target akhir Renstra"),
    ("nasional", "Perbandingan dengan standar nasional"),
    ("penyebab", "Penyebab keberhasilan atau kegagalan dan solusi yang dilakukan"),
    ("efisiensi", "Efisiensi penggunaan sumber daya"),
    ("kegiatan", "Program dan kegiatan yang menunjang"),
)


@dataclass(frozen=True)
class BagianNarasi:
    """An editable narrative section: key, the group and title shown in the editor."""

    kunci: str
    grup: str
    judul: str


def bilangan(n: int) -> str:
    """13 -> '13 (tiga belas)': counts are written in figures and words."""
    return f"{n} ({terbilang(n)})"


def rupiah(nilai: Decimal) -> str:
    """An amount in figures and words: 'Rp1.000 (seribu rupiah)'."""
    bulat = bulatkan(nilai, 0)
    return f"{format_rupiah(bulat)} ({terbilang_rupiah(bulat)})"


def nilai_target(i: DataIndikator) -> str:
    return _nilai(i, i.target, i.target_huruf)


def nilai_realisasi(i: DataIndikator) -> str:
    return _nilai(i, i.realisasi, i.realisasi_huruf)


def nilai_akhir(i: DataIndikator) -> str:
    return _nilai(i, i.target_akhir, i.target_akhir_huruf)


def _nilai(i: DataIndikator, angka: Decimal | None, huruf: str = "") -> str:
    return format_nilai(angka, i.satuan, i.jenis, huruf)


def _kutip(teks: str) -> str:
    return f"“{teks.strip().rstrip('.')}”"


def _capaian_teks(i: DataIndikator) -> str:
    if i.capaian is None:
        return "capaiannya belum dapat dihitung"
    return f"capaiannya {format_persen(i.capaian)} (kategori {i.kategori})"


def _mencapai(i: DataIndikator) -> bool:
    return i.capaian is not None and i.capaian >= SERATUS


class Penulis:
    """Writes the default text of each section from the facts of one LKj."""

    def __init__(self, data: DataLkj):
        self.d = data
        self.t = data.tahun
        self.s = data.satker

    # -- the registry -------------------------------------------------------------------

    def daftar(self) -> list[BagianNarasi]:
        """Every editable section, in document order."""
        hasil = [
            BagianNarasi("kata_pengantar", "Bagian awal", "Kata Pengantar"),
            BagianNarasi("ikhtisar", "Bagian awal", "Ikhtisar Eksekutif"),
            BagianNarasi("latar_belakang", "BAB I Pendahuluan", "Latar Belakang"),
            BagianNarasi("kedudukan", "BAB I Pendahuluan", "Kedudukan, Tugas, dan Fungsi"),
            BagianNarasi("sdm", "BAB I Pendahuluan", "Sumber Daya Manusia"),
            BagianNarasi("struktur", "BAB I Pendahuluan", "Struktur Organisasi"),
            BagianNarasi("sistematika", "BAB I Pendahuluan", "Sistematika Penyajian"),
            BagianNarasi("renstra", "BAB II Perencanaan Kinerja", "Rencana Strategis"),
            BagianNarasi("iku", "BAB II Perencanaan Kinerja", "Indikator Kinerja Utama"),
            BagianNarasi("rkt", "BAB II Perencanaan Kinerja", "Rencana Kinerja Tahunan"),
            BagianNarasi("pk", "BAB II Perencanaan Kinerja", "Perjanjian Kinerja"),
            BagianNarasi("capaian", "BAB III Akuntabilitas Kinerja", "Capaian Kinerja Organisasi"),
        ]
        for s in self.d.sasaran:
            for kode, judul in ANALISIS:
                hasil.append(
                    BagianNarasi(
                        f"sasaran_{s.nomor}_{kode}",
                        f"BAB III Sasaran {s.nomor}",
                        judul,
                    )
                )
        hasil += [
            BagianNarasi("anggaran", "BAB III Akuntabilitas Kinerja", "Realisasi Anggaran"),
            BagianNarasi("kesimpulan", "BAB IV Penutup", "Kesimpulan"),
            BagianNarasi("rekomendasi", "BAB IV Penutup", "Rekomendasi"),
        ]
        return hasil

    def bawaan(self, kunci: str) -> str:
        """The default text of a section, written from the data."""
        return self._penulis(kunci)[0]()

    def teks(self, kunci: str) -> str:
        """The text the document shows: the Perencana's edit if any, else the default."""
        simpanan = self.d.narasi.get(kunci, "").strip()
        return simpanan or self.bawaan(kunci)

    def izin(self, kunci: str) -> Izin:
        """Figures the section may state: those of its default text and of its facts."""
        tulis, fakta = self._penulis(kunci)
        izin = Izin.dari_teks(tulis()).tambah(fakta())
        # The report's year, the next (the signing date), and the Renstra's period.
        izin.tambah_tahun({self.t, self.t + 1})
        if self.d.renstra is not None:
            izin.tambah_tahun({self.d.renstra.tahun_awal, self.d.renstra.tahun_akhir})
        return izin

    def _penulis(self, kunci: str) -> tuple[Callable[[], str], Callable[[], Izin]]:
        if kunci.startswith("sasaran_"):
            _, nomor, analisis = kunci.split("_", 2)
            sasaran = next((s for s in self.d.sasaran if s.nomor == int(nomor)), None)
            if sasaran is None or analisis not in dict(ANALISIS):
                raise KeyError(kunci)
            return (
                lambda: getattr(self, f"_analisis_{analisis}")(sasaran),
                lambda: self._fakta_sasaran(sasaran),
            )
        tulis = getattr(self, f"_teks_{kunci}", None)
        if tulis is None:
            raise KeyError(kunci)
        return tulis, getattr(self, f"_fakta_{kunci}", Izin)

    # -- facts per section --------------------------------------------------------------

    def _fakta_indikator(self, daftar: list[DataIndikator], rata: Decimal | None) -> Izin:
        izin = Izin()
        for i in daftar:
            izin.tambah_angka([i.target, i.realisasi, i.target_akhir, i.standar_nasional])
            izin.tambah_persen([i.capaian, i.kemajuan_renstra])
            if i.berhuruf:
                izin.tambah_angka(nilai_huruf(h) for h in (i.target_huruf, i.realisasi_huruf) if h)
            izin.tambah_tahun(r.tahun for r in i.riwayat)
            izin.tambah_angka(r.realisasi for r in i.riwayat)
            izin.tambah_persen(r.capaian for r in i.riwayat)
        izin.tambah_angka([len(daftar), len(self.d.sasaran)])
        izin.tambah_angka(n for _, n in self.d.sebaran())
        izin.tambah_persen([rata])
        return izin

    def _fakta_anggaran(self) -> Izin:
        a = self.d.anggaran
        izin = Izin()
        if a is None:
            return izin
        izin.tambah_angka([a.revisi])
        for b in a.jenis + a.program + a.kegiatan:
            izin.tambah_rupiah([b.pagu, b.realisasi, b.sisa])
            izin.tambah_persen([b.persen])
        izin.tambah_rupiah([a.pagu, a.realisasi, a.sisa])
        izin.tambah_persen([a.persen])
        return izin

    def _fakta_semua(self) -> Izin:
        return self._fakta_indikator(self.d.indikator, self.d.rata_capaian).tambah(
            self._fakta_anggaran()
        )

    def _fakta_sasaran(self, s: DataSasaran) -> Izin:
        izin = self._fakta_indikator(s.indikator, s.rata_capaian).tambah(self._fakta_anggaran())
        k = s.kaitan_anggaran
        if k is not None:
            izin.tambah_rupiah([k.pagu, k.realisasi]).tambah_persen([k.persen])
        return izin

    def _fakta_sdm(self) -> Izin:
        sdm = self.d.sdm
        izin = Izin().tambah_angka([sdm.total, sdm.total_golongan, len(sdm.unit)])
        izin.tambah_angka(s.jumlah for s in sdm.status)
        izin.tambah_angka(sum(n) for _, n in sdm.pendidikan)
        return izin

    def _fakta_pk(self) -> Izin:
        izin = self._fakta_indikator(self.d.indikator, self.d.rata_capaian)
        if self.d.pk is not None:
            izin.tambah_rupiah([self.d.pk.total_anggaran])
            izin.tambah_rupiah(p.anggaran for p in self.d.pk.program)
            izin.tambah_angka([len(self.d.pk.program), len(self.d.pk.baris)])
        return izin

    _fakta_kata_pengantar = _fakta_semua
    _fakta_ikhtisar = _fakta_semua
    _fakta_capaian = _fakta_semua
    _fakta_kesimpulan = _fakta_semua
    _fakta_rekomendasi = _fakta_semua
    _fakta_iku = _fakta_semua
    _fakta_rkt = _fakta_semua
    _fakta_struktur = _fakta_sdm

    # -- shared phrases -----------------------------------------------------------------

    @property
    def _renstra(self) -> str:
        r = self.d.renstra
        return f"Rencana Strategis (Renstra) KPU {r.periode}" if r else "Rencana Strategis KPU"

    def _ringkas_sebaran(self) -> str:
        """'indikator yang tergolong Berhasil berjumlah 12 (dua belas) ...': no 'N indikator' for parts."""
        bagian = [
            f"yang tergolong {label} berjumlah {bilangan(n)}" for label, n in self.d.sebaran() if n
        ]
        tanpa = sum(1 for i in self.d.indikator if i.kategori is None)
        if tanpa:
            bagian.append(f"yang belum dapat dihitung capaiannya berjumlah {bilangan(tanpa)}")
        return "indikator " + rangkai(bagian)

    def _jumlah(self) -> tuple[int, int]:
        return len(self.d.sasaran), len(self.d.indikator)

    def _kalimat_anggaran(self) -> str:
        a = self.d.anggaran
        if a is None:
            return (
                f"Data anggaran (DIPA) tahun {self.t} belum diimpor ke dalam sistem, sehingga "
                "realisasi anggaran belum dapat disajikan."
            )
        return (
            f"Dari sisi anggaran, pagu sebesar {format_rupiah(a.pagu)} terealisasi "
            f"{format_rupiah(a.realisasi)} atau {format_persen(a.persen)}, termasuk kategori "
            f"{a.kategori}."
        )

    # -- front matter -------------------------------------------------------------------

    def _teks_kata_pengantar(self) -> str:
        n_sasaran, n_indikator = self._jumlah()
        return "\n\n".join(
            [
                "Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa, karena atas rahmat "
                f"dan karunia-Nya Laporan Kinerja (LKj) {self.s.nama_sekretariat} Tahun {self.t} "
                "dapat diselesaikan. Laporan ini merupakan wujud pertanggungjawaban atas "
                "pelaksanaan tugas dan fungsi serta pencapaian sasaran yang ditetapkan dalam "
                f"Perjanjian Kinerja Tahun {self.t}, dalam kerangka {self._renstra}.",
                "Penyusunan laporan ini berpedoman pada Peraturan Presiden Nomor 29 Tahun 2014 "
                "tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah dan Peraturan Menteri "
                "Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014 "
                "tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja, dan Tata Cara "
                "Reviu atas Laporan Kinerja Instansi Pemerintah.",
                f"Laporan ini menyajikan capaian {bilangan(n_indikator)} indikator kinerja pada "
                f"{bilangan(n_sasaran)} sasaran, dengan rincian {self._ringkas_sebaran()}, "
                "beserta analisis atas keberhasilan, kendala, dan upaya perbaikannya.",
                "Kami menyadari bahwa laporan ini masih memiliki kekurangan. Saran dan masukan "
                "dari semua pihak sangat kami harapkan untuk penyempurnaan laporan di masa "
                f"mendatang. Semoga laporan ini bermanfaat bagi peningkatan kinerja {self.s.nama}.",
            ]
        )

    def _teks_ikhtisar(self) -> str:
        n_sasaran, n_indikator = self._jumlah()
        rata = self.d.rata_capaian
        bawah = [i for i in self.d.indikator if i.capaian is not None and i.capaian < SERATUS]
        paragraf = [
            f"Laporan Kinerja {self.s.nama_sekretariat} Tahun {self.t} menyajikan capaian "
            f"kinerja atas {bilangan(n_sasaran)} sasaran dan {bilangan(n_indikator)} indikator "
            f"yang ditetapkan dalam Perjanjian Kinerja Tahun {self.t}. Capaian setiap indikator "
            "dihitung dengan membandingkan realisasi terhadap target, lalu dikelompokkan menurut "
            "skala kategori capaian.",
        ]
        kalimat = f"Hasil pengukuran menunjukkan {self._ringkas_sebaran()}."
        if rata is not None:
            kalimat += f" Rata-rata capaian seluruh indikator sebesar {format_persen(rata)}."
        if bawah:
            terendah = min(bawah, key=lambda i: i.capaian)
            kalimat += (
                f" Indikator yang belum mencapai target berjumlah {bilangan(len(bawah))}; "
                f"capaian terendah terdapat pada indikator {_kutip(terendah.nama)} sebesar "
                f"{format_persen(terendah.capaian)}."
            )
        paragraf.append(kalimat)
        paragraf.append(self._kalimat_anggaran())
        paragraf.append("Ringkasan capaian setiap indikator disajikan dalam tabel berikut.")
        return "\n\n".join(paragraf)

    # -- BAB I --------------------------------------------------------------------------

    def _teks_latar_belakang(self) -> str:
        return "\n\n".join(
            [
                "Komisi Pemilihan Umum (KPU) adalah lembaga penyelenggara pemilihan umum yang "
                "bersifat nasional, tetap, dan mandiri sebagaimana diatur dalam Undang-Undang "
                "Nomor 7 Tahun 2017 tentang Pemilihan Umum. Sebagai bagian dari KPU yang bersifat "
                f"hierarkis, {self.s.nama} melaksanakan program dan kegiatan yang dibiayai oleh "
                "Anggaran Pendapatan dan Belanja Negara (APBN), sehingga wajib "
                "mempertanggungjawabkan penggunaan anggaran tersebut beserta hasil yang dicapai.",
                "Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja "
                "Instansi Pemerintah mewajibkan setiap instansi pemerintah menyusun laporan "
                "kinerja sebagai wujud pertanggungjawaban atas pelaksanaan tugas dan fungsinya. "
                f"Laporan Kinerja Tahun {self.t} ini menjelaskan capaian kinerja "
                f"{self.s.nama_sekretariat} selama tahun anggaran {self.t}, yang diukur terhadap "
                f"target dalam Perjanjian Kinerja Tahun {self.t}.",
                "Analisis atas capaian tersebut, termasuk kendala yang dihadapi dan upaya yang "
                "dilakukan, menjadi bahan evaluasi bagi pimpinan dan dasar perbaikan kinerja pada "
                "tahun berikutnya.",
            ]
        )

    def _teks_kedudukan(self) -> str:
        if self.s.jenis != "kabkota":
            return (
                f"{self.s.nama} berkedudukan sebagaimana diatur dalam Undang-Undang Nomor 7 Tahun "
                "2017 tentang Pemilihan Umum, sebagai bagian dari KPU yang bersifat hierarkis. "
                "Tugas, wewenang, dan kewajibannya mengikuti ketentuan undang-undang tersebut "
                "untuk tingkatannya, dan dilaksanakan dengan dukungan sekretariat."
            )
        tugas = [
            "menjabarkan program dan melaksanakan anggaran;",
            "melaksanakan semua tahapan penyelenggaraan di kabupaten/kota berdasarkan ketentuan "
            "peraturan perundang-undangan;",
            "mengoordinasikan dan mengendalikan tahapan penyelenggaraan oleh PPK, PPS, dan KPPS "
            "dalam wilayah kerjanya;",
            "menyampaikan daftar pemilih kepada KPU Provinsi;",
            "memutakhirkan data pemilih berdasarkan data Pemilu terakhir dengan memperhatikan "
            "data kependudukan yang disiapkan dan diserahkan oleh Pemerintah, serta menetapkannya "
            "sebagai daftar pemilih;",
            "melakukan dan mengumumkan rekapitulasi hasil penghitungan suara berdasarkan berita "
            "acara hasil rekapitulasi suara di PPK;",
            "membuat berita acara penghitungan suara dan sertifikat penghitungan suara serta "
            "menyerahkannya kepada saksi peserta Pemilu, Bawaslu Kabupaten/Kota, dan KPU Provinsi;",
            "mengumumkan calon anggota DPRD kabupaten/kota terpilih sesuai dengan alokasi jumlah "
            "kursi setiap daerah pemilihan dan membuat berita acaranya;",
            "menindaklanjuti dengan segera temuan dan laporan yang disampaikan oleh Bawaslu "
            "Kabupaten/Kota;",
            "menyosialisasikan penyelenggaraan Pemilu dan/atau yang berkaitan dengan tugas dan "
            "wewenang KPU Kabupaten/Kota kepada masyarakat;",
            "melakukan evaluasi dan membuat laporan setiap tahapan penyelenggaraan Pemilu; dan",
            "melaksanakan tugas lain yang diberikan oleh KPU, KPU Provinsi, dan/atau ketentuan "
            "peraturan perundang-undangan.",
        ]
        return "\n\n".join(
            [
                "Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum menetapkan bahwa KPU "
                "adalah lembaga penyelenggara Pemilu yang bersifat nasional, tetap, dan mandiri. "
                "KPU Kabupaten/Kota berkedudukan di ibu kota kabupaten atau pusat pemerintahan "
                "kota. Keanggotaannya berjumlah 3 (tiga) atau 5 (lima) orang, dengan seorang ketua "
                "merangkap anggota, dan masa jabatannya 5 (lima) tahun.",
                f"Sesuai Pasal 18 undang-undang tersebut, {self.s.nama} sebagai KPU Kabupaten/Kota "
                "bertugas:\n" + "\n".join(f"{n}. {t}" for n, t in enumerate(tugas, start=1)),
                f"Dalam melaksanakan tugas tersebut, {self.s.nama} didukung oleh sekretariat yang "
                "menyelenggarakan fungsi perencanaan, keuangan, umum dan logistik, teknis "
                "penyelenggaraan, hukum, serta pengelolaan sumber daya manusia.",
            ]
        )

    def _teks_sdm(self) -> str:
        sdm = self.d.sdm
        status = rangkai(f"{bilangan(s.jumlah)} orang {s.label}" for s in sdm.status if s.jumlah)
        pendidikan = rangkai(
            f"{label} sebanyak {bilangan(sum(n))} orang" for label, n in sdm.pendidikan if sum(n)
        )
        kalimat = [
            f"{self.s.nama} didukung oleh {bilangan(sdm.total)} orang personel, terdiri atas "
            f"{status}. Menurut tingkat pendidikan, personel tersebut terdiri atas {pendidikan}."
        ]
        if sdm.total_golongan:
            terbanyak = max(
                ((f"{r}/{h}", n[j]) for r, n in sdm.golongan for j, h in enumerate("abcde")),
                key=lambda x: x[1],
            )
            kalimat.append(
                f"Seluruh {bilangan(sdm.total_golongan)} PNS memiliki pangkat dan golongan "
                f"dengan jumlah terbanyak pada golongan {terbanyak[0]} sebanyak "
                f"{bilangan(terbanyak[1])} orang. Rincian personel menurut status, pendidikan, "
                "dan golongan disajikan pada tabel-tabel berikut."
            )
        return " ".join(kalimat)

    def _teks_struktur(self) -> str:
        unit = self.d.sdm.unit
        if not unit:
            return (
                f"Sekretariat {self.s.nama} dipimpin oleh seorang Sekretaris. Susunan subbagian "
                "belum dicatat dalam sistem."
            )
        return (
            f"Sesuai Peraturan KPU Nomor 21 Tahun 2023 tentang Tugas, Fungsi, Susunan Organisasi, "
            f"dan Tata Kerja Sekretariat KPU, sekretariat {self.s.nama} dipimpin oleh seorang "
            f"Sekretaris dan terdiri atas {bilangan(len(unit))} subbagian serta kelompok jabatan "
            "fungsional:\n" + "\n".join(f"- {u}" for u in unit)
        )

    def _teks_sistematika(self) -> str:
        return "\n".join(
            [
                f"Laporan Kinerja Tahun {self.t} disusun dengan sistematika sebagai berikut:",
                "- Bab I Pendahuluan menjelaskan latar belakang, kedudukan, tugas dan fungsi, "
                "sumber daya manusia, struktur organisasi, dan sistematika laporan.",
                "- Bab II Perencanaan Kinerja menguraikan Rencana Strategis, Indikator Kinerja "
                "Utama, Rencana Kinerja Tahunan, dan Perjanjian Kinerja.",
                "- Bab III Akuntabilitas Kinerja menyajikan pengukuran dan analisis capaian kinerja "
                "setiap sasaran serta realisasi anggaran.",
                "- Bab IV Penutup memuat kesimpulan dan rekomendasi.",
                "- Lampiran memuat dokumen Perjanjian Kinerja.",
            ]
        )

    # -- BAB II -------------------------------------------------------------------------

    def _teks_renstra(self) -> str:
        r = self.d.renstra
        if r is None:
            return f"Rencana Strategis yang mencakup tahun {self.t} belum dicatat dalam sistem."
        dasar = f", ditetapkan dengan {r.dasar_hukum}" if r.dasar_hukum else ""
        bagian = [
            f"{self.s.nama} melaksanakan tugasnya berpedoman pada {self._renstra}{dasar}. "
            f"Visi yang ditetapkan adalah {_kutip(r.visi)}."
        ]
        if r.misi:
            bagian.append(
                f"Untuk mewujudkan visi tersebut ditetapkan {bilangan(len(r.misi))} misi:\n"
                + "\n".join(f"{n}. {m}" for n, m in enumerate(r.misi, start=1))
            )
        if r.tujuan:
            bagian.append(
                f"Misi tersebut dijabarkan dalam {bilangan(len(r.tujuan))} tujuan:\n"
                + "\n".join(f"{n}. {t}" for n, t in enumerate(r.tujuan, start=1))
            )
        bagian.append(
            f"Tujuan tersebut diukur melalui {bilangan(len(self.d.sasaran))} sasaran pada tahun "
            f"{self.t}, yang masing-masing memiliki indikator kinerja sebagaimana diuraikan "
            "pada bagian berikut."
        )
        return "\n\n".join(bagian)

    def _teks_iku(self) -> str:
        n_sasaran, n_indikator = self._jumlah()
        return (
            f"Indikator Kinerja Utama (IKU) {self.s.nama} tahun {self.t} terdiri atas "
            f"{bilangan(n_indikator)} indikator pada {bilangan(n_sasaran)} sasaran. Setiap "
            "indikator dilengkapi definisi, cara penghitungan, sumber data, dan unit kerja "
            "penanggung jawab sebagai berikut."
        )

    def _teks_rkt(self) -> str:
        return (
            f"Rencana Kinerja Tahunan (RKT) {self.t} menjabarkan sasaran dan indikator Renstra "
            f"menjadi target yang akan dicapai pada tahun {self.t}, sekaligus target akhir periode "
            "Renstra sebagai arah jangka menengah."
        )

    def _teks_pk(self) -> str:
        pk = self.d.pk
        if pk is None:
            return f"Perjanjian Kinerja Tahun {self.t} belum dicatat dalam sistem."
        judul = "Perjanjian Kinerja" + (f" Perubahan ke-{pk.perubahan}" if pk.perubahan else "")
        kalimat = [
            f"{judul} Tahun {self.t} ditandatangani di {pk.tempat} pada "
            f"{format_tanggal(pk.tanggal)} oleh {pk.pihak_pertama_nama} selaku "
            f"{pk.pihak_pertama_jabatan} sebagai pihak pertama dan {pk.pihak_kedua_nama} selaku "
            f"{pk.pihak_kedua_jabatan} sebagai pihak kedua.",
            f"Perjanjian tersebut memuat {bilangan(len(pk.baris))} indikator kinerja",
        ]
        if pk.program:
            kalimat[-1] += (
                f" dengan dukungan anggaran sebesar {rupiah(pk.total_anggaran)} melalui "
                f"{bilangan(len(pk.program))} program."
            )
        else:
            kalimat[-1] += "."
        return " ".join(kalimat) + " Ringkasannya disajikan pada tabel berikut."

    # -- BAB III ------------------------------------------------------------------------

    def _teks_capaian(self) -> str:
        n_sasaran, n_indikator = self._jumlah()
        batas = (
            f" Capaian dibatasi paling tinggi {format_angka_ringkas(self.d.batas_capaian)} %."
            if self.d.batas_capaian
            else ""
        )
        return "\n\n".join(
            [
                "Pengukuran kinerja dilakukan dengan membandingkan realisasi setiap indikator "
                f"dengan targetnya dalam Perjanjian Kinerja Tahun {self.t}. Capaian dihitung "
                "dengan rumus realisasi dibagi target dikali seratus persen; untuk indikator yang "
                "makin baik bila makin rendah, capaian dihitung dari dua kali target dikurangi "
                "realisasi, dibagi target. Nilai huruf dikonversi ke angka batas bawah pitanya "
                f"({uraian_nilai_huruf()}).{batas}",
                f"Pada tahun {self.t} diukur {bilangan(n_indikator)} indikator pada "
                f"{bilangan(n_sasaran)} sasaran, dengan hasil {self._ringkas_sebaran()}. "
                "Hasil pengukuran disajikan pada tabel berikut, diikuti skala kategori capaian "
                "dan analisis setiap sasaran.",
            ]
        )

    def _analisis_target(self, s: DataSasaran) -> str:
        kalimat = []
        for i in s.indikator:
            if i.realisasi is None and not i.realisasi_huruf:
                kalimat.append(
                    f"Indikator {_kutip(i.nama)} ditargetkan {nilai_target(i)}, tetapi "
                    "realisasinya belum dicatat."
                )
                continue
            kalimat.append(
                f"Indikator {_kutip(i.nama)} ditargetkan {nilai_target(i)} dan terealisasi "
                f"{nilai_realisasi(i)}, sehingga {_capaian_teks(i)}."
            )
        tercapai = sum(1 for i in s.indikator if _mencapai(i))
        if len(s.indikator) > 1:
            kalimat.append(
                "Dengan demikian, indikator sasaran ini yang mencapai target berjumlah "
                f"{bilangan(tercapai)} dari {bilangan(len(s.indikator))}."
            )
        return " ".join(kalimat)

    def _analisis_tahun_lalu(self, s: DataSasaran) -> str:
        kalimat = []
        for i in s.indikator:
            ada_sekarang = i.realisasi_huruf if i.berhuruf else i.realisasi is not None
            if not i.riwayat or not ada_sekarang:
                continue
            lalu = i.riwayat[-1]
            nilai_lalu = _nilai(i, lalu.realisasi, lalu.realisasi_huruf)
            sekarang = nilai_realisasi(i)
            arah = _arah(i, lalu.realisasi, lalu.realisasi_huruf)
            kalimat.append(
                f"Dibandingkan dengan tahun {lalu.tahun}, realisasi indikator {_kutip(i.nama)} "
                f"pada tahun {self.t} sebesar {sekarang}, {arah} {nilai_lalu}."
            )
        if not kalimat:
            return (
                "Realisasi indikator sasaran ini pada tahun-tahun sebelumnya dalam periode "
                "Renstra belum tercatat dalam sistem, sehingga perbandingan antartahun belum "
                "dapat disajikan. Perbandingan akan tersedia setelah realisasi tahun sebelumnya "
                "dimasukkan."
            )
        return " ".join(kalimat)

    def _analisis_renstra(self, s: DataSasaran) -> str:
        r = self.d.renstra
        kalimat = []
        for i in s.indikator:
            if not (i.target_akhir_huruf if i.berhuruf else i.target_akhir is not None):
                continue
            teks = f"Target akhir Renstra untuk indikator {_kutip(i.nama)} adalah {nilai_akhir(i)}"
            kemajuan = i.kemajuan_renstra  # computed once in kumpul, with the indicator's polarity
            if i.berhuruf:
                sudah = kemajuan is not None and kemajuan >= SERATUS
                teks += f"; realisasi tahun {self.t} ({i.realisasi_huruf or '—'}) " + (
                    "telah memenuhi target tersebut."
                    if sudah
                    else "masih di bawah target tersebut."
                )
            elif kemajuan is None:
                teks += "."
            elif i.polaritas == Polaritas.TURUN:
                teks += (
                    f"; karena indikator ini semakin rendah semakin baik, realisasi tahun {self.t} "
                    f"sebesar {nilai_realisasi(i)} setara dengan capaian {format_persen(kemajuan)} "
                    "terhadap target akhir tersebut."
                )
            else:
                teks += (
                    f"; realisasi tahun {self.t} sebesar {nilai_realisasi(i)} setara dengan "
                    f"{format_persen(kemajuan)} dari target akhir tersebut."
                )
            kalimat.append(teks)
        if not kalimat:
            return "Target akhir periode Renstra untuk indikator sasaran ini belum dicatat."
        pembuka = f"Dalam periode Renstra {r.periode}, " if r else ""
        return pembuka + " ".join(
            k[0].lower() + k[1:] if n == 0 and pembuka else k for n, k in enumerate(kalimat)
        )

    def _analisis_nasional(self, s: DataSasaran) -> str:
        kalimat = []
        for i in s.indikator:
            if i.standar_nasional is None:
                continue
            standar = _nilai(i, i.standar_nasional)
            if i.realisasi is None:
                kalimat.append(
                    f"Standar nasional indikator {_kutip(i.nama)} adalah {standar}; realisasinya "
                    "belum dicatat."
                )
                continue
            posisi = (
                "di atas"
                if i.realisasi > i.standar_nasional
                else "sama dengan"
                if i.realisasi == i.standar_nasional
                else "di bawah"
            )
            kalimat.append(
                f"Standar nasional indikator {_kutip(i.nama)} adalah {standar}; realisasi "
                f"sebesar {nilai_realisasi(i)} berada {posisi} standar tersebut."
            )
        if not kalimat:
            return (
                "Belum terdapat standar nasional yang ditetapkan untuk indikator pada sasaran ini, "
                "sehingga perbandingan dengan standar nasional tidak dilakukan."
            )
        return " ".join(kalimat)

    def _analisis_penyebab(self, s: DataSasaran) -> str:
        paragraf = []
        tanpa_catatan_gagal = []
        for i in s.indikator:
            c = i.catatan
            if c.ada:
                isi = [f"Indikator {_kutip(i.nama)}:"]
                if c.analisis:
                    isi.append(_kalimat(c.analisis))
                if c.kendala:
                    isi.append(f"Kendala yang dihadapi: {_kalimat(c.kendala, kecil=True)}")
                if c.solusi:
                    isi.append(f"Solusi yang dilakukan: {_kalimat(c.solusi, kecil=True)}")
                if c.tindak_lanjut:
                    isi.append(f"Tindak lanjut: {_kalimat(c.tindak_lanjut, kecil=True)}")
                paragraf.append(" ".join(isi))
            elif i.capaian is not None and i.capaian < SERATUS:
                tanpa_catatan_gagal.append(i)
        if tanpa_catatan_gagal:
            paragraf.append(
                "Indikator "
                + rangkai(
                    f"{_kutip(i.nama)} ({format_persen(i.capaian)})" for i in tanpa_catatan_gagal
                )
                + " belum mencapai target, tetapi penyebab dan solusinya belum dicatat pada "
                "data pengukuran triwulan."
            )
        if not paragraf:
            if all(_mencapai(i) for i in s.indikator):
                return (
                    "Seluruh indikator pada sasaran ini mencapai target. Faktor pendukung "
                    "keberhasilan belum diuraikan pada catatan pengukuran triwulan."
                )
            return "Catatan analisis, kendala, dan solusi untuk sasaran ini belum diisi."
        return "\n\n".join(paragraf)

    def _analisis_efisiensi(self, s: DataSasaran) -> str:
        rata = s.rata_capaian
        a = self.d.anggaran
        k = s.kaitan_anggaran
        if a is None:
            return (
                "Data anggaran belum diimpor, sehingga efisiensi penggunaan sumber daya untuk "
                "sasaran ini belum dapat dianalisis."
            )
        rata_teks = (
            f"rata-rata capaian indikatornya {format_persen(rata)}"
            if rata is not None
            else "capaian indikatornya belum dapat dihitung"
        )
        if k is None or not k.pagu:
            return (
                "Anggaran belum dikaitkan secara khusus dengan sasaran ini. Secara keseluruhan, "
                f"penyerapan anggaran mencapai {format_persen(a.persen)}, sedangkan {rata_teks}."
            )
        teks = (
            f"Sasaran ini didukung anggaran sebesar {format_rupiah(k.pagu)} yang terealisasi "
            f"{format_rupiah(k.realisasi)} atau {format_persen(k.persen)}, sedangkan {rata_teks}."
        )
        if rata is not None and k.persen is not None:
            if bulatkan(rata) >= bulatkan(k.persen):
                teks += (
                    " Capaian kinerja yang tidak lebih rendah daripada penyerapan anggaran "
                    "menunjukkan penggunaan sumber daya yang efisien."
                )
            else:
                teks += (
                    " Capaian kinerja yang lebih rendah daripada penyerapan anggaran menunjukkan "
                    "bahwa efisiensi penggunaan sumber daya masih perlu ditingkatkan."
                )
        return teks

    def _analisis_kegiatan(self, s: DataSasaran) -> str:
        k = s.kaitan_anggaran
        if k is None or not k.kegiatan:
            return (
                "Kegiatan pendukung sasaran ini belum dipetakan ke kegiatan atau rincian output "
                "DIPA. Realisasi anggaran seluruh kegiatan disajikan pada bagian Realisasi "
                "Anggaran."
            )
        return "Kegiatan yang menunjang pencapaian sasaran ini adalah:\n" + "\n".join(
            f"- {nama}" for nama in k.kegiatan
        )

    def _teks_anggaran(self) -> str:
        a = self.d.anggaran
        if a is None:
            return (
                f"Data anggaran (DIPA) tahun {self.t} belum diimpor ke dalam sistem, sehingga "
                "realisasi anggaran menurut jenis belanja, program, kegiatan, dan rincian output "
                "belum dapat disajikan."
            )
        bulan = max((b.bulan for b in a.bulanan if b.realisasi), default=12)
        revisi = (
            f"setelah {bilangan(a.revisi)} kali revisi DIPA" if a.revisi else "tanpa revisi DIPA"
        )
        return "\n\n".join(
            [
                f"Pagu anggaran {self.s.nama_sekretariat} Tahun Anggaran {self.t}, {revisi}, "
                f"adalah {rupiah(a.pagu)}.",
                f"Realisasi anggaran sampai dengan bulan {NAMA_BULAN[bulan - 1]} {self.t} sebesar "
                f"{rupiah(a.realisasi)} atau {format_persen(a.persen)} dari pagu, sehingga sisa "
                f"anggaran sebesar {rupiah(a.sisa)}. Menurut skala penyerapan anggaran, "
                f"penyerapan tersebut termasuk kategori {a.kategori}.",
                "Rincian realisasi menurut jenis belanja, program, kegiatan, dan rincian output "
                "disajikan pada tabel-tabel berikut.",
            ]
        )

    # -- BAB IV -------------------------------------------------------------------------

    def _teks_kesimpulan(self) -> str:
        n_sasaran, n_indikator = self._jumlah()
        tercapai = [i for i in self.d.indikator if _mencapai(i)]
        bawah = [i for i in self.d.indikator if i.capaian is not None and i.capaian < SERATUS]
        rata = self.d.rata_capaian
        kalimat = [
            f"Laporan Kinerja {self.s.nama_sekretariat} Tahun {self.t} menunjukkan bahwa dari "
            f"{bilangan(n_indikator)} indikator pada {bilangan(n_sasaran)} sasaran, yang "
            f"mencapai atau melampaui target berjumlah {bilangan(len(tercapai))}."
        ]
        if rata is not None:
            kalimat.append(f"Rata-rata capaian seluruh indikator sebesar {format_persen(rata)}.")
        if bawah:
            kalimat.append(
                "Indikator yang belum mencapai target adalah "
                + rangkai(f"{_kutip(i.nama)} ({format_persen(i.capaian)})" for i in bawah)
                + "."
            )
        kalimat.append(self._kalimat_anggaran())
        return " ".join(kalimat)

    def _teks_rekomendasi(self) -> str:
        butir = []
        bawah = [i for i in self.d.indikator if i.capaian is not None and i.capaian < SERATUS]
        for i in bawah:
            solusi = i.catatan.solusi or i.catatan.tindak_lanjut
            if solusi:
                butir.append(f"Indikator {_kutip(i.nama)}: {_kalimat(solusi, kecil=True)}")
        if bawah and not butir:
            butir.append(
                "Menyusun langkah perbaikan untuk setiap indikator yang belum mencapai target, "
                "dengan menetapkan penanggung jawab dan jadwal pemantauan setiap triwulan."
            )
        tanpa_catatan = [i for i in bawah if not i.catatan.ada]
        if tanpa_catatan:
            butir.append(
                "Melengkapi catatan analisis, kendala, dan solusi pada setiap pengukuran "
                "triwulan agar penyebab capaian di bawah target dapat ditelusuri."
            )
        a = self.d.anggaran
        if a is not None and a.revisi >= 3:
            butir.append(
                f"Memperbaiki perencanaan anggaran: revisi DIPA sebanyak {bilangan(a.revisi)} "
                "kali menandakan rencana kegiatan dan anggaran perlu disusun lebih cermat sejak "
                "awal tahun."
            )
        if a is None:
            butir.append(
                "Mengimpor data DIPA dan realisasi anggaran agar analisis efisiensi dapat "
                "disajikan pada laporan berikutnya."
            )
        butir.append(
            "Mempertahankan capaian indikator yang telah mencapai target melalui pemantauan "
            "berkala dan pendokumentasian bukti dukung."
        )
        return "Berdasarkan hasil pengukuran dan analisis, direkomendasikan:\n" + "\n".join(
            f"{n}. {b}" for n, b in enumerate(butir, start=1)
        )


def _arah(i: DataIndikator, lalu: Decimal | None, lalu_huruf: str) -> str:
    if i.berhuruf:
        if not (i.realisasi_huruf and lalu_huruf):
            return "dibandingkan dengan"
        a, b = nilai_huruf(i.realisasi_huruf), nilai_huruf(lalu_huruf)
    else:
        if i.realisasi is None or lalu is None:
            return "dibandingkan dengan"
        a, b = i.realisasi, lalu
    if a > b:
        return "meningkat dari"
    if a < b:
        return "menurun dari"
    return "sama dengan"


def _kalimat(teks: str, kecil: bool = False) -> str:
    """A note as a sentence: trimmed, ending with a full stop."""
    t = " ".join(teks.split())
    if kecil and t[:1].isupper() and not t[1:2].isupper():
        t = t[0].lower() + t[1:]
    return t if t.endswith((".", "!", "?")) else t + "."
