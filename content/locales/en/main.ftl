### Secure Base texts, locale en.


## welcome

welcome =
    Hi, I'm Secure Base. 🌱

    For one week we'll practise something simple: people who know someone has their back dare a little more.

    1. <b>Anchor</b>: name someone who makes you feel safe.
    2. <b>Ask</b>: ask them for one small kind of support this week.
    3. <b>Notice</b>: once a day, a short check-in on how you feel and what you dared.
    4. <b>Thank</b>: close the week by thanking them and offering something back.

    It takes a minute or two a day, and what you write stays private.
    <i>I'm not a crisis or medical service. If you are in danger, please call your local emergency number.</i>
btn_begin = Let's begin
welcome_back = Welcome back. Here's where we were:

## anchor

anchor_name_q =
    Who makes you feel safe? A partner, a parent, a friend: someone you trust, even if they're not perfect.

    Write their name, or whatever you call them.
anchor_why_q = What makes { $anchor } a safe place for you? A sentence or two is plenty. It stays between us.
anchor_saved = Thank you. It's good that you have { $anchor }.

## ask

support_q =
    Now let's choose one small, concrete thing { $anchor } could do for you this week. Small is the point: easy to say yes to.

    <i>For example, before a job interview someone asks their sister to wish them luck and to check in afterwards.</i>
support_comfort = 💬 A comforting text
support_listen = 👂 Five minutes of listening
support_help = 🤝 Help with one worry
support_own = ✏️ Something else
support_own_q = What would help? Describe it in a few words, for example “come for a walk with me on Thursday”.
draft_intro =
    Here's a message you could send to { $anchor }:

    <blockquote>{ $draft }</blockquote>
btn_draft_take = 👍 Use this
btn_draft_again = 🔄 Another wording
btn_draft_own = ✏️ Write my own
draft_own_q = Write the message the way you would say it. I'll keep it ready for you.
draft_final =
    Here it is, ready to copy or forward to { $anchor }:

    <blockquote>{ $draft }</blockquote>

    Send it when it feels right; today is ideal. In a day or two I'll ask how it went.
btn_copy = 📋 Copy
btn_share = ↗️ Send to { $anchor }
draft_alone_hint = It's long for a copy button, so it comes once more below, on its own: hold it to copy, or forward it as it is.
draft_alone = { $draft }
request_comfort =
    .v1 = Hi { $anchor }! I'm trying something this week: leaning a little more on the people I trust. Would you send me a short encouraging text one day this week? It would mean a lot to me.
    .v2 = Hey { $anchor }, small ask: could you send me a few kind words sometime this week? Knowing you're in my corner helps me be braver.
    .v3 = { $anchor }, you're one of the people who make me feel safe. Could you text me something encouraging this week? Nothing big, it just helps.
request_listen =
    .v1 = Hi { $anchor }! Could you give me five minutes this week just to listen while I talk something through? No advice needed, just you.
    .v2 = Hey { $anchor }, would you have five minutes for me this week? I'd love to talk something over with someone I trust.
    .v3 = { $anchor }, could I borrow five minutes of your time this week? Just listening would help me a lot.
request_help =
    .v1 = Hi { $anchor }! There's one thing weighing on me this week. Could you help me with it, even just a little? It would make it feel much lighter.
    .v2 = Hey { $anchor }, could I ask for a hand with one thing that's stressing me this week? Knowing you're there makes it easier.
    .v3 = { $anchor }, you always make hard things feel more doable. Would you help me with one worry this week?
request_own =
    .v1 = Hi { $anchor }! I'm trying to lean a little more on the people I trust this week. Would you { $support }? It would mean a lot to me.
    .v2 = Hey { $anchor }, small ask for this week: { $support }. Would that be okay?
    .v3 = { $anchor }, you make me feel safe, so I'm asking you: { $support }. Only if it works for you.

## schedule

tz_q = When should I check in? First, your time zone: tap the place closest to you (the time shown is the time there now), or type your city.
btn_tz_other = 🌍 Another place
tz_text_q = Type your city (like “Lisbon”), an offset (like “UTC+3”) or a zone (like “EST” or “America/Toronto”).
tz_unknown = I couldn't find “{ $text }”. Try a bigger city nearby, an offset like “UTC+3”, or a zone like “EST”.
tz_guess_q = Did you mean { $place }?
btn_tz_guess_yes = Yes, { $place }
tz_which_q = That name fits more than one time zone. Which one is yours? (The time shown is the time there now.)
tz_needed = I need your time zone so that check-ins come at your hour, never at night. Tap the place closest to you or type your city; /cancel leaves it for later.
tz_fixed_note = Noted: a fixed offset. It does not move with summer time; if your clocks change during the year, choose your city in /settings instead.
# Typed at a zone question, these are answers to the bot, not places (separated by |).
tz_not_places = skip | skip it | later | not now | cancel | back | no | nope | none | pass | next | i don't know | don't know | dunno
# Typed at "Did you mean Lisbon?": yes (separated by |).
tz_yes_words = yes | y | yeah | yep | yes please | sure | right | correct | ok | okay
time_q =
    Your time zone: { $zone } (it's { $local } there now).

    What time of day should I check in? An evening time works well for looking back on the day.
btn_time_other = Another time
time_text_q = Type a time, like 18:30 or 7pm.
time_bad = I didn't catch that time. Try something like 18:30, 7pm or “half past seven”.
time_night_q = { $time } is during the night. I normally stay quiet between 22:00 and 08:00 so I never wake you. Check in at { $time } anyway?
btn_night_yes = Yes, { $time } is right
btn_night_no = Pick another time
sched_keep_q = Shall I check in at the same time as last week, { $time } ({ $zone })?
btn_keep = Yes, same time
btn_change = Change it
scheduled =
    All set. 🌿 Your first check-in comes { $when }, then every day at { $time } for seven days.

    Answer whenever it suits you: a late answer still counts for its day. /help shows what else I can do.
when_today = today at { $time }
when_tomorrow = tomorrow at { $time }
when_on = { $date } at { $time }

## notice

checkin_mood_q = Day { $day } of { $days }. How are you feeling today?
checkin_mood_q_after_care = Day { $day } of { $days }. Yesterday sounded really hard. How are you feeling today?
checkin_mood_q_after_care_today = Day { $day } of { $days }. Today sounded really hard. How are you feeling now?
checkin_tried_q = Did you try something new or a little hard today? At work, with someone, anything counts.
btn_yes = Yes
btn_not_today = Not today
checkin_note_q = Good for you. 🌱 Want to note what it was? Write a few words, or tap Skip.
checkin_note_q_gentle = Want to note what it was? A few words, or tap Skip.
btn_skip = Skip
checkin_effect_q = { $count ->
        [one] Did knowing { $anchor } has your back make you feel calmer or braver today?
       *[other] Did knowing { $anchor } have your back make you feel calmer or braver today?
    }
effect_calmer = 😌 Calmer
effect_braver = 💪 Braver
effect_both = Both
effect_neither = Not really
checkin_saved = Saved for day { $day }. Thank you for checking in.
followup_q = { $count ->
        [one] Did you send your request to { $anchor }?
       *[other] Did you send your requests to { $anchor }?
    }
btn_sent_yes = { $count ->
        [one] Yes, I sent it
       *[other] Yes, I sent them
    }
btn_sent_not_yet = Not yet
btn_sent_no = { $count ->
        [one] I decided not to
       *[other] I decided not to
    }
followup_how_q = { $count ->
        [one] How did { $anchor } respond? Tap one, or tell me in a few words.
       *[other] How did { $anchor } respond? Tap one, or tell me in a few words.
    }
btn_resp_warm = Warmly
btn_resp_pending = No answer yet
btn_resp_awkward = It was awkward
response_warm = warmly
response_pending = no answer yet
response_awkward = it was awkward
followup_saved = Thank you for telling me. Asking at all takes courage.
followup_not_yet =
    That's okay. Your message is still here when you want it:

    <blockquote>{ $draft }</blockquote>
followup_declined = That's okay; you know your situation best. Noticing what support you would want is already part of the practice.
sent_words_sent = yes | yep | yeah | yes i did | i did | did | sent | sent it | i sent it | done | of course | sure did
sent_words_not_yet = not yet | not yet no | later | soon | tomorrow | working on it | still thinking | still deciding | not so far
sent_words_declined = no | nope | nah | not really | i didnt | didnt | no i didnt | i wont | changed my mind | decided not to
tone_words_well = good | great | well | went well | fine | lovely | wonderful | amazing | warm | warmly | kind | glad | happy | relieved | helped | it helped | better than | better than i feared | better than i expected | better than i thought | not bad | so good | really good | they were lovely | she was lovely | he was lovely | supportive | grateful | loved it | yes
tone_words_mixed = mixed | so so | okay | ok | alright | kind of | sort of | meh | partly | a bit awkward | not sure | hard to say | both | fine i guess | could have been better
tone_words_hard = bad | awful | terrible | horrible | awkward | hard | tough | rough | cold | hurt | hurtful | upset | sad | worse | worse than | rejected | ignored | disappointed | disappointing | not really | not great | not well | badly | went badly | no
tone_words_none = no answer | no answer yet | no reply | no reply yet | no response | hasnt answered | hasnt replied | havent heard | havent heard back | didnt answer | didnt reply | not yet | waiting | still waiting | hasnt happened | hasnt happened yet | not happened yet | its tomorrow | its next week
followup_heard_well = That sounds good. I'm glad you asked, and that it went well. 🌱
followup_heard_mixed = Thank you for telling me. Some of it landed and some didn't; asking was still the brave part.
followup_heard_hard = I'm sorry it went that way; that can sting. You still did the brave thing by asking. Be gentle with yourself today.
followup_heard_none = Thank you for telling me. Answers sometimes take a while; asking was the brave part.
reflection_q =
    A question to sit with:

    <i>{ $question }</i>

    Answer in a message now, or later with /reflect.
btn_later = Later
reflection_saved = Saved. Thank you for putting that into words.
reflection_later = Of course. /reflect brings the questions back any time.
reflect_menu = Which question would you like to answer? (✓ means you've answered it.)
reflect_prompt =
    <i>{ $question }</i>

    Write your answer in a message.
reflect_no_week = The reflection questions open once your week has begun. /start sets it up.
reflection_questions =
    .v1 = Who is your secure base, or what could you do to build one?
    .v2 = How has having (or missing) a secure base shaped what you dare to try?
    .v3 = What would it look like to let someone support you a little more?
    .v4 = Do you support the people closest to you as well as they support you?
reflection_short =
    .v1 = Who is my secure base?
    .v2 = What I dare to try
    .v3 = Letting myself be supported
    .v4 = Supporting them back

## thank

week_close_nudge = { $count ->
        [one] Your seven days are done. 🌿 Let's close the week together: a thank-you for { $anchor } and a look back.
       *[other] Your seven days are done. 🌿 Let's close the week together: a thank-you for { $anchor } and a look back.
    }
btn_close_week = ✨ Close the week
care_close_later = Closing the week can wait until tomorrow. If you'd like to do it sooner, it's here.
care_yesterday = Yesterday sounded really hard. I'm glad you're here.
thank_intro =
    Time to close the circle with { $anchor }. Here's a thank-you you could send:

    <blockquote>{ $draft }</blockquote>
thank_own_q = Write your thank-you the way you'd say it.
thank_final =
    Here it is, ready to send:

    <blockquote>{ $draft }</blockquote>

    One way to give something back this week: { $tip }
thank_drafts =
    .v1 = { $anchor }, thank you for being there for me this week. Knowing you had my back made a real difference. I'd love to return the favour: { $idea }
    .v2 = Hey { $anchor }, I wanted to say thanks. Your support this week helped me more than you might think. My turn now: { $idea }
    .v3 = Thank you, { $anchor }. It meant a lot to feel you were in my corner this week. Let me do something for you too: { $idea }
return_comfort = I'll send you something kind on a day you need it.
return_listen = I'll give you five minutes of my full attention whenever you want them.
return_help = tell me one thing I can take off your plate this week.
return_own = tell me one small thing that would help you this week.
return_tip_comfort = send { $anchor } a kind text on a day they could use one.
return_tip_listen = offer { $anchor } five minutes of your full attention.
return_tip_help = take one small task off { $anchor }'s plate.
return_tip_own = ask { $anchor } what small thing would help them this week, and do it.
mood_emoji =
    .v1 = 😞
    .v2 = 😕
    .v3 = 😐
    .v4 = 🙂
    .v5 = 😄
pause_setup = Check-ins begin once your week is set up. Here's the next step:
summary_title = <b>Your week</b>
summary_moods = Moods, day by day: { $moods }
summary_avg = Average mood: { $answered ->
        [0] { no_answer }
       *[other] { NUMBER($avg, minimumFractionDigits: 1, maximumFractionDigits: 1) }
    } of 5
summary_tried = Days you tried something new or hard: { $count } of { $days }
summary_effect = Days your secure base made you calmer or braver: { $count } of { $days }
summary_request = { $count ->
        [one] Your request to { $anchor }: { $state }
       *[other] Your requests to { $anchor }: { $state }
    }
summary_reflections = <b>In your own words</b>
summary_reflection_item =
    <i>{ $question }</i>
    { $answer }
summary_situation_big = <b>The big moment</b>
summary_situation_new = <b>The new thing</b>
summary_situation_care = <b>The one who leans on you</b>
summary_situation_note = { $note }
summary_notes = <b>What you dared</b>
summary_note_item = Day { $day }: { $note }
request_state_sent = { $count ->
        [one] sent
       *[other] sent
    }
request_state_not_yet = { $count ->
        [one] not sent yet
       *[other] not sent yet
    }
request_state_declined = { $count ->
        [one] you chose not to send it
       *[other] you chose not to send them
    }
request_state_unknown = not answered
no_answer = –
again_q = Would you like another week? You can keep { $anchor } as your { $count ->
        [one] anchor
       *[other] anchors
    } or choose someone new.
again_asked_anchor = I've asked { $anchor } whether { $count ->
        [one] they're
       *[other] they're both
    } in again this week; I'll tell you what they say.
again_unreached = My question didn't reach { $anchor }: Telegram isn't letting me write to them (they may have stopped or blocked me). It's nothing you did. You can still send { $anchor } your request yourself, the way you usually write to them: the 🤝 invitation under it brings them back here if they'd like.
btn_again_same = { $count ->
        [one] Same anchor
       *[other] Same anchors
    }
btn_again_new = Someone new
btn_again_no = Not now
again_not_now = Thank you for this week. Whenever you'd like another, /start is here. 🌿

## nudges: later, skip, reminders

btn_snooze = ⏰ Later
btn_skip_today = Skip today
snooze_q = Of course. When should I come back?
btn_snooze_hour = In an hour
btn_snooze_evening = This evening, { $time }
snoozed = Okay, I'll come back { $when }.
snooze_nudge = Here I am again, as promised. 🌿
skipped_day = Day { $day } skipped, and that's fine. Next check-in: { $next }.
missed_reminder = Yesterday slipped by, and that's okay. /journal lets you fill it in if you like.

## seeing the week

progress_caption = Your week so far, with { $anchor }.
chart_saved = (chart saved: { $path })
file_saved = (file saved: { $path })
copy_hint = (to copy or send)
console_banner = Secure Base, console chat. Type a number to choose, /help for commands, /quit to leave.
console_fast_clock = (fast clock: one day lasts { $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    })
chart_title = Your week with { $anchor }
chart_mood = Mood
chart_tried = Tried something new or hard
chart_effect = Calmer or braver
chart_empty = No answers yet
chart_weeks_title = Every week so far
chart_weeks_day = Day { $day }
chart_weeks_legend = { $date } · { $anchor }
progress_weeks_title = <b>Every week so far</b>
progress_week_line = Week of { $date } with { $anchor }: mood avg { $answered ->
        [0] { no_answer }
       *[other] { NUMBER($avg, minimumFractionDigits: 1, maximumFractionDigits: 1) }
    }, { $tried } brave { $tried ->
        [one] day
       *[other] days
    }, { $helped } calmer or braver { $helped ->
        [one] day
       *[other] days
    }
progress_weeks_capped = Here are your last { $shown } weeks, out of { $total } in all.
journal_title = <b>Your journal, week { $number } with { $anchor }</b>
journal_day = <b>Day { $day }</b> · { $date }
journal_no_answer = no answer yet
journal_skipped = skipped
journal_upcoming = still to come
journal_mood = mood { $mood }
journal_tried_yes = tried something new or hard
journal_tried_no = nothing new
journal_note = “{ $note }”
journal_reflections = <b>Reflections</b>
journal_edit_hint = Tap a day to change its answers or fill in one you missed.
btn_journal_day = Day { $day }
journal_edit_q = Day { $day } ({ $date }): how was your mood that day?
checkin_updated = Day { $day } is updated. 🌿
journal_nothing = Your journal opens once your week has begun. /start sets it up.

## settings

settings_menu =
    <b>Your settings</b>
    Check-in time: { $time }
    Time zone: { $zone }
    Quiet hours: { $quiet }
    Language: { $language }

    What would you like to change?
btn_set_time = 🕖 Check-in time
btn_set_zone = 🌍 Time zone
btn_set_quiet = 🌙 Quiet hours
btn_set_language = 🗣 Language
btn_done = Done
settings_closed = Settings saved. 🌿
settings_need_setup = Settings open once your time zone and check-in time are chosen. Here's the next step:
settings_moved = Done. Check-ins are now at { $time } ({ $zone }). Next one: { $next }.
settings_zone_q = Which time zone? Tap the place closest to you, or type your city.
settings_time_q = What time should I check in each day?
quiet_q = When should I stay quiet? Nothing arrives from me in these hours, not even a reminder.
quiet_conflict = Your check-in time, { $time }, falls inside those hours. Choose other quiet hours, or change the check-in time first.
quiet_saved = Quiet hours are now { $quiet }.
language_q = Which language would you like?
language_name = English
language_saved = I'll speak English from now on.

## their data

export_q = I'll send you everything I keep about you: a JSON file with all of it and a CSV of your check-ins. They contain your private words. Send them here?
btn_export_yes = Send my data
btn_cancel = Cancel
export_done = Here's everything I keep about you.
export_cancelled = Okay, nothing was sent.
# File names of /export (the extension is added): the person's local date and time in { $stamp }.
export_file_all = secure-base-{ $stamp }
export_file_checkins = secure-base-checkins-{ $stamp }
delete_q = This erases everything I keep about you: your anchor, your words, check-ins, reflections and scheduled messages. It can't be undone. Messages already in this chat stay until you delete the chat. Erase everything?
btn_delete_yes = Yes, erase everything
btn_delete_no = Keep my data
delete_done =
    Erased: your profile, { $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weeks
    }, { $checkins ->
        [one] { $checkins } check-in
       *[other] { $checkins } check-ins
    }, { $reflections ->
        [one] { $reflections } reflection
       *[other] { $reflections } reflections
    } and { $nudges ->
        [one] { $nudges } scheduled message
       *[other] { $nudges } scheduled messages
    }. I keep nothing more about you. The messages and files already in this chat stay in Telegram until you delete the chat. If you write again, we start fresh.
delete_kept = Nothing was erased.
# The check-ins spreadsheet of /export: column titles and cell words.
csv_columns =
    .v1 = Week
    .v2 = Day
    .v3 = Date
    .v4 = Mood
    .v5 = Tried something new or hard
    .v6 = Note
    .v7 = Calmer or braver
    .v8 = Skipped
csv_yes = yes
csv_no = no
csv_effect_calmer = calmer
csv_effect_braver = braver
csv_effect_both = both
csv_effect_neither = neither

## care

care_words = Thank you for telling me. That sounds so heavy, and you matter.
care_low_mood = The last few days have been really low, and you still came back here.
care_again = I hear you. Take your time.
care_mood_kept = I've kept day { $day }: { $emoji }. The rest of it can wait.
care_answer_kept = I've kept what you answered just before. It will be there after this.
care_help =
    <b>Help you can reach</b>
    { $lines }
care_if_hurt = If you've already hurt yourself or taken something, call { $number } now.
care_local_emergency = your local emergency number
care_question = Are you safe right now?
btn_safe = I'm safe
btn_not_safe = I'm not safe
care_safe = I'm glad. If that changes, write to me any time, day or night.
care_not_safe = Please call someone now. You don't have to carry this alone:
care_emergency_anywhere = In danger right now: your local emergency number.
care_lines_above = The other numbers are in my message above.
care_offer = Would you like to write to { $anchor } too? You can send this as it is:
btn_care_relay = 💌 Send it to { $anchor } here
care_relay_sending = Sending it to { $anchor } now. I'll tell you when it's there. I'm still here with you.
care_relay_delivered = { $anchor } has your message now. 💛
care_relay_failed =
    I couldn't get your message to { $anchor }. 💛 Please send it yourself, here are the words:

    <blockquote>{ $draft }</blockquote>
care_relay_cannot =
    I can't reach { $anchor } here any more. 💛 You can still send it yourself, here are the words:

    <blockquote>{ $draft }</blockquote>
care_relay_cannot_anyone =
    I can't send it through me any more. 💛 You can still send it yourself, here are the words:

    <blockquote>{ $draft }</blockquote>
care_relay_again = Already sent to { $anchor }. I'm still here with you.
care_from =
    💬 { $person } is writing to you through Secure Base:

    <blockquote>{ $text }</blockquote>
care_offer_anyone = Is there someone you could write to as well? You can send this as it is:
care_draft = Can you call me? I'm having a really hard time.
care_draft_shown = <i>{ $draft }</i>
btn_share_anyone = ↗️ Send it
care_stay =
    .v1 = I'm really glad you wrote. I'm right here with you.
    .v2 = One breath at a time. I'm still here.
    .v3 = You're not a bother. Write as much or as little as you like, I'm not going anywhere.
care_stay_words = Please call now, you can keep writing to me while you wait:
care_stay_prompt = Write whenever you like. When you're ready, we can go back to your week.
btn_care_back = Back to my week
care_back = No rush. Here's where we were:
care_back_rest = I'm here whenever you want to write. Your week goes on at your own pace.
care_unclear = Thank you for writing to me. Before anything else, I'd like to know how you are right now: a tap on a button below is enough, or just yes or no.

## commands

help =
    I walk with you through one week of leaning on someone you trust.

    /start: begin, or pick up where you left off
    /status: where you are in the week and when I'll check in next
    /reflect: answer a reflection question any time
    /progress: a chart of your week, and of all your weeks
    /journal: your entries, and a way to change or fill in a day
    /settings: check-in time, time zone, quiet hours, language
    /pause and /resume: stop or restart the daily check-ins
    /stop: end this week (I'll ask first)
    /cancel: leave the current question
    /export: everything I keep about you, as files
    /delete: erase everything about you
    /help: this message

    <i>I'm not a crisis or medical service. If you are in danger or thinking of harming yourself, please call your local emergency number or a crisis line now.</i>
status_setup = You're setting up your week. Here's the next step:
status_week =
    { $count ->
        [one] Day { $day } of { $days } with { $anchor } as your anchor.
       *[other] Day { $day } of { $days } with { $anchor } as your anchors.
    }
    Check-ins answered: { $answered } of { $due }.
    Next check-in: { $next }.
status_paused = Check-ins are paused. /resume turns them back on.
status_no_next = none left this week
status_ended = You have no week running right now. /start to begin another.
status_starts = Your week starts { $when }.
pause_done = Paused. I won't send check-ins until you /resume. The week's days keep going.
pause_already = Check-ins are already paused. /resume turns them back on.
resume_done = Check-ins are back on. Next one: { $next }.
resume_not_paused = Check-ins are already on. Next one: { $next }.
no_week = There's no week running right now. /start to begin one.
stop_q = End this week? Your answers stay saved, and no more check-ins will come.
btn_stop_yes = Yes, end the week
btn_stop_no = No, keep going
stopped = Your week is ended. Thank you for the part you did. /start whenever you want another.
stop_kept = Good, we'll carry on.
cancel_setup = No problem. We'll pick up from here whenever you send /start.
cancel_week = Okay, I've set that question aside. Your week goes on.
cancel_nothing = There's no open question right now. 🌿
unknown_command = I don't know that command. /help lists the ones I understand.
cmd_start = Begin, or pick up where you left off
cmd_status = Where you are in the week
cmd_reflect = Answer a reflection question
cmd_pause = Pause the daily check-ins
cmd_resume = Turn check-ins back on
cmd_stop = End this week
cmd_cancel = Leave the current question
cmd_help = What I can do
cmd_progress = A chart of your week
cmd_journal = Your entries, day by day
cmd_settings = Time, time zone, quiet hours, language
cmd_export = Everything I keep about you, as files
cmd_delete = Erase everything about you
error_resend = Something went wrong on my side, could you send that again?
flood_wait = One moment: I'm reading all your messages, in order. My answers are on their way, and nothing you write gets lost.

## gentle corrections

non_text = I can only read text and button taps, not stickers or pictures. Here's where we were:
need_button = Please tap one of the buttons (or type its number). Here it is again:
stale_button = That question has passed. Here's where we are now:
too_long = That's a little long for me to keep (up to { NUMBER($max, useGrouping: 0) } characters). Could you shorten it?
too_long_keep = That's longer than I can keep here (up to { NUMBER($max, useGrouping: 0) } characters). Nothing is lost yet: shall I save the first { NUMBER($max, useGrouping: 0) } characters, or would you rather send a shorter version?
btn_long_keep = Save the first { NUMBER($max, useGrouping: 0) }
btn_long_shorten = I'll shorten it
long_shorten = Of course. Send the shorter version whenever you're ready.
empty_text = I didn't get any words there. Could you try again?
idle_text = Thank you for writing. There's no open question right now: /reflect to answer a reflection question, /status to see your week.
console_files_removed = { $count ->
        [one] (the file saved for you in { $path } was deleted too)
       *[other] (the { $count } files saved for you in { $path } were deleted too)
    }
checkin_tried_q_past = Did you try something new or a little hard that day?
checkin_effect_q_past = { $count ->
        [one] Did knowing { $anchor } has your back make you feel calmer or braver that day?
       *[other] Did knowing { $anchor } have your back make you feel calmer or braver that day?
    }
checkin_note_keep =
    Your note for that day was: <i>{ $note }</i>
    Skip keeps it.
mood_already = Day { $day } is already answered. To change it, open /journal and tap the day.
mood_hint = To answer day { $day }, tap how you feel, or type a number from 1 to 5.
mood_heard = Noted as { $mood } { $emoji }.
mood_words_1 = terrible | awful | horrible | very bad | really bad | the worst | miserable | dreadful | broken
mood_words_2 = bad | not good | not great | not so good | not well | down | low | sad | rough | tired | exhausted | stressed | anxious | could be better
mood_words_3 = ok | okay | meh | so so | alright | all right | average | neutral | fine i guess | nothing special | mixed | in between | not bad not good
mood_words_4 = good | pretty good | quite good | fine | well | pretty well | not bad | better | happy | calm | nice | decent
mood_words_5 = great | amazing | awesome | wonderful | fantastic | excellent | really good | very good | so good | brilliant | fabulous | the best
put_aside = I've set the earlier question aside to hear about today. { $how } takes you back to it.
put_aside_edit = I've set your change to day { $day } aside to hear about today. /journal takes you back to it.
followup_saved_warm = { $count ->
        [one] I'm so glad { $anchor } answered warmly. Asking at all takes courage.
       *[other] I'm so glad { $anchor } answered warmly. Asking at all takes courage.
    }
followup_saved_pending = Thank you for telling me. Sometimes an answer takes a while; asking was the brave part.
followup_saved_awkward = Thank you for telling me. Awkward moments happen, and they don't undo your courage in asking. Be gentle with yourself.
snoozed_quiet = An hour from now is { $wanted }, inside your quiet hours, so I'll come back { $when } instead.
fill_day_q = { $count ->
        [one] Before we close the week: no answers yet for day { $days }. Would you like to fill it in first?
       *[other] Before we close the week: no answers yet for days { $days }. Would you like to fill one in first?
    } Tap a day, or close the week as it is.
btn_close_now = Close the week
progress_caption_done = Your week with { $anchor }.
status_finished = Your week with { $anchor } is finished. /progress shows it, /journal day by day; /start begins another.
status_first =
    { $count ->
        [one] Day { $day } of { $days } with { $anchor } as your anchor.
       *[other] Day { $day } of { $days } with { $anchor } as your anchors.
    }
    Your first check-in comes { $next }.

## The anchor in the chat (issue 11)
btn_invite = 🤝 Invite { $anchor } to join me here
someone = the person who invited you
invite_message =
    { $request }

    If you'd like to be part of it, this link lets you join me in Secure Base for this week (it works once): { $link }
invite_ready =
    Here is the message with { $anchor }'s personal link. Send it the way you usually write to them.

    <blockquote>{ $message }</blockquote>

    When { $anchor } opens it, I'll ask whether they want to take part: at most two short reminders this week, nothing else. They never see your moods, notes or reflections. The link works once and only this week.
invite_refused = This invitation link can't be opened any more. Links work once, and only during the week they were made for. If someone wanted you here, they can send you a new one. 🌿
invite_own = That's your own invitation link 🙂 Send it to { $anchor }; I'll let you know when they answer.
invite_own_answered = That's your own invitation link 🙂 { $anchor } has already answered it, and I've told you what they said. Nothing more to send.
invite_answered = You've already answered { $person }'s invitation. Thank you. /stop ends the reminders whenever you like.
invite_answered_no = You've already answered { $person }'s invitation. Thank you for letting them know.
invite_card =
    Hi! 👋 I'm Secure Base, a small one-week practice: people who know someone has their back dare a little more.

    { $person } picked you as the person who makes them feel safe, and asked, in their own words:

    <blockquote>{ $request }</blockquote>

    Taking part means at most two short reminders from me this week, at a good time of your day, with a way to send { $person } a few words through me. Nothing else: you won't see anything of their week, and you can stop any time with /stop.
btn_join_yes = 💛 I'm in
btn_join_no = Not this time
anchor_again_q = 💛 { $person } started another week and would like you there again. Still in? Same as before: at most two short reminders, and anything you write reaches { $person }.
anchor_joined = { $anchor } said yes 💛 They'll get at most two short reminders from me this week, and anything they write to you here comes straight to you.
anchor_declined = { $anchor } can't this time. That's all right: asking was the brave part. Would you like to keep going on your own? Your week goes on just the same, and you can still ask { $anchor } in your own way.
join_no = Thank you for answering. I'll let { $person } know, kindly. Nothing more will come from me about this.
join_yes = Thank you 💛 I'll tell { $person }.
join_yes_zone = Thank you 💛 I'll tell { $person }. One question, so my reminders come at a good time of your day:
anchor_tz_q = Which time zone are you in? Tap the place closest to you, or type your city.
reminders_planned =
    { $count ->
        [0] This week is nearly over, so no reminders will come. You can still write to { $person } from here whenever a reminder would have.
        [one] You'll get one short reminder from me, in your daytime. /stop ends it any time.
       *[other] You'll get { $count } short reminders from me this week, in your daytime. /stop ends them any time.
    }
btn_reminders_off = 🔕 No reminders for { $anchor }
btn_reminders_on = 🔔 Reminders for { $anchor } back on
btn_unlink = Unlink { $anchor }
reminders_off = Okay, { $anchor } gets no more reminders from me. They can still write to you.
reminders_on = Reminders for { $anchor } are back on.
unlinked = { $anchor } is no longer linked to your week. Your week goes on.
anchor_ask_comfort = a few encouraging words
anchor_ask_listen = five minutes of listening
anchor_ask_help = help with one worry
anchor_nudge = 💛 { $person } asked you for this, this week: { $ask }. Today could be a good day.
btn_anchor_write = 💬 Write to { $person }
btn_anchor_leave = Stop these reminders
anchor_msg_q = Write a few words for { $person }. I'll pass them on just as you write them. (/cancel if you change your mind.)
anchor_message =
    💬 A message from { $anchor }:

    <blockquote>{ $text }</blockquote>
anchor_msg_sent = Sent to { $person } 💛
anchor_msg_cancel = Okay, nothing was sent.
link_ended = This link has ended, so there's nothing more to do here. Thank you for being there. 🌿
link_closed = { $person } has closed this week's link. No more reminders will come. Thank you for being there 💛
stop_also_anchor = You're also there for { $person } this week. Ending your own week leaves that as it is; to step back from it, one tap below.
btn_stop_supporting = Stop supporting { $person }
pass_on_q = Shall I pass this on to { $person }? Your words go just as you wrote them.
btn_pass_on = 💬 Send it to { $person }
btn_pass_on_no = Not now
pass_on_no = Okay, nothing was sent.
anchor_status = You're there for { $person } this week. I'll remind you of what they asked at most twice, in your daytime; you can write to them here any time.
anchor_left = Done: I won't remind you of { $person }'s request again. Thank you for being there 💛
anchor_unlinked = { $anchor } is no longer linked.
console_as = (you are now chat { $chat }; /as with another number switches again)
console_as_usage = (type /as and a chat id, like “/as 2 es”, to play another person: a number, then a language and a name if you like, like “/as 1 en Alex”)
console_silent = (sent silently: it's their quiet hours)
btn_deliver_thanks = 💌 Send it to { $anchor } here
thanks_delivered = Sent to { $anchor } 💌 They can answer you once, here.
thanks_already = Your thank-you already reached { $anchor } 💛
link_ended_person = { $anchor } is no longer linked, so I can't pass it on here. Copy it, or send it your usual way.
thanks_from =
    💌 { $person } wants to thank you for this week:

    <blockquote>{ $text }</blockquote>

    You can answer once, here. And if you'd like a week like this of your own, with someone who has your back, it's one tap away.
thanks_from_busy =
    💌 { $person } wants to thank you for this week:

    <blockquote>{ $text }</blockquote>

    You can answer once, here.
btn_anchor_reply = ✉️ Answer { $person }
btn_own_week = 🌱 A week of my own
reply_done = You've already answered, or this link has ended. Thank you for being there 💛
own_week_running = You already have a week running. /status shows where you are.
own_week_offer = And whenever you'd like a week of your own, with someone of yours to lean on, it's one tap:
anchor_reply_message =
    💌 { $anchor } answered your thank-you:

    <blockquote>{ $text }</blockquote>
settings_anchor_on = 🤝 { $anchor } is linked to your week and gets at most two reminders from me.
settings_anchor_off = 🤝 { $anchor } is linked to your week; their reminders are off.
anchor_declined_with = { $anchor } can't this time. That's all right: asking was the brave part, and { $other } is still with you this week.
anchor_declined_other = { $anchor } can't this time. That's all right: asking was the brave part. Would you like to ask { $other }, or keep going on your own? Your week goes on just the same.
btn_anchor_more = ➕ Add a second person (optional)
settings_anchor_more = You can add a second person to lean on this week (optional).
btn_anchor_more_finish = ➕ Finish adding { $anchor }
settings_anchor_more_finish = You began adding { $anchor } as a second person to lean on. Finish when you like: { $count ->
    [one] one question is left.
   *[other] { $count } questions are left.
}
anchor_more_name_q = Who else makes you feel safe? Write their name, or whatever you call them. (/cancel to keep just one.)
anchor_more_already = Your week is already with { $anchors }.
anchor_more_week_over = This week's seven days are done, so I won't add anyone to it now. When you start another week, you can add a second person right after your first request.
anchor_more_skipped = Okay, one anchor it is. You can add someone later from /settings.
anchor_more_ready =
    Good: this week it's { $anchors }. Check-ins will ask about both.

    Here's your request for { $anchor }, ready to send or to turn into an invitation:

    <blockquote>{ $draft }</blockquote>
summary_compare_up = Compared with your last week: { $now } brave { $now ->
        [one] day
       *[other] days
    }, up from { $before }.
summary_compare_down = Compared with your last week: { $now } brave { $now ->
        [one] day
       *[other] days
    }, down from { $before }. Every week is different; showing up counts.
summary_compare_same = Compared with your last week: { $now } brave { $now ->
        [one] day
       *[other] days
    }, the same as before ({ $before }).

## What is coming up this week (issue 11, part 6)

situation_q = One more thing, so I can suit the week to you: what's coming up for you these days?
situation_big = 🎯 Something big: an interview, an exam, a hard talk
situation_new = 🌱 Trying something new: a hobby, a class
situation_care = 🤲 Someone depends on me: a child, a friend
situation_ordinary = ☀️ Just an ordinary week
support_q_big =
    Now let's choose one small, concrete thing { $anchor } could do for you around the big moment. Small is the point: easy to say yes to.

    <i>For example, before a job interview someone asks their brother to wish them luck that morning and to call afterwards.</i>
support_q_new =
    Now let's choose one small, concrete thing { $anchor } could do for you while you try something new. Small is the point: easy to say yes to.

    <i>For example, someone starting pottery asks a friend to cheer them on patiently, especially after the lumpy first bowl.</i>
support_q_care =
    Holding someone else up is easier when someone holds you. Let's choose one small, concrete thing { $anchor } could do for you this week.

    <i>For example, a parent helping their child through a tough school project asks a friend for ten minutes to vent at the end of the day.</i>
ask_comfort = send me a few encouraging words
ask_listen = give me five minutes just to listen
ask_help = help me with one thing that's weighing on me
request_big =
    .v1 = Hi { $anchor }! I have something big coming up this week and I'm a bit nervous. Could you { $support }? { $ask_after ->
        [0] It would mean a lot.
       *[other] And maybe ask me afterwards how it went? It would mean a lot.
    }
    .v2 = Hey { $anchor }, there's a big moment ahead of me this week. Knowing you're in my corner would steady me. Would you { $support }?
    .v3 = { $anchor }, you're the one I'd like on my side this week: something big is coming up. Could you { $support }? Nothing more than that.
request_new =
    .v1 = Hi { $anchor }! I'm trying something new this week and I'm not very good at it yet. Could you { $support }? Your patience keeps me going.
    .v2 = Hey { $anchor }, I've started something new and the beginning is wobbly. Would you { $support }? It would help me not give up.
    .v3 = { $anchor }, you always encourage me without rushing me. I'm trying something new this week: could you { $support }?
request_care =
    .v1 = Hi { $anchor }! This week someone is leaning on me quite a bit, and I'd like a little support myself. Could you { $support }? It would help me be there for them.
    .v2 = Hey { $anchor }, I'm looking after someone this week and it takes a lot. Would you { $support }? Just knowing you're there helps.
    .v3 = { $anchor }, I'm holding someone up this week and I'd like someone to hold me up too. Could you { $support }?
situation_how_big = You had something big ahead this week. How did it go, or how are you feeling about it now? A few words are plenty.
situation_how_new = How is the new thing going? Tell me in a few words: a small step counts too.
situation_how_care = How are things with the person who depends on you, and how are you holding up?
situation_how_saved = Thank you for telling me. Whatever happened, you went through it with someone at your back.
situation_heard_well = I'm really glad it went well. 🌱 Keep this feeling for the next time something looks big.
situation_heard_mixed = Thank you for telling me. Ups and downs and all, you went through it, and not alone.
situation_heard_hard = That sounds hard, and I'm sorry. You don't have to carry it alone.
situation_heard_none = Thank you. I hope it goes well; someone has your back.
btn_anchor_more_again = Ask { $anchor } for something too
btn_anchor_more_drop = Just { $anchor } this week
btn_anchor_more_skip = Just { $anchor } is fine
anchor_more_not_now = Just { $anchor }, then. 🌿 If you'd like a second person later, it's in /settings.
anchor_more_support_q = What small thing could { $anchor } do for you this week? It can be something different from your first request.
thank_intro_anchor_more =
    And one for { $anchor }:

    <blockquote>{ $draft }</blockquote>
thank_own_q_two = Write your thank-you the way you'd say it. I'll have it ready for { $anchors }, just as you write it.
thank_final_anchor_more =
    And the one for { $anchor }:

    <blockquote>{ $draft }</blockquote>
followup_not_yet_anchor_more =
    And the one for { $anchor }:

    <blockquote>{ $draft }</blockquote>
