"""The export files: everything in JSON, check-ins in a CSV a spreadsheet opens safely."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, datetime

from bot.text.my_data import export_csv, export_json
from content import Texts
from storage.models import Anchor, CheckIn, Event, Nudge, Reflection, User, Week
from storage.repositories import PersonRecords

NOW = datetime(2026, 3, 30, 12, 0, tzinfo=UTC)


def records() -> PersonRecords:
    user = User(
        id=1,
        chat_id=77,
        language="ru",
        timezone="Europe/Moscow",
        nudge_minute=19 * 60,
        quiet_start=22 * 60,
        quiet_end=8 * 60,
        night_ok=False,
        paused=False,
        active=True,
        step="week",
        step_ctx={},
        created_at=NOW,
        updated_at=NOW,
    )
    week = Week(
        id=5,
        user_id=1,
        number=1,
        status="active",
        anchors=[
            Anchor(
                position=1,
                name="Мама 🌻",
                why="Всегда рядом",
                support_kind="comfort",
                request_text="Привет!",
            )
        ],
        start_date=date(2026, 3, 23),
        started_at=NOW,
    )
    checkins = [
        CheckIn(
            week_id=5,
            day=2,
            mood=2,
            tried=True,
            tried_note='=HYPERLINK("x")',
            effect="braver",
            skipped=False,
            answered_at=NOW,
        ),
        CheckIn(
            week_id=5,
            day=1,
            mood=4,
            tried=False,
            tried_note=None,
            effect="calmer",
            skipped=False,
            answered_at=NOW,
        ),
    ]
    return PersonRecords(
        user=user,
        weeks=[week],
        checkins=checkins,
        reflections=[Reflection(week_id=5, question=0, answer="Мама", answered_at=NOW)],
        nudges=[Nudge(week_id=5, kind="checkin", day=1, due_at=NOW, status="sent", sent_at=NOW)],
        events=[Event(user_id=1, week_id=5, kind="crisis_words", at=NOW)],
    )


def test_json_holds_every_field_and_events_without_words() -> None:
    document = json.loads(export_json(records(), Texts("ru"), NOW))
    week = document["weeks"][0]
    assert document["profile"]["checkin_time"] == "19:00"
    assert document["profile"]["quiet_hours"] == "22:00-08:00"
    (anchor,) = week["anchors"]
    assert anchor["name"] == "Мама 🌻" and anchor["why"] == "Всегда рядом"
    assert [c["day"] for c in week["checkins"]] == [1, 2]
    assert week["checkins"][1]["date"] == "2026-03-24"
    assert week["reflections"][0]["question"] == Texts("ru").variants("reflection_questions")[0]
    assert week["nudges"][0]["status"] == "sent"
    assert document["events"] == [{"kind": "crisis_words", "at": "2026-03-30T12:00:00+00:00"}]


def test_csv_is_ordered_safe_for_spreadsheets_and_keeps_every_script() -> None:
    raw = export_csv(records())
    assert raw.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0][:4] == ["Неделя", "День", "Дата", "Настроение"]  # the person's language
    assert rows[1] == ["1", "1", "2026-03-23", "4", "нет", "", "спокойнее", ""]
    assert rows[2] == ["1", "2", "2026-03-24", "2", "да", '\'=HYPERLINK("x")', "смелее", ""]
