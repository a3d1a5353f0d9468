"""A person's data as files they can keep: one JSON document with everything, a CSV of check-ins."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime
from typing import Any

from bot.text.week_view import day_date
from bot.timing.schedule import hhmm, minute_time
from content import Texts
from storage.models import AnchorLink, Relay
from storage.repositories import PersonRecords


def _iso(value: datetime | date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _clock(minute: int | None) -> str | None:
    return None if minute is None else hhmm(minute_time(minute))


def export_document(records: PersonRecords, t: Texts, now: datetime) -> dict[str, Any]:
    user = records.user
    questions = t.variants("reflection_questions")
    weeks = []
    for week in records.weeks:
        weeks.append(
            {
                "number": week.number,
                "status": week.status,
                "anchors": [
                    {
                        "name": a.name,
                        "why": a.why,
                        "support_kind": a.support_kind,
                        "support_text": a.support_text,
                        "request_text": a.request_text,
                    }
                    for a in week.anchors
                ],
                "situation": week.situation,
                "situation_note": week.situation_note,
                "request_sent": week.request_sent,
                "anchor_response": week.anchor_response,
                "thank_text": week.thank_text,
                "start_date": _iso(week.start_date),
                "started_at": _iso(week.started_at),
                "ended_at": _iso(week.ended_at),
                "checkins": [
                    {
                        "day": c.day,
                        "date": _iso(day_date(week, c.day)) if week.start_date else None,
                        "mood": c.mood,
                        "tried_something_new": c.tried,
                        "note": c.tried_note,
                        "calmer_or_braver": c.effect,
                        "skipped": c.skipped,
                        "answered_at": _iso(c.answered_at),
                    }
                    for c in sorted(records.checkins, key=lambda c: c.day)
                    if c.week_id == week.id
                ],
                "reflections": [
                    {
                        "question": questions[r.question]
                        if 0 <= r.question < len(questions)
                        else None,
                        "answer": r.answer,
                        "answered_at": _iso(r.answered_at),
                    }
                    for r in records.reflections
                    if r.week_id == week.id
                ],
                "nudges": [
                    {
                        "kind": n.kind,
                        "day": n.day,
                        "due_at": _iso(n.due_at),
                        "status": n.status,
                        "sent_at": _iso(n.sent_at),
                    }
                    for n in records.nudges
                    if n.week_id == week.id
                ],
            }
        )
    return {
        "exported_at": _iso(now),
        "profile": {
            "telegram_chat_id": user.chat_id,
            "language": user.language,
            "timezone": user.timezone,
            "checkin_time": _clock(user.nudge_minute),
            "quiet_hours": f"{_clock(user.quiet_start)}-{_clock(user.quiet_end)}",
            "night_time_chosen": user.night_ok,
            "paused": user.paused,
            "reachable": user.active,
            "current_step": user.step,
            "created_at": _iso(user.created_at),
            # Kept a few minutes only, to hear words of crisis split over two messages.
            "last_words_kept_until": _iso(user.words_until),
            "last_words": [words for _at, words in user.recent_words or []],
        },
        "weeks": weeks,
        "events": [{"kind": e.kind, "at": _iso(e.at)} for e in records.events],
        "anchor_links": [_link(link, records) for link in records.links],
        "messages_to_you": [_relay(r) for r in records.relays],
    }


def _relay(relay: Relay) -> dict[str, Any]:
    """A message to them from the other side of a link: its words while it is still on its
    way (they are theirs to read); once delivered only when and what became of it is kept."""
    return {
        "status": relay.status,
        "written_at": _iso(relay.created_at),
        "delivered_at": _iso(relay.sent_at),
        "text": relay.text or None,
    }


def _link(link: AnchorLink, records: PersonRecords) -> dict[str, Any]:
    """An invitation: yours to an anchor (with your week's number), or one you answered as an
    anchor (with only the name the person gave: nothing else of their week is kept for you)."""
    mine = link.person_id == records.user.id
    week = next((w.number for w in records.weeks if w.id == link.week_id), None)
    return {
        "role": "person" if mine else "anchor",
        "week": week if mine else None,
        "anchor": link.anchor_no if mine else None,  # your first anchor (1) or second (2)
        "person_name": link.person_name,
        "status": link.status,
        "reminders_on": link.reminders,
        "messages_from_anchor": link.messages_sent,
        "created_at": _iso(link.created_at),
        "expires_at": _iso(link.expires_at),
        "answered_at": _iso(link.answered_at),
        "thank_you_delivered_at": _iso(link.thanked_at),
        "anchor_replied": link.replied,
    }


def export_json(records: PersonRecords, t: Texts, now: datetime) -> bytes:
    document = export_document(records, t, now)
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")


def _cell(text: str) -> str:
    """A spreadsheet runs a cell starting with = + - @ as a formula: keep it plain text."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def export_csv(records: PersonRecords) -> bytes:
    """Check-ins, one row a day, ready for a spreadsheet (UTF-8 with a BOM for Excel).

    Column titles and cell words are in the person's language; dates are ISO, numbers digits.
    """
    t = Texts(records.user.language)
    weeks = {w.id: w for w in records.weeks}

    def yes_no(value: bool | None) -> str:
        return "" if value is None else t.plain("csv_yes" if value else "csv_no")

    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(t.variants("csv_columns"))
    for c in sorted(records.checkins, key=lambda c: (weeks[c.week_id].number, c.day)):
        week = weeks[c.week_id]
        writer.writerow(
            [
                week.number,
                c.day,
                _iso(day_date(week, c.day)) if week.start_date else "",
                "" if c.mood is None else c.mood,
                yes_no(c.tried),
                _cell(c.tried_note or ""),
                t.plain(f"csv_effect_{c.effect}") if c.effect else "",
                t.plain("csv_yes") if c.skipped else "",
            ]
        )
    return ("\ufeff" + out.getvalue()).encode("utf-8")
