"""Query slots and the cheap lane (kg.sparql.slots, run by kg.sparql.pool): a query that finds
every slot taken runs in the lane; past the lane's time it moves to a slot that frees, and it is
stopped only while every slot holds a heavy query."""
from __future__ import annotations

import threading
import time

import pytest

from kg.errors import ServerBusyError
from kg.settings import Settings
from kg.sparql import QueryPool, execute
from kg.sparql.slots import HEAVY_FACTOR, Slots
from kg.store import open_store

LANE_SECONDS = 0.3
#: About 15 million solutions: a second or more of the engine's time on any machine.
LONG = "SELECT (COUNT(*) AS ?n) { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }"
CHEAP = "ASK { ?s ?p ?o }"
SETTINGS = Settings(query_timeout=60.0)


@pytest.fixture(scope="module")
def store():
    st = open_store(":memory:")
    st.replace_graph("urn:g:a", "\n".join(f"<urn:s{i}> <urn:p> <urn:o{i}> ." for i in range(250)))
    return st


@pytest.fixture()
def slots(tmp_path):
    return Slots(1, 1, lane_timeout=LANE_SECONDS, directory=str(tmp_path))


def test_a_slot_is_taken_once_until_released(slots):
    general = slots.take(time.monotonic() + 1)
    lane = slots.take(time.monotonic() + 1)
    assert not general.lane and lane.lane
    with pytest.raises(ServerBusyError):
        slots.take(time.monotonic() + 0.05)
    lane.release()
    again = slots.take(time.monotonic() + 1)
    assert again.lane
    again.release()
    general.release()


def test_a_waiting_request_takes_the_slot_another_thread_lets_go(slots):
    held = [slots.take(time.monotonic() + 1), slots.take(time.monotonic() + 1)]
    threading.Timer(0.2, held[0].release).start()
    start = time.monotonic()
    slot = slots.take(time.monotonic() + 5)
    assert 0.15 < time.monotonic() - start < 1.0
    slot.release()
    held[1].release()


def test_a_free_slot_never_reads_as_a_heavy_query(slots):
    slot = slots.take(time.monotonic() + 1)
    time.sleep(HEAVY_FACTOR * LANE_SECONDS + 0.1)
    assert slots.general_or_all_heavy() is True  # held long enough: heavy
    slot.release()
    freed = slots.general_or_all_heavy()
    assert not isinstance(freed, bool)  # free again: taken, not judged by its old start
    freed.release()


def test_a_cheap_query_is_answered_in_the_lane_while_the_slot_is_taken(store, slots):
    with QueryPool(slots) as pool:
        execute(store, CHEAP, settings=SETTINGS, pool=pool)  # a worker has the store open
        general = slots.take(time.monotonic() + 1)
        try:
            start = time.monotonic()
            assert execute(store, CHEAP, settings=SETTINGS, pool=pool).body == b'{"head":{},"boolean":true}'
            assert time.monotonic() - start < LANE_SECONDS
        finally:
            general.release()


def test_a_lane_query_past_its_time_moves_to_the_slot_that_frees(store, slots):
    with QueryPool(slots) as pool:
        execute(store, CHEAP, settings=SETTINGS, pool=pool)
        general = slots.take(time.monotonic() + 1)
        # The slot's query ends after the lane's time, while this one still runs: it moves there
        # and is answered (it used to be stopped at the lane's time, 503 busy).
        threading.Timer(2 * LANE_SECONDS, general.release).start()
        start = time.monotonic()
        result = execute(store, LONG, settings=SETTINGS, pool=pool)
        assert time.monotonic() - start > 2 * LANE_SECONDS
        assert b'"value":"15625000"' in result.body


def test_a_lane_query_past_its_time_is_stopped_while_every_slot_holds_a_heavy_query(store, slots):
    with QueryPool(slots) as pool:
        execute(store, CHEAP, settings=SETTINGS, pool=pool)
        general = slots.take(time.monotonic() + 1)
        try:
            time.sleep(HEAVY_FACTOR * LANE_SECONDS + 0.1)  # the slot's query is a heavy one now
            start = time.monotonic()
            with pytest.raises(ServerBusyError, match="busy"):
                execute(store, LONG, settings=SETTINGS, pool=pool)
            assert time.monotonic() - start < LANE_SECONDS + 1.0  # at the lane's time, not the query's end
            assert execute(store, CHEAP, settings=SETTINGS, pool=pool).body == b'{"head":{},"boolean":true}'
        finally:
            general.release()
