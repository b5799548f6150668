"""Load the demo DIPA 2023 of KPU Kota Tangerang Selatan through the importer (safe to run twice)."""

from __future__ import annotations

from pathlib import Path

from sakip.organisasi.models import Satker

from .services import HasilImpor, impor_berkas

BERKAS_DEMO = Path(__file__).resolve().parent.parent.parent / "demo" / "dipa_3674_2023.xlsx"
TAHUN_DEMO = 2023


def muat_demo_anggaran(satker: Satker) -> HasilImpor:
    """Import demo/dipa_3674_2023.xlsx (revisions 0-13, realisation, volumes, RPD) for the office."""
    return impor_berkas(None, satker, TAHUN_DEMO, [(BERKAS_DEMO.name, BERKAS_DEMO.read_bytes())])
