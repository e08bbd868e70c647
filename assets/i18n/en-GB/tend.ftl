# Tend: every sentence the app shows, in British English.
# Voice: second person, short sentences, warm and plain; no exclamation marks.

app-name = Tend
skip-to-content = Skip to content
nav-label = Main
nav-today = Today
nav-checkin = Check in
nav-settings = Settings
nav-insights = Insights
nav-help = Get help
nav-more-label = Support and settings
loading = Opening your journal…

## Today

today-title = Today
today-invite = How are you today? A check-in takes about half a minute.
today-checkin-now = Check in now
today-done = You have checked in today. You can change it until { $time }.
today-change = Change today's check-in
today-summary = Today's check-in

## The check-in

checkin-title = Today's check-in
checkin-intro = Move each slider to where you are right now. There are no right answers.
checkin-edit-intro = You are changing today's check-in. Nothing else is touched.
checkin-value = { $value } of 10
checkin-short-exhaustion = Worn out
checkin-short-stress = Stress
checkin-short-mood = Mood
checkin-short-sleep = Sleep last night
checkin-short-self_kindness = Kind to myself
checkin-short-meaning = Meaning in caring

checkin-item-exhaustion = How worn out do you feel?
checkin-low-exhaustion = Not at all
checkin-high-exhaustion = Completely

checkin-item-stress = How stressed do you feel?
checkin-low-stress = Calm
checkin-high-stress = Very stressed

checkin-item-mood = How is your mood?
checkin-low-mood = Very low
checkin-high-mood = Very good

checkin-item-sleep = How well did you sleep last night?
checkin-low-sleep = Very badly
checkin-high-sleep = Very well

checkin-item-self_kindness = How kind have you been to yourself today?
checkin-low-self_kindness = Not at all
checkin-high-self_kindness = Very kind

checkin-item-meaning = How much meaning did you find in caring today?
checkin-low-meaning = None
checkin-high-meaning = A great deal

checkin-context = What kind of day was it? (optional)
context-work_day = A work day
context-caring_at_home = Caring at home
context-both = Both
context-rest_day = A rest day

checkin-tags = Did any of these mark the day? (optional)
tag-disturbed_night = A disturbed night
tag-appointments = Appointments
tag-break_or_respite = A break or some respite
tag-hard_visit = { $role ->
    [family_carer] A hard moment caring
   *[other] A hard visit
}

checkin-note = A note for yourself (optional, one line)
checkin-note-count = { $count } of { $max } characters
checkin-save = Save today's check-in
checkin-save-changes = Save changes
checkin-saving = Saving…
checkin-saved = Today's check-in is saved.

## Errors while saving anything; what the user entered is always kept on screen

error-invalid_input = That could not be saved as it is: { $detail }
error-storage_full = The disk is full, so that was not saved. What you entered is still here: free some space and try again.
error-internal = Something went wrong, so that was not saved. What you entered is still here; please try again.
error-invalid_input-plain = That could not be saved as it is. What you entered is still here.
error-failed = That did not work: { $detail } What you entered is still here.

## Why something could not be saved or done, said inside the messages above

invalid-checkin-rating = The rating for “{ $item }” runs from 0 to { $most }.
invalid-checkin-note-long = The note has { $chars } characters; it can hold { $most }.
invalid-checkin-note-line = The note is a single line, without line breaks.
invalid-entry-title = A title is one line of at most { $most } characters.
invalid-entry-size = An entry can hold at most { $mb } MB of text.
invalid-entry-control = The entry holds characters that cannot be saved.
invalid-entry-tag = A tag is one line of at most { $most } characters.
invalid-entry-tags = An entry can carry at most { $most } tags.
invalid-entry-prompt = That prompt is not one Tend offers.
invalid-session-practice = That practice is not one Tend offers.
invalid-session-rating = Ratings run from 0 to { $most }.
invalid-session-time = The time played does not fit the length chosen.
invalid-session-note = The note is one line of at most { $most } characters.
invalid-contact-no-name = A contact needs a name.
invalid-contact-name = A name is one line of at most { $most } characters.
invalid-contact-number = A number is one line of at most { $most } characters.
invalid-contact-note = A note has at most { $most } characters.
invalid-reminder-days = A reminder needs at least one day of the week.
invalid-reminder-words = A reminder's words are one line of at most { $most } characters.
invalid-reminder-own = A reminder of your own needs some words.
invalid-reminder-count = Tend keeps at most { $most } reminders.
invalid-reminder-time = Choose a time for the reminder.
invalid-pause-day = Choose the day to pause reminders until.
invalid-pause-past = Choose today or a later day.
invalid-quiet-time = Choose both times for quiet hours.
invalid-zone = “{ $zone }” is not a time zone Tend knows.
invalid-language = “{ $tag }” is not a language Tend speaks.
invalid-document-order = The first day comes after the last.
invalid-document-period = The period is longer than fifty years.
invalid-document-entries = One document can hold at most { $most } entries.
invalid-path-name = The path or its step has no proper name.
invalid-path-step = Only a step done or undone is named with its step.
invalid-lock-minutes = The minutes before locking run from 1 to { $most }.
invalid-measure-answers = Every question needs one of the answers the form offers.
error-no-such-entry = That is no longer there; it may have been deleted.
error-journal-value = The journal holds a value it should not, so it may be damaged.
error-journal-io = The journal could not be read or written.
error-io-full = The disk is full.
error-io-permission = Tend is not allowed to use that place.
error-io-read-only = That place can be read but not written.
error-io-not-found = That file or folder is not there.
error-io-other = The file could not be read or written.
error-io-no-file = The path names no file.
error-io-journal-name = That name belongs to the journal itself; choose another.
error-pdf = The PDF could not be made.
error-content = Tend's own practices could not be read.
error-not-offered = Tend does not offer that.
error-login-setting = The setting to start Tend when you log in could not be changed.
export-csv-phone = A phone saves single files, not folders of them. Save a backup file here instead, or make the spreadsheets on a computer.

## The privacy lock, backups and opening the journal

lock-error-wrong = That passcode or recovery key does not open this journal.
lock-error-short = A passcode needs at least { $least } characters.
lock-error-on = The lock is already on.
lock-error-off = The lock is off.
lock-error-key-damaged = The lock file beside the journal is damaged.
lock-error-key-newer = The lock file was written by a newer version of Tend.
restore-error-missing = That backup is no longer there.
restore-error-unsound = That backup is not a sound Tend journal, so it was not used.
open-error-folder = Tend cannot create or write its data folder.
open-error-not-journal = The journal file in the data folder is not a Tend journal.
open-error-newer = The journal was saved by a newer version of Tend (format { $found }; this version knows up to { $known }).
open-error-damaged = The journal file is damaged: it failed its integrity check.
open-error-locked = The journal is locked: it opens with its passcode or recovery key.
open-error-upgrade = The journal could not be brought up to date.
open-error-other = The journal could not be opened.

## Why a backup file was not imported; nothing in the journal changed

import-error-empty = The file is empty.
import-error-large = The file is { $mb } MB, more than a Tend backup can be ({ $most } MB).
import-error-not-backup = The file is not a Tend backup.
import-error-newer = The backup was made by a newer version of Tend (format { $found }; this one reads format { $known } or older). Update Tend first.
import-error-damaged = The backup is incomplete or damaged.
import-error-checksum = The backup has been changed or damaged since it was made: its checksum does not match.
import-error-count = The backup is damaged: it says it holds { $said } in “{ $what }” but holds { $found }.
import-error-row = Item { $index } in “{ $what }” is not valid: { $why }
import-kind-checkins = check-ins
import-kind-sessions = practice sessions
import-kind-entries = journal entries
import-kind-favourites = favourites
import-kind-measures = questionnaire results
import-kind-contacts = contacts
import-kind-settings = settings
import-kind-reminders = reminders
import-kind-path = steps of the path
import-why-time = “{ $value }” is not a date and time.
import-why-day = “{ $value }” is not a date.
import-why-long = A field is { $chars } characters, more than { $most }.
import-why-rating = A rating is { $value }, more than 10.
import-why-context = “{ $value }” is not a context Tend knows.
import-why-tag = “{ $value }” is not a tag Tend knows.
import-why-two-days = There are two check-ins for { $day }.
import-why-practice = “{ $value }” is not a practice Tend knows.
import-why-session-length = Its length is not possible.
import-why-tag-empty = One of its tags is empty or holds a control character.
import-why-measure-name = Its questionnaire's name is empty or too long.
import-why-answers = Its answers are not a row of digits.
import-why-path-kind = “{ $value }” is not something that happens on a path.
import-why-reminder-kind = “{ $value }” is not a kind of reminder Tend knows.
import-why-reminder-time = “{ $value }” is not a time of day.
import-why-setting-name = It has no name.
import-why-setting-local = The setting “{ $key }” belongs to one computer's reminders and is never in a backup.
import-why-setting-value = The setting “{ $key }” holds a value Tend cannot read.
import-why-rows = There are more rows than Tend could have written.

## The journal could not be opened

journal-error-title = Tend can't open your journal
journal-error-data_folder_unwritable = Tend can't save in its data folder:
journal-error-not_a_journal = The journal file in Tend's data folder is not a Tend journal:
journal-error-journal_too_new = Your journal was saved by a newer version of Tend. Please update Tend to open it. The folder is:
journal-error-journal_damaged = Your journal looks damaged. The folder is:
journal-error-internal = Tend could not open its journal. The folder is:
journal-error-unchanged = Nothing in the folder has been changed or deleted.
journal-error-advice = Check that the folder exists and that you can write to it, then open Tend again.
journal-error-backups = Your backups
journal-error-backups-intro = Tend keeps a copy of your journal each day. You can carry on from one of them; the damaged file is kept in the backups folder, not deleted.

## Settings

settings-title = Settings
settings-boundary-saved = Your day now ends at { $time }.
theme-system = Follow this device
theme-light = Light
theme-dark = Dark
theme-high_contrast = High contrast
settings-theme-saved = Colours: { $theme }.
settings-text-size-saved = Text size is now { $percent }%.

## Times

time-tomorrow = { $time } tomorrow
time-midnight = midnight

## Practise

nav-practise = Practise
today-practice = A moment for you
today-practice-offer = If it helps, try half a minute of slow breathing. Eyes open; you can do it anywhere.
today-30-seconds = 30 seconds now
practise-title = Practise
practise-intro = { $role ->
    [family_carer] Short practices that fit between one task and the next, and longer ones for when you have a moment to yourself. You can stop at any time.
   *[other] Short practices that fit between visits, and longer ones for when you have time. You can stop at any time.
}
practise-time = How much time do you have?
practise-any-length = Any length
practise-suits = What suits you now?
practise-between-visits = { $role ->
    [family_carer] Between tasks
   *[other] Between visits
}
practise-breath-free = Without focusing on breath
practise-writing = Writing
practise-count = { $n ->
    [one] One practice fits.
   *[other] { $n } practices fit.
}
practise-start = Start { $title }, { $length }
length-seconds = { $n } s
length-minutes = { $n } min
helps-title = What helps me

## The player

player-missing = This practice is not here
player-missing-help = It may have been renamed. You can choose another from Practise.
player-before = Before you start, if you like: how are you now?
feeling-calm = How calm do you feel?
feeling-kind = How kind are you being to yourself?
player-start = Rate and start
player-start-unrated = Start without rating
player-step-of = Step { $n } of { $total }
player-left = { $time } left
player-progress = Time through this practice
player-rate = Breaths a minute
player-rate-option = { $n } a minute
player-paused = Paused. Take all the time you need.
player-pause = Pause
player-resume = Resume
player-stop-or-switch = Stop or switch to grounding
player-stop = Stop here
player-switch = Switch to { $title }
player-keys = Space pauses and resumes; Escape stops.
player-finished = That is the end of the practice.
player-stopped = You stopped early, and that is fine.
player-after = How are you now?
player-note = A note for yourself (optional, one line)
player-save = Save how I feel
player-save-unrated = Finish without rating
player-saved = Your practice is saved.
pacer-in = in
pacer-out = out
player-region = Practice in progress

## Journal

nav-journal = Journal
journal-title = Journal
journal-private = Only you can read this. Nothing here leaves this device unless you export it.
journal-new = New entry
journal-edit = Your entry
journal-search = Search your journal
journal-empty = Nothing written yet. When you are ready, start a new entry or write with a prompt.
journal-no-match = No entry holds those words.
journal-found = { $n ->
    [one] One entry holds those words.
   *[other] { $n } entries hold those words.
}
journal-untitled = Untitled
journal-prompts = Write with a prompt
journal-prompt = A prompt, if it helps
journal-entry-title = Title (optional)
journal-entry-body = Your words
journal-saving = Saving…
journal-saved = Saved.
journal-not-saved = Not saved yet. Your words are still here.
journal-done = Done
journal-delete = Delete this entry
journal-confirm-delete = Delete this entry? You can undo it straight afterwards.
journal-delete-yes = Yes, delete it
journal-delete-no = No, keep it
journal-deleted = The entry is deleted.
journal-undo = Undo
journal-restored = The entry is back.
practise-write = Write { $title } in your journal
practise-write-short = Write it in your journal
practise-favourites = My favourites
practise-favourite = Favourite: { $title }
practise-is-favourite = ★ A favourite
practise-make-favourite = ☆ Keep as a favourite
player-chime = A soft chime at each new step
player-speak = Read each step aloud
speech-legend = The voice
speech-voice = Voice
speech-voice-default = Your system's voice for this language
speech-rate = Pace
speech-rate-option = { $n }% of its usual pace
speech-volume = Volume
speech-volume-option = { $n }%
speech-none = Your system has no voice to read the steps aloud, so a soft chime marks each new step instead.
journal-recently-deleted = Recently deleted
journal-recently-deleted-help = Entries you deleted in the last 30 days. You can bring any of them back.
journal-restore = Bring it back
journal-restore-named = Bring back { $title }
journal-entry-tags = Tags (optional, separated by commas)

## Today's notices

notice-set-aside = Set aside. Today will not mention it again for now.

## Insights

insights-title = Insights
insights-intro = How your check-ins have moved. The line is a rolling average; each dot is one day.
insights-span = Show
insights-span-week = The last week
insights-span-month = The last month
insights-span-year = The last year

## Questionnaires

measures-title = Questionnaires
measures-intro = Short questionnaires that researchers use, offered now and then. They are for your own reflection: screening, never a diagnosis.

## Get help

help-title = Get help
help-urgent = If you or someone else is in danger now, call your local emergency number.
help-area-title = Only in { $area }
help-contact-saved = { $name } is saved.

## About

about-title = About Tend

## Settings, more

settings-professional-on = The ProQOL 5 is now offered.
settings-professional-off = The ProQOL 5 is no longer offered.
settings-about = About Tend

## Backups

settings-backups = Backups
settings-backups-intro = Tend copies your journal once a day into a backups folder beside it, and keeps the last seven days and one a week for four weeks before that.

## The Export screen

export-title = Export and backup
export-last-month = The last month
export-last-three-months = The last 3 months
export-last-year = The last year
export-understood-needed = Please tick the box to say you will check the draft for anything that could identify someone.
export-import-added = { $total ->
    [0] Nothing to add: this journal already holds everything in that backup.
   *[other] Restored: { $checkins } check-ins, { $entries } journal entries, { $sessions } practice sessions and { $results } questionnaire results were added.
}
settings-exports = What you have exported
settings-exports-intro = Tend notes when you export something and what kind, never what it said.
settings-export-link = Export and backup
journal-export = Make a reflective account draft

## Reminders

reminders-title = Reminders
reminders-added = Reminder saved.
reminders-on-said = Reminder turned on.
reminders-off-said = Reminder turned off.
reminders-deleted = Reminder deleted.
reminders-paused-said = Reminders paused.
reminders-resumed = Reminders resumed.
reminders-quiet-saved = Quiet hours saved.
settings-reminders-link = Reminders
reminders-zone-saved = Time zone saved.
reminders-desktop-saved = Saved.
nav-hide-now = Hide now
settings-privacy-link = Privacy lock: a passcode for your journal
lock-title = Tend is locked
lock-intro = Your journal is locked. Type your passcode to open it.
lock-passcode = Passcode
lock-recovery-key = Recovery key
lock-unlock = Unlock
lock-opening = Opening your journal…
lock-wrong = That does not open your journal. Check it and try again; nothing has changed.
lock-use-recovery = I forgot my passcode: use the recovery key
lock-use-passcode = Use my passcode instead
privacy-title = Privacy lock
privacy-too-short = A passcode needs at least { $n } characters.
privacy-mismatch = The two passcodes are not the same.
path-week = Week { $n }: { $title }
path-this-week = Suggested for this week
path-seconds = { $n } seconds
path-minutes = { $n ->
    [one] 1 minute
   *[other] { $n } minutes
}
path-writing = Writing, in your journal
path-begin = Begin { $name }
path-done = Done: { $name }
path-done-said = Step marked as done.
path-undone-said = Step marked as not done.
path-before = Each week brings one idea and two or three short practices that fit between other things. Do them in any order, as often as you like; pause the path for a hard week and it keeps your place. If you like, answer the Self-Compassion Scale first (and the ProQOL 5 if you help others in your work): at the end you can see your own answers side by side. That is up to you.
path-questionnaires = The questionnaires
path-questionnaires-again = Answer the questionnaires again
path-start = Start the path
path-started-said = The path has started.
path-pause = Pause the path
path-paused = The path is paused. Your place is kept for whenever you are ready.
path-paused-said = The path is paused.
path-resume = Pick up where I left off
path-resumed-said = Welcome back to the path.
path-complete = You have done every step of the path. Everything you wrote is in your journal.
today-path = Your path, week { $week }: next, { $title } ({ $length }).
today-path-link = Go to the path
practise-path-title = Four weeks with the compassionate mind
practise-path-intro = A gentle path through the practices, one idea a week.
practise-path-link = See the path
path-no-step = This step is not part of the path.

settings-role-saved = Saved. Tend will speak to you as you chose.

## Dates and numbers
# The mark between a number's whole part and its decimals.
number-decimal-mark = .
# A date: { $day } the day of the month, { $month } the month's name as it
# stands in a date, { $year } the year, { $weekday } the day of the week.
date-long = { $day } { $month } { $year }
date-weekday-long = { $weekday } { $day } { $month } { $year }
date-day-month = { $day } { $month }
# A short date for a chart's axis.
date-day-month-short = { $day } { $month-short }
date-month-1 = January
date-month-2 = February
date-month-3 = March
date-month-4 = April
date-month-5 = May
date-month-6 = June
date-month-7 = July
date-month-8 = August
date-month-9 = September
date-month-10 = October
date-month-11 = November
date-month-12 = December
date-month-short-1 = Jan
date-month-short-2 = Feb
date-month-short-3 = Mar
date-month-short-4 = Apr
date-month-short-5 = May
date-month-short-6 = Jun
date-month-short-7 = Jul
date-month-short-8 = Aug
date-month-short-9 = Sep
date-month-short-10 = Oct
date-month-short-11 = Nov
date-month-short-12 = Dec
date-weekday-1 = Monday
date-weekday-2 = Tuesday
date-weekday-3 = Wednesday
date-weekday-4 = Thursday
date-weekday-5 = Friday
date-weekday-6 = Saturday
date-weekday-7 = Sunday

## Language
# The language's own name, as a person who speaks it would look for it.
language-name = English (UK)
