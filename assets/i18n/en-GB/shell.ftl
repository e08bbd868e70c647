# Tend: what only the shell says, in British English: the exported
# documents, notifications and the tray, the tend command, and the parts of
# screens the shell writes (Today's notices and reminder line, Insights
# below its picker, the questionnaires' screen, Get help's helplines,
# About, what helps me, the path's answers before and after, what has left
# the device, the journal's list, and the forms of Settings, Reminders,
# Export, Get help, the privacy lock and a questionnaire). The page never
# loads this file; everything else is in tend.ftl beside it.
# Voice: second person, short sentences, warm and plain; no exclamation marks.

## Today's notices

notice-measure = When you have a few minutes: a short questionnaire, the { $name }. Answering it now and then helps you see how things move over the weeks.
notice-measure-answer = Answer the { $name }
notice-measure-later = Not now
notice-support-title = You have been carrying a lot
notice-support-exhausted = You said you felt very worn out in { $days } of the { $of } check-ins of the last 14 days.
notice-support-low-mood = You said your mood was very low in { $days } of the { $of } check-ins of the last 14 days.
notice-support-wellbeing = Your last WHO-5 wellbeing score was { $score } out of 100.
notice-support-burnout = Your last ProQOL burnout score was { $score }, in the high band.
notice-support-stress = Your last ProQOL secondary traumatic stress score was { $score }, in the high band.
notice-support-suggest = This is not a diagnosis, and it is not a failing. It may help to talk it over with your GP, occupational health, your supervisor, or a carers' service.
notice-support-help = See where to find support
notice-support-later = Set this aside for two weeks

## Insights

insights-empty = Nothing to show yet. After a few check-ins, your days will start to draw a picture here.
insights-item-none = No check-ins in this span for { $item }.
insights-item-week = Over the last week, { $item } averaged { $mean } out of 10, from { $days ->
    [one] one check-in
   *[other] { $days } check-ins
}.
insights-item-month = Over the last month, { $item } averaged { $mean } out of 10, from { $days ->
    [one] one check-in
   *[other] { $days } check-ins
}.
insights-item-year = Over the last year, { $item } averaged { $mean } out of 10, from { $days ->
    [one] one check-in
   *[other] { $days } check-ins
}.
insights-numbers = The numbers for { $item }
insights-day = Day
insights-average = Rolling average
insights-score = Score
insights-break-title = Breaks
insights-break-never = You have not marked a break or some respite yet. When you get one, tick it in your check-in, so you can see how long it has been.
insights-break-today = You marked a break or some respite today.
insights-break-days = { $days ->
    [one] Your last break or respite was yesterday.
   *[other] Your last break or respite was { $days } days ago.
}
insights-tags-title = What goes with harder days
insights-tags-none = Nothing stands out yet. Tend compares days with and without a tag once each side has at least { $days } days.
insights-tag-higher = { $item } ran { $points } points higher on days marked “{ $tag }” ({ $with } days, against { $without } without).
insights-tag-lower = { $item } ran { $points } points lower on days marked “{ $tag }” ({ $with } days, against { $without } without).
insights-tags-hint = These are patterns in your own answers, not causes.
insights-measures-title = Questionnaires over time
insights-measures-link = Questionnaires

## Questionnaires

measures-for-professionals = For people who help others in their work. Turn it on in Settings if that is you.
measures-last = Last answered on { $date }.
measures-due = Due now.
measures-every = Offered every { $days } days.
measures-answer = Answer the { $name }
measure-score = { $scale }: { $value }
measure-see-insights = See it over time
measure-help-link = Where to find support

## Get help

help-urgent-number = If you or someone else is in danger now, call { $number }.
help-lines-title = Helplines in { $country }
help-how-call = Call
help-how-text = Text
help-how-call-or-text = Call or text
help-checked = Services change their numbers and hours. Each one says when it was last read on the service's own page; if one does not answer, try another.
help-text-word = Text { $word } to { $number }
help-line-source = Source: { $page }
help-line-checked = read there on { $date }
help-line-unchecked = not yet checked at its source
help-unlisted-title = Your country is not listed yet
help-unlisted = Tend does not yet know the helplines where you are, so it shows no numbers rather than another country's. In an emergency, call your local emergency number: 112 works from mobile phones across the European Union and in many other countries. You can add people you trust below, or choose a country above if you are in one we list.
crisis-call = If you feel unsafe or are thinking of ending your life, call { $name } on { $number } now, at any hour. In an emergency, call { $emergency }.
crisis-text = If you feel unsafe or are thinking of ending your life, text { $name } on { $number } now, at any hour. In an emergency, call { $emergency }.
crisis-local = If you feel unsafe or are thinking of ending your life, call your local emergency number now.
crisis-help = Get help

## About

about-what = Tend is a wellbeing tool for carers: short self-compassion practices, a daily check-in and a private journal.
about-not = It is not a medical device. It does not diagnose, treat or detect any condition, and its questionnaires are screening for your own reflection.
about-private = Everything stays on this device unless you export it yourself. Nobody monitors what you write, so Tend cannot help in an emergency: use Get help for that.
about-measures = Questionnaires
about-measures-intro = The questionnaires are used with permission under these terms.
about-exercises = Exercises
about-exercises-text = The exercises are written for Tend, drawing on Compassion Focused Therapy and Mindful Self-Compassion; each says where it comes from on the Practise screen.
about-font = Typeface
about-font-text = Atkinson Hyperlegible Next, by the Braille Institute of America, under the SIL Open Font License 1.1.

## The exported documents (summary and reflective-account draft)

export-summary-title = My Tend summary
export-period = From { $from } to { $to }. Made on { $made }.
export-self-reported = Everything here was self-reported in Tend, a wellbeing app. It is not a medical record, and nothing in it is a diagnosis.
export-entry-untitled = Entry of { $date }
export-checkins-title = Daily check-ins
export-checkins-count = { $count ->
    [0] No check-ins in these { $days } days.
    [one] One check-in in these { $days } days.
   *[other] { $count } check-ins in these { $days } days.
}
export-item-sentence = { $item } averaged { $mean } out of 10 over { $days ->
    [one] one day
   *[other] { $days } days
}, from { $low } at the lowest to { $high } at the highest.
export-week-of = Week of
export-days = Days
export-weeks-caption = Average answers, week by week (0 to 10)
export-measures-title = Questionnaires
export-measures-none = No questionnaires answered in this period.
export-measures-screening = These are screening questionnaires, answered for my own reflection. They are not a diagnosis.
export-measures-published-language = Each questionnaire keeps the wording it was published and tested in, so its name, scales and bands are given in that language. Tend never translates a questionnaire itself.
export-score-of = { $value } (scale { $low } to { $high })
export-date = Date
export-scale = Scale
export-band = In plain words
export-results-caption = My { $name } results
export-practice-title = Practice
export-practice-count = { $count ->
    [0] No practice sessions in this period.
    [one] One practice session, { $minutes } minutes in all.
   *[other] { $count } practice sessions, { $minutes } minutes in all.
}
export-practice-caption = Exercises practised
export-exercise = Exercise
export-times = Times
export-minutes = Minutes
export-helps-title = What helps me
export-helps-none = Not enough rated sessions yet to say what helps (three of an exercise, rated before and after).
export-helps-line = { $exercise }: calm { $calm } and kindness { $kind } on average, over { $sessions } rated sessions
export-entries-title = Journal entries I chose to share
export-reflection-title = Reflective account (draft)
export-reflection-made = A draft made on { $made } from { $count ->
    [one] one journal entry
   *[other] { $count } journal entries
}, shaped like the NMC's reflective account form.
export-reflection-cpd = Time spent practising in Tend may count towards your individual CPD where it is relevant to your practice; it is not participatory CPD.
export-reflection-none = No journal entries chosen yet.
export-reflection-account = Account { $number }: { $title }
export-nmc-what = What was the nature of the CPD activity, feedback, or event or experience?
export-nmc-learned = What did you learn from it?
export-nmc-changed = How did you change or improve your practice as a result?
export-nmc-code = How is this relevant to the Code?
export-nmc-fill = (Write this part yourself.)
export-nmc-code-hint = Choose the themes that fit and say why.
export-code-people = Prioritise people
export-code-effectively = Practise effectively
export-code-safety = Preserve safety
export-code-trust = Promote professionalism and trust
export-pdf-footer = { $title } · page { $page } of { $pages }

## The Export screen

insights-export-link = Make a summary to share

## Reminders

reminder-title = Tend
reminder-body-check_in = Time for your check-in: how are you today?
reminder-body-practice = A moment for you: thirty seconds of slow breathing, if it helps.
reminder-body-measure = A short questionnaire is ready when you are.
reminder-body-path = The next step of your path is here whenever you want it.
reminder-open = Open
reminder-snooze = Snooze { $minutes } minutes
today-reminder-none = No reminders set.
today-reminder-paused = Reminders are paused until the end of { $date }.
today-reminder-today = today at { $time }
today-reminder-on = on { $day } at { $time }
today-reminder-next = Next reminder: { $what }, { $when }.
today-reminder-link = Reminders
tray-open = Open Tend
tray-practise = Practise now
tray-pause = Pause reminders for today
tray-resume = Resume reminders
tray-quit = Quit Tend
# Printed to the terminal when the window cannot open at all.
shell-cannot-start = Tend could not open its window: { $reason }
export-path-title = My path: { $title }
export-path-progress = Started on { $date }; { $done } of { $steps } steps done so far.
export-path-complete = Started on { $date }; all { $steps } steps done.
export-path-reflection = Week { $week }: { $step }

## The tend command

# Its help: each screen of it keeps its columns; the flags and command
# names stay as they are typed.
cli-usage =
    usage: tend [--data-dir DIR] [--passcode-stdin | --recovery-key-stdin] COMMAND [OPTIONS]

    commands:
      check                 open the journal, run SQLite's integrity check and
                            print its schema version and how many check-ins it holds
      export summary        a personal summary for a GP or a supervisor
      export reflection     a reflective-account draft from chosen entries
      export backup         everything, as one JSON file
      export csv            one CSV file per kind of row, for spreadsheets
      import FILE           add what a backup file holds that the journal lacks

    `tend COMMAND --help` says more about each.

    The data folder is --data-dir, else $TEND_DATA_DIR, else the app's folder
    ($XDG_DATA_HOME or ~/.local/share, then org.tend.Tend).

    A journal with the privacy lock on opens with --passcode-stdin (or
    --recovery-key-stdin): the first line of standard input is read as the
    passcode (or recovery key), never from the command line.

    exit codes: 0 done; 2 the journal cannot be opened or is damaged;
    64 the command line is wrong; 65 the file to import is not a good backup;
    66 the file to import cannot be read; 73 the output cannot be written.
cli-usage-summary =
    usage: tend export summary --from DAY --to DAY --out FILE [OPTIONS]

      --from DAY, --to DAY  the first and last journal day, as 2026-09-30
      --out FILE            where to write it; - for standard output
      --format FORMAT       html (the default), pdf or markdown
      --without SECTION     leave out checkins, measures or practice (repeatable)
      --entry ID            include this journal entry's text (repeatable; none
                            unless asked)
      --with-path           include the guided path, with what was written for it
      --paper PAPER         a4 (the default) or letter, for pdf
cli-usage-reflection =
    usage: tend export reflection --entry ID [--entry ID...] --out FILE [OPTIONS]

      --entry ID            a journal entry to shape into an account (repeatable)
      --out FILE            where to write it; - for standard output
      --format FORMAT       html (the default), pdf or markdown
      --paper PAPER         a4 (the default) or letter, for pdf

    The NMC form must not identify any patient, client or colleague: read the
    draft and take out anything that could before you copy it.
cli-usage-backup =
    usage: tend export backup --out FILE

      --out FILE            where to write the backup; - for standard output
cli-usage-csv =
    usage: tend export csv --out FOLDER

      --out FOLDER          a folder (made if missing) to write checkins.csv,
                            practice.csv, entries.csv, questionnaires.csv and
                            contacts.csv into
cli-usage-import =
    usage: tend import FILE

    Checks the whole file first (format, version, checksum, counts and every
    field), then adds in one step what the journal does not hold yet. Nothing
    already in the journal is changed; importing a file twice adds nothing.
cli-usage-check =
    usage: tend check

    Opens the journal, runs SQLite's integrity check, and prints the schema
    version and how many check-ins it holds. Nothing the user wrote is printed.
# Its errors, one line each. { $message } is the reason; flags stay as typed.
cli-error = tend: { $message }
cli-error-usage = tend: { $message } (see tend --help)
cli-needs-value = { $flag } needs a value
cli-data-dir-needs-folder = --data-dir needs a folder
cli-no-command = no command given
cli-export-what = export what? summary, reflection, backup or csv
cli-unknown-command = unknown command { $command }
cli-no-folder = no data folder: pass --data-dir or set TEND_DATA_DIR
cli-locked = the journal is locked: add --passcode-stdin and give the passcode on standard input (folder: { $folder })
cli-passcode-unread = the passcode could not be read: { $reason }
cli-unexpected = unexpected argument { $argument }
cli-wants-day = { $flag } wants a day like 2026-09-30, not { $value }
cli-bad-format = --format is html, pdf or markdown, not { $value }
cli-bad-paper = --paper is a4 or letter, not { $value }
cli-bad-entry = --entry wants an entry's number, not { $value }
cli-bad-without = --without takes checkins, measures or practice, not { $value }
cli-out-needed = --out is needed: a file, or - for the screen
cli-needed = { $flag } is needed
cli-choose-entry = choose at least one --entry
cli-import-which = import which file?
cli-cannot-read = { $path } cannot be read: { $reason }
cli-cannot-write = { $path } cannot be written: { $reason }
# What it says when all went well.
cli-check-ok = journal ok: { $folder }
cli-check-schema = schema version: { $version }
cli-check-checkins = check-ins: { $count }
cli-imported = added { $checkins } check-ins, { $sessions } practice sessions, { $entries } journal entries, { $results } questionnaire results, { $contacts } contacts, { $favourites } favourites and { $settings } settings
cli-kept-days = kept this journal's own check-in on { $days } days the backup also had

## Practise: what helps me

helps-empty = After three practices of the same kind with ratings before and after, you will see here how each one tends to change how you feel.
helps-line = { $sessions } sessions; calm { $calm }, kindness to yourself { $kind } on average

## What has left the device (Settings)

export-log-summary = Summary
export-log-reflection = Reflective account draft
export-log-backup = Backup
export-log-csv = Spreadsheets
export-log-line = { $when }: { $what }, { $format }
export-log-line-period = { $when }: { $what }, { $format }, { $from } to { $to }
export-log-none = Nothing has been exported yet.

## The guided path: her answers at its start and its end

path-compare-title = Your answers at the start and at the end
path-compare-note = Your own answers, side by side. They are self-reported screening, not a diagnosis or a verdict on how you did.
path-scale = Scale
path-at-start = At the start
path-at-end = At the end
path-no-answer = Not answered

## Journal: the list of entries

journal-tags-list = Tags: { $tags }


## The forms the shell writes: Settings, Reminders, Export, Get help, the
## privacy lock, a questionnaire and its result

import-failed = Nothing was imported: { $detail }
settings-boundary = When does your day end?
settings-boundary-help = A check-in before this time counts for the day before, so a late night or a night shift stays with the day you lived.
settings-theme = Colours
settings-text-size = Text size
settings-text-size-percent = { $percent }%
settings-text-size-help = This adds to the text size your device already uses.
measure-unknown = That questionnaire is not offered here.
measure-screening = This is a screening result from your own answers, not a diagnosis.
measure-save = Save my answers
measure-saved = Your answers are saved.
measure-unanswered = Question { $item } has no answer yet.
measure-result-title = Your { $name } result
help-country = Helplines for
help-country-saved = Helplines changed.
help-country-none = Not listed yet: choose a country
help-own-title = Your own people
help-own-intro = Someone you can turn to: your GP, your team lead, a friend.
help-own-none = You have not added anyone yet.
help-add = Add someone
help-change = Change
help-remove = Remove
help-contact-change = Change { $name }
help-contact-remove = Remove { $name }
help-contact-removed = { $name } is removed.
help-form-add = Add someone
help-form-change = Change this contact
help-form-name = Name
help-form-number = Number
help-form-note = A note (optional)
help-form-save = Save contact
help-form-cancel = Cancel
help-private = Your journal is private and nobody reads it, so Tend cannot respond in an emergency.
help-about-link = About Tend
settings-professional = I help others in my work (for example as a nurse or health visitor)
settings-professional-help = Tend then also offers the ProQOL 5, a questionnaire about the good and hard sides of helping.
backup-daily = The copy from { $date }
backup-before-upgrade = The copy from before Tend was updated
backup-set-aside = Your journal as it was before a restore
backup-none = There are no backups yet. The first is made a few seconds after Tend opens.
backup-size = { $kb } KB
backup-restore = Restore
backup-restore-named = Restore { $backup }
backup-confirm-label = Restore a backup
backup-confirm = Carry on from { $backup }? Your journal as it is now is kept in the backups folder, so nothing is lost.
backup-yes = Yes, restore it
backup-no = Cancel
backup-restored = The backup is restored.
export-reflection-warning = Before you copy this onto the form: it must not identify any patient, client, colleague or place. Read every line and take out names and details that could point to someone.
export-intro = Make something to share, or keep a copy of everything. Nothing leaves this device unless you save it somewhere yourself.
export-document = Something to share
export-kind = What to make
export-kind-summary = A summary
export-kind-summary-hint = Check-ins, questionnaires and practice over a period: for a GP, a supervisor or yourself.
export-kind-reflection = A reflective account draft
export-kind-reflection-hint = Journal entries you choose, set out under the four questions of the NMC's reflective account form.
export-period-legend = Period
export-from = From
export-to = To
export-period-reflection-hint = The entries from this period are listed below.
export-sections = What to include
export-section-checkins = Check-in trends, with charts
export-section-measures = Questionnaire results, with what they mean
export-section-practice = Practice, and what helps me
export-entries-legend = Journal entries
export-entries-hint = Journal text stays out unless you tick an entry.
export-entries-none = No journal entries in this period.
export-entries-more = Showing the newest { $shown } of { $count }. Choose a shorter period to see the rest.
export-entry-pick = { $title }, { $date }
export-entry-untitled-pick = { $date }: { $start }
export-format = File type
export-format-html = Web page (HTML)
export-format-pdf = PDF
export-format-markdown = Plain text (Markdown)
export-format-json = Backup file (JSON)
export-format-csv = Spreadsheets (CSV)
export-understood = I will read the draft and take out anything that could identify someone.
export-save = Save as { $format }…
export-cancelled = Nothing was saved.
export-preview = Preview
export-preview-hint = This is what the saved file will say.
export-preview-label = Preview of the document
export-data = Everything, as a backup
export-data-intro = A backup file holds everything in Tend, so you can restore it here or on a new computer. Spreadsheets hold the same in CSV files. Keep either somewhere private: it holds your journal.
export-save-backup = Save a backup file…
export-save-spreadsheets = Save as spreadsheets…
export-import-intro = Restoring a backup file adds what this journal does not have yet. Nothing already here is changed, and restoring the same file twice adds nothing.
export-import = Restore from a backup file…
export-import-kept = On { $days ->
    [one] one day
   *[other] { $days } days
} the backup had a different check-in; this journal's own was kept.
reminders-intro = Gentle nudges at times that suit your days, sent while Tend is running, in its window or in the tray. Each comes once a day at most; if your computer was asleep, only the latest missed one comes, and only within three hours.
reminders-permission-ask = When you save a reminder, your phone asks whether Tend may show notifications. Say yes, or reminders cannot reach you.
reminders-permission-refused = Your phone does not let Tend show notifications, so reminders cannot reach you. You can allow them for Tend in the phone's settings.
reminders-none = No reminders yet.
reminders-add = Add a reminder
reminders-kind = What for
reminders-kind-check_in = Daily check-in
reminders-kind-practice = A short practice
reminders-kind-measure = A questionnaire that is due
reminders-kind-own = In my own words
reminders-kind-path = The next step of my path
reminders-text = Your words
reminders-time = Time
reminders-days = Days
reminders-day-mon = Monday
reminders-day-tue = Tuesday
reminders-day-wed = Wednesday
reminders-day-thu = Thursday
reminders-day-fri = Friday
reminders-day-sat = Saturday
reminders-day-sun = Sunday
reminders-every-day = every day
reminders-workdays = Monday to Friday
reminders-when = { $time }, { $days }
reminders-only-if-check_in = Only if I have not checked in yet that day
reminders-only-if-practice = Only if I have not practised yet that day
reminders-only-if-measure = Only when a questionnaire is due
reminders-only-if-hint = Only if not done yet
reminders-save = Save the reminder
reminders-on = { $name } on
reminders-delete = Delete
reminders-delete-named = Delete the reminder { $name }
reminders-last-sent = Last sent { $when }
reminders-not-sent = Not sent yet
reminders-pause-title = Pause all reminders
reminders-pause-until = Pause until the end of
reminders-paused = All reminders are paused until the end of { $date }.
reminders-resume = Resume reminders now
reminders-quiet-title = Quiet hours
reminders-quiet-intro = No reminder comes between these times. Set both to the same time for none.
reminders-quiet-from = From
reminders-quiet-to = To
reminders-quiet-save = Save quiet hours
reminders-zone-title = Time zone
reminders-zone-intro = Reminder times are read on this clock. If you travel, you can keep them on home time.
reminders-zone-system = This computer's time zone ({ $zone })
reminders-zone-system-unnamed = This computer's time zone
reminders-desktop-title = When the window is closed
reminders-keep-running = Keep Tend in the tray when I close the window, so reminders still come
reminders-no-tray = This desktop shows no tray icons, so closing the window quits Tend, and reminders wait until you open it again.
reminders-start-at-login = Start Tend when I log in (in the tray, if there is one)
privacy-intro = With the lock on, your journal and its automatic backups are encrypted on this computer, and Tend asks for your passcode when it opens, after a few minutes unused, and when you choose Hide now. Files you export yourself are not locked.
privacy-on = The lock is on.
privacy-turn-on-title = Turn the lock on
privacy-turn-on-intro = Choose a passcode of at least { $n } characters that others in your home would not guess. Next you will see a recovery key: it is the only way in if you forget the passcode.
privacy-new-passcode = New passcode
privacy-passcode-again = The new passcode again
privacy-current-passcode = Your passcode now
privacy-turn-on = Turn the lock on
privacy-working = Locking your journal; this takes a moment…
privacy-recovery-title = Your recovery key
privacy-recovery-intro = Write this down on paper and keep it somewhere safe, away from this computer. If you forget your passcode, this key opens your journal.
privacy-recovery-label = Recovery key
privacy-recovery-once = Tend shows it only now and keeps no copy of it.
privacy-recovery-done = I have written it down
privacy-change-title = Change the passcode
privacy-change = Change the passcode
privacy-off-title = Turn the lock off
privacy-off-intro = Your journal will be stored unencrypted on this computer again.
privacy-turn-off = Turn the lock off
privacy-idle = Lock after this long unused
privacy-idle-minutes = { $n } minutes
privacy-idle-saved = Saved.
export-not-locked = Your journal is locked on this computer, but files saved from here are not: keep them somewhere private.
export-section-path = My path: how far I have come, and what I wrote for it
settings-role = Who do you care for?
settings-role-help = This changes a few words, such as "between visits" or "between tasks", and whether the ProQOL 5, a questionnaire for those who help others in their work, is offered.
settings-language = Language
settings-language-system = Same as this computer ({ $language })
settings-language-saved = Tend now speaks English (UK).
# Shown above a questionnaire whose published wording is in another
# language than the one Tend speaks now.
measure-published-language = This questionnaire is shown in English, the language of the wording it was published and tested in. Tend never translates a questionnaire itself.
reminders-pause = Pause
reminders-zone = Reminders follow


## The first-run welcome

welcome-title = Welcome to Tend
welcome-intro = Three quick questions so Tend fits you. Each one can be left as it is, and everything can be changed later in Settings.
welcome-role = Who do you care for?
role-family_carer = Someone close to me: a partner, a parent, a child or a friend
role-professional = People I help in my work, as a nurse, health visitor or carer
role-both = Both
welcome-country = Where are you? Get help shows the helplines there.
welcome-country-none = Not listed, or I would rather not say
welcome-reminder = Remind me to check in each evening at 8pm (you can change the time in Reminders)
welcome-save = Save and begin
welcome-skip = Skip for now
welcome-done = Tend is ready.

## Said when a form is saved

export-saved = Saved to { $path }.
privacy-on-said = The lock is on.
privacy-changed = Passcode changed. Your recovery key still works.
privacy-off-said = The lock is off.
