"""Sheets and columns of the onboarding workbook, in the order they are written."""

from __future__ import annotations

from dataclasses import dataclass, replace

# the values a choice column takes (the reader also accepts a few other spellings)
YA_TIDAK = ("ya", "tidak")
JENIS_SATKER = ("pusat", "provinsi", "kabkota")
JENIS_SKALA = ("capaian", "penyerapan")
STATUS = ("komisioner", "pns", "non_pns")
PENDIDIKAN = ("SLTA", "D3", "S1", "S2", "S3")
PERAN = ("admin", "perencana", "pic", "verifikator", "pimpinan", "evaluator")
UNSUR = ("tahun_awal", "tahun_akhir", "dasar_hukum", "visi", "misi", "tujuan")
JENIS_INDIKATOR = ("angka", "persen", "huruf")
POLARITAS = ("naik", "turun")
AGREGASI = ("terakhir", "jumlah", "rata_rata", "tertinggi")


@dataclass(frozen=True)
class Kolom:
    nama: str
    wajib: bool = False
    petunjuk: str = ""
    lebar: int = 18
    pilihan: tuple[str, ...] = ()  # offered as a drop-down list in the template


@dataclass(frozen=True)
class Lembar:
    nama: str
    kolom: tuple[Kolom, ...]
    wajib: bool = True
    petunjuk: str = ""

    @property
    def nama_kolom(self) -> tuple[str, ...]:
        return tuple(k.nama for k in self.kolom)


_YA = "ya atau tidak"

LEMBAR: tuple[Lembar, ...] = (
    Lembar(
        "profil",
        (
            Kolom("kode", True, "kode wilayah kantor, mis. 3674", 10),
            Kolom("nama", True, "mis. KPU Kota Tangerang Selatan", 40),
            Kolom("kode_induk", True, "kode kantor di atasnya, mis. 36 (harus sudah ada)", 12),
            Kolom("jenis", False, "pusat, provinsi atau kabkota; kosong: di bawah jenis induk", 10),
            Kolom("kota", False, "tempat penandatanganan dokumen", 20),
            Kolom("alamat", False, "", 40),
            Kolom("situs", False, "", 30),
            Kolom("batas_capaian", False, "batas atas capaian (%), mis. 100; kosong: tanpa batas"),
        ),
        petunjuk="tepat satu baris: kantor yang diimpor; kantor baru dibuat di bawah kode_induk",
    ),
    Lembar(
        "skala",
        (
            Kolom("jenis", True, "capaian atau penyerapan", 12),
            Kolom("label", True, "nama kategori, mis. Sangat Berhasil", 20),
            Kolom("bawah", True, "batas bawah (%)", 10),
            Kolom("atas", False, "batas atas (%); kosong untuk pita teratas", 10),
            Kolom("bawah_inklusif", False, f"{_YA} (bawaan ya)", 14),
            Kolom("atas_inklusif", False, f"{_YA} (bawaan tidak)", 14),
        ),
        wajib=False,
        petunjuk="skala kategori kantor; lembar yang tidak ada atau kosong: skala tidak diubah",
    ),
    Lembar(
        "unit",
        (
            Kolom("kode", True, "singkat, huruf kecil, mis. keuangan", 14),
            Kolom("nama", True, "mis. Subbagian Keuangan, Umum dan Logistik", 60),
        ),
    ),
    Lembar(
        "pegawai",
        (
            Kolom("nama", True, "", 30),
            Kolom("nip", False, "angka saja (18 digit untuk PNS)", 20),
            Kolom("jabatan", False, "", 30),
            Kolom("status", True, "komisioner, pns atau non_pns", 12),
            Kolom("pendidikan", True, "SLTA, D3, S1, S2 atau S3", 10),
            Kolom("golongan", False, "mis. III/b (hanya PNS)", 10),
            Kolom("unit", False, "kode unit dari lembar unit", 14),
            Kolom("aktif", False, f"{_YA} (bawaan ya)", 8),
        ),
    ),
    Lembar(
        "pengguna",
        (
            Kolom("username", True, "nama masuk", 16),
            Kolom("nama_depan", False, "", 16),
            Kolom("nama_belakang", False, "", 16),
            Kolom("email", False, "", 24),
            Kolom("peran", True, "admin, perencana, pic, verifikator, pimpinan atau evaluator", 12),
            Kolom("unit", False, "kode unit (wajib untuk pic dan verifikator)", 14),
            Kolom("aktif", False, f"{_YA} (bawaan ya)", 8),
        ),
        wajib=False,
        petunjuk="pengguna baru dibuat tanpa kata sandi; Admin kantor menetapkannya",
    ),
    Lembar(
        "renstra",
        (
            Kolom(
                "unsur", True, "tahun_awal, tahun_akhir, dasar_hukum, visi, misi atau tujuan", 14
            ),
            Kolom("nomor", False, "nomor misi atau tujuan", 8),
            Kolom("uraian", True, "isi unsur (untuk tahun_awal/tahun_akhir: tahunnya)", 80),
        ),
        petunjuk="satu Renstra: baris tahun_awal, tahun_akhir, visi, lalu misi dan tujuan bernomor",
    ),
    Lembar(
        "sasaran",
        (
            Kolom("nomor", True, "", 8),
            Kolom("uraian", True, "", 60),
            Kolom("tujuan", False, "nomor tujuan dari lembar renstra", 8),
        ),
    ),
    Lembar(
        "indikator",
        (
            Kolom("sasaran", True, "nomor sasaran", 8),
            Kolom("nomor", True, "nomor indikator dalam sasarannya", 8),
            Kolom("nama", True, "", 50),
            Kolom("definisi", False, "apa yang diukur", 40),
            Kolom("cara_penghitungan", False, "", 40),
            Kolom("rumus", False, "mis. keputusan_sesuai / keputusan_total * 100", 30),
            Kolom("satuan", False, "mis. %, dokumen, laporan (persen: %)", 10),
            Kolom("jenis", True, "angka, persen atau huruf", 8),
            Kolom("polaritas", False, "naik (semakin tinggi semakin baik) atau turun", 10),
            Kolom("agregasi", False, "terakhir, jumlah, rata_rata atau tertinggi", 10),
            Kolom("sumber_data", False, "", 30),
            Kolom("unit", False, "kode unit penanggung jawab", 14),
            Kolom("iku", False, f"{_YA} (bawaan ya)", 6),
            Kolom("wajib_bukti", False, f"{_YA} (bawaan tidak)", 10),
            Kolom("standar_nasional", False, "angka, bila ada", 10),
        ),
    ),
    Lembar(
        "target",
        (
            Kolom("sasaran", True, "nomor sasaran", 8),
            Kolom("indikator", True, "nomor indikator", 8),
            Kolom("tahun", True, "dalam periode Renstra", 8),
            Kolom("triwulan", False, "1-4 untuk Rencana Aksi; kosong untuk target tahunan", 8),
            Kolom("nilai", True, "angka, atau AA…D untuk indikator huruf", 10),
            Kolom("tonggak", False, "tonggak triwulan dalam kata-kata", 40),
        ),
    ),
    Lembar(
        "pk",
        (
            Kolom("tahun", True, "", 8),
            Kolom("perubahan", False, "0 untuk PK awal, 1, 2, … untuk PK Perubahan", 10),
            Kolom("tempat", True, "", 16),
            Kolom("tanggal", True, "mis. 2023-01-31 atau 31/01/2023", 12),
            Kolom("pihak_pertama_nama", True, "", 28),
            Kolom("pihak_pertama_nip", False, "angka saja", 20),
            Kolom("pihak_pertama_jabatan", True, "", 28),
            Kolom("pihak_kedua_nama", True, "", 28),
            Kolom("pihak_kedua_nip", False, "angka saja", 20),
            Kolom("pihak_kedua_jabatan", True, "", 28),
            Kolom("alasan_perubahan", False, "wajib untuk PK Perubahan", 30),
        ),
        petunjuk="satu baris per PK; baris dan anggarannya di lembar pk_indikator dan pk_anggaran",
    ),
    Lembar(
        "pk_indikator",
        (
            Kolom("tahun", True, "", 8),
            Kolom("perubahan", False, "0 untuk PK awal", 10),
            Kolom("urutan", True, "", 8),
            Kolom("sasaran", True, "nomor sasaran", 8),
            Kolom("indikator", True, "nomor indikator", 8),
            Kolom("target", True, "target yang disepakati", 10),
        ),
        wajib=False,
        petunjuk="baris PK; PK tanpa baris di sini memakai target tahunan lembar target",
    ),
    Lembar(
        "pk_anggaran",
        (
            Kolom("tahun", True, "", 8),
            Kolom("perubahan", False, "0 untuk PK awal", 10),
            Kolom("urutan", True, "", 8),
            Kolom("kode_program", True, "mis. CQ", 10),
            Kolom("nama_program", True, "", 50),
            Kolom("anggaran", True, "rupiah", 18),
        ),
        wajib=False,
    ),
    Lembar(
        "realisasi",
        (
            Kolom("sasaran", True, "nomor sasaran", 8),
            Kolom("indikator", True, "nomor indikator", 8),
            Kolom("tahun", True, "", 8),
            Kolom("triwulan", True, "1-4, triwulan yang sudah berakhir", 8),
            Kolom("nilai", True, "angka, atau AA…D untuk indikator huruf", 10),
            Kolom("skor", False, "skor evaluasi 0-100 untuk nilai huruf, bila ada", 8),
            Kolom("analisis", False, "", 30),
            Kolom("kendala", False, "", 20),
            Kolom("solusi", False, "", 20),
            Kolom("tindak_lanjut", False, "", 20),
        ),
        wajib=False,
        petunjuk="realisasi triwulan yang lalu; dicatat sebagai migrasi dan langsung disetujui",
    ),
)

_PILIHAN = {
    ("profil", "jenis"): JENIS_SATKER,
    ("skala", "jenis"): JENIS_SKALA,
    ("skala", "bawah_inklusif"): YA_TIDAK,
    ("skala", "atas_inklusif"): YA_TIDAK,
    ("pegawai", "status"): STATUS,
    ("pegawai", "pendidikan"): PENDIDIKAN,
    ("pegawai", "aktif"): YA_TIDAK,
    ("pengguna", "peran"): PERAN,
    ("pengguna", "aktif"): YA_TIDAK,
    ("renstra", "unsur"): UNSUR,
    ("indikator", "jenis"): JENIS_INDIKATOR,
    ("indikator", "polaritas"): POLARITAS,
    ("indikator", "agregasi"): AGREGASI,
    ("indikator", "iku"): YA_TIDAK,
    ("indikator", "wajib_bukti"): YA_TIDAK,
}
LEMBAR = tuple(
    replace(
        lembar,
        kolom=tuple(
            replace(k, pilihan=_PILIHAN.get((lembar.nama, k.nama), ())) for k in lembar.kolom
        ),
    )
    for lembar in LEMBAR
)
PER_NAMA = {lembar.nama: lembar for lembar in LEMBAR}
