"""LKE AKIP rules (EVALUASI.md A.3): exact cases, and the worked example A.3.5."""

import json
from decimal import Decimal as D
from pathlib import Path

import pytest

from sakip.lib.lke import (
    LkeError,
    baca_kerangka,
    dipertahankan,
    jawaban_dari_persen,
    jawaban_sah,
    nilai_lke,
    nilai_sub,
    predikat,
    usulan_jawaban,
)

KERANGKA_88 = Path(__file__).parents[2] / "evaluasi" / "data" / "lke_permenpanrb_88_2021.json"


@pytest.mark.parametrize(
    ("pm", "jawaban"),
    [
        (D(100), "BB"),
        (D("99.99"), "B"),
        (D("75.01"), "B"),
        (D(75), "CC"),
        (D("50.01"), "CC"),
        (D(50), "C"),
        (D("25.01"), "C"),
        (D(25), "D"),
        (D("0.01"), "D"),
        (D(0), "E"),
    ],
)
def test_jawaban_dari_persen(pm, jawaban):
    assert jawaban_dari_persen(pm) == jawaban


@pytest.mark.parametrize(
    ("n", "dari", "dimensi", "d1", "d5", "jawaban"),
    [
        (6, 6, "keberadaan", True, True, "AA"),
        (6, 6, "keberadaan", True, False, "A"),
        (6, 6, "keberadaan", False, False, "BB"),
        (11, 11, "kualitas", True, True, "BB"),  # AA/A of Kualitas are the evaluator's
        (8, 8, "pemanfaatan", True, True, "BB"),
        (7, 8, "pemanfaatan", True, True, "B"),  # 87.5 %
        (6, 8, "pemanfaatan", False, False, "CC"),  # 75 %
        (4, 8, "pemanfaatan", False, False, "C"),  # 50 %
        (2, 8, "pemanfaatan", False, False, "D"),  # 25 %
        (0, 3, "keberadaan", True, True, "E"),
        (1, 3, "keberadaan", False, False, "C"),  # 33.3 %
        (1, 5, "keberadaan", False, False, "D"),  # 20 %
    ],
)
def test_usulan_jawaban(n, dari, dimensi, d1, d5, jawaban):
    assert usulan_jawaban(n, dari, dimensi, d1, d5) == jawaban


@pytest.mark.parametrize(
    ("bobot", "jawaban", "nilai"),
    [
        (D(6), "A", D("5.40")),
        (D(9), "BB", D("7.20")),
        (D(15), "B", D("10.50")),
        (D("4.5"), "CC", D("2.70")),
        (D("12.5"), "AA", D("12.50")),
        (D("7.5"), "D", D("2.25")),
        (D(3), "C", D("1.50")),
        (D(5), "E", D(0)),
    ],
)
def test_nilai_sub(bobot, jawaban, nilai):
    assert nilai_sub(bobot, jawaban) == nilai


@pytest.mark.parametrize(
    ("nilai", "huruf"),
    [
        (D(100), "AA"),
        (D("90.01"), "AA"),
        (D(90), "A"),
        (D("80.01"), "A"),
        (D(80), "BB"),
        (D("70.01"), "BB"),
        (D(70), "B"),
        (D("60.01"), "B"),
        (D(60), "CC"),
        (D("50.01"), "CC"),
        (D(50), "C"),
        (D("30.01"), "C"),
        (D(30), "D"),
        (D(0), "D"),
    ],
)
def test_predikat(nilai, huruf):
    assert predikat(nilai) == huruf


def test_predikat_di_luar_rentang():
    with pytest.raises(LkeError, match="di luar rentang"):
        predikat(D("100.01"))


@pytest.mark.parametrize(
    ("jawaban", "n", "dari", "sah"),
    [
        ("AA", 8, 8, True),
        ("B", 8, 8, True),  # 100 % may still be B: quality judged not fully met
        ("E", 8, 8, True),
        ("BB", 7, 8, False),
        ("B", 7, 8, True),
        ("CC", 7, 8, True),
        ("B", 6, 8, False),
        ("D", 0, 3, False),
        ("E", 0, 3, True),
    ],
)
def test_jawaban_sah(jawaban, n, dari, sah):
    if sah:
        jawaban_sah(jawaban, n, dari)
    else:
        with pytest.raises(LkeError, match="paling tinggi"):
            jawaban_sah(jawaban, n, dari)


def test_dipertahankan():
    riwayat = {2018: True, 2019: True, 2020: True, 2021: True, 2022: True}
    assert dipertahankan(riwayat, 2023, 1)
    assert dipertahankan(riwayat, 2023, 5)
    assert not dipertahankan({**riwayat, 2019: False}, 2023, 5)
    assert dipertahankan({**riwayat, 2019: False}, 2023, 1)
    assert not dipertahankan({2021: True}, 2023, 1)  # no record for 2022


def _kerangka():
    return baca_kerangka(json.loads(KERANGKA_88.read_text(encoding="utf-8")))


def test_kerangka_88_2021():
    k = _kerangka()
    assert [c.bobot for c in k.komponen] == [D(30), D(30), D(15), D(25)]
    assert [len(s.kriteria) for s in k.semua_sub()] == [6, 11, 8, 3, 7, 10, 6, 9, 7, 3, 5, 5]
    assert len(k.semua_kriteria()) == 80
    assert [s.bobot for s in k.semua_sub()][:3] == [D(6), D(9), D(15)]
    assert k.kriteria("1.a.3").teks == "Terdapat dokumen perencanaan kinerja jangka menengah."
    jumlah = {
        p: sum(1 for c in k.semua_kriteria() if c.prefill == p)
        for p in ("auto", "assist", "manual")
    }
    assert jumlah == {"auto": 37, "assist": 26, "manual": 17}  # 34 AUTO + 3 ASSIST→AUTO


def test_contoh_a35():
    """A.3.5: 1.a all met, held ≥1 year → A 5.40; 1.b all met, BB 7.20; 1.c 7/8 → B 10.50; 23.10."""
    k = _kerangka()
    terpenuhi = {c.kode: True for c in k.semua_kriteria() if c.kode.startswith("1.")}
    terpenuhi["1.c.8"] = False
    riwayat = {f"1.a.{i}": {2022: True} for i in range(1, 7)}
    hasil = nilai_lke(k, terpenuhi, riwayat=riwayat, tahun=2023)
    perencanaan = hasil.komponen[0]
    assert [(s.kode, s.jawaban, s.nilai) for s in perencanaan.sub] == [
        ("1.a", "A", D("5.40")),
        ("1.b", "BB", D("7.20")),
        ("1.c", "B", D("10.50")),
    ]
    assert perencanaan.nilai == D("23.10")
    assert hasil.komponen[0].sub[2].persen == D("87.5")


def test_nilai_lke_jawaban_evaluator_dan_total():
    k = _kerangka()
    semua = {c.kode: True for c in k.semua_kriteria()}
    hasil = nilai_lke(k, semua, jawaban={"1.b": "A", "2.c": "AA"})
    assert hasil.komponen[0].sub[1].jawaban == "A"
    # every sub BB (80) except 1.b A (9 × 0.9 = 8.1) and 2.c AA (15): 80 - 7.2 + 8.1 - 12 + 15
    assert hasil.nilai == D("83.90")
    assert hasil.predikat == "A"
    with pytest.raises(LkeError, match="paling tinggi B"):
        nilai_lke(k, {**semua, "1.c.1": False}, jawaban={"1.c": "BB"})


@pytest.mark.parametrize(
    ("ubah", "pesan"),
    [
        (lambda d: d.pop("komponen"), "harus memuat"),
        (lambda d: d["komponen"][0].update(bobot=31), "bukan 31"),
        (lambda d: d["komponen"][3].update(bobot=24), "bukan 24"),
        (lambda d: d["komponen"][0]["sub"][0].update(dimensi="lain"), "dimensi 'lain'"),
        (lambda d: d["komponen"][0]["sub"][0].update(kriteria=[]), "1.a: tidak memiliki kriteria"),
        (
            lambda d: d["komponen"][1]["sub"][0]["kriteria"][0].update(teks=" "),
            "2.a.1: teks kosong",
        ),
        (lambda d: d["komponen"][1]["sub"][0]["kriteria"][0].update(prefill="x"), "prefill 'x'"),
        (lambda d: d["komponen"][0]["sub"][0].update(bobot="enam"), "bukan angka"),
    ],
)
def test_kerangka_salah(ubah, pesan):
    data = json.loads(KERANGKA_88.read_text(encoding="utf-8"))
    ubah(data)
    with pytest.raises(LkeError, match=pesan):
        baca_kerangka(data)


def test_kerangka_lain_tanpa_kode():
    """Another agency's variant: 2 components, different weights, loads as data."""
    data = {
        "kode": "contoh-2",
        "nama": "LKE contoh",
        "komponen": [
            {
                "nomor": 1,
                "nama": "Satu",
                "bobot": 60,
                "sub": [
                    {
                        "huruf": "a",
                        "nama": "x",
                        "dimensi": "keberadaan",
                        "bobot": 20,
                        "kriteria": [{"teks": "A"}, {"teks": "B"}],
                    },
                    {
                        "huruf": "b",
                        "nama": "y",
                        "dimensi": "kualitas",
                        "bobot": 40,
                        "kriteria": [{"teks": "C"}],
                    },
                ],
            },
            {
                "nomor": 2,
                "nama": "Dua",
                "bobot": 40,
                "sub": [
                    {
                        "huruf": "a",
                        "nama": "z",
                        "dimensi": "pemanfaatan",
                        "bobot": 40,
                        "kriteria": [{"teks": "D"}, {"teks": "E"}, {"teks": "F"}],
                    }
                ],
            },
        ],
    }
    k = baca_kerangka(data)
    hasil = nilai_lke(
        k, {"1.a.1": True, "1.a.2": True, "1.b.1": True, "2.a.1": True, "2.a.2": True}
    )
    # 1.a BB 16, 1.b BB 32, 2.a 2/3 = 66.7 % CC 24 -> 72
    assert hasil.nilai == D(72)
    assert hasil.predikat == "BB"
