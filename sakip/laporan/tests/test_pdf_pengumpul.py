"""The PDF's paused garbage collector (pdf._satu_pengumpulan): paused during the work only."""

import gc

import pytest

from sakip.laporan.pdf import _satu_pengumpulan


def test_the_collector_is_paused_during_the_work_and_on_again_after():
    assert gc.isenabled()
    with _satu_pengumpulan():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_renders_in_other_threads_share_the_pause_until_the_last_ends():
    pertama, kedua = _satu_pengumpulan(), _satu_pengumpulan()
    pertama.__enter__()
    kedua.__enter__()
    pertama.__exit__(None, None, None)
    assert not gc.isenabled()
    kedua.__exit__(None, None, None)
    assert gc.isenabled()


def test_a_collector_turned_off_by_the_caller_stays_off():
    gc.disable()
    try:
        with _satu_pengumpulan():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_an_error_in_the_work_turns_the_collector_on_again():
    with pytest.raises(ValueError), _satu_pengumpulan():
        raise ValueError("gagal")
    assert gc.isenabled()
