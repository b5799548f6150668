"""The paused cycle collector (lib.pengumpul.jeda_pengumpul): paused during the work only."""

import gc

import pytest

from sakip.lib.pengumpul import jeda_pengumpul


def test_the_collector_is_paused_during_the_work_and_on_again_after():
    assert gc.isenabled()
    with jeda_pengumpul():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_renders_in_other_threads_share_the_pause_until_the_last_ends():
    pertama, kedua = jeda_pengumpul(), jeda_pengumpul()
    pertama.__enter__()
    kedua.__enter__()
    pertama.__exit__(None, None, None)
    assert not gc.isenabled()
    kedua.__exit__(None, None, None)
    assert gc.isenabled()


def test_a_collector_turned_off_by_the_caller_stays_off():
    gc.disable()
    try:
        with jeda_pengumpul():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_an_error_in_the_work_turns_the_collector_on_again():
    with pytest.raises(ValueError), jeda_pengumpul():
        raise ValueError("gagal")
    assert gc.isenabled()
