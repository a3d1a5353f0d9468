"""How a week looks to the person: the summary text, the journal, and the charts' inputs."""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from bot.charts.data import ChartLabels, DayPoint, WeekLine, WeeksLabels
from bot.text import locale_format
from content import Texts, program
from content.anchor import mention
from storage.models import CheckIn, Reflection, Week

MESSAGE_LIMIT = 3800  # below Telegram's 4,096, leaving room for markup


def clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def date_label(t: Texts, day: date) -> str:
    """A day in a list or a heading: "Mon, Mar 23", "пн, 23 мар.", "lun, 23 mar"."""
    return locale_format.short_day(day, t.locale)


def long_date(t: Texts, day: date) -> str:
    """A day in a sentence: "Saturday, March 28", "суббота, 28 марта", "sábado, 28 de marzo"."""
    return locale_format.weekday_day_month(day, t.locale)


def day_date(week: Week, day: int) -> date:
    start = week.start_date or date.today()
    return start + timedelta(days=day - 1)


def anchors(t: Texts, week: Week) -> tuple[str, int]:
    """ "Mira", or "Mira and Jo": the week's anchors the bot may name, and how many that is."""
    return listed(t, [a.name for a in week.named_anchors()])


def listed(t: Texts, stored: Iterable[str | None]) -> tuple[str, int]:
    """ "Mira and Jo" in the person's language from the names as stored (any may be missing),
    and how many that is (at least one: "your anchor" stands in for none)."""
    names = [mention(n, t.locale) for n in stored if n]
    return locale_format.join_list(names or [mention("", t.locale)], t.locale), max(len(names), 1)


def latest_answers(reflections: Iterable[Reflection]) -> dict[int, str]:
    latest: dict[int, str] = {}
    for r in sorted(reflections, key=lambda r: r.answered_at):
        latest[r.question] = r.answer
    return latest


def question(t: Texts, q: int) -> str:
    return t.variants("reflection_questions")[q]


def summary_text(
    t: Texts, week: Week, checkins: Sequence[CheckIn], reflections: Iterable[Reflection]
) -> str:
    """The end-of-week look back, in their own words; also the text beside the chart."""
    by_day = {c.day: c for c in checkins}
    emoji = t.variants("mood_emoji")
    days = range(1, program.WEEK_DAYS + 1)
    moods = [by_day[d].mood if d in by_day else None for d in days]
    mood_line = " ".join(emoji[m - 1] if m else t.plain("no_answer") for m in moods)
    known = [m for m in moods if m is not None]
    avg = sum(known) / len(known) if known else 0
    tried = sum(1 for c in checkins if c.tried)
    helped = sum(1 for c in checkins if c.effect in program.HELPED_EFFECTS)
    state = week.request_sent or "unknown"
    names, count = anchors(t, week)
    lines = [
        t("summary_title"),
        t("summary_moods", moods=mood_line),
        t("summary_avg", avg=avg, answered=len(known)),
        t("summary_tried", count=tried, days=program.WEEK_DAYS),
        t("summary_effect", count=helped, days=program.WEEK_DAYS),
        t(
            "summary_request",
            anchor=names,
            count=count,
            state=t.plain(f"request_state_{state}", count=count),
        ),
    ]
    notes = [c for c in sorted(checkins, key=lambda c: c.day) if c.tried_note]
    if notes:
        lines += ["", t("summary_notes")]
        lines += [
            t("summary_note_item", day=c.day, note=clip(c.tried_note or "", 200)) for c in notes
        ]
    lines += _situation_lines(t, week)
    latest = latest_answers(reflections)
    if latest:
        lines += ["", t("summary_reflections")]
        lines += [
            t("summary_reflection_item", question=question(t, q), answer=clip(a, 400))
            for q, a in sorted(latest.items())
        ]
    return "\n".join(lines)


def _situation_lines(t: Texts, week: Week) -> list[str]:
    """How the thing they were facing went, as they told the follow-up."""
    if not week.situation_note or week.situation not in program.SITUATION_FOLLOWUP_DAY:
        return []
    return [
        "",
        t(f"summary_situation_{week.situation}"),
        t("summary_situation_note", note=clip(week.situation_note, 400)),
    ]


def _day_entry(t: Texts, week: Week, day: int, checkin: CheckIn | None, upcoming: bool) -> str:
    head = t("journal_day", day=day, date=date_label(t, day_date(week, day)))
    if checkin is not None and checkin.skipped:
        return f"{head}\n{t('journal_skipped')}"
    if checkin is None or (
        checkin.mood is None and checkin.tried is None and checkin.effect is None
    ):
        return f"{head}\n{t('journal_upcoming' if upcoming else 'journal_no_answer')}"
    parts: list[str] = []
    if checkin.mood is not None:
        parts.append(
            t("journal_mood", mood=f"{checkin.mood} {t.variants('mood_emoji')[checkin.mood - 1]}")
        )
    if checkin.tried is not None:
        parts.append(t("journal_tried_yes" if checkin.tried else "journal_tried_no"))
    if checkin.effect:
        parts.append(t.plain(f"effect_{checkin.effect}"))
    text = f"{head}\n" + " · ".join(parts)
    if checkin.tried_note:
        text += "\n" + t("journal_note", note=clip(checkin.tried_note, 300))
    return text


def journal_messages(
    t: Texts,
    week: Week,
    checkins: Sequence[CheckIn],
    reflections: Iterable[Reflection],
    open_days: set[int],
) -> list[str]:
    """The week day by day, split into as few messages as Telegram's length limit allows."""
    by_day = {c.day: c for c in checkins}
    blocks = [t("journal_title", number=week.number, anchor=anchors(t, week)[0])]
    blocks += [
        _day_entry(t, week, d, by_day.get(d), upcoming=d not in open_days)
        for d in range(1, program.WEEK_DAYS + 1)
    ]
    latest = latest_answers(reflections)
    if latest:
        blocks.append(t("journal_reflections"))
        blocks += [
            f"<i>{_esc(question(t, q))}</i>\n{_esc(clip(a, 500))}"
            for q, a in sorted(latest.items())
        ]
    messages: list[str] = []
    current = ""
    for block in blocks:
        if current and len(current) + len(block) + 2 > MESSAGE_LIMIT:
            messages.append(current)
            current = ""
        current = f"{current}\n\n{block}" if current else block
    messages.append(current)
    return messages


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def chart_inputs(
    t: Texts, week: Week, checkins: Sequence[CheckIn]
) -> tuple[list[DayPoint], ChartLabels]:
    points = [
        DayPoint(day=c.day, mood=c.mood, tried=c.tried, effect=c.effect)
        for c in checkins
        if 1 <= c.day <= program.WEEK_DAYS and not c.skipped
    ]
    labels = ChartLabels(
        title=t.plain("chart_title", anchor=clip(anchors(t, week)[0], 40)),
        day_labels=tuple(
            locale_format.weekday_day(day_date(week, d), t.locale)
            for d in range(1, program.WEEK_DAYS + 1)
        ),
        mood_axis=t.plain("chart_mood"),
        tried_legend=t.plain("chart_tried"),
        effect_legend=t.plain("chart_effect"),
        no_data=t.plain("chart_empty"),
    )
    return points, labels


WeekDays = tuple[Week, Sequence[CheckIn]]  # a week and its check-ins


def week_names(t: Texts, week: Week, limit: int) -> str:
    """The week's anchor(s) as the bot speaks of them, each clipped: "Mira and Jo"."""
    names = [clip(mention(a.name, t.locale), limit) for a in week.named_anchors()]
    return locale_format.join_list(names, t.locale)


def _moods(checkins: Sequence[CheckIn]) -> tuple[int | None, ...]:
    by_day = {c.day: c.mood for c in checkins if not c.skipped}
    return tuple(by_day.get(d) for d in range(1, program.WEEK_DAYS + 1))


def weeks_chart_inputs(t: Texts, weeks: Sequence[WeekDays]) -> tuple[list[WeekLine], WeeksLabels]:
    """One mood line per week, oldest first, each named by its start and its anchor(s)."""
    lines = [
        WeekLine(
            label=t.plain(
                "chart_weeks_legend",
                date=locale_format.month_day(day_date(week, 1), t.locale),
                anchor=week_names(t, week, 18),
            ),
            moods=_moods(checkins),
        )
        for week, checkins in weeks
    ]
    labels = WeeksLabels(
        title=t.plain("chart_weeks_title"),
        day_labels=tuple(
            t.plain("chart_weeks_day", day=d) for d in range(1, program.WEEK_DAYS + 1)
        ),
        mood_axis=t.plain("chart_mood"),
        no_data=t.plain("chart_empty"),
    )
    return lines, labels


def week_line(t: Texts, week: Week, checkins: Sequence[CheckIn]) -> str:
    """One week in a sentence: its mood average, brave days and calmer-or-braver days."""
    known = [m for m in _moods(checkins) if m is not None]
    counted = [c for c in checkins if not c.skipped]
    return t(
        "progress_week_line",
        date=locale_format.month_day(day_date(week, 1), t.locale),
        anchor=week_names(t, week, 30),
        avg=sum(known) / len(known) if known else 0,
        answered=len(known),
        tried=sum(1 for c in counted if c.tried),
        helped=sum(1 for c in counted if c.effect in program.HELPED_EFFECTS),
    )


def weeks_text(t: Texts, weeks: Sequence[WeekDays], total: int) -> str:
    """The every-week chart's caption: a line per week, and how many are left out."""
    lines = [t("progress_weeks_title"), *(week_line(t, w, c) for w, c in weeks)]
    if total > len(weeks):
        lines.append(t("progress_weeks_capped", shown=len(weeks), total=total))
    return "\n".join(lines)
