"""The 2023 facts of Sekretariat KPU Kota Tangerang Selatan, taken from the seed LKj.

Where the seed contradicts itself the finer figure wins (DESIGN.md "The demo data set");
where it lacks a detail, the choice is said in a comment next to the value.
"""

from datetime import date

TAHUN = 2023

SATKER = [
    # (kode, nama, jenis, induk, kota)
    ("00", "KPU Republik Indonesia", "pusat", None, "Jakarta"),
    ("36", "KPU Provinsi Banten", "provinsi", "00", "Serang"),
    ("3674", "KPU Kota Tangerang Selatan", "kabkota", "36", "Tangerang Selatan"),
]
ALAMAT = "Jl. Raya Serpong Kec. Setu Kel. Setu - Banten"
SITUS = "kota-tangerangselatan.kpu.go.id"

UNIT = [
    ("keuangan", "Subbagian Keuangan, Umum dan Logistik"),
    ("teknis", "Subbagian Teknis Penyelenggaraan Pemilu, Partisipasi dan Hubungan Masyarakat"),
    ("perencanaan", "Subbagian Perencanaan, Data dan Informasi"),
    ("hukum", "Subbagian Hukum dan Sumber Daya Manusia"),
]

SEKRETARIS = "DINA KURNIA SARI UTAMI"
# The seed does not name the Ketua (pihak kedua of the PK). The PK is dated 31 January 2023,
# within the 2018–2023 term (it ended in June 2023) of Ketua M. Taufiq MZ, spelled so by the
# office's own site (kota-tangerangselatan.kpu.go.id/index.php/blog/category/104?page=105,
# "Ketua KPU Kota Tangerang Selatan M Taufiq MZ", March 2022) and named Ketua in January and
# February 2023 by Tempo (tempo.co/arsip/kpu-tangsel-lantik-162-pps-untuk-pemilu-2024-...,
# 24 January 2023, "M Taufik Mizan") and Kompas (megapolitan.kompas.com/read/2023/02/13/
# 22143881/kpu-tangsel-siapkan-3820-tps-untuk-pemilu-2024, "Taufik MZ"). His NIP is not
# public (a commissioner is not a civil servant), so the PK shows none.
KETUA = "M. TAUFIQ MZ"

# Staff. The seed's text says 30 = 5 komisioner + 13 PNS + 10 PPNPN (which is 28); its table
# says 5 + 13 + 12 = 30: the table (the finer figure) wins, so 12 non-PNS.
# Golongan of the 13 PNS from the seed's table: IV/a 1, III/d 5, III/c 1, III/b 4, III/a 2.
# Education: the seed's table is garbled and its text (5 SMA, 3 D3, 10 S1, 6 S2) sums to 24;
# the split below keeps the text's D3 and S2 and adds the other 6 people as 2 SLTA and 4 S1.
# Names are not in the seed except the Sekretaris; the others are placeholders.
PEGAWAI = (
    [("komisioner", "S2", "", f"Anggota KPU {i}") for i in range(1, 4)]
    + [("komisioner", "S1", "", f"Anggota KPU {i}") for i in range(4, 6)]
    + [("pns", "S2", "IV/a", SEKRETARIS)]
    + [("pns", "S2", "III/d", f"Pegawai PNS {i}") for i in range(2, 4)]
    + [("pns", "S1", "III/d", f"Pegawai PNS {i}") for i in range(4, 7)]
    + [("pns", "S1", "III/c", "Pegawai PNS 7")]
    + [("pns", "S1", "III/b", f"Pegawai PNS {i}") for i in range(8, 11)]
    + [("pns", "D3", "III/b", "Pegawai PNS 11")]
    + [("pns", "D3", "III/a", f"Pegawai PNS {i}") for i in range(12, 14)]
    + [("non_pns", "S1", "", f"PPNPN {i}") for i in range(1, 6)]
    + [("non_pns", "SLTA", "", f"PPNPN {i}") for i in range(6, 13)]
)

RENSTRA = {
    "tahun_awal": 2020,
    "tahun_akhir": 2024,
    "dasar_hukum": "Keputusan KPU Nomor 197/PR.01.3-Kpt/01/KPU/IV/2020 tentang Rencana Strategis KPU Tahun 2020–2024",
    "visi": "Menjadi Penyelenggara Pemilu Serentak yang Mandiri, Profesional dan Berintegritas",
}
MISI = [
    "Meningkatkan kualitas penyelenggaraan Pemilu yang efektif dan efisien, transparan, akuntabel, serta aksesibel",
    "Meningkatkan integritas, kemandirian, kompetensi dan profesionalisme penyelenggara Pemilu dengan mengukuhkan code of conduct penyelenggara Pemilu",
    "Menyusun regulasi di bidang Pemilu yang memberikan kepastian hukum, progresif, dan partisipatif",
    "Meningkatkan kualitas pelayanan Pemilu untuk seluruh pemangku kepentingan",
    "Meningkatkan partisipasi dan kualitas pemilih dalam Pemilu, Pemilih berdaulat Negara kuat",
    "Mengoptimalkan pemanfaatan kemajuan teknologi informasi dalam penyelenggaraan Pemilu",
]
TUJUAN = [
    "Terwujudnya lembaga KPU yang memiliki integritas, kompetensi, kredibilitas, dan kapabilitas dalam menyelenggarakan Pemilu",
    "Terselenggaranya Pemilu sesuai dengan peraturan perundangan yang berlaku",
    "Meningkatnya kesadaran masyarakat untuk berpartisipasi dalam Pemilu",
    "Terselenggaranya Pemilu yang efektif dan efisien, transparan, akuntabel, dan aksesibel",
]

# The measurement table of the seed (BAB III): 8 sasaran rows, 14 indicators.
# Each indicator: (nama, jenis, satuan, unit, target 2023, realisasi 2023, uraian,
#                  cara penghitungan, rumus, sumber data, tujuan nomor)
# The seed numbers the sasaran 1,2,3,4,5,5,6,7; here they are 1..8.
# Targets for 2024 (the Renstra's end year) are not in the seed: the 2023 targets are kept.
SASARAN = [
    (
        "Terlaksananya tahapan Pemilu serentak tahun 2024 yang aman dan damai",
        2,
        [
            (
                "Persentase KPU Kota Tangerang Selatan yang melaksanakan tahapan pemilu yang profesional, efisien dan efektif",
                "persen",
                "%",
                "teknis",
                "100",
                "100",
                "Pelaksanaan tahapan Pemilu sesuai jadwal yang dilaksanakan dengan profesional, efisien dan efektif",
                "Jumlah tahapan yang dilaksanakan sesuai jadwal dan ketentuan / jumlah tahapan yang dilakukan × 100%",
                "tahapan_sesuai / tahapan_total * 100",
                "Berita Acara, Laporan",
            ),
        ],
    ),
    (
        "Terwujudnya Sumber Daya Manusia dan Lembaga KPU yang berkualitas",
        1,
        [
            (
                "Indeks Reformasi Birokrasi",
                "angka",
                "indeks",
                "hukum",
                "85",
                "80",
                "Pengukuran nominal dari Indeks Reformasi Birokrasi di tingkat kementerian/lembaga dalam kemampuan mewujudkan reformasi birokrasi dalam institusi/lembaga",
                "Nilai Indeks Reformasi Birokrasi",
                "",
                "Laporan Hasil Evaluasi Reformasi Birokrasi",
            ),
            (
                "Nilai Akuntabilitas Kinerja",
                "huruf",
                "nilai",
                "perencanaan",
                "BB",
                "B",
                "Pengukuran nominal yang menggambarkan akuntabilitas kinerja institusi/lembaga",
                "Nilai hasil evaluasi Akuntabilitas Kinerja Instansi Pemerintah",
                "",
                "Laporan Hasil Evaluasi AKIP",
            ),
            (
                "Persentase Ketepatan waktu pelaporan keuangan KPU Kota Tangerang Selatan sesuai SAP dan Akuntabel",
                "persen",
                "%",
                "keuangan",
                "100",
                "95",
                "Pemutakhiran laporan keuangan melalui aplikasi sistem modul pelaporan tiap bulan",
                "Jumlah laporan sistem akuntansi dan pelaporan keuangan yang diselesaikan tepat waktu / jumlah laporan × 100%",
                "laporan_tepat_waktu / laporan_total * 100",
                "Berita Acara, Laporan",
            ),
            (
                "Persentase penyelesaian rekomendasi BPK, BPKP dan APIP internal yang ditindaklanjuti",
                "persen",
                "%",
                "keuangan",
                "100",
                "100",
                "Pengukuran yang menggambarkan tindak lanjut rekomendasi BPK, BPKP dan APIP internal atas laporan keuangan",
                "Jumlah rekomendasi yang ditindaklanjuti / jumlah rekomendasi × 100%",
                "rekomendasi_selesai / rekomendasi_total * 100",
                "Laporan Hasil Pemeriksaan",
            ),
            (
                "Persentase keterbukaan Informasi Publik sesuai SOP Pelayanan Publik",
                "persen",
                "%",
                "perencanaan",
                "100",
                "95",
                "Publikasi informasi tahapan Pemilu yang ditampilkan di media publikasi KPU Kota Tangerang Selatan",
                "Jumlah informasi publik yang terbuka sesuai SOP / jumlah informasi publik × 100%",
                "informasi_terbuka / informasi_total * 100",
                "Berita Acara, Laporan",
            ),
        ],
    ),
    (
        "Fasilitasi pelatihan Masyarakat dan Penyelenggaraan Hubungan Masyarakat",
        3,
        [
            (
                "Sosialisasi Kebijakan KPU Kepada Stakeholder (Partai Politik, LSM, Ormas, Pemerintah Daerah, Perguruan Tinggi, dan Masyarakat)",
                "persen",
                "%",
                "teknis",
                "100",
                "100",
                "Persentase penyampaian informasi dan publikasi dalam tahapan Pemilu/Pemilihan yang ditampilkan di media publikasi",
                "Jumlah sosialisasi yang terlaksana / jumlah sosialisasi yang direncanakan × 100%",
                "",
                "Berita Acara, Laporan",
            ),
        ],
    ),
    (
        "Pemutakhiran Data Pemilih",
        4,
        [
            (
                "Persentase KPU Kota Tangerang Selatan Memutakhirkan Data Pemilih melalui Coklit dan Sistem Informasi yang akurat",
                "persen",
                "%",
                "perencanaan",
                "100",
                "100",
                "Pengukuran dalam satuan kumulatif untuk melihat tingkat pemutakhiran data pemilih secara tepat waktu yang dilakukan",
                "Jumlah pemutakhiran data pemilih tepat waktu / jumlah pemutakhiran data pemilih × 100%",
                "pemutakhiran_tepat_waktu / pemutakhiran_total * 100",
                "Berita Acara, Surat Keputusan",
            ),
        ],
    ),
    (
        "Jumlah dokumen SOP, pedoman atau petunjuk teknis Verifikasi Partai Politik dan/atau syarat dukungan Calon perseorangan yang disusun sesuai dengan tahapan Pemilu/Pemilihan",
        2,
        [
            (
                "Tersedianya pedoman atau petunjuk teknis verifikasi partai politik dan/atau anggota perorangan",
                "persen",
                "%",
                "teknis",
                "100",
                "100",
                "Pengukuran dalam satuan nominal untuk melihat jumlah dokumen SOP, pedoman atau petunjuk teknis yang disusun sesuai tahapan Pemilu/Pemilihan",
                "Jumlah dokumen SOP/petunjuk teknis yang tersedia / jumlah yang dibutuhkan × 100%",
                "",
                "Berita Acara, Surat Keputusan",
            ),
        ],
    ),
    (
        "Meningkatnya Kualitas Kinerja Penyelenggara Pemilu",
        1,
        [
            # The RKT table gives 95 % as this target, the PK and the measurement table 100 %:
            # the PK (what was signed and measured) is used.
            (
                "Persentase Jumlah SDM yang berkompeten dan berintegritas di KPU Kota Tangerang Selatan",
                "persen",
                "%",
                "hukum",
                "100",
                "95",
                "Peningkatan kompetensi sumber daya manusia melalui pelatihan teknis kepemiluan",
                "Jumlah pegawai yang mengikuti pelatihan / jumlah total pegawai × 100%",
                "pegawai_terlatih / pegawai_total * 100",
                "Surat Keputusan",
            ),
        ],
    ),
    (
        "Terlaksananya Penetapan Surat Keputusan yang sesuai dengan peraturan KPU dan ketentuan peraturan Perundang-undangan serta pendokumentasian informasi hukum dan penyuluhannya",
        2,
        [
            (
                "Persentase Keputusan KPU Kota Tangerang Selatan sesuai kerangka regulasi KPU RI",
                "persen",
                "%",
                "hukum",
                "100",
                "100",
                "Penyusunan penetapan Surat Keputusan KPU Kota Tangerang Selatan yang dibuat sesuai kerangka regulasi KPU RI",
                "Jumlah keputusan yang sesuai kerangka regulasi KPU / jumlah total keputusan KPU Kota Tangerang Selatan × 100%",
                "keputusan_sesuai / keputusan_total * 100",
                "Surat Keputusan",
            ),
            (
                "Persentase informasi Produk Hukum KPU Kota Tangerang Selatan yang disajikan secara tepat dan akurat sesuai SOP",
                "persen",
                "%",
                "hukum",
                "100",
                "98",
                "Pemutakhiran Jaringan Dokumentasi dan Informasi Hukum (JDIH) KPU Kota Tangerang Selatan",
                "Jumlah produk hukum yang dikelola dan didokumentasikan / jumlah total produk hukum × 100%",
                "produk_hukum_terdokumentasi / produk_hukum_total * 100",
                "Berita Acara",
            ),
        ],
    ),
    (
        "Terwujudnya dukungan operasional kantor dan sarana prasarana Pemilu di KPU Kota Tangerang Selatan",
        4,
        [
            (
                "Persentase tersedianya dukungan sarana dan prasarana operasional perkantoran di lingkungan KPU Kota Tangerang Selatan yang berfungsi dengan baik",
                "persen",
                "%",
                "keuangan",
                "100",
                "90",
                "Pemenuhan fasilitasi dukungan sarana dan prasarana operasional perkantoran yang berfungsi dengan baik",
                "Jumlah sarana dan prasarana yang berfungsi baik / jumlah sarana dan prasarana × 100%",
                "sarpras_baik / sarpras_total * 100",
                "Berita Acara dan Surat Keputusan",
            ),
            (
                "Persentase penyiapan sarana dan prasarana logistik Pemilu yang tepat jenis, jumlah dan waktu di KPU Kota Tangerang Selatan",
                "persen",
                "%",
                "keuangan",
                "100",
                "100",
                "Pengelolaan data, dokumentasi kebutuhan pengadaan, pendistribusian dan pengelolaan administrasi logistik",
                "Jumlah proses pengadaan logistik tanpa kasus / jumlah pengadaan logistik × 100%",
                "",
                "Berita Acara dan Surat Keputusan",
            ),
        ],
    ),
]


# The quarters of 2023 are not in the seed, only the year's value. Indicators combine
# their quarters by LAST, so TW IV carries the seed's figure; earlier quarters rise to it.
def triwulan_2023(realisasi: str) -> list[str]:
    """Plausible quarterly path ending at the seed's yearly value."""
    if realisasi in {"B", "BB"}:
        return [realisasi] * 4
    nilai = int(realisasi)
    if nilai == 100:
        return ["100", "100", "100", "100"]
    return [str(nilai - 6), str(nilai - 4), str(nilai - 2), str(nilai)]


PK = {
    "tempat": "Tangerang Selatan",
    # The seed does not date its PK; PK are due within a month of the DIPA (January).
    "tanggal": date(2023, 1, 31),
    "pihak_pertama_jabatan": "Sekretaris KPU Kota Tangerang Selatan",
    "pihak_kedua_jabatan": "Ketua KPU Kota Tangerang Selatan",
}
# Program | Anggaran of the PK: the sums of the seed's 33 RO rows per program.
PK_ANGGARAN = [
    ("CQ", "Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi", "27210270000"),
    ("WA", "Program Dukungan Manajemen", "2386218000"),
]

# The seed's Kata Pengantar is signed "Tangerang Selatan, 13 Januari 2024".
PENGESAHAN_LKJ = {"tempat": "Tangerang Selatan", "tanggal": date(2024, 1, 13)}
