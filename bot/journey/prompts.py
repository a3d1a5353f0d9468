"""The question a person is on, said (again): every step's words and buttons."""

from __future__ import annotations

from urllib.parse import quote

from bot import schedule, week_view
from bot.journey.core import (
    COPY_LIMIT,
    QUIET_CHOICES,
    SETTINGS_STEPS,
    Turn,
    back,
    hhmm,
    minute_time,
    quiet_label,
    when,
)
from bot.replies import Button, rows
from bot.timezones import zone_label_now
from content import LOCALES, Texts, program
from content.zones import COMMON_ZONES
from storage.models import Week


def mood_buttons(
    t: Texts, week_id: int, day: int, edit: bool = False
) -> tuple[tuple[Button, ...], ...]:
    emoji = t.variants("mood_emoji")
    field_name = "me" if edit else "m"
    return rows(
        *(
            Button(f"{m} {emoji[m - 1]}", f"ck:{field_name}:{week_id}:{day}:{m}")
            for m in program.MOODS
        ),
        per_row=5,
    )


def share_buttons(t: Texts, text: str, week: Week) -> tuple[tuple[Button, ...], ...]:
    """Copy (Telegram copies at most 256 characters) and share, where the text fits each."""
    buttons: list[Button] = []
    if len(text) <= COPY_LIMIT:
        buttons.append(Button(t.plain("btn_copy"), copy=text))
    url = "https://t.me/share/url?url=" + quote(text, safe="")
    if len(url) <= program.SHARE_URL_MAX:
        label = t.plain("btn_share", anchor=week_view.clip(week.anchor_name or "", 24))
        buttons.append(Button(label, url=url))
    return rows(*buttons, per_row=2)


async def prompt(turn: Turn) -> None:
    if turn.user.step in ("week",) and turn.week is not None and turn.week.status == "active":
        turn.say(await status_text(turn, turn.week))
        return
    ask(turn)


def ask(turn: Turn) -> None:
    """Say the question the person is on now (again)."""
    t, user, week = turn.t, turn.user, turn.week
    step, ctx = user.step, user.step_ctx
    anchor = (week.anchor_name if week else None) or ""
    wid = week.id if week else 0
    day = ctx.get("day", 0)
    if step == "welcome":
        turn.say(t("welcome"), rows(Button(t.plain("btn_begin"), "begin")))
    elif step == "anchor_name":
        turn.say(t("anchor_name_q"))
    elif step == "anchor_why":
        turn.say(t("anchor_why_q", anchor=anchor))
    elif step == "support":
        kinds = program.SUPPORT_KINDS
        turn.say(
            t("support_q", anchor=anchor),
            rows(*(Button(t.plain(f"support_{k}"), f"sp:{wid}:{k}") for k in kinds)),
        )
    elif step == "support_own":
        turn.say(t("support_own_q"))
    elif step == "draft" and week is not None:
        turn.say(
            t("draft_intro", anchor=anchor, draft=request_draft(t, week)),
            rows(
                Button(t.plain("btn_draft_take"), f"dr:{wid}:take"),
                Button(t.plain("btn_draft_again"), f"dr:{wid}:again"),
                Button(t.plain("btn_draft_own"), f"dr:{wid}:own"),
            ),
        )
    elif step == "draft_own":
        turn.say(t("draft_own_q"))
    elif step == "sched_keep":
        turn.say(
            t(
                "sched_keep_q",
                time=hhmm(minute_time(user.nudge_minute or 0)),
                zone=user.timezone,
            ),
            rows(
                Button(t.plain("btn_keep"), "sk:keep"),
                Button(t.plain("btn_change"), "sk:change"),
                per_row=2,
            ),
        )
    elif step == "tz":
        buttons = [
            Button(f"{label} · {zone_label_now(zone, turn.now)}", f"tz:{zone}")
            for label, zone in COMMON_ZONES
        ]
        buttons.append(Button(t.plain("btn_tz_other"), "tz:other"))
        turn.say(t("tz_q"), rows(*buttons, per_row=2))
    elif step == "tz_text":
        turn.say(t("tz_text_q"))
    elif step == "time":
        zone = user.timezone or "UTC"
        buttons = [Button(c, f"tm:{c}") for c in program.TIME_CHOICES]
        buttons.append(Button(t.plain("btn_time_other"), "tm:other"))
        turn.say(
            t("time_q", zone=zone, local=zone_label_now(zone, turn.now)),
            rows(*buttons, per_row=3),
        )
    elif step == "time_text":
        turn.say(t("time_text_q"))
    elif step == "time_confirm":
        shown = hhmm(minute_time(int(ctx.get("minute", 0))))
        turn.say(
            t("time_night_q", time=shown),
            rows(
                Button(t.plain("btn_night_yes", time=shown), "tc:yes"),
                Button(t.plain("btn_night_no"), "tc:no"),
            ),
        )
    elif step == "checkin_tried":
        turn.say(
            t("checkin_tried_q"),
            rows(
                Button(t.plain("btn_yes"), f"ck:t:{wid}:{day}:1"),
                Button(t.plain("btn_not_today"), f"ck:t:{wid}:{day}:0"),
                per_row=2,
            ),
        )
    elif step == "checkin_note":
        turn.say(t("checkin_note_q"), rows(Button(t.plain("btn_skip"), f"ck:n:{wid}:{day}:skip")))
    elif step == "checkin_effect":
        turn.say(
            t("checkin_effect_q", anchor=anchor),
            rows(
                *(Button(t.plain(f"effect_{e}"), f"ck:e:{wid}:{day}:{e}") for e in program.EFFECTS),
                per_row=2,
            ),
        )
    elif step == "followup_sent":
        turn.say(
            t("followup_q", anchor=anchor),
            rows(
                Button(t.plain("btn_sent_yes"), f"fu:{wid}:sent"),
                Button(t.plain("btn_sent_not_yet"), f"fu:{wid}:not_yet"),
                Button(t.plain("btn_sent_no"), f"fu:{wid}:declined"),
            ),
        )
    elif step == "followup_how":
        turn.say(
            t("followup_how_q", anchor=anchor),
            rows(
                Button(t.plain("btn_resp_warm"), f"fu:{wid}:warm"),
                Button(t.plain("btn_resp_pending"), f"fu:{wid}:pending"),
                Button(t.plain("btn_resp_awkward"), f"fu:{wid}:awkward"),
            ),
        )
    elif step == "reflection":
        q = int(ctx.get("q", 0))
        if "day" in ctx:
            turn.say(
                t("reflection_q", question=week_view.question(t, q)),
                rows(Button(t.plain("btn_later"), f"rl:{wid}:{q}")),
            )
        else:
            turn.say(t("reflect_prompt", question=week_view.question(t, q)))
    elif step == "thank" and week is not None:
        turn.say(
            t("thank_intro", anchor=anchor, draft=thank_draft(t, week)),
            rows(
                Button(t.plain("btn_draft_take"), f"th:{wid}:take"),
                Button(t.plain("btn_draft_again"), f"th:{wid}:again"),
                Button(t.plain("btn_draft_own"), f"th:{wid}:own"),
            ),
        )
    elif step == "thank_own":
        turn.say(t("thank_own_q"))
    elif step == "again":
        turn.say(
            t("again_q", anchor=anchor),
            rows(
                Button(t.plain("btn_again_same"), "ag:same"),
                Button(t.plain("btn_again_new"), "ag:new"),
                Button(t.plain("btn_again_no"), "ag:no"),
            ),
        )
    elif step == "export_confirm":
        turn.say(
            t("export_q"),
            rows(
                Button(t.plain("btn_export_yes"), "ex:yes"),
                Button(t.plain("btn_cancel"), "ex:no"),
            ),
        )
    elif step == "delete_confirm":
        turn.say(
            t("delete_q"),
            rows(
                Button(t.plain("btn_delete_yes"), "dl:yes"),
                Button(t.plain("btn_delete_no"), "dl:no"),
            ),
        )
    elif step == "stop_confirm":
        turn.say(
            t("stop_q"),
            rows(
                Button(t.plain("btn_stop_yes"), "st:yes"),
                Button(t.plain("btn_stop_no"), "st:no"),
            ),
        )
    elif step in SETTINGS_STEPS:
        settings_prompt(turn)
    elif step == "ended":
        turn.say(t("status_ended"))
    else:
        turn.say(t("cancel_nothing"))


def settings_prompt(turn: Turn) -> None:
    t, user, step = turn.t, turn.user, turn.user.step
    zone = user.timezone or "UTC"
    if step == "set_menu":
        turn.say(
            t(
                "settings_menu",
                time=hhmm(minute_time(user.nudge_minute or 0)),
                zone=zone,
                quiet=quiet_label(user),
                language=Texts(user.language).plain("language_name"),
            ),
            rows(
                Button(t.plain("btn_set_time"), "se:time"),
                Button(t.plain("btn_set_zone"), "se:zone"),
                Button(t.plain("btn_set_quiet"), "se:quiet"),
                Button(t.plain("btn_set_language"), "se:lang"),
                Button(t.plain("btn_done"), "se:done"),
                per_row=2,
            ),
        )
    elif step == "set_time":
        buttons = [Button(c, f"sv:time:{c}") for c in program.TIME_CHOICES]
        buttons.append(Button(t.plain("btn_time_other"), "sv:time:other"))
        turn.say(t("settings_time_q"), rows(*buttons, per_row=3))
    elif step == "set_time_text":
        turn.say(t("time_text_q"))
    elif step == "set_time_confirm":
        shown = hhmm(minute_time(int(user.step_ctx.get("minute", 0))))
        turn.say(
            t("time_night_q", time=shown),
            rows(
                Button(t.plain("btn_night_yes", time=shown), "sv:night:yes"),
                Button(t.plain("btn_night_no"), "sv:time:other"),
            ),
        )
    elif step == "set_zone":
        buttons = [
            Button(f"{label} · {zone_label_now(z, turn.now)}", f"sv:zone:{z}")
            for label, z in COMMON_ZONES
        ]
        buttons.append(Button(t.plain("btn_tz_other"), "sv:zone:other"))
        turn.say(t("settings_zone_q"), rows(*buttons, per_row=2))
    elif step == "set_zone_text":
        turn.say(t("tz_text_q"))
    elif step == "set_quiet":
        buttons = [
            Button(f"{hhmm(minute_time(a))}–{hhmm(minute_time(b))}", f"sv:quiet:{a}-{b}")
            for a, b in QUIET_CHOICES
        ]
        turn.say(t("quiet_q"), rows(*buttons, per_row=2))
    elif step == "set_lang":
        buttons = [
            Button(Texts(code).plain("language_name"), f"sv:lang:{code}") for code in LOCALES
        ]
        turn.say(t("language_q"), rows(*buttons, per_row=2))


async def status_text(turn: Turn, week: Week) -> str:
    t, user = turn.t, turn.user
    zone = user.timezone or "UTC"
    nxt = await turn.repos.nudges.next_pending(week.id)
    next_text = when(turn, nxt.due_at) if nxt else t.plain("status_no_next")
    start = week.start_date or turn.now.date()
    day = schedule.day_of_week(start, turn.now, zone)
    if day < 1:
        return t("status_starts", when=next_text)
    checkins = await turn.repos.checkins.for_week(week.id)
    answered = sum(1 for c in checkins if c.mood is not None)
    text = t(
        "status_week",
        day=min(day, program.WEEK_DAYS),
        anchor=week.anchor_name or "",
        answered=answered,
        due=min(day, program.WEEK_DAYS),
        next=next_text,
    )
    if user.paused:
        text += "\n" + t("status_paused")
    return text


def request_draft(t: Texts, week: Week) -> str:
    kind = week.support_kind or "comfort"
    return t.variant(
        f"request_{kind}",
        week.draft_variant,
        anchor=week.anchor_name or "",
        support=week.support_text or "",
    )


def thank_draft(t: Texts, week: Week) -> str:
    kind = week.support_kind or "comfort"
    return t.variant(
        "thank_drafts",
        week.thank_variant,
        anchor=week.anchor_name or "",
        idea=t.plain(f"return_{kind}"),
    )


async def detour_back(turn: Turn) -> None:
    target = back(turn)
    turn.goto(str(target["back"]), **dict(target["back_ctx"]))
    if turn.user.step not in ("week", "ended", "again"):
        await prompt(turn)
