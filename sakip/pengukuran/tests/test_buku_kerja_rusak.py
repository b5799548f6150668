"""A corpus of broken onboarding workbooks, built from the demo's export with openpyxl: each is
refused with exactly the expected messages, and nothing is written."""

import io
from datetime import date

import pytest

from sakip.lib.kesalahan import ImporError
from sakip.pengukuran.buku_kerja import ekspor_buku_kerja, impor_buku_kerja

from .test_buku_kerja import KANTOR_BARU, isi, jumlah_baris, kolom, ubah

pytestmark = pytest.mark.django_db

_EKSPOR: dict[str, bytes] = {}


@pytest.fixture
def buku(demo) -> bytes:
    """The demo's 2023 export, as a new office 3699 under Banten (written once a run)."""
    if "3699" not in _EKSPOR:
        _EKSPOR["3699"] = ubah(ekspor_buku_kerja(demo, 2023), *KANTOR_BARU)
    return _EKSPOR["3699"]


def hapus_lembar(nama):
    def f(wb):
        del wb[nama]

    return f


def judul(lembar, nama_lama, nama_baru):
    def f(wb):
        ws = wb[lembar]
        ws.cell(1, kolom(ws, nama_lama)).value = nama_baru

    return f


def tambah(lembar, *baris):
    def f(wb):
        for b in baris:
            wb[lembar].append(list(b))

    return f


def salin_baris(lembar, baris):
    def f(wb):
        ws = wb[lembar]
        ws.append([c.value for c in ws[baris]])

    return f


def kosongkan_lembar(lembar):
    def f(wb):
        ws = wb[lembar]
        ws.delete_rows(2, ws.max_row)

    return f


L = "lembar"
KASUS = {
    "lembar hilang": (
        [hapus_lembar("target")],
        [
            "lembar 'target': lembar 'target' tidak ada; lembar wajib: profil, unit, pegawai, "
            "renstra, sasaran, indikator, target, pk"
        ],
    ),
    "induk tidak dikenal": (
        [isi("profil", 2, "kode_induk", "99")],
        [
            "lembar 'profil', baris 2, kolom C (kode_induk): kantor induk '99' tidak dikenal; "
            "kantor induk harus sudah ada"
        ],
    ),
    "rumus tidak terurai": (
        [isi("indikator", 2, "rumus", "tahapan_sesuai / (tahapan_total * 100")],
        None,  # the message of lib.rumus, checked below to start with the rule's words
    ),
    "kode indikator ganda": (
        [salin_baris("indikator", 4)],
        [
            "lembar 'indikator', baris 16: indikator 2.2 ganda: sudah ada di lembar 'indikator' "
            "baris 4"
        ],
    ),
    "teks di angka": (
        [isi("target", 2, "nilai", "seratus")],
        [
            "lembar 'target', baris 2, kolom E (nilai): target 'seratus' bukan angka (indikator "
            "1.1 bernilai persen)"
        ],
    ),
    "target di luar Renstra": (
        [isi("target", 3, "tahun", 2026)],
        [
            "lembar 'target', baris 3, kolom C (tahun): target tahun 2026 di luar periode "
            "Renstra 2020–2024"
        ],
    ),
    "polaritas salah": (
        [isi("indikator", 2, "polaritas", "naik-turun")],
        [
            "lembar 'indikator', baris 2, kolom I (polaritas): polaritas 'naik-turun' tidak "
            "dikenal; isi salah satu: naik, turun"
        ],
    ),
    "unit tidak dikenal": (
        [isi("indikator", 2, "unit", "gudang")],
        [
            "lembar 'indikator', baris 2, kolom L (unit): unit 'gudang' tidak dikenal; isi kode "
            "dari lembar unit (hukum, keuangan, perencanaan, teknis)"
        ],
    ),
    "judul kolom hilang": (
        [judul("indikator", "nama", None)],
        ["lembar 'indikator', baris 1: kolom wajib 'nama' tidak ada"],
    ),
    "judul kolom tak dikenal": (
        [judul("indikator", "satuan", "satuann")],
        [
            "lembar 'indikator', baris 1, kolom G (satuann): kolom 'satuann' tidak dikenal; "
            "kolom lembar indikator: sasaran, nomor, nama, definisi, cara_penghitungan, rumus, "
            "satuan, jenis, polaritas, agregasi, sumber_data, unit, iku, wajib_bukti, "
            "standar_nasional"
        ],
    ),
    "sel wajib kosong": (
        [isi("sasaran", 3, "uraian", None)],
        ["lembar 'sasaran', baris 3, kolom B (uraian): uraian kosong; kolom ini wajib diisi"],
    ),
    "baris unit ganda": (
        [salin_baris("unit", 3)],
        ["lembar 'unit', baris 6: unit 'keuangan' ganda: sudah ada di lembar 'unit' baris 3"],
    ),
    "tanggal salah": (
        [isi("pk", 2, "tanggal", "31/02/2023")],
        [
            "lembar 'pk', baris 2, kolom D (tanggal): tanggal '31/02/2023' tidak dikenali (tulis "
            "2023-01-31 atau 31/01/2023)"
        ],
    ),
    "NIP berhuruf": (
        [isi("pk", 2, "pihak_pertama_nip", "19800101 2005 01 abc")],
        [
            "lembar 'pk', baris 2, kolom F (pihak_pertama_nip): NIP '19800101200501abc' tidak "
            "sah: hanya angka, 8 sampai 30 digit"
        ],
    ),
    "jenis indikator salah": (
        [isi("indikator", 3, "jenis", "desimal")],
        [
            "lembar 'indikator', baris 3, kolom H (jenis): jenis 'desimal' tidak dikenal; isi "
            "salah satu: angka, persen, huruf"
        ],
    ),
    "angka untuk indikator huruf": (
        [isi("target", 6, "nilai", 85)],
        [
            "lembar 'target', baris 6, kolom E (nilai): target indikator 2.2 bernilai huruf: isi "
            "AA, A, BB, B, CC, C, D, bukan '85'"
        ],
    ),
    "target negatif": (
        [isi("target", 4, "nilai", -5)],
        ["lembar 'target', baris 4, kolom E (nilai): target -5 negatif; tidak boleh kurang dari 0"],
    ),
    "triwulan 5": (
        [tambah("target", (1, 1, 2023, 5, 25, "Tahap pertama"))],
        ["lembar 'target', baris 30, kolom D (triwulan): triwulan '5' tidak sah; isi 1 sampai 4"],
    ),
    "realisasi persen di atas 100": (
        [isi("realisasi", 2, "nilai", 120)],
        ["lembar 'realisasi', baris 2, kolom E (nilai): realisasi 120 % di luar rentang 0–100 %"],
    ),
    "baris PK tanpa PK": (
        [tambah("pk_indikator", (2022, 0, 1, 1, 1, 100))],
        [
            "lembar 'pk_indikator', baris 16, kolom A (tahun): PK 2022 tidak ada di lembar pk",
        ],
    ),
    "PK perubahan tanpa alasan": (
        [salin_baris("pk", 2), isi("pk", 3, "perubahan", 1)],
        [
            "lembar 'pk', baris 3, kolom K (alasan_perubahan): PK Perubahan wajib memuat "
            "alasan_perubahan",
        ],
    ),
    "skala bercelah": (
        [isi("skala", 3, "bawah", 55)],
        [
            "lembar 'skala', baris 2: skala 'capaian' memiliki celah antara 51 ('Tidak "
            "Berhasil') dan 55 ('Kurang Berhasil')"
        ],
    ),
    "status pegawai salah": (
        [isi("pegawai", 2, "status", "honorer")],
        [
            "lembar 'pegawai', baris 2, kolom D (status): status 'honorer' tidak dikenal; isi "
            "salah satu: komisioner, pns, non_pns"
        ],
    ),
    "username kantor lain": (
        [tambah("pengguna", ("perencana", "", "", "", "perencana", "perencanaan"))],
        [
            "lembar 'pengguna', baris 2, kolom A (username): username 'perencana' sudah dipakai "
            "kantor lain (KPU Kota Tangerang Selatan); pilih nama lain"
        ],
    ),
    "username kantor lain, huruf besar": (
        [tambah("pengguna", ("Perencana", "", "", "", "admin", ""))],
        [
            "lembar 'pengguna', baris 2, kolom A (username): username 'Perencana' sudah dipakai "
            "kantor lain (KPU Kota Tangerang Selatan); pilih nama lain"
        ],
    ),
    "Renstra tanpa visi": (
        [isi("renstra", 5, "unsur", "moto")],
        [
            "lembar 'renstra', baris 5, kolom A (unsur): unsur 'moto' tidak dikenal; isi salah "
            "satu: tahun_awal, tahun_akhir, dasar_hukum, visi, misi, tujuan",
        ],
    ),
    "Renstra tanpa baris visi": (
        [lambda wb: wb["renstra"].delete_rows(5)],
        ["lembar 'renstra': Renstra belum lengkap: tambahkan baris visi"],
    ),
    "profil dua baris": (
        [salin_baris("profil", 2)],
        [
            "lembar 'profil', baris 3, kolom A (kode): lembar profil hanya boleh berisi satu "
            "kantor (satu baris)"
        ],
    ),
    "profil kosong": (
        [kosongkan_lembar("profil")],
        ["lembar 'profil', baris 2: lembar profil tidak berisi kantor"],
    ),
    "tujuan tidak ada": (
        [isi("sasaran", 2, "tujuan", 9)],
        ["lembar 'sasaran', baris 2, kolom C (tujuan): tujuan nomor 9 tidak ada di lembar renstra"],
    ),
    "rumus pada indikator huruf": (
        [isi("indikator", 4, "rumus", "a / b * 100")],
        [
            "lembar 'indikator', baris 4, kolom F (rumus): indikator bernilai huruf tidak memakai "
            "rumus"
        ],
    ),
    "golongan non-PNS": (
        [isi("pegawai", 2, "golongan", "III/a")],
        ["lembar 'pegawai', baris 2, kolom F (golongan): golongan hanya diisi untuk PNS"],
    ),
    "anggaran berhuruf": (
        [isi("pk_anggaran", 2, "anggaran", "banyak")],
        ["lembar 'pk_anggaran', baris 2, kolom F (anggaran): anggaran 'banyak' bukan angka"],
    ),
    "sasaran tidak ada": (
        [tambah("indikator", (9, 1, "Indikator tanpa sasaran", "", "", "", "", "angka"))],
        [
            "lembar 'indikator', baris 16, kolom A (sasaran): sasaran nomor 9 tidak ada di "
            "lembar sasaran",
        ],
    ),
    "tahun bukan angka": (
        [isi("pk", 2, "tahun", "dua ribu")],
        ["lembar 'pk', baris 2, kolom A (tahun): tahun 'dua ribu' bukan bilangan bulat"],
    ),
}


@pytest.mark.parametrize("nama", list(KASUS))
def test_buku_kerja_rusak_ditolak_tanpa_tulis(buku, nama):
    langkah, harapan = KASUS[nama]
    data = ubah(buku, *langkah)
    sebelum = jumlah_baris()
    with pytest.raises(ImporError) as e:
        impor_buku_kerja(None, "rusak.xlsx", data, hari_ini=date(2024, 6, 1))
    pesan = [str(k) for k in e.value.kesalahan]
    if harapan is None:
        assert len(pesan) == 1
        assert pesan[0].startswith(
            "lembar 'indikator', baris 2, kolom F (rumus): rumus "
            "'tahapan_sesuai / (tahapan_total * 100' tidak sah: "
        )
    else:
        assert pesan == harapan
    assert jumlah_baris() == sebelum


def test_korpus_cukup_besar():
    assert len(KASUS) >= 25


def test_semua_kesalahan_sekaligus(buku):
    """Errors in several sheets are all reported in one pass; a refused indicator row raises
    no second error in the sheets that name it."""
    data = ubah(
        buku,
        isi("profil", 2, "kode_induk", "99"),
        isi("indikator", 2, "jenis", "desimal"),
        isi("target", 4, "nilai", "x"),
        isi("pk", 2, "tanggal", "kemarin"),
    )
    with pytest.raises(ImporError) as e:
        impor_buku_kerja(None, "rusak.xlsx", data, hari_ini=date(2024, 6, 1))
    assert [(k.lembar, k.baris, k.kolom) for k in e.value.kesalahan] == [
        ("profil", 2, "C (kode_induk)"),
        ("indikator", 2, "H (jenis)"),
        ("target", 4, "E (nilai)"),
        ("pk", 2, "D (tanggal)"),
    ]


def test_bukan_xlsx(demo):
    with pytest.raises(ImporError) as e:
        impor_buku_kerja(None, "catatan.txt", b"sasaran;indikator\n1;2\n")
    assert [str(k) for k in e.value.kesalahan] == [
        "lembar 'catatan.txt': berkas bukan lembar kerja XLSX (simpan sebagai .xlsx)"
    ]
    with pytest.raises(ImporError) as e:
        impor_buku_kerja(None, "rusak.xlsx", b"PK\x03\x04 bukan zip")
    assert [str(k) for k in e.value.kesalahan] == [
        "lembar 'rusak.xlsx': berkas bukan lembar kerja XLSX yang sah (rusak)"
    ]


def test_bom_zip_ditolak(demo):
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/worksheets/sheet1.xml", b"0" * (201 * 1024 * 1024))
    with pytest.raises(ImporError) as e:
        impor_buku_kerja(None, "bom.xlsx", buf.getvalue())
    assert [str(k) for k in e.value.kesalahan] == [
        "lembar 'bom.xlsx': isi berkas 201,0 MB setelah diurai melebihi batas 200,0 MB"
    ]


def test_lembar_rusak_ditolak(buku):
    import zipfile

    asal = zipfile.ZipFile(io.BytesIO(buku))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for item in asal.infolist():
            data = asal.read(item.filename)
            if item.filename == "xl/worksheets/sheet4.xml":  # unit (after petunjuk, profil, skala)
                data = data[: len(data) // 2]
            z.writestr(item, data)
    with pytest.raises(ImporError) as e:
        impor_buku_kerja(None, "rusak.xlsx", buf.getvalue(), hari_ini=date(2024, 6, 1))
    assert [str(k) for k in e.value.kesalahan] == [
        "lembar 'unit': lembar 'unit' rusak dan tidak dapat dibaca; buka berkasnya di Excel atau "
        "LibreOffice lalu simpan ulang sebagai .xlsx"
    ]


def test_berkas_kantor_lain_ditolak_di_halaman_kantor(buku):
    data = ubah(buku, isi("profil", 2, "kode_induk", "00"))
    with pytest.raises(ImporError) as e:
        impor_buku_kerja(None, "b.xlsx", data, kode_satker="36", hari_ini=date(2024, 6, 1))
    assert [str(k) for k in e.value.kesalahan] == [
        "lembar 'profil', baris 2, kolom A (kode): berkas ini untuk kantor 3699, bukan 36; impor "
        "di halaman kantor itu atau perbaiki kode di lembar profil"
    ]
