# Tend: every sentence the app shows, in Czech.
# Voice: second person, short sentences, warm and plain; no exclamation marks.
# Czech: polite "vy" throughout; avoid past-tense and adjective forms that mark
# the user's gender (prefer present tense, nouns, impersonal forms).
# Terms: see docs/glossary-cs.md.

app-name = Tend
skip-to-content = Přeskočit na obsah
nav-label = Hlavní nabídka
nav-today = Dnes
nav-checkin = Denní záznam
nav-settings = Nastavení
nav-insights = Přehled
nav-help = Kde najít pomoc
nav-more-label = Podpora a nastavení
loading = Otevírá se váš deník…

## Today

today-title = Dnes
today-invite = Jak se dnes máte? Denní záznam zabere asi půl minuty.
today-checkin-now = Zaznamenat teď
# $time is time-midnight or time-tomorrow, both written to follow "do".
today-done = Dnešní záznam už máte. Upravit ho můžete do { $time }.
today-change = Upravit dnešní záznam
today-summary = Dnešní záznam

## The check-in

checkin-title = Dnešní záznam
checkin-intro = Nastavte každý posuvník podle toho, jak vám je právě teď. Správné ani špatné odpovědi tu nejsou.
checkin-edit-intro = Upravujete dnešní záznam. Nic jiného se nezmění.
checkin-value = { $value } z 10
checkin-short-exhaustion = Vyčerpání
checkin-short-stress = Stres
checkin-short-mood = Nálada
checkin-short-sleep = Spánek v noci
checkin-short-self_kindness = Laskavost k sobě
checkin-short-meaning = Smysl v péči

checkin-item-exhaustion = Jak velké vyčerpání cítíte?
checkin-low-exhaustion = Vůbec žádné
checkin-high-exhaustion = Naprosté

checkin-item-stress = Jak velký stres cítíte?
checkin-low-stress = Klid
checkin-high-stress = Velký stres

checkin-item-mood = Jakou máte náladu?
checkin-low-mood = Velmi špatnou
checkin-high-mood = Velmi dobrou

checkin-item-sleep = Jak se vám minulou noc spalo?
checkin-low-sleep = Velmi špatně
checkin-high-sleep = Velmi dobře

checkin-item-self_kindness = Jak laskavě se k sobě dnes chováte?
checkin-low-self_kindness = Vůbec ne
checkin-high-self_kindness = Velmi laskavě

checkin-item-meaning = Kolik smyslu vám dnes dávala péče?
checkin-low-meaning = Žádný
checkin-high-meaning = Velmi mnoho

checkin-context = Jaký to byl den? (nepovinné)
context-work_day = Pracovní den
context-caring_at_home = Péče doma
context-both = Obojí
context-rest_day = Den volna

checkin-tags = Provázelo váš den něco z tohoto? (nepovinné)
tag-disturbed_night = Neklidná noc
tag-appointments = Termíny a schůzky
tag-break_or_respite = Přestávka nebo chvíle oddechu
tag-hard_visit = { $role ->
    [family_carer] Těžká chvíle při péči
   *[other] Těžká návštěva
}

checkin-note = Poznámka jen pro vás (nepovinné, jeden řádek)
checkin-note-count = { $count } z { $max } znaků
checkin-save = Uložit dnešní záznam
checkin-save-changes = Uložit změny
checkin-saving = Ukládá se…
checkin-saved = Dnešní záznam je uložený.

## Errors while saving anything; what the user entered is always kept on screen

error-invalid_input = V této podobě to nejde uložit: { $detail }
error-storage_full = Disk je plný, proto se nic neuložilo. Zadané údaje tu zůstávají: uvolněte trochu místa a zkuste to znovu.
error-internal = Něco se pokazilo, proto se nic neuložilo. Zadané údaje tu zůstávají; zkuste to prosím znovu.
error-invalid_input-plain = V této podobě to nejde uložit. Zadané údaje tu zůstávají.
error-failed = Nepodařilo se to: { $detail } Zadané údaje tu zůstávají.

## Why something could not be saved or done, said inside the messages above

invalid-checkin-rating = Hodnocení „{ $item }“ je na škále od 0 do { $most }.
invalid-checkin-note-long = Poznámka má { $chars ->
    [one] { $chars } znak
    [few] { $chars } znaky
    [many] { $chars } znaku
   *[other] { $chars } znaků
}, ale může mít nejvýš { $most }.
invalid-checkin-note-line = Poznámka se píše na jeden řádek, bez zalomení.
invalid-entry-title = Název může mít jen jeden řádek a nejvýš { $most ->
    [one] { $most } znak
    [few] { $most } znaky
    [many] { $most } znaku
   *[other] { $most } znaků
}.
invalid-entry-size = Zápis může obsahovat nejvýš { $mb } MB textu.
invalid-entry-control = Zápis obsahuje znaky, které nejde uložit.
invalid-entry-tag = Štítek může mít jen jeden řádek a nejvýš { $most ->
    [one] { $most } znak
    [few] { $most } znaky
    [many] { $most } znaku
   *[other] { $most } znaků
}.
invalid-entry-tags = Zápis může mít nejvýš { $most ->
    [one] { $most } štítek
    [few] { $most } štítky
    [many] { $most } štítku
   *[other] { $most } štítků
}.
invalid-entry-prompt = Takový podnět Tend nenabízí.
invalid-session-practice = Takové cvičení Tend nenabízí.
invalid-session-rating = Hodnocení je na škále od 0 do { $most }.
invalid-session-time = Čas, po který cvičení běželo, neodpovídá zvolené délce.
invalid-session-note = Poznámka může mít jen jeden řádek a nejvýš { $most ->
    [one] { $most } znak
    [few] { $most } znaky
    [many] { $most } znaku
   *[other] { $most } znaků
}.
invalid-contact-no-name = Kontakt potřebuje jméno.
invalid-contact-name = Jméno může mít jen jeden řádek a nejvýš { $most ->
    [one] { $most } znak
    [few] { $most } znaky
    [many] { $most } znaku
   *[other] { $most } znaků
}.
invalid-contact-number = Číslo může mít jen jeden řádek a nejvýš { $most ->
    [one] { $most } znak
    [few] { $most } znaky
    [many] { $most } znaku
   *[other] { $most } znaků
}.
invalid-contact-note = Poznámka může mít nejvýš { $most ->
    [one] { $most } znak
    [few] { $most } znaky
    [many] { $most } znaku
   *[other] { $most } znaků
}.
invalid-reminder-days = Připomenutí potřebuje alespoň jeden den v týdnu.
invalid-reminder-words = Text připomenutí může mít jen jeden řádek a nejvýš { $most ->
    [one] { $most } znak
    [few] { $most } znaky
    [many] { $most } znaku
   *[other] { $most } znaků
}.
invalid-reminder-own = Připomenutí vlastními slovy potřebuje nějaký text.
invalid-reminder-count = Tend uchová nejvýš { $most } připomenutí.
invalid-reminder-time = Vyberte čas připomenutí.
invalid-pause-day = Vyberte den, do kterého se mají připomenutí pozastavit.
invalid-pause-past = Vyberte dnešek nebo pozdější den.
invalid-quiet-time = Vyberte oba časy doby klidu.
invalid-zone = „{ $zone }“ není časové pásmo, které Tend zná.
invalid-language = „{ $tag }“ není jazyk, kterým Tend mluví.
invalid-document-order = První den je později než poslední.
invalid-document-period = Období je delší než padesát let.
invalid-document-entries = Jeden dokument může obsahovat nejvýš { $most ->
    [one] { $most } zápis
    [few] { $most } zápisy
    [many] { $most } zápisu
   *[other] { $most } zápisů
}.
invalid-path-name = Cesta nebo její krok nemá platný název.
invalid-path-step = Krok se uvádí jen u kroku označeného jako hotový nebo nehotový.
invalid-lock-minutes = Počet minut do zamknutí může být od 1 do { $most }.
invalid-measure-answers = Každá otázka potřebuje jednu z odpovědí, které dotazník nabízí.
error-no-such-entry = Už to tu není; možná se to mezitím smazalo.
error-journal-value = Deník obsahuje hodnotu, kterou by obsahovat neměl, takže může být poškozený.
error-journal-io = Deník se nepodařilo přečíst ani do něj zapsat.
error-io-full = Disk je plný.
error-io-permission = Tend k tomuto místu nemá přístup.
error-io-read-only = Z tohoto místa lze číst, ale nelze do něj zapisovat.
error-io-not-found = Tento soubor nebo složka neexistuje.
error-io-other = Soubor se nepodařilo přečíst ani do něj zapsat.
error-io-no-file = Cesta neobsahuje název souboru.
error-io-journal-name = Tento název patří samotnému deníku; zvolte prosím jiný.
error-pdf = PDF se nepodařilo vytvořit.
error-content = Cvičení, která jsou součástí aplikace Tend, se nepodařilo načíst.
error-not-offered = Tohle Tend nenabízí.
error-login-setting = Nastavení, zda spouštět Tend po přihlášení, se nepodařilo změnit.
export-csv-phone = Telefon ukládá jednotlivé soubory, ne celé složky. Uložte tu místo toho zálohu, nebo tabulky vytvořte na počítači.

## The privacy lock, backups and opening the journal

lock-error-wrong = Tímto heslem nebo obnovovacím klíčem se tento deník neotevře.
lock-error-short = Heslo musí mít alespoň { $least ->
    [one] { $least } znak
    [few] { $least } znaky
    [many] { $least } znaku
   *[other] { $least } znaků
}.
lock-error-on = Zámek už je zapnutý.
lock-error-off = Zámek je vypnutý.
lock-error-key-damaged = Soubor zámku vedle deníku je poškozený.
lock-error-key-newer = Soubor zámku zapsala novější verze aplikace Tend.
restore-error-missing = Tato záloha už tu není.
restore-error-unsound = Tato záloha není neporušený deník aplikace Tend, a proto se nepoužila.
open-error-folder = Tend nemůže vytvořit svou datovou složku ani do ní zapisovat.
open-error-not-journal = Soubor deníku v datové složce není deník aplikace Tend.
open-error-newer = Deník uložila novější verze aplikace Tend (formát { $found }; tato verze zná nejvýš formát { $known }).
open-error-damaged = Soubor deníku je poškozený: neprošel kontrolou integrity.
open-error-locked = Deník je zamčený: otevře se heslem nebo obnovovacím klíčem.
open-error-upgrade = Deník se nepodařilo převést na aktuální verzi.
open-error-other = Deník se nepodařilo otevřít.

## Why a backup file was not imported; nothing in the journal changed

import-error-empty = Soubor je prázdný.
import-error-large = Soubor má { $mb } MB, víc, než může mít záloha aplikace Tend ({ $most } MB).
import-error-not-backup = Soubor není záloha aplikace Tend.
import-error-newer = Zálohu vytvořila novější verze aplikace Tend (formát { $found }; tato verze čte formát { $known } a starší). Nejdřív prosím aktualizujte Tend.
import-error-damaged = Záloha je neúplná nebo poškozená.
import-error-checksum = Záloha se od svého vytvoření změnila nebo poškodila: její kontrolní součet nesouhlasí.
import-error-count = Záloha je poškozená: v části „{ $what }“ uvádí počet položek { $said }, ale ve skutečnosti jich obsahuje { $found }.
import-error-row = Položka { $index } v části „{ $what }“ není platná: { $why }
import-kind-checkins = denní záznamy
import-kind-sessions = cvičení
import-kind-entries = zápisy v deníku
import-kind-favourites = oblíbená cvičení
import-kind-measures = výsledky dotazníků
import-kind-contacts = kontakty
import-kind-settings = nastavení
import-kind-reminders = připomenutí
import-kind-path = kroky cesty
import-why-time = „{ $value }“ není datum a čas.
import-why-day = „{ $value }“ není datum.
import-why-long = Jedno z polí má { $chars ->
    [one] { $chars } znak
    [few] { $chars } znaky
    [many] { $chars } znaku
   *[other] { $chars } znaků
}, víc než { $most }.
import-why-rating = Jedno z hodnocení je { $value }, tedy víc než 10.
import-why-context = „{ $value }“ není druh dne, který Tend zná.
import-why-tag = „{ $value }“ není štítek, který Tend zná.
import-why-two-days = Den { $day } má dva denní záznamy.
import-why-practice = „{ $value }“ není cvičení, které Tend zná.
import-why-session-length = Taková délka cvičení není možná.
import-why-tag-empty = Jeden ze štítků je prázdný nebo obsahuje řídicí znak.
import-why-measure-name = Název dotazníku je prázdný nebo příliš dlouhý.
import-why-answers = Odpovědi nejsou řada číslic.
import-why-path-kind = „{ $value }“ není nic, co se na cestě může stát.
import-why-reminder-kind = „{ $value }“ není druh připomenutí, který Tend zná.
import-why-reminder-time = „{ $value }“ není platný čas.
import-why-setting-name = Nemá žádný název.
import-why-setting-local = Nastavení „{ $key }“ patří k připomenutím jednoho počítače a do zálohy se nikdy neukládá.
import-why-setting-value = Nastavení „{ $key }“ obsahuje hodnotu, kterou Tend neumí přečíst.
import-why-rows = Položek je víc, než kolik by jich Tend mohl zapsat.

## The journal could not be opened

journal-error-title = Tend nemůže otevřít váš deník
journal-error-data_folder_unwritable = Tend nemůže ukládat do své datové složky:
journal-error-not_a_journal = Soubor deníku v datové složce aplikace Tend není deník aplikace Tend:
journal-error-journal_too_new = Váš deník uložila novější verze aplikace Tend. Pro jeho otevření prosím aktualizujte Tend. Jde o složku:
journal-error-journal_damaged = Váš deník je nejspíš poškozený. Jde o složku:
journal-error-internal = Deník se nepodařilo otevřít. Jde o složku:
journal-error-unchanged = Ve složce se nic nezměnilo ani nesmazalo.
journal-error-advice = Zkontrolujte, že složka existuje a že do ní můžete zapisovat. Pak Tend otevřete znovu.
journal-error-backups = Vaše zálohy
journal-error-backups-intro = Tend každý den ukládá kopii vašeho deníku. Můžete pokračovat z některé z nich; poškozený soubor zůstane ve složce se zálohami, nic se nesmaže.

## Settings

settings-title = Nastavení
settings-boundary-saved = Váš den teď končí v { $time }.
theme-system = Podle zařízení
theme-light = Světlé
theme-dark = Tmavé
theme-high_contrast = Vysoký kontrast
settings-theme-saved = Barvy: { $theme }.
settings-text-size-saved = Velikost písma je teď { $percent } %.

## Times

# Both are used only after "do" in today-done: "do zítřka do 3:00", "do půlnoci".
time-tomorrow = zítřka do { $time }
time-midnight = půlnoci

## Practise

nav-practise = Cvičení
today-practice = Chvilka pro vás
today-practice-offer = Pokud vám to pomůže, zkuste půl minuty pomalého dýchání. S otevřenýma očima, kdekoli.
today-30-seconds = Teď 30 sekund
practise-title = Cvičení
practise-intro = { $role ->
    [family_carer] Krátká cvičení, která se vejdou mezi jednu povinnost a druhou, a delší na chvíle, kdy máte čas pro sebe. Přestat můžete kdykoli.
   *[other] Krátká cvičení, která se vejdou mezi návštěvy, a delší na chvíle, kdy máte víc času. Přestat můžete kdykoli.
}
practise-time = Kolik máte času?
practise-any-length = Jakákoli délka
practise-suits = Co vám teď vyhovuje?
practise-between-visits = { $role ->
    [family_carer] Mezi povinnostmi
   *[other] Mezi návštěvami
}
practise-breath-free = Bez soustředění na dech
practise-writing = Psaní
practise-count = { $n ->
    [one] Hodí se jedno cvičení.
    [few] Hodí se { $n } cvičení.
    [many] Hodí se { $n } cvičení.
   *[other] Hodí se { $n } cvičení.
}
practise-start = Začít cvičení { $title }, { $length }
length-seconds = { $n } s
length-minutes = { $n } min
helps-title = Co mi pomáhá

## The player

player-missing = Toto cvičení tu není
player-missing-help = Možná bylo přejmenováno. Jiné si můžete vybrat v části Cvičení.
player-before = Než začnete, pokud chcete: jak vám teď je?
feeling-calm = Nakolik se cítíte v klidu?
feeling-kind = Jak laskavě se k sobě chováte?
player-start = Ohodnotit a začít
player-start-unrated = Začít bez hodnocení
player-step-of = Krok { $n } z { $total }
player-left = Zbývá { $time }
player-progress = Průběh cvičení
player-rate = Dechů za minutu
player-rate-option = { $n } za minutu
player-paused = Pozastaveno. Dopřejte si tolik času, kolik potřebujete.
player-pause = Pozastavit
player-resume = Pokračovat
player-stop-or-switch = Skončit, nebo přejít k uzemnění
player-stop = Skončit
player-switch = Přejít na cvičení { $title }
player-keys = Mezerník cvičení pozastaví a znovu spustí; Esc ho ukončí.
player-finished = Tady cvičení končí.
player-stopped = Cvičení skončilo dřív, a to je v pořádku.
player-after = Jak vám je teď?
player-note = Poznámka jen pro vás (nepovinné, jeden řádek)
player-save = Uložit, jak se cítím
player-save-unrated = Dokončit bez hodnocení
player-saved = Cvičení je uložené.
pacer-in = nádech
pacer-out = výdech
player-region = Probíhá cvičení

## Journal

nav-journal = Deník
journal-title = Deník
journal-private = Číst to můžete jen vy. Nic z toho neopustí toto zařízení, pokud to neexportujete.
journal-new = Nový zápis
journal-edit = Váš zápis
journal-search = Hledat v deníku
journal-empty = Zatím tu nic není. Až budete chtít, začněte nový zápis nebo pište podle podnětu.
journal-no-match = Tato slova nejsou v žádném zápisu.
journal-found = { $n ->
    [one] Tato slova obsahuje jeden zápis.
    [few] Tato slova obsahují { $n } zápisy.
    [many] Tato slova obsahuje { $n } zápisu.
   *[other] Tato slova obsahuje { $n } zápisů.
}
journal-untitled = Bez názvu
journal-prompts = Psát podle podnětu
journal-prompt = Podnět, pokud pomůže
journal-entry-title = Název (nepovinné)
journal-entry-body = Vaše slova
journal-saving = Ukládá se…
journal-saved = Uloženo.
journal-not-saved = Zatím neuloženo. Váš text tu pořád je.
journal-done = Hotovo
journal-delete = Smazat tento zápis
journal-confirm-delete = Smazat tento zápis? Hned potom to můžete vrátit.
journal-delete-yes = Ano, smazat
journal-delete-no = Ne, ponechat
journal-deleted = Zápis je smazaný.
journal-undo = Vrátit zpět
journal-restored = Zápis je zpět.
practise-write = Napsat do deníku: { $title }
practise-write-short = Napsat do deníku
practise-favourites = Moje oblíbená
practise-favourite = Oblíbené: { $title }
practise-is-favourite = ★ Oblíbené
practise-make-favourite = ☆ Přidat k oblíbeným
player-chime = Jemné zazvonění u každého nového kroku
player-speak = Číst každý krok nahlas
speech-legend = Hlas
speech-voice = Hlas
speech-voice-default = Systémový hlas pro tento jazyk
speech-rate = Tempo
speech-rate-option = { $n } % obvyklého tempa
speech-volume = Hlasitost
speech-volume-option = { $n } %
speech-none = Váš systém nemá hlas, který by kroky přečetl nahlas, proto každý nový krok ohlásí jemné zazvonění.
journal-recently-deleted = Nedávno smazané
journal-recently-deleted-help = Zápisy smazané za posledních 30 dní. Kterýkoli z nich můžete vrátit.
journal-restore = Vrátit
journal-restore-named = Vrátit zápis { $title }
journal-entry-tags = Štítky (nepovinné, oddělte čárkami)

## Today's notices

notice-set-aside = Odloženo. Stránka Dnes to zatím znovu nezmíní.

## Insights

insights-title = Přehled
insights-intro = Jak se vaše denní záznamy vyvíjejí. Čára ukazuje průběžný průměr, každá tečka je jeden den.
insights-span = Zobrazit
insights-span-week = Poslední týden
insights-span-month = Poslední měsíc
insights-span-year = Poslední rok

## Questionnaires

measures-title = Dotazníky
measures-intro = Krátké dotazníky, které používají výzkumníci, nabízené jednou za čas. Jsou pro vaše vlastní zamyšlení: slouží jen k orientaci (screening), nikdy nejde o diagnózu.

## Get help

help-title = Kde najít pomoc
help-urgent = Pokud jste teď v ohrožení vy nebo někdo jiný, volejte místní číslo tísňového volání.
help-area-title = Pouze pro oblast { $area }
help-contact-saved = Kontakt { $name } je uložený.

## About

about-title = O aplikaci Tend

## Settings, more

settings-professional-on = ProQOL 5 se teď nabízí.
settings-professional-off = ProQOL 5 se už nenabízí.
settings-about = O aplikaci Tend

## Backups

settings-backups = Zálohy
settings-backups-intro = Tend jednou denně zkopíruje váš deník do složky se zálohami vedle něj. Ponechává si kopie z posledních sedmi dní a před nimi jednu kopii týdně za čtyři týdny.

## The Export screen

export-title = Export a zálohování
export-last-month = Poslední měsíc
export-last-three-months = Poslední 3 měsíce
export-last-year = Poslední rok
export-understood-needed = Zaškrtnutím políčka prosím potvrďte, že návrh zkontrolujete a odstraníte vše, podle čeho by se dal někdo poznat.
export-import-added = { $total ->
    [0] Není co přidat: tento deník už obsahuje vše z této zálohy.
    [one] Obnoveno. Přidáno: denní záznamy { $checkins }, zápisy v deníku { $entries }, cvičení { $sessions }, výsledky dotazníků { $results }.
    [few] Obnoveno. Přidáno: denní záznamy { $checkins }, zápisy v deníku { $entries }, cvičení { $sessions }, výsledky dotazníků { $results }.
    [many] Obnoveno. Přidáno: denní záznamy { $checkins }, zápisy v deníku { $entries }, cvičení { $sessions }, výsledky dotazníků { $results }.
   *[other] Obnoveno. Přidáno: denní záznamy { $checkins }, zápisy v deníku { $entries }, cvičení { $sessions }, výsledky dotazníků { $results }.
}
settings-exports = Historie exportů
settings-exports-intro = Tend si zaznamená, kdy a jaký druh obsahu exportujete, nikdy ne to, co v něm stálo.
settings-export-link = Export a zálohování
journal-export = Vytvořit návrh písemné reflexe

## Reminders

reminders-title = Připomenutí
reminders-added = Připomenutí je uložené.
reminders-on-said = Připomenutí je zapnuté.
reminders-off-said = Připomenutí je vypnuté.
reminders-deleted = Připomenutí je smazané.
reminders-paused-said = Připomenutí jsou pozastavená.
reminders-resumed = Připomenutí jsou znovu zapnutá.
reminders-quiet-saved = Doba klidu je uložená.
settings-reminders-link = Připomenutí
reminders-zone-saved = Časové pásmo je uložené.
reminders-desktop-saved = Uloženo.
nav-hide-now = Rychle skrýt
settings-privacy-link = Zámek deníku: heslo k vašemu deníku
lock-title = Tend je zamčený
lock-intro = Váš deník je zamčený. Pro otevření zadejte heslo.
lock-passcode = Heslo
lock-recovery-key = Obnovovací klíč
lock-unlock = Odemknout
lock-opening = Otevírá se váš deník…
lock-wrong = Tímto se váš deník neotevře. Zkontrolujte zadání a zkuste to znovu; nic se nezměnilo.
lock-use-recovery = Nepamatuji si heslo: použít obnovovací klíč
lock-use-passcode = Raději použít heslo
privacy-title = Zámek deníku
privacy-too-short = Heslo musí mít alespoň { $n ->
    [one] { $n } znak
    [few] { $n } znaky
    [many] { $n } znaku
   *[other] { $n } znaků
}.
privacy-mismatch = Hesla se neshodují.
path-week = Týden { $n }: { $title }
path-this-week = Doporučeno na tento týden
path-seconds = { $n ->
    [one] { $n } sekunda
    [few] { $n } sekundy
    [many] { $n } sekundy
   *[other] { $n } sekund
}
path-minutes = { $n ->
    [one] { $n } minuta
    [few] { $n } minuty
    [many] { $n } minuty
   *[other] { $n } minut
}
path-writing = Psaní do deníku
path-begin = Začít: { $name }
path-done = Hotovo: { $name }
path-done-said = Krok je označený jako hotový.
path-undone-said = Krok je označený jako nehotový.
path-before = Každý týden přináší jednu myšlenku a dvě nebo tři krátká cvičení, která se vejdou mezi jiné věci. Dělejte je v libovolném pořadí a tak často, jak chcete; v těžkém týdnu můžete cestu pozastavit a počká na vás tam, kde jste. Pokud chcete, vyplňte nejdřív dotazník Self-Compassion Scale (a ProQOL 5, pokud ve své práci pomáháte druhým): na konci pak uvidíte své odpovědi vedle sebe. Je to na vás.
path-questionnaires = Dotazníky
path-questionnaires-again = Vyplnit dotazníky znovu
path-start = Začít cestu
path-started-said = Cesta začala.
path-pause = Pozastavit cestu
path-paused = Cesta je pozastavená. Vaše místo zůstane zachované, až budete chtít pokračovat.
path-paused-said = Cesta je pozastavená.
path-resume = Pokračovat v cestě
path-resumed-said = Vítejte zpátky na cestě.
path-complete = Máte za sebou všechny kroky cesty. Vše, co vzniklo při psaní, najdete ve svém deníku.
today-path = Vaše cesta, týden { $week }: další krok { $title } ({ $length }).
today-path-link = Přejít na cestu
practise-path-title = Čtyři týdny se soucitnou myslí
practise-path-intro = Jemná cesta cvičeními, jedna myšlenka na každý týden.
practise-path-link = Zobrazit cestu
path-no-step = Tento krok není součástí cesty.

settings-role-saved = Uloženo. Tend vás bude oslovovat podle vaší volby.

## Dates and numbers
# The mark between a number's whole part and its decimals.
number-decimal-mark = ,
# A date: { $day } the day of the month, { $month } the month's name as it
# stands in a date, { $year } the year, { $weekday } the day of the week.
# Czech: "1. ledna 2026", months in the genitive, weekdays in lower case.
date-long = { $day }. { $month } { $year }
date-weekday-long = { $weekday } { $day }. { $month } { $year }
date-day-month = { $day }. { $month }
# A short date for a chart's axis. Czech writes it in figures: "1. 1.".
date-day-month-short = { $day }. { $month-short }
date-month-1 = ledna
date-month-2 = února
date-month-3 = března
date-month-4 = dubna
date-month-5 = května
date-month-6 = června
date-month-7 = července
date-month-8 = srpna
date-month-9 = září
date-month-10 = října
date-month-11 = listopadu
date-month-12 = prosince
date-month-short-1 = 1.
date-month-short-2 = 2.
date-month-short-3 = 3.
date-month-short-4 = 4.
date-month-short-5 = 5.
date-month-short-6 = 6.
date-month-short-7 = 7.
date-month-short-8 = 8.
date-month-short-9 = 9.
date-month-short-10 = 10.
date-month-short-11 = 11.
date-month-short-12 = 12.
date-weekday-1 = pondělí
date-weekday-2 = úterý
date-weekday-3 = středa
date-weekday-4 = čtvrtek
date-weekday-5 = pátek
date-weekday-6 = sobota
date-weekday-7 = neděle

## Language
# The language's own name, as a person who speaks it would look for it.
language-name = Čeština
