"""Alerts a watch floor can live with: loud for what matters, rolled up in a flood, pinned until acknowledged."""

from __future__ import annotations

from datetime import UTC, datetime

from monitor.alerts import AlertDesk
from monitor.notify import desktop_notify
from monitor.priority import Priority
from monitor.views import TimelineRow

NOW = datetime(2026, 11, 22, 12, tzinfo=UTC)


def row(item_id: int, priority: Priority, *watches: str, title: str | None = None) -> TimelineRow:
    return TimelineRow(item_id, item_id, NOW, NOW, priority, "wire", title or f"Item {item_id}", None,
                       watches=watches)


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def desk(**kwargs) -> tuple[AlertDesk, Clock]:
    clock = Clock()
    modes = {"narco": "bell", "southcom": "notify", "andes": "none", "quiet-flash": "none"}
    return AlertDesk(modes=modes, clock=clock, **kwargs), clock


def test_a_flash_item_rings_and_is_pinned():
    alerts, _ = desk()
    said = alerts.offer([row(1, Priority.FLASH, "narco", title="Joint operation in Guayaquil")])
    assert said.bell and said.notify is None
    assert said.toast == "FLASH narco: Joint operation in Guayaquil"
    assert [a.item_id for a in alerts.pinned] == [1]


def test_routine_and_priority_items_and_silent_watches_do_not_alert():
    alerts, _ = desk()
    assert alerts.offer([row(1, Priority.PRIORITY, "narco"), row(2, Priority.ROUTINE, "narco"),
                         row(3, Priority.FLASH, "quiet-flash"), row(4, Priority.NONE)]) is None
    assert alerts.pinned == []


def test_a_notify_watch_sends_a_desktop_notice():
    alerts, _ = desk()
    said = alerts.offer([row(1, Priority.IMMEDIATE, "southcom", title="SOUTHCOM statement")])
    assert said.notify == ("monitor: IMMEDIATE", "SOUTHCOM statement")


def test_a_flood_is_rolled_up_and_rate_limited_but_nothing_is_lost():
    alerts, clock = desk(window=60, burst=2)
    first = alerts.offer([row(i, Priority.FLASH, "narco") for i in range(1, 8)])
    assert first.rolled_up and first.toast == "7 new flash items"
    assert alerts.offer([row(8, Priority.IMMEDIATE, "narco")]).toast.startswith("IMMEDIATE")
    assert alerts.offer([row(9, Priority.FLASH, "narco")]) is None  # over the burst: held
    assert alerts.offer([row(10, Priority.IMMEDIATE, "narco")]) is None
    assert alerts.tick() is None
    clock.now = 61
    held = alerts.tick()
    assert held.toast == "1 new flash item, 1 new immediate item"
    assert len(alerts.pinned) == 10


def test_acknowledging_clears_the_bar_and_an_item_alerts_only_once():
    alerts, _ = desk()
    alerts.offer([row(1, Priority.FLASH, "narco")])
    assert [a.item_id for a in alerts.acknowledge()] == [1]
    assert alerts.pinned == []
    assert alerts.offer([row(1, Priority.FLASH, "narco")]) is None  # acknowledged: never again
    assert alerts.offer([row(2, Priority.FLASH, "narco")]) is not None
    assert alerts.offer([row(2, Priority.FLASH, "narco")]) is None


def test_desktop_notice_is_an_argument_list_with_clean_text():
    calls = []
    sent = desktop_notify("FLASH\x1b[31m", "$(reboot)\x07", runner=calls.append, which=lambda p: "/usr/bin/notify-send")
    assert sent
    assert calls == [["/usr/bin/notify-send", "--app-name=monitor", "--urgency=critical", "--", "FLASH [31m", "$(reboot) "]]


def test_without_notify_send_nothing_is_started():
    calls = []
    assert not desktop_notify("t", "b", runner=calls.append, which=lambda p: None)
    assert calls == []
