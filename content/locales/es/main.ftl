### Secure Base texts, locale es.
### Spanish with the warm informal «tú». Nothing agrees with the person's gender
### ("a salvo", "con más calma", "qué bueno verte"), and { $anchor } is always a name
### or an address, never a form that would need a guess.


## welcome

welcome =
    Hola, soy Secure Base. 🌱

    Durante una semana vamos a practicar algo sencillo: cuando sabes que alguien te respalda, te atreves a un poco más.

    1. <b>Ancla</b>: elige a alguien con quien te sientas a salvo.
    2. <b>Pide</b>: pídele un pequeño apoyo para esta semana.
    3. <b>Observa</b>: una vez al día, un momento breve para ver cómo te sientes y a qué te atreviste.
    4. <b>Agradece</b>: cierra la semana dándole las gracias y ofreciéndole algo a cambio.

    Te llevará uno o dos minutos al día, y lo que escribas queda entre nosotros.
    <i>No soy un servicio de crisis ni un servicio médico. Si estás en peligro, llama al número de emergencias de tu zona.</i>
btn_begin = Empecemos
welcome_back = Qué bueno verte de nuevo. Aquí es donde nos quedamos:

## anchor

anchor_name_q =
    ¿Con quién te sientes a salvo? Tu pareja, tu madre o tu padre, una amistad: alguien en quien confías, aunque no sea perfecto.

    Escribe su nombre, o como le llames.
anchor_why_q = ¿Qué hace que { $anchor } sea un lugar seguro para ti? Basta con una o dos frases. Queda entre nosotros.
anchor_saved = Gracias. Qué bien que tengas a { $anchor }.

## ask

support_q =
    Ahora elijamos una cosa pequeña y concreta que { $anchor } podría hacer por ti esta semana. Que sea pequeña es la clave: así es fácil decir que sí.

    <i>Por ejemplo, antes de una entrevista de trabajo, alguien le pide a su hermana que le desee suerte y que le pregunte después cómo le fue.</i>
support_comfort = 💬 Un mensaje de ánimo
support_listen = 👂 Cinco minutos de escucha
support_help = 🤝 Ayuda con una preocupación
support_own = ✏️ Otra cosa
support_own_q = ¿Qué te ayudaría? Descríbelo en pocas palabras, por ejemplo «salir a caminar conmigo el jueves».
draft_intro =
    Este es un mensaje que podrías enviarle a { $anchor }:

    <blockquote>{ $draft }</blockquote>
btn_draft_take = 👍 Me sirve
btn_draft_again = 🔄 Otra versión
btn_draft_own = ✏️ Lo escribo yo
draft_own_q = Escribe el mensaje como tú lo dirías. Te lo guardo para que lo tengas a mano.
draft_final =
    Aquí lo tienes, listo para copiar o reenviar a { $anchor }:

    <blockquote>{ $draft }</blockquote>

    Envíalo cuando te parezca bien; hoy sería ideal. En uno o dos días te preguntaré cómo fue.
btn_copy = 📋 Copiar
btn_share = ↗️ Enviar a { $anchor }
draft_alone_hint = Es largo para el botón de copiar, así que va otra vez abajo, solo: mantenlo pulsado para copiarlo o reenvíalo tal cual.
draft_alone = { $draft }
request_comfort =
    .v1 = ¡Hola, { $anchor }! Esta semana estoy probando algo: apoyarme un poco más en la gente en quien confío. ¿Me mandarías un mensajito de ánimo algún día de esta semana? Significaría mucho para mí.
    .v2 = Oye, { $anchor }, una pequeña petición: ¿me escribirías unas palabras bonitas en algún momento de esta semana? Saber que estás de mi lado me ayuda a ser más valiente.
    .v3 = { $anchor }, eres de las personas con quienes me siento a salvo. ¿Me escribes algo que me dé ánimo esta semana? Nada grande, de verdad ayuda.
request_listen =
    .v1 = ¡Hola, { $anchor }! ¿Me darías cinco minutos esta semana solo para escucharme mientras le doy vueltas a algo? No hacen falta consejos, solo tú.
    .v2 = Oye, { $anchor }, ¿tendrías cinco minutos para mí esta semana? Me encantaría hablar de algo con alguien en quien confío.
    .v3 = { $anchor }, ¿me prestas cinco minutos de tu tiempo esta semana? Con que me escuches me ayudarías muchísimo.
request_help =
    .v1 = ¡Hola, { $anchor }! Hay algo que me pesa esta semana. ¿Me echarías una mano, aunque sea un poco? Se me haría mucho más ligero.
    .v2 = Oye, { $anchor }, ¿puedo pedirte ayuda con una cosa que me tiene con estrés esta semana? Saber que estás ahí lo hace más fácil.
    .v3 = { $anchor }, contigo lo difícil siempre parece más posible. ¿Me ayudarías con una preocupación esta semana?
request_own =
    .v1 = ¡Hola, { $anchor }! Esta semana intento apoyarme un poco más en la gente en quien confío. ¿Podrías { $support }? Significaría mucho para mí.
    .v2 = Oye, { $anchor }, una pequeña petición para esta semana: { $support }. ¿Te parece bien?
    .v3 = { $anchor }, contigo me siento a salvo, por eso te lo pido a ti: { $support }. Solo si te viene bien.

## schedule

tz_q = ¿Cuándo paso a saludarte? Primero, tu zona horaria: toca el lugar más cercano a ti (la hora que ves es la de allí ahora) o escribe tu ciudad.
btn_tz_other = 🌍 Otro lugar
tz_text_q = Escribe tu ciudad (como «Bogotá»), una diferencia con UTC (como «UTC-5») o una zona (como «EST» o «America/Mexico_City»).
tz_unknown = No encontré «{ $text }». Prueba con una ciudad más grande cerca de ti, una diferencia como «UTC-5» o una zona como «EST».
tz_guess_q = ¿Te refieres a { $place }?
btn_tz_guess_yes = Sí, { $place }
tz_which_q = Ese nombre corresponde a más de una zona horaria. ¿Cuál es la tuya? (La hora que ves es la de allí ahora).
tz_needed = Necesito tu zona horaria para escribirte a tu hora y nunca de noche. Toca el lugar más cercano a ti o escribe tu ciudad; con /cancel lo dejamos para después.
tz_fixed_note = Anotado: una diferencia fija. No cambia con el horario de verano; si en tu zona cambian la hora durante el año, mejor elige tu ciudad en /settings.
# Typed at a zone question, these are answers to the bot, not places (separated by |).
tz_not_places = saltar | sáltalo | saltarlo | omitir | omítelo | omite | más tarde | luego | después | ahora no | cancelar | atrás | volver | no | ninguno | ninguna | paso | siguiente | no sé | ni idea
# Typed at "Did you mean Lisbon?": yes (separated by |).
tz_yes_words = sí | si | claro | eso | exacto | correcto | vale | ok | dale | sí claro
time_q =
    Tu zona horaria: { $zone } (allí son las { $local }).

    ¿A qué hora del día paso a saludarte? Por la tarde o la noche va bien para repasar el día.
btn_time_other = Otra hora
time_text_q = Escribe una hora, por ejemplo 18:30 o 21:00.
time_bad = No entendí esa hora. Prueba con algo como 18:30, 21:00 o «a las siete y media».
time_night_q = A las { $time } ya es de noche. Normalmente no escribo entre las 22:00 y las 08:00 para no despertarte. ¿Paso a las { $time } de todos modos?
btn_night_yes = Sí, a las { $time }
btn_night_no = Elegir otra hora
sched_keep_q = ¿Paso a la misma hora que la semana pasada, a las { $time } ({ $zone })?
btn_keep = Sí, a la misma hora
btn_change = Cambiarla
scheduled =
    Todo listo. 🌿 Te escribo por primera vez { $when }, y luego cada día a las { $time } durante siete días.

    Responde cuando te venga bien: una respuesta tardía cuenta igual para su día. /help te muestra qué más puedo hacer.
when_today = hoy a las { $time }
when_tomorrow = mañana a las { $time }
when_on = el { $date } a las { $time }

## notice

checkin_mood_q = Día { $day } de { $days }. ¿Cómo te sientes hoy?
checkin_mood_q_after_care = Día { $day } de { $days }. Ayer parecía un día muy duro. ¿Cómo te sientes hoy?
checkin_mood_q_after_care_today = Día { $day } de { $days }. Hoy parecía un día muy duro. ¿Cómo te sientes ahora?
checkin_tried_q = ¿Hoy probaste algo nuevo o un poco difícil? En el trabajo, con alguien, todo cuenta.
btn_yes = Sí
btn_not_today = Hoy no
checkin_note_q = ¡Bien por ti! 🌱 ¿Quieres anotar qué fue? Escribe unas palabras o toca Saltar.
checkin_note_q_gentle = ¿Quieres anotar qué fue? Escribe unas palabras o toca Saltar.
btn_skip = Saltar
checkin_effect_q = { $count ->
        [one] Saber que { $anchor } te respalda, ¿te ayudó hoy a sentir más calma o más valor?
       *[other] Saber que { $anchor } te respaldan, ¿te ayudó hoy a sentir más calma o más valor?
    }
effect_calmer = 😌 Más calma
effect_braver = 💪 Más valor
effect_both = Ambas
effect_neither = No mucho
checkin_saved = Guardado para el día { $day }. Gracias por contarme.
followup_q = { $count ->
        [one] ¿Le enviaste tu petición a { $anchor }?
       *[other] ¿Les enviaste tus peticiones a { $anchor }?
    }
btn_sent_yes = { $count ->
        [one] Sí, la envié
       *[other] Sí, las envié
    }
btn_sent_not_yet = Todavía no
btn_sent_no = { $count ->
        [one] Decidí no enviarla
       *[other] Decidí no enviarlas
    }
followup_how_q = { $count ->
        [one] ¿Cómo respondió { $anchor }? Toca una opción o cuéntamelo en pocas palabras.
       *[other] ¿Cómo respondieron { $anchor }? Toca una opción o cuéntamelo en pocas palabras.
    }
btn_resp_warm = Con cariño
btn_resp_pending = Aún sin respuesta
btn_resp_awkward = Fue incómodo
response_warm = con cariño
response_pending = aún sin respuesta
response_awkward = fue incómodo
followup_saved = Gracias por contármelo. Pedir algo ya es un acto de valentía.
followup_not_yet =
    No pasa nada. Tu mensaje sigue aquí para cuando lo quieras:

    <blockquote>{ $draft }</blockquote>
followup_declined = Está bien; tú conoces tu situación mejor que nadie. Darte cuenta de qué apoyo te gustaría ya es parte de la práctica.
sent_words_sent = si | sí | claro | lo envie | lo mande | enviado | ya | ya lo envie | ya lo mande | si lo envie | hecho | por supuesto
sent_words_not_yet = todavia no | aun no | mas tarde | luego | manana | pronto | lo estoy pensando | todavia lo pienso
sent_words_declined = no | nop | la verdad es que no | no lo envie | no lo mande | no mucho | para nada | cambie de idea | decidi no
tone_words_well = bien | muy bien | genial | estupendo | carino | carinosa | carinoso | contento | contenta | me alegro | ayudo | me ayudo | mejor | mejor de lo que | mejor de lo que temia | mejor de lo que esperaba | mejor de lo que pensaba | no estuvo mal | bonito | precioso | si
tone_words_mixed = mas o menos | regular | normal | asi asi | ni bien ni mal | un poco raro | no se | de todo
tone_words_hard = mal | fatal | horrible | incomodo | incomoda | dificil | duro | doloroso | me dolio | peor | peor de lo que | frio | fria | triste | no muy bien | rechazo | me ignoro | decepcionado | decepcionada | no
tone_words_none = sin respuesta | no ha respondido | no ha contestado | no contesto | no respondio | todavia no | aun no | esperando | sigo esperando | no ha pasado | todavia no ha pasado | es manana | es la semana que viene
followup_heard_well = ¡Qué bien! Me alegra que pidieras apoyo y que saliera bien. 🌱
followup_heard_mixed = Gracias por contármelo. Algo salió bien y algo no; pedir ya fue valiente.
followup_heard_hard = Siento que fuera así; eso puede doler. Aun así, pedir fue valiente. Trátate con cariño hoy.
followup_heard_none = Gracias por contármelo. A veces la respuesta tarda; pedir era la parte valiente.
reflection_q =
    Una pregunta para pensar con calma:

    <i>{ $question }</i>

    Responde ahora con un mensaje, o más tarde con /reflect.
btn_later = Más tarde
reflection_saved = Guardado. Gracias por ponerlo en palabras.
reflection_later = Claro. Con /reflect vuelves a las preguntas cuando quieras.
reflect_menu = ¿Qué pregunta te gustaría responder? (✓ significa que ya la respondiste.)
reflect_prompt =
    <i>{ $question }</i>

    Escribe tu respuesta en un mensaje.
reflect_no_week = Las preguntas para pensar se abren cuando empieza tu semana. /start te ayuda a prepararla.
reflection_questions =
    .v1 = ¿Quién es tu base segura, o qué podrías hacer para construir una?
    .v2 = ¿Cómo ha influido tener (o no tener) una base segura en aquello a lo que te atreves?
    .v3 = ¿Cómo sería dejar que alguien te apoye un poco más?
    .v4 = ¿Apoyas a las personas más cercanas tanto como ellas te apoyan a ti?
reflection_short =
    .v1 = ¿Quién es mi base segura?
    .v2 = A qué me atrevo
    .v3 = Dejarme apoyar
    .v4 = Apoyar de vuelta

## thank

week_close_nudge = { $count ->
        [one] Tus siete días han terminado. 🌿 Cerremos la semana con calma: unas palabras de gracias para { $anchor } y una mirada atrás.
       *[other] Tus siete días han terminado. 🌿 Cerremos la semana con calma: unas palabras de gracias para { $anchor } y una mirada atrás.
    }
btn_close_week = ✨ Cerrar la semana
care_close_later = Cerrar la semana puede esperar a mañana. Si prefieres hacerlo antes, está aquí.
care_yesterday = Ayer parecía un día muy duro. Me alegra que estés aquí.
thank_intro =
    Es hora de cerrar el círculo con { $anchor }. Aquí tienes un agradecimiento que podrías enviar:

    <blockquote>{ $draft }</blockquote>
thank_own_q = Escribe tu agradecimiento como tú lo dirías.
thank_final =
    Aquí lo tienes, listo para enviar:

    <blockquote>{ $draft }</blockquote>

    Una forma de devolver algo esta semana: { $tip }
thank_drafts =
    .v1 = { $anchor }, gracias por estar ahí esta semana. Saber que me respaldabas marcó una diferencia de verdad. Me encantaría devolverte el favor: { $idea }
    .v2 = Oye, { $anchor }, quería darte las gracias. Tu apoyo esta semana me ayudó más de lo que imaginas. Ahora me toca a mí: { $idea }
    .v3 = Gracias, { $anchor }. Significó mucho sentir que estabas de mi lado esta semana. Déjame hacer algo por ti también: { $idea }
return_comfort = te mandaré algo bonito un día que lo necesites.
return_listen = te daré cinco minutos de toda mi atención cuando quieras.
return_help = dime una cosa que pueda quitarte de encima esta semana.
return_own = dime una pequeña cosa que te ayudaría esta semana.
return_tip_comfort = mándale a { $anchor } un mensaje cariñoso un día que lo necesite.
return_tip_listen = ofrécele a { $anchor } cinco minutos de toda tu atención.
return_tip_help = quítale a { $anchor } una pequeña tarea de encima.
return_tip_own = pregúntale a { $anchor } qué pequeña cosa le ayudaría esta semana, y hazla.
mood_emoji =
    .v1 = 😞
    .v2 = 😕
    .v3 = 😐
    .v4 = 🙂
    .v5 = 😄
pause_setup = Los mensajes del día empiezan cuando tu semana esté preparada. Este es el siguiente paso:
summary_title = <b>Tu semana</b>
summary_moods = Ánimo, día a día: { $moods }
summary_avg = Ánimo medio: { $answered ->
        [0] { no_answer }
       *[other] { NUMBER($avg, minimumFractionDigits: 1, maximumFractionDigits: 1) }
    } de 5
summary_tried = Días en que probaste algo nuevo o difícil: { $count } de { $days }
summary_effect = Días en que tu base segura te dio más calma o más valor: { $count } de { $days }
summary_request = { $count ->
        [one] Tu petición a { $anchor }: { $state }
       *[other] Tus peticiones a { $anchor }: { $state }
    }
summary_reflections = <b>Con tus propias palabras</b>
summary_reflection_item =
    <i>{ $question }</i>
    { $answer }
summary_situation_big = <b>El gran momento</b>
summary_situation_new = <b>Lo nuevo</b>
summary_situation_care = <b>Quien se apoya en ti</b>
summary_situation_note = { $note }
summary_notes = <b>A qué te atreviste</b>
summary_note_item = Día { $day }: { $note }
request_state_sent = { $count ->
        [one] enviada
       *[other] enviadas
    }
request_state_not_yet = { $count ->
        [one] aún sin enviar
       *[other] aún sin enviar
    }
request_state_declined = { $count ->
        [one] decidiste no enviarla
       *[other] decidiste no enviarlas
    }
request_state_unknown = sin respuesta
no_answer = –
again_q = ¿Te gustaría otra semana? Puedes seguir con { $anchor } como { $count ->
        [one] ancla
       *[other] anclas
    } o elegir a otra persona.
again_asked_anchor = Le pregunté a { $anchor } si { $count ->
        [one] sigue
       *[other] siguen
    } contigo esta semana; te diré qué { $count ->
        [one] responde
       *[other] responden
    }.
again_unreached = Mi pregunta no le llegó a { $anchor }: Telegram no me deja escribirle (quizá me detuvo o me bloqueó). No es nada que hayas hecho. Aún puedes enviarle tu petición directamente, como sueles escribirle: la invitación 🤝 que va con ella le trae de vuelta aquí si quiere.
btn_again_same = { $count ->
        [one] La misma persona
       *[other] Las mismas personas
    }
btn_again_new = Otra persona
btn_again_no = Ahora no
again_not_now = Gracias por esta semana. Cuando quieras otra, /start está aquí. 🌿

## nudges: later, skip, reminders

btn_snooze = ⏰ Más tarde
btn_skip_today = Saltar hoy
snooze_q = Claro. ¿Cuándo vuelvo?
btn_snooze_hour = En una hora
btn_snooze_evening = Esta noche, a las { $time }
snoozed = De acuerdo, vuelvo { $when }.
snooze_nudge = Aquí estoy otra vez, como te prometí. 🌿
skipped_day = Día { $day } saltado, y no pasa nada. Próximo mensaje: { $next }.
missed_reminder = Ayer se pasó sin más, y está bien. Con /journal puedes completarlo si quieres.

## seeing the week

progress_caption = Tu semana hasta ahora, con { $anchor }.
chart_saved = (gráfico guardado: { $path })
file_saved = (archivo guardado: { $path })
copy_hint = (para copiar o enviar)
console_banner = Secure Base, chat en la consola. Escribe un número para elegir, /help para ver los comandos, /quit para salir.
console_fast_clock = (reloj rápido: un día dura { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    })
chart_title = Tu semana con { $anchor }
chart_mood = Ánimo
chart_tried = Algo nuevo o difícil
chart_effect = Más calma o más valor
chart_empty = Aún no hay respuestas
chart_weeks_title = Todas tus semanas
chart_weeks_day = Día { $day }
chart_weeks_legend = { $date } · { $anchor }
progress_weeks_title = <b>Todas tus semanas</b>
progress_week_line = Semana del { $date } con { $anchor }: ánimo medio { $answered ->
        [0] { no_answer }
       *[other] { NUMBER($avg, minimumFractionDigits: 1, maximumFractionDigits: 1) }
    }; { $tried } { $tried ->
        [one] día valiente
       *[other] días valientes
    }; { $helped } { $helped ->
        [one] día con más calma o valor
       *[other] días con más calma o valor
    }
progress_weeks_capped = Aquí ves tus últimas { $shown } semanas, de { $total } en total.
journal_title = <b>Tu diario, semana { $number } con { $anchor }</b>
journal_day = <b>Día { $day }</b> · { $date }
journal_no_answer = aún sin respuesta
journal_skipped = saltado
journal_upcoming = todavía por llegar
journal_mood = ánimo { $mood }
journal_tried_yes = probaste algo nuevo o difícil
journal_tried_no = nada nuevo
journal_note = «{ $note }»
journal_reflections = <b>Reflexiones</b>
journal_edit_hint = Toca un día para cambiar sus respuestas o completar uno que se te pasó.
btn_journal_day = Día { $day }
journal_edit_q = Día { $day } ({ $date }): ¿cómo estaba tu ánimo ese día?
checkin_updated = Día { $day } actualizado. 🌿
journal_nothing = Tu diario se abre cuando empieza tu semana. /start te ayuda a prepararla.

## settings

settings_menu =
    <b>Tus ajustes</b>
    Hora del mensaje diario: { $time }
    Zona horaria: { $zone }
    Horas de silencio: { $quiet }
    Idioma: { $language }

    ¿Qué te gustaría cambiar?
btn_set_time = 🕖 Hora diaria
btn_set_zone = 🌍 Zona horaria
btn_set_quiet = 🌙 Horas de silencio
btn_set_language = 🗣 Idioma
btn_done = Listo
settings_closed = Ajustes guardados. 🌿
settings_need_setup = Los ajustes se abren cuando hayas elegido tu zona horaria y la hora diaria. Este es el siguiente paso:
settings_moved = Listo. Ahora te escribo a las { $time } ({ $zone }). El próximo mensaje: { $next }.
settings_zone_q = ¿Qué zona horaria? Toca el lugar más cercano a ti o escribe tu ciudad.
settings_time_q = ¿A qué hora paso a saludarte cada día?
quiet_q = ¿Cuándo me quedo en silencio? En esas horas no te llega nada de mi parte, ni siquiera un recordatorio.
quiet_conflict = Tu hora diaria, las { $time }, cae dentro de esas horas. Elige otras horas de silencio o cambia primero la hora diaria.
quiet_saved = Las horas de silencio ahora son { $quiet }.
language_q = ¿En qué idioma prefieres que hablemos?
language_name = Español
language_saved = A partir de ahora te hablo en español.

## their data

export_q = Te enviaré todo lo que guardo sobre ti: un archivo JSON con todo y un CSV con tus respuestas de cada día. Contienen tus palabras privadas. ¿Te los envío aquí?
btn_export_yes = Enviar mis datos
btn_cancel = Cancelar
export_done = Aquí está todo lo que guardo sobre ti.
export_cancelled = De acuerdo, no se envió nada.
# File names of /export (the extension is added): the person's local date and time in { $stamp }.
export_file_all = secure-base-{ $stamp }
export_file_checkins = secure-base-mis-dias-{ $stamp }
delete_q = Esto borra todo lo que guardo sobre ti: tu ancla, tus palabras, tus respuestas de cada día, tus reflexiones y los mensajes programados. No se puede deshacer. Los mensajes que ya están en este chat se quedan hasta que borres el chat. ¿Lo borro todo?
btn_delete_yes = Sí, borrar todo
btn_delete_no = Conservar mis datos
delete_done =
    Borrado: tu perfil, { $weeks ->
        [one] { $weeks } semana
        [many] { $weeks } de semanas
       *[other] { $weeks } semanas
    }, { $checkins ->
        [one] { $checkins } respuesta diaria
        [many] { $checkins } de respuestas diarias
       *[other] { $checkins } respuestas diarias
    }, { $reflections ->
        [one] { $reflections } reflexión
        [many] { $reflections } de reflexiones
       *[other] { $reflections } reflexiones
    } y { $nudges ->
        [one] { $nudges } mensaje programado
        [many] { $nudges } de mensajes programados
       *[other] { $nudges } mensajes programados
    }. Ya no guardo nada más sobre ti. Los mensajes y archivos que ya están en este chat se quedan en Telegram hasta que borres el chat. Si vuelves a escribir, empezamos de cero.
delete_kept = No se borró nada.
# The check-ins spreadsheet of /export: column titles and cell words.
csv_columns =
    .v1 = Semana
    .v2 = Día
    .v3 = Fecha
    .v4 = Ánimo
    .v5 = Algo nuevo o difícil
    .v6 = Nota
    .v7 = Más calma o más valor
    .v8 = Saltado
csv_yes = sí
csv_no = no
csv_effect_calmer = más calma
csv_effect_braver = más valor
csv_effect_both = ambas
csv_effect_neither = no mucho

## care

care_words = Gracias por contármelo. Suena muy duro, y tú importas.
care_low_mood = Los últimos días han sido muy bajos, y aun así sigues aquí.
care_again = Te escucho. Tómate tu tiempo.
care_mood_kept = Guardé el día { $day }: { $emoji }. Lo demás puede esperar.
care_answer_kept = Guardé lo que respondiste justo antes. Estará ahí después.
care_help =
    <b>Dónde puedes llamar</b>
    { $lines }
care_if_hurt = Si ya te hiciste daño o tomaste algo, llama ahora al { $number }.
care_local_emergency = número de emergencias de tu zona
care_question = ¿Estás a salvo ahora mismo?
btn_safe = Estoy a salvo
btn_not_safe = No estoy a salvo
care_safe = Me alegra. Si eso cambia, escríbeme cuando quieras, de día o de noche.
care_not_safe = Por favor, llama a alguien ahora. No tienes que cargar con esto a solas:
care_emergency_anywhere = Si hay peligro ahora mismo: el número de emergencias de tu zona.
care_lines_above = Los demás números están en mi mensaje de arriba.
care_offer = ¿Quieres escribirle también a { $anchor }? Puedes enviarle esto tal cual:
btn_care_relay = 💌 Enviárselo a { $anchor } aquí
care_relay_sending = Se lo estoy enviando a { $anchor }. Te aviso cuando le llegue. Sigo aquí contigo.
care_relay_delivered = A { $anchor } ya le llegó tu mensaje. 💛
care_relay_failed =
    No pude hacerle llegar tu mensaje a { $anchor }. 💛 Por favor, envíaselo tú; aquí tienes las palabras:

    <blockquote>{ $draft }</blockquote>
care_relay_cannot =
    Ya no puedo escribirle a { $anchor } desde aquí. 💛 Pero puedes enviárselo tú; aquí tienes las palabras:

    <blockquote>{ $draft }</blockquote>
care_relay_cannot_anyone =
    Ya no puedo enviarlo desde aquí. 💛 Pero puedes enviarlo tú; aquí tienes las palabras:

    <blockquote>{ $draft }</blockquote>
care_relay_again = Ya se lo envié a { $anchor }. Sigo aquí contigo.
care_from =
    💬 { $person } te escribe a través de Secure Base:

    <blockquote>{ $text }</blockquote>
care_offer_anyone = ¿Hay alguien a quien puedas escribir también? Puedes enviarle esto tal cual:
care_draft = ¿Puedes llamarme? Lo estoy pasando muy mal.
care_draft_shown = <i>{ $draft }</i>
btn_share_anyone = ↗️ Enviar
care_stay =
    .v1 = Me alegra mucho que escribas. Estoy aquí contigo.
    .v2 = Una respiración a la vez. Sigo aquí.
    .v3 = No molestas. Escribe lo que quieras, no me voy a ninguna parte.
care_stay_words = Por favor, llama ahora; puedes seguir escribiéndome mientras esperas:
care_stay_prompt = Escríbeme cuando quieras. Cuando tengas fuerzas, volvemos a tu semana.
btn_care_back = Volver a mi semana
care_back = Sin prisa. Aquí es donde estábamos:
care_back_rest = Aquí estoy cuando quieras escribir. Tu semana sigue a tu ritmo.
care_unclear = Gracias por escribirme. Antes que nada, quiero saber cómo estás ahora mismo: basta con tocar un botón de abajo, o escribir «sí» o «no».

## commands

help =
    Te acompaño durante una semana en la que practicas apoyarte en alguien de confianza.

    /start: empezar, o seguir donde lo dejaste
    /status: en qué punto de la semana estás y cuándo paso la próxima vez
    /reflect: responder a una pregunta para pensar, cuando quieras
    /progress: un gráfico de tu semana y de todas tus semanas
    /journal: lo que has anotado, y una forma de cambiar o completar un día
    /settings: hora diaria, zona horaria, horas de silencio, idioma
    /pause y /resume: detener o reanudar los mensajes del día
    /stop: terminar esta semana (antes te pregunto)
    /cancel: salir de la pregunta actual
    /export: todo lo que guardo sobre ti, en archivos
    /delete: borrar todo lo que hay sobre ti
    /help: este mensaje

    <i>No soy un servicio de crisis ni un servicio médico. Si estás en peligro o piensas en hacerte daño, llama ahora al número de emergencias de tu zona o a una línea de crisis.</i>
status_setup = Estás preparando tu semana. Este es el siguiente paso:
status_week =
    { $count ->
        [one] Día { $day } de { $days }, con { $anchor } como ancla.
       *[other] Día { $day } de { $days }, con { $anchor } como anclas.
    }
    Días respondidos: { $answered } de { $due }.
    Próximo mensaje: { $next }.
status_paused = Los mensajes del día están en pausa. /resume los vuelve a activar.
status_no_next = no quedan más esta semana
status_ended = Ahora mismo no tienes ninguna semana en marcha. /start para empezar otra.
status_starts = Tu semana empieza { $when }.
pause_done = En pausa. No te enviaré mensajes del día hasta que uses /resume. Los días de la semana siguen corriendo.
pause_already = Los mensajes del día ya están en pausa. /resume los vuelve a activar.
resume_done = Los mensajes del día vuelven a estar activos. El próximo: { $next }.
resume_not_paused = Los mensajes del día ya están activos. El próximo: { $next }.
no_week = Ahora mismo no hay ninguna semana en marcha. /start para empezar una.
stop_q = ¿Terminar esta semana? Tus respuestas quedan guardadas y no llegarán más mensajes del día.
btn_stop_yes = Sí, terminar la semana
btn_stop_no = No, sigamos
stopped = Tu semana ha terminado. Gracias por todo lo que hiciste. /start cuando quieras otra.
stop_kept = Muy bien, seguimos.
cancel_setup = Sin problema. Seguimos desde aquí cuando envíes /start.
cancel_week = De acuerdo, dejo esa pregunta a un lado. Tu semana sigue.
cancel_nothing = Ahora mismo no hay ninguna pregunta abierta. 🌿
unknown_command = No conozco ese comando. /help te muestra los que entiendo.
cmd_start = Empezar, o seguir donde lo dejaste
cmd_status = En qué punto de la semana estás
cmd_reflect = Responder a una pregunta para pensar
cmd_pause = Pausar los mensajes del día
cmd_resume = Reanudar los mensajes del día
cmd_stop = Terminar esta semana
cmd_cancel = Salir de la pregunta actual
cmd_help = Lo que puedo hacer
cmd_progress = Un gráfico de tu semana
cmd_journal = Lo que anotaste, día a día
cmd_settings = Hora, zona horaria, horas de silencio, idioma
cmd_export = Todo lo que guardo sobre ti, en archivos
cmd_delete = Borrar todo lo que hay sobre ti
error_resend = Algo falló de mi lado, ¿me lo puedes enviar otra vez?
flood_wait = Un momento: estoy leyendo todos tus mensajes, en orden. Mis respuestas ya van en camino y nada de lo que escribes se pierde.

## gentle corrections

non_text = Solo puedo leer texto y toques en los botones, no stickers ni imágenes. Aquí es donde estábamos:
need_button = Toca uno de los botones, por favor (o escribe su número). Aquí está otra vez:
stale_button = Esa pregunta ya pasó. Aquí es donde estamos ahora:
too_long = Es un poco largo para guardarlo (hasta { NUMBER($max, useGrouping: 0) } caracteres). ¿Podrías acortarlo?
too_long_keep = Es más largo de lo que puedo guardar aquí (hasta { NUMBER($max, useGrouping: 0) } caracteres). Aún no se ha perdido nada: ¿guardo los primeros { NUMBER($max, useGrouping: 0) } caracteres o prefieres enviar una versión más corta?
btn_long_keep = Guardar los primeros { NUMBER($max, useGrouping: 0) }
btn_long_shorten = Lo acorto yo
long_shorten = Claro. Envía la versión más corta cuando quieras.
empty_text = No me llegó ninguna palabra. ¿Lo intentas otra vez?
idle_text = Gracias por escribir. Ahora mismo no hay ninguna pregunta abierta: /reflect para responder a una pregunta para pensar, /status para ver tu semana.
console_files_removed = { $count ->
        [one] (también borré el archivo que guardé para ti en { $path })
       *[other] (también borré los { $count } archivos que guardé para ti en { $path })
    }
checkin_tried_q_past = ¿Ese día probaste algo nuevo o un poco difícil?
checkin_effect_q_past = { $count ->
        [one] Saber que { $anchor } te respalda, ¿te ayudó ese día a sentir más calma o más valor?
       *[other] Saber que { $anchor } te respaldan, ¿te ayudó ese día a sentir más calma o más valor?
    }
checkin_note_keep =
    Tu nota de ese día era: <i>{ $note }</i>
    Si tocas Saltar, se queda como está.
mood_already = El día { $day } ya tiene respuesta. Para cambiarla, abre /journal y toca el día.
mood_hint = Para responder el día { $day }, toca cómo te sientes o escribe un número del 1 al 5.
mood_heard = Lo anoto como { $mood } { $emoji }.
mood_words_1 = fatal | muy mal | horrible | fatal fatal | hecho polvo | hecha polvo | terrible | lo peor
mood_words_2 = mal | no muy bien | triste | cansado | cansada | de bajon | bajon | agobiado | agobiada | regular tirando a mal
mood_words_3 = normal | regular | mas o menos | asi asi | ni bien ni mal | tirando | ahi vamos
mood_words_4 = bien | bastante bien | contento | contenta | mejor | tranquilo | tranquila | no tan mal
mood_words_5 = genial | excelente | muy bien | fenomenal | estupendo | de maravilla | super bien | increible
put_aside = Dejo a un lado la pregunta anterior para saber de hoy. { $how } te lleva de vuelta.
put_aside_edit = Dejo a un lado tu cambio del día { $day } para saber de hoy. /journal te lleva de vuelta.
followup_saved_warm = { $count ->
        [one] Qué alegría que { $anchor } respondiera con cariño. Pedir algo ya es un acto de valentía.
       *[other] Qué alegría que { $anchor } respondieran con cariño. Pedir algo ya es un acto de valentía.
    }
followup_saved_pending = Gracias por contármelo. A veces una respuesta tarda; lo valiente era pedir.
followup_saved_awkward = Gracias por contármelo. Los momentos incómodos pasan, y no borran la valentía de haber pedido. Trátate con cariño.
snoozed_quiet = Dentro de una hora serían las { $wanted }, en tus horas de silencio, así que vuelvo { $when }.
fill_day_q = { $count ->
        [one] Antes de cerrar la semana: aún no hay respuestas del día { $days }. ¿Quieres completarlo primero?
       *[other] Antes de cerrar la semana: aún no hay respuestas de los días { $days }. ¿Quieres completar alguno primero?
    } Toca un día o cierra la semana tal como está.
btn_close_now = Cerrar la semana
progress_caption_done = Tu semana con { $anchor }.
status_finished = Tu semana con { $anchor } ha terminado. /progress te la muestra, /journal día a día; /start empieza otra.
status_first =
    { $count ->
        [one] Día { $day } de { $days }, con { $anchor } como ancla.
       *[other] Día { $day } de { $days }, con { $anchor } como anclas.
    }
    Tu primer mensaje del día llega { $next }.

## The anchor in the chat (issue 11)
btn_invite = 🤝 Invitar a { $anchor } aquí
someone = la persona que te invitó
invite_message =
    { $request }

    Si quieres formar parte, con este enlace puedes acompañarme en Secure Base esta semana (funciona una sola vez): { $link }
invite_ready =
    Aquí tienes el mensaje con el enlace personal para { $anchor }. Envíaselo como sueles escribirle.

    <blockquote>{ $message }</blockquote>

    Cuando { $anchor } lo abra, le preguntaré si quiere participar: como mucho dos recordatorios cortos esta semana, nada más. Nunca verá tus estados de ánimo, notas ni reflexiones. El enlace funciona una vez y solo esta semana.
invite_refused = Este enlace de invitación ya no se puede abrir. Los enlaces funcionan una vez y solo durante la semana para la que se crearon. Si alguien quería verte aquí, puede enviarte uno nuevo. 🌿
invite_own = Es tu propio enlace de invitación 🙂 Envíaselo a { $anchor }; te aviso cuando responda.
invite_own_answered = Ese es tu propio enlace de invitación 🙂 { $anchor } ya respondió, y te conté su respuesta. No hace falta enviar nada más.
invite_answered = Ya respondiste a la invitación de { $person }. Gracias. /stop termina los recordatorios cuando quieras.
invite_answered_no = Ya respondiste a la invitación de { $person }. Gracias por hacérselo saber.
invite_card =
    ¡Hola! 👋 Soy Secure Base, una pequeña práctica de una semana: quien sabe que alguien le respalda se atreve a un poco más.

    { $person } te eligió como la persona con quien se siente a salvo, y te pide, con sus palabras:

    <blockquote>{ $request }</blockquote>

    Participar significa como mucho dos recordatorios cortos míos esta semana, a una buena hora de tu día, y una forma de enviar a { $person } unas palabras a través de mí. Nada más: no verás nada de su semana y puedes parar cuando quieras con /stop.
btn_join_yes = 💛 Me apunto
btn_join_no = Esta vez no
anchor_again_q = 💛 { $person } empezó otra semana y le gustaría contar contigo de nuevo. ¿Te apuntas otra vez? Como antes: como mucho dos recordatorios cortos, y lo que escribas le llegará a { $person }.
anchor_joined = { $anchor } dijo que sí 💛 Le enviaré como mucho dos recordatorios cortos esta semana, y lo que te escriba aquí te llegará directamente.
anchor_declined = { $anchor } no puede esta vez. Está bien: pedirlo ya fue lo valiente. ¿Quieres seguir por tu cuenta? Tu semana sigue igual, y aún puedes pedírselo a { $anchor } a tu manera.
join_no = Gracias por responder. Se lo diré a { $person } con cariño. No te escribiré más sobre esto.
join_yes = Gracias 💛 Se lo diré a { $person }.
join_yes_zone = Gracias 💛 Se lo diré a { $person }. Una pregunta, para que mis recordatorios lleguen a buena hora:
anchor_tz_q = ¿En qué zona horaria estás? Toca el lugar más cercano o escribe tu ciudad.
reminders_planned =
    { $count ->
        [0] La semana casi termina, así que no llegarán recordatorios. Aun así puedes escribir a { $person } desde aquí.
        [one] Te llegará un recordatorio corto, de día en tu hora. /stop lo termina cuando quieras.
       *[other] Te llegarán { $count } recordatorios cortos esta semana, de día en tu hora. /stop los termina cuando quieras.
    }
btn_reminders_off = 🔕 Sin recordatorios para { $anchor }
btn_reminders_on = 🔔 Volver a recordar a { $anchor }
btn_unlink = Desvincular a { $anchor }
reminders_off = De acuerdo, { $anchor } no recibirá más recordatorios. Aún puede escribirte.
reminders_on = Los recordatorios para { $anchor } vuelven a estar activos.
unlinked = { $anchor } ya no está vinculado a tu semana. Tu semana sigue.
anchor_ask_comfort = unas palabras de ánimo
anchor_ask_listen = cinco minutos de escucha
anchor_ask_help = ayuda con una preocupación
anchor_nudge = 💛 { $person } te pidió esto para esta semana: { $ask }. Hoy podría ser un buen día.
btn_anchor_write = 💬 Escribir a { $person }
btn_anchor_leave = Parar estos recordatorios
anchor_msg_q = Escribe unas palabras para { $person }. Se las pasaré tal cual. (/cancel si cambias de idea.)
anchor_message =
    💬 Un mensaje de { $anchor }:

    <blockquote>{ $text }</blockquote>
anchor_msg_sent = Enviado a { $person } 💛
anchor_msg_cancel = De acuerdo, no se envió nada.
link_ended = Este vínculo ya terminó, así que no hay nada más que hacer aquí. Gracias por estar ahí. 🌿
link_closed = { $person } cerró el vínculo de esta semana. No llegarán más recordatorios. Gracias por estar ahí 💛
stop_also_anchor = Esta semana también estás ahí para { $person }. Terminar tu propia semana no cambia eso; para dejarlo también, un toque abajo.
btn_stop_supporting = Dejar de apoyar a { $person }
pass_on_q = ¿Se lo paso a { $person }? Tus palabras irán tal como las escribiste.
btn_pass_on = 💬 Enviárselo a { $person }
btn_pass_on_no = Ahora no
pass_on_no = De acuerdo, no se envió nada.
anchor_status = Esta semana estás ahí para { $person }. Te recordaré lo que te pidió como mucho dos veces, de día en tu hora; puedes escribirle aquí cuando quieras.
anchor_left = Hecho: no volveré a recordarte lo que te pidió { $person }. Gracias por estar ahí 💛
anchor_unlinked = { $anchor } ya no está vinculado.
console_as = (ahora eres el chat { $chat }; /as con otro número para cambiar de nuevo)
console_as_usage = (escribe /as y un número de chat, como «/as 2 es», para hacer de otra persona; el idioma y un nombre son opcionales, como «/as 2 es Mira»)
console_silent = (enviado sin sonido: allí son sus horas de silencio)
btn_deliver_thanks = 💌 Enviárselo a { $anchor } aquí
thanks_delivered = Enviado a { $anchor } 💌 Puede responderte una vez, aquí.
thanks_already = Tu agradecimiento ya le llegó a { $anchor } 💛
link_ended_person = { $anchor } ya no está vinculado, así que no puedo pasárselo aquí. Cópialo o envíalo como sueles hacerlo.
thanks_from =
    💌 { $person } quiere darte las gracias por esta semana:

    <blockquote>{ $text }</blockquote>

    Puedes responder una vez, aquí. Y si te apetece una semana así para ti, con alguien que te respalde, está a un toque.
thanks_from_busy =
    💌 { $person } quiere darte las gracias por esta semana:

    <blockquote>{ $text }</blockquote>

    Puedes responder una vez, aquí.
btn_anchor_reply = ✉️ Responder a { $person }
btn_own_week = 🌱 Una semana para mí
reply_done = Ya respondiste, o este vínculo terminó. Gracias por estar ahí 💛
own_week_running = Ya tienes una semana en marcha. /status te muestra dónde estás.
own_week_offer = Y cuando quieras una semana para ti, con alguien tuyo en quien apoyarte, está a un toque:
anchor_reply_message =
    💌 { $anchor } respondió a tu agradecimiento:

    <blockquote>{ $text }</blockquote>
settings_anchor_on = 🤝 { $anchor } está vinculado a tu semana y recibe como mucho dos recordatorios míos.
settings_anchor_off = 🤝 { $anchor } está vinculado a tu semana; sus recordatorios están desactivados.
anchor_declined_with = { $anchor } no puede esta vez. Está bien: pedirlo era lo valiente, y { $other } sigue contigo esta semana.
anchor_declined_other = { $anchor } no puede esta vez. Está bien: pedirlo ya fue lo valiente. ¿Quieres pedírselo a { $other }, o seguir por tu cuenta? Tu semana sigue igual.
btn_anchor_more = ➕ Añadir una segunda persona (opcional)
settings_anchor_more = Puedes añadir una segunda persona en quien apoyarte esta semana (opcional).
btn_anchor_more_finish = ➕ Terminar de añadir a { $anchor }
settings_anchor_more_finish = Empezaste a añadir a { $anchor } como segunda persona en quien apoyarte. Termina cuando quieras: { $count ->
    [one] queda una pregunta.
   *[other] quedan { $count } preguntas.
}
anchor_more_name_q = ¿Quién más te hace sentir a salvo? Escribe su nombre o como le llames. (/cancel para quedarte con una.)
anchor_more_already = Tu semana ya es con { $anchors }.
anchor_more_week_over = Los siete días de esta semana ya terminaron, así que no añadiré a nadie ahora. Cuando empieces otra semana, podrás añadir a una segunda persona justo después de tu primera petición.
anchor_more_skipped = De acuerdo, con una persona. Puedes añadir a alguien más tarde en /settings.
anchor_more_ready =
    Bien: esta semana es con { $anchors }. Los mensajes del día preguntarán por ambos.

    Aquí está tu petición para { $anchor }, lista para enviar o para convertir en invitación:

    <blockquote>{ $draft }</blockquote>
summary_compare_up = Comparado con tu semana anterior: { $now } { $now ->
        [one] día valiente
       *[other] días valientes
    }, más que la vez anterior ({ $before }).
summary_compare_down = Comparado con tu semana anterior: { $now } { $now ->
        [one] día valiente
       *[other] días valientes
    }, menos que la vez anterior ({ $before }). Cada semana es distinta; estar aquí cuenta.
summary_compare_same = Comparado con tu semana anterior: { $now } { $now ->
        [one] día valiente
       *[other] días valientes
    }, igual que la vez anterior ({ $before }).

## What is coming up this week (issue 11, part 6)

situation_q = Una cosa más, para que la semana se ajuste a ti: ¿qué tienes por delante estos días?
situation_big = 🎯 Algo importante: una entrevista, un examen, una conversación difícil
situation_new = 🌱 Probar algo nuevo: un pasatiempo, una clase
situation_care = 🤲 Alguien depende de mí: un hijo, una amistad
situation_ordinary = ☀️ Una semana normal
support_q_big =
    Ahora elijamos una cosa pequeña y concreta que { $anchor } podría hacer por ti alrededor de ese momento importante. Que sea pequeña es la clave: así es fácil decir que sí.

    <i>Por ejemplo, antes de una entrevista de trabajo, alguien le pide a su hermano que le desee suerte esa mañana y que le llame después.</i>
support_q_new =
    Ahora elijamos una cosa pequeña y concreta que { $anchor } podría hacer por ti mientras pruebas algo nuevo. Que sea pequeña es la clave: así es fácil decir que sí.

    <i>Por ejemplo, alguien que empieza con la cerámica le pide a una amiga que le anime con paciencia, sobre todo después del primer cuenco torcido.</i>
support_q_care =
    Sostener a otra persona es más fácil cuando alguien te sostiene a ti. Elijamos una cosa pequeña y concreta que { $anchor } podría hacer por ti esta semana.

    <i>Por ejemplo, una madre que acompaña a su hijo en un proyecto escolar difícil le pide a una amiga diez minutos para desahogarse al final del día.</i>
ask_comfort = mandarme unas palabras de ánimo
ask_listen = darme cinco minutos solo para escucharme
ask_help = ayudarme con una cosa que me pesa
request_big =
    .v1 = ¡Hola, { $anchor }! Esta semana tengo algo importante y me dan un poco de nervios. ¿Podrías { $support }? { $ask_after ->
        [0] Significaría mucho.
       *[other] ¿Y quizá preguntarme después cómo me fue? Significaría mucho.
    }
    .v2 = Oye, { $anchor }, esta semana me toca un momento importante. Saber que estás de mi lado me daría calma. ¿Podrías { $support }?
    .v3 = { $anchor }, esta semana quiero tenerte de mi lado: se me viene algo importante. ¿Podrías { $support }? Nada más que eso.
request_new =
    .v1 = ¡Hola, { $anchor }! Esta semana estoy probando algo nuevo y todavía no se me da muy bien. ¿Podrías { $support }? Tu paciencia me ayuda a seguir.
    .v2 = Oye, { $anchor }, empecé algo nuevo y el comienzo va a trompicones. ¿Podrías { $support }? Me ayudaría a no rendirme.
    .v3 = { $anchor }, siempre me animas sin meterme prisa. Esta semana pruebo algo nuevo: ¿podrías { $support }?
request_care =
    .v1 = ¡Hola, { $anchor }! Esta semana alguien se apoya mucho en mí, y a mí también me vendría bien un poco de apoyo. ¿Podrías { $support }? Me ayudaría a estar ahí para esa persona.
    .v2 = Oye, { $anchor }, esta semana estoy cuidando de alguien y me cuesta bastante. ¿Podrías { $support }? Solo saber que estás ahí ya ayuda.
    .v3 = { $anchor }, esta semana sostengo a otra persona y me gustaría que alguien me sostuviera a mí también. ¿Podrías { $support }?
situation_how_big = Esta semana tenías algo importante por delante. ¿Cómo te fue, o cómo lo llevas ahora? Con unas palabras basta.
situation_how_new = ¿Cómo va lo nuevo? Cuéntamelo en unas palabras: un paso pequeño también cuenta.
situation_how_care = ¿Cómo está la persona que depende de ti, y cómo lo llevas tú?
situation_how_saved = Gracias por contármelo. Pasara lo que pasara, no lo atravesaste a solas.
situation_heard_well = ¡Qué alegría que saliera bien! 🌱 Guarda esta sensación para la próxima vez que algo parezca grande.
situation_heard_mixed = Gracias por contármelo. Con sus altibajos, lo atravesaste, y no a solas.
situation_heard_hard = Suena difícil, y lo siento. No tienes que cargar con esto a solas.
situation_heard_none = Gracias. Ojalá salga bien: alguien te respalda.
btn_anchor_more_again = Pedirle algo también a { $anchor }
btn_anchor_more_drop = Solo { $anchor } esta semana
btn_anchor_more_skip = Solo { $anchor } está bien
anchor_more_not_now = Solo { $anchor }, entonces. 🌿 Si más adelante quieres añadir a otra persona, está en /settings.
anchor_more_support_q = ¿Qué pequeña cosa podría hacer { $anchor } por ti esta semana? Puede ser algo distinto de tu primera petición.
thank_intro_anchor_more =
    Y uno para { $anchor }:

    <blockquote>{ $draft }</blockquote>
thank_own_q_two = Escribe tu agradecimiento como tú lo dirías. Lo tendré listo para { $anchors }, tal como lo escribas.
thank_final_anchor_more =
    Y el de { $anchor }:

    <blockquote>{ $draft }</blockquote>
followup_not_yet_anchor_more =
    Y el de { $anchor }:

    <blockquote>{ $draft }</blockquote>
