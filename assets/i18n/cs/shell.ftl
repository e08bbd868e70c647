# Tend: what only the shell says, in Czech: the exported documents,
# notifications and the tray, the tend command, and the parts of screens
# the shell writes (Today's notices and reminder line, Insights below its
# picker, the questionnaires' screen, Get help's helplines, About, what
# helps me, the path's answers before and after, what has left the device,
# the journal's list, and the forms of Settings, Reminders, Export, Get
# help, the privacy lock and a questionnaire). The page never loads this file; everything else is
# in tend.ftl beside it.
# Voice: second person, short sentences, warm and plain; no exclamation marks.
# Czech: polite "vy" throughout; avoid past-tense and adjective forms that mark
# the user's gender (prefer present tense, nouns, impersonal forms).
# Terms: see docs/glossary-cs.md.

## Today's notices

notice-measure = Až budete mít pár minut: krátký dotazník { $name }. Když ho jednou za čas vyplníte, uvidíte, jak se věci v průběhu týdnů mění.
notice-measure-answer = Vyplnit dotazník { $name }
notice-measure-later = Teď ne
notice-support-title = Nesete toho teď hodně
notice-support-exhausted = Za posledních 14 dní se velké vyčerpání objevilo u { $days } z { $of ->
    [one] { $of } vašeho denního záznamu
    [few] { $of } vašich denních záznamů
    [many] { $of } vašeho denního záznamu
   *[other] { $of } vašich denních záznamů
}.
notice-support-low-mood = Za posledních 14 dní se velmi špatná nálada objevila u { $days } z { $of ->
    [one] { $of } vašeho denního záznamu
    [few] { $of } vašich denních záznamů
    [many] { $of } vašeho denního záznamu
   *[other] { $of } vašich denních záznamů
}.
notice-support-wellbeing = Váš poslední výsledek v dotazníku pohody WHO-5 byl { $score } ze 100.
notice-support-burnout = Váš poslední výsledek pro vyhoření v ProQOL byl { $score }, tedy v pásmu vysokých hodnot.
notice-support-stress = Váš poslední výsledek pro sekundární traumatický stres v ProQOL byl { $score }, tedy v pásmu vysokých hodnot.
notice-support-suggest = Není to diagnóza ani selhání. Možná pomůže si o tom promluvit se svým praktickým lékařem, s pracovnělékařskou službou, se supervizorem nebo se službou pro pečující.
notice-support-help = Kde najít podporu
notice-support-later = Odložit na dva týdny

## Insights

insights-empty = Zatím tu nic není. Po několika denních záznamech se tu z vašich dnů začne skládat obrázek.
insights-item-none = { $item }: v tomto období žádné denní záznamy.
insights-item-week = { $item } za poslední týden: v průměru { $mean } z 10, podle { $days ->
    [one] jednoho denního záznamu
    [few] { $days } denních záznamů
    [many] { $days } denního záznamu
   *[other] { $days } denních záznamů
}.
insights-item-month = { $item } za poslední měsíc: v průměru { $mean } z 10, podle { $days ->
    [one] jednoho denního záznamu
    [few] { $days } denních záznamů
    [many] { $days } denního záznamu
   *[other] { $days } denních záznamů
}.
insights-item-year = { $item } za poslední rok: v průměru { $mean } z 10, podle { $days ->
    [one] jednoho denního záznamu
    [few] { $days } denních záznamů
    [many] { $days } denního záznamu
   *[other] { $days } denních záznamů
}.
insights-numbers = Hodnoty: { $item }
insights-day = Den
insights-average = Průběžný průměr
insights-score = Hodnota
insights-break-title = Přestávky
insights-break-never = Zatím tu není zaznamenaná žádná přestávka ani chvíle oddechu. Až nějakou budete mít, zaškrtněte ji v denním záznamu; uvidíte pak, jak dlouho to od ní je.
insights-break-today = Dnes máte zaznamenanou přestávku nebo chvíli oddechu.
insights-break-days = { $days ->
    [one] Vaše poslední přestávka nebo chvíle oddechu byla včera.
    [few] Vaše poslední přestávka nebo chvíle oddechu byla před { $days } dny.
    [many] Vaše poslední přestávka nebo chvíle oddechu byla před { $days } dne.
   *[other] Vaše poslední přestávka nebo chvíle oddechu byla před { $days } dny.
}
insights-tags-title = Co provází těžší dny
insights-tags-none = Zatím nic nevyčnívá. Tend porovnává dny se štítkem a bez něj, jakmile má každá skupina alespoň { $days ->
    [one] { $days } den
    [few] { $days } dny
    [many] { $days } dne
   *[other] { $days } dní
}.
insights-tag-higher = { $item }: ve dnech označených „{ $tag }“ v průměru o { $points } bodu výš ({ $with ->
    [one] { $with } den
    [few] { $with } dny
    [many] { $with } dne
   *[other] { $with } dní
} se štítkem, { $without ->
    [one] { $without } den
    [few] { $without } dny
    [many] { $without } dne
   *[other] { $without } dní
} bez něj).
insights-tag-lower = { $item }: ve dnech označených „{ $tag }“ v průměru o { $points } bodu níž ({ $with ->
    [one] { $with } den
    [few] { $with } dny
    [many] { $with } dne
   *[other] { $with } dní
} se štítkem, { $without ->
    [one] { $without } den
    [few] { $without } dny
    [many] { $without } dne
   *[other] { $without } dní
} bez něj).
insights-tags-hint = Jde o vzorce ve vašich vlastních odpovědích, ne o příčiny.
insights-measures-title = Dotazníky v čase
insights-measures-link = Dotazníky

## Questionnaires

measures-for-professionals = Pro lidi, kteří ve své práci pomáhají druhým. Pokud se vás to týká, zapněte ho v Nastavení.
measures-last = Naposledy vyplněno { $date }.
measures-due = Teď na řadě.
measures-every = Nabízí se jednou za { $days ->
    [one] { $days } den
    [few] { $days } dny
    [many] { $days } dne
   *[other] { $days } dní
}.
measures-answer = Vyplnit dotazník { $name }
measure-score = { $scale }: { $value }
measure-see-insights = Zobrazit vývoj v čase
measure-help-link = Kde najít podporu

## Get help

help-urgent-number = Pokud jste teď v ohrožení vy nebo někdo jiný, volejte { $number }.
help-lines-title = Linky pomoci: { $country }
help-how-call = Volejte
help-how-text = SMS
help-how-call-or-text = Volejte nebo pošlete SMS
help-checked = Služby mění svá čísla i provozní dobu. U každé je uvedeno, kdy byla naposledy ověřena na jejích vlastních stránkách; když jedna neodpovídá, zkuste jinou.
help-text-word = Pošlete SMS s textem { $word } na číslo { $number }
help-line-source = Zdroj: { $page }
help-line-checked = tam ověřeno { $date }
help-line-unchecked = u zdroje zatím neověřeno
help-unlisted-title = Vaše země zatím není v seznamu
help-unlisted = Tend zatím nezná linky pomoci ve vaší zemi, a tak raději neukazuje žádná čísla než čísla jiné země. V naléhavé situaci volejte místní číslo tísňového volání: 112 funguje z mobilních telefonů v celé Evropské unii a v mnoha dalších zemích. Níže si můžete přidat lidi, kterým důvěřujete, nebo nahoře vybrat zemi, pokud jste v některé z těch, které uvádíme.
crisis-call = Pokud se necítíte v bezpečí nebo máte myšlenky na ukončení života, zavolejte hned, kdykoli ve dne i v noci: { $name }, číslo { $number }. V naléhavé situaci volejte { $emergency }.
crisis-text = Pokud se necítíte v bezpečí nebo máte myšlenky na ukončení života, pošlete hned SMS, kdykoli ve dne i v noci: { $name }, číslo { $number }. V naléhavé situaci volejte { $emergency }.
crisis-local = Pokud se necítíte v bezpečí nebo máte myšlenky na ukončení života, volejte hned místní číslo tísňového volání.
crisis-help = Kde najít pomoc

## About

about-what = Tend je pomůcka pro duševní pohodu pečujících: krátká cvičení soucitu se sebou, denní záznam a soukromý deník.
about-not = Není to zdravotnický prostředek. Nestanovuje diagnózu, neléčí ani nezjišťuje žádné onemocnění a jeho dotazníky slouží jen k orientaci (screening) pro vaše vlastní zamyšlení.
about-private = Vše zůstává v tomto zařízení, pokud to neexportujete. Nikdo nesleduje, co píšete, proto Tend nemůže pomoci v naléhavé situaci: k tomu slouží stránka Kde najít pomoc.
about-measures = Dotazníky
about-measures-intro = Dotazníky se používají se svolením za těchto podmínek.
about-exercises = Cvičení
about-exercises-text = Cvičení jsou napsaná pro Tend a vycházejí z terapie zaměřené na soucit (Compassion Focused Therapy) a z programu Mindful Self-Compassion; u každého je na obrazovce Cvičení uvedeno, odkud pochází.
about-font = Písmo
about-font-text = Atkinson Hyperlegible Next od Braille Institute of America, pod licencí SIL Open Font License 1.1.

## The exported documents (summary and reflective-account draft)

export-summary-title = Můj souhrn z aplikace Tend
export-period = Od { $from } do { $to }. Vytvořeno { $made }.
export-self-reported = Všechny údaje zde pocházejí z mých vlastních odpovědí v aplikaci Tend, pomůcce pro duševní pohodu. Nejde o zdravotnickou dokumentaci a nic z toho není diagnóza.
export-entry-untitled = Zápis z { $date }
export-checkins-title = Denní záznamy
export-checkins-count = Za { $days ->
    [one] { $days } den
    [few] { $days } dny
    [many] { $days } dne
   *[other] { $days } dní
}: { $count ->
    [0] žádný denní záznam.
    [one] jeden denní záznam.
    [few] { $count } denní záznamy.
    [many] { $count } denního záznamu.
   *[other] { $count } denních záznamů.
}
export-item-sentence = { $item }: průměr { $mean } z 10 za { $days ->
    [one] jeden den
    [few] { $days } dny
    [many] { $days } dne
   *[other] { $days } dní
}, od nejnižší hodnoty { $low } po nejvyšší { $high }.
export-week-of = Týden od
export-days = Dny
export-weeks-caption = Průměrné odpovědi po týdnech (0 až 10)
export-measures-title = Dotazníky
export-measures-none = V tomto období nebyl vyplněn žádný dotazník.
export-measures-screening = Jde o orientační (screeningové) dotazníky vyplněné pro mé vlastní zamyšlení. Nejsou diagnózou.
export-measures-published-language = Každý dotazník si ponechává znění, ve kterém byl vydán a ověřen, a proto jsou jeho název, škály a pásma uvedeny v tomto jazyce. Tend dotazníky nikdy sám nepřekládá.
export-score-of = { $value } (škála { $low } až { $high })
export-date = Datum
export-scale = Škála
export-band = Běžnými slovy
export-results-caption = Moje výsledky: { $name }
export-practice-title = Cvičení
export-practice-count = { $count ->
    [0] V tomto období žádné cvičení.
    [one] Jedno cvičení, celkem { $minutes ->
        [one] { $minutes } minuta
        [few] { $minutes } minuty
        [many] { $minutes } minuty
       *[other] { $minutes } minut
    }.
    [few] { $count } cvičení, celkem { $minutes ->
        [one] { $minutes } minuta
        [few] { $minutes } minuty
        [many] { $minutes } minuty
       *[other] { $minutes } minut
    }.
    [many] { $count } cvičení, celkem { $minutes ->
        [one] { $minutes } minuta
        [few] { $minutes } minuty
        [many] { $minutes } minuty
       *[other] { $minutes } minut
    }.
   *[other] { $count } cvičení, celkem { $minutes ->
        [one] { $minutes } minuta
        [few] { $minutes } minuty
        [many] { $minutes } minuty
       *[other] { $minutes } minut
    }.
}
export-practice-caption = Přehled cvičení
export-exercise = Cvičení
export-times = Kolikrát
export-minutes = Minuty
export-helps-title = Co mi pomáhá
export-helps-none = Zatím není dost ohodnocených cvičení, aby se dalo říct, co pomáhá (potřeba jsou tři cvičení stejného druhu, ohodnocená před a po).
export-helps-line = { $exercise }: v průměru klid { $calm } a laskavost k sobě { $kind }, z { $sessions ->
    [one] { $sessions } ohodnoceného cvičení
    [few] { $sessions } ohodnocených cvičení
    [many] { $sessions } ohodnoceného cvičení
   *[other] { $sessions } ohodnocených cvičení
}
export-entries-title = Zápisy z deníku vybrané ke sdílení
export-reflection-title = Písemná reflexe (návrh)
export-reflection-made = Návrh vytvořený { $made } z { $count ->
    [one] jednoho zápisu v deníku
    [few] { $count } zápisů v deníku
    [many] { $count } zápisu v deníku
   *[other] { $count } zápisů v deníku
}, uspořádaný podle formuláře písemné reflexe NMC.
export-reflection-cpd = Čas strávený cvičením v aplikaci Tend se vám může započítat do individuálního profesního rozvoje (CPD), pokud souvisí s vaší praxí; nejde o participativní CPD.
export-reflection-none = Zatím nejsou vybrané žádné zápisy z deníku.
export-reflection-account = Reflexe { $number }: { $title }
export-nmc-what = Jaká byla povaha vzdělávací aktivity (CPD), zpětné vazby, události nebo zkušenosti?
export-nmc-learned = Co vás to naučilo?
export-nmc-changed = Co se díky tomu ve vaší praxi změnilo nebo zlepšilo?
export-nmc-code = Jak to souvisí s Kodexem NMC?
export-nmc-fill = (Tuto část doplňte vlastními slovy.)
export-nmc-code-hint = Vyberte oblasti, které odpovídají, a napište proč.
export-code-people = Dávat lidi na první místo
export-code-effectively = Pracovat účinně
export-code-safety = Chránit bezpečnost
export-code-trust = Podporovat profesionalitu a důvěru
export-pdf-footer = { $title } · strana { $page } z { $pages }

## The Export screen

insights-export-link = Vytvořit souhrn ke sdílení

## Reminders

reminder-title = Tend
reminder-body-check_in = Čas na denní záznam: jak se dnes máte?
reminder-body-practice = Chvilka pro vás: třicet sekund pomalého dýchání, pokud vám to pomůže.
reminder-body-measure = Krátký dotazník na vás čeká, až budete chtít.
reminder-body-path = Další krok vaší cesty je tu, kdykoli budete chtít.
reminder-open = Otevřít
reminder-snooze = Odložit o { $minutes ->
    [one] { $minutes } minutu
    [few] { $minutes } minuty
    [many] { $minutes } minuty
   *[other] { $minutes } minut
}
today-reminder-none = Žádná připomenutí nejsou nastavená.
today-reminder-paused = Připomenutí jsou pozastavená do konce dne { $date }.
today-reminder-today = dnes v { $time }
today-reminder-on = { $day } v { $time }
today-reminder-next = Další připomenutí: { $what }, { $when }.
today-reminder-link = Připomenutí
tray-open = Otevřít Tend
tray-practise = Cvičit teď
tray-pause = Pozastavit připomenutí na dnešek
tray-resume = Znovu zapnout připomenutí
tray-quit = Ukončit Tend
# Printed to the terminal when the window cannot open at all.
shell-cannot-start = Okno aplikace Tend se nepodařilo otevřít: { $reason }
export-path-title = Moje cesta: { $title }
export-path-progress = Zahájeno { $date }; zatím hotovo { $done } z { $steps ->
    [one] { $steps } kroku
    [few] { $steps } kroků
    [many] { $steps } kroku
   *[other] { $steps } kroků
}.
export-path-complete = Zahájeno { $date }; { $steps ->
    [one] hotový je { $steps } krok
    [few] hotové jsou všechny { $steps } kroky
    [many] hotovo je všech { $steps } kroku
   *[other] hotovo je všech { $steps } kroků
}.
export-path-reflection = Týden { $week }: { $step }

## The tend command

# Its help: each screen of it keeps its columns; the flags and command
# names stay as they are typed.
cli-usage =
    použití: tend [--data-dir SLOŽKA] [--passcode-stdin | --recovery-key-stdin] PŘÍKAZ [VOLBY]

    příkazy:
      check                 otevře deník, provede kontrolu integrity SQLite
                            a vypíše verzi schématu a počet denních záznamů
      export summary        osobní souhrn pro praktického lékaře nebo supervizi
      export reflection     návrh písemné reflexe z vybraných zápisů
      export backup         vše v jednom souboru JSON
      export csv            jeden soubor CSV pro každý druh údajů, pro tabulky
      import SOUBOR         doplní z bezpečnostní kopie to, co v deníku chybí

    `tend PŘÍKAZ --help` řekne o každém víc.

    Složka s daty je --data-dir, jinak $TEND_DATA_DIR, jinak složka aplikace
    ($XDG_DATA_HOME nebo ~/.local/share, potom org.tend.Tend).

    Deník se zámkem se otevře s --passcode-stdin (nebo
    --recovery-key-stdin): heslo (nebo obnovovací klíč) se čte z prvního
    řádku standardního vstupu, nikdy z příkazové řádky.

    návratové kódy: 0 hotovo; 2 deník nejde otevřít nebo je poškozený;
    64 chybný příkaz; 65 soubor k importu není dobrá záloha;
    66 soubor k importu nejde přečíst; 73 výstup nejde zapsat.
cli-usage-summary =
    použití: tend export summary --from DEN --to DEN --out SOUBOR [VOLBY]

      --from DEN, --to DEN  první a poslední den deníku, například 2026-09-30
      --out SOUBOR          kam ho zapsat; - pro standardní výstup
      --format FORMÁT       html (výchozí), pdf nebo markdown
      --without ČÁST        vynechá checkins, measures nebo practice (lze opakovat)
      --entry ČÍSLO         přidá text tohoto zápisu (lze opakovat; bez něj
                            žádný)
      --with-path           přidá cestu i s tím, co jste k ní napsali
      --paper PAPÍR         a4 (výchozí) nebo letter, pro pdf
cli-usage-reflection =
    použití: tend export reflection --entry ČÍSLO [--entry ČÍSLO...] --out SOUBOR [VOLBY]

      --entry ČÍSLO         zápis, ze kterého vznikne reflexe (lze opakovat)
      --out SOUBOR          kam ji zapsat; - pro standardní výstup
      --format FORMÁT       html (výchozí), pdf nebo markdown
      --paper PAPÍR         a4 (výchozí) nebo letter, pro pdf

    Formulář NMC nesmí prozradit žádného pacienta, klienta ani kolegu:
    návrh si přečtěte a vše, co by mohlo, odstraňte dřív, než ho opíšete.
cli-usage-backup =
    použití: tend export backup --out SOUBOR

      --out SOUBOR          kam zálohu zapsat; - pro standardní výstup
cli-usage-csv =
    použití: tend export csv --out SLOŽKA

      --out SLOŽKA          složka (chybí-li, vznikne), do které se zapíší
                            checkins.csv, practice.csv, entries.csv,
                            questionnaires.csv a contacts.csv
cli-usage-import =
    použití: tend import SOUBOR

    Nejdřív zkontroluje celý soubor (formát, verzi, kontrolní součet, počty
    a každé pole) a pak najednou doplní, co v deníku ještě není. Nic, co
    v deníku už je, se nezmění; importovat tentýž soubor dvakrát nic nepřidá.
cli-usage-check =
    použití: tend check

    Otevře deník, provede kontrolu integrity SQLite a vypíše verzi schématu
    a počet denních záznamů. Nic z toho, co jste napsali, nevypisuje.
# Its errors, one line each. { $message } is the reason; flags stay as typed.
cli-error = tend: { $message }
cli-error-usage = tend: { $message } (viz tend --help)
cli-needs-value = { $flag } potřebuje hodnotu
cli-data-dir-needs-folder = --data-dir potřebuje složku
cli-no-command = chybí příkaz
cli-export-what = co exportovat? summary, reflection, backup nebo csv
cli-unknown-command = neznámý příkaz { $command }
cli-no-folder = chybí složka s daty: zadejte --data-dir nebo nastavte TEND_DATA_DIR
cli-locked = deník je zamčený: přidejte --passcode-stdin a zadejte heslo na standardní vstup (složka: { $folder })
cli-passcode-unread = heslo nešlo přečíst: { $reason }
cli-unexpected = nečekaný argument { $argument }
cli-wants-day = { $flag } chce den ve tvaru 2026-09-30, ne { $value }
cli-bad-format = --format je html, pdf nebo markdown, ne { $value }
cli-bad-paper = --paper je a4 nebo letter, ne { $value }
cli-bad-entry = --entry chce číslo zápisu, ne { $value }
cli-bad-without = --without bere checkins, measures nebo practice, ne { $value }
cli-out-needed = chybí --out: soubor, nebo - pro obrazovku
cli-needed = chybí { $flag }
cli-choose-entry = vyberte aspoň jeden --entry
cli-import-which = který soubor importovat?
cli-cannot-read = { $path } nejde přečíst: { $reason }
cli-cannot-write = { $path } nejde zapsat: { $reason }
# What it says when all went well.
cli-check-ok = deník v pořádku: { $folder }
cli-check-schema = verze schématu: { $version }
cli-check-checkins = denní záznamy: { $count }
cli-imported = přidáno: denní záznamy { $checkins }, cvičení { $sessions }, zápisy v deníku { $entries }, výsledky dotazníků { $results }, kontakty { $contacts }, oblíbená cvičení { $favourites }, nastavení { $settings }
cli-kept-days = { $days ->
    [one] v { $days } dni, který měla i záloha, zůstal denní záznam tohoto deníku
    [few] ve { $days } dnech, které měla i záloha, zůstaly denní záznamy tohoto deníku
    [many] ve { $days } dne, které měla i záloha, zůstaly denní záznamy tohoto deníku
   *[other] v { $days } dnech, které měla i záloha, zůstaly denní záznamy tohoto deníku
}

## Practise: what helps me

helps-empty = Až budete mít za sebou tři cvičení stejného druhu s hodnocením před a po, uvidíte tady, jak které z nich obvykle mění to, jak se cítíte.
helps-line = Cvičeno { $sessions }×; průměrná změna: klid { $calm }, laskavost k sobě { $kind }

## What has left the device (Settings)

export-log-summary = Souhrn
export-log-reflection = Návrh písemné reflexe
export-log-backup = Záloha
export-log-csv = Tabulky
export-log-line = { $when }: { $what }, { $format }
export-log-line-period = { $when }: { $what }, { $format }, od { $from } do { $to }
export-log-none = Zatím nebylo nic exportováno.

## The guided path: her answers at its start and its end

path-compare-title = Vaše odpovědi na začátku a na konci
path-compare-note = Vaše vlastní odpovědi vedle sebe. Jde o orientační sebehodnocení, ne o diagnózu ani o verdikt, jak se vám dařilo.
path-scale = Škála
path-at-start = Na začátku
path-at-end = Na konci
path-no-answer = Bez odpovědi

## Journal: the list of entries

journal-tags-list = Štítky: { $tags }


## The forms the shell writes: Settings, Reminders, Export, Get help, the
## privacy lock, a questionnaire and its result

import-failed = Nic se neimportovalo: { $detail }
settings-boundary = Kdy váš den končí?
settings-boundary-help = Záznam před tímto časem se počítá k předchozímu dni, takže pozdní noc nebo noční směna zůstane u dne, ke kterému patří.
settings-theme = Barvy
settings-text-size = Velikost písma
settings-text-size-percent = { $percent } %
settings-text-size-help = Zvětšení se přičte k velikosti písma, kterou už používá vaše zařízení.
measure-unknown = Tento dotazník se tu nenabízí.
measure-screening = Toto je orientační výsledek z vašich vlastních odpovědí, ne diagnóza.
measure-save = Uložit odpovědi
measure-saved = Vaše odpovědi jsou uložené.
measure-unanswered = Otázka { $item } zatím nemá odpověď.
measure-result-title = Váš výsledek: { $name }
help-country = Linky pomoci pro zemi
help-country-saved = Linky pomoci jsou změněné.
help-country-none = Zatím není v seznamu: vyberte zemi
help-own-title = Vaši lidé
help-own-intro = Někdo, na koho se můžete obrátit: váš praktický lékař, vedoucí týmu, přítel nebo přítelkyně.
help-own-none = Zatím tu nikdo není.
help-add = Přidat někoho
help-change = Upravit
help-remove = Odebrat
help-contact-change = Upravit kontakt { $name }
help-contact-remove = Odebrat kontakt { $name }
help-contact-removed = Kontakt { $name } je odebraný.
help-form-add = Přidat někoho
help-form-change = Upravit tento kontakt
help-form-name = Jméno
help-form-number = Číslo
help-form-note = Poznámka (nepovinné)
help-form-save = Uložit kontakt
help-form-cancel = Zrušit
help-private = Váš deník je soukromý a nikdo ho nečte, proto Tend nemůže v naléhavé situaci zareagovat.
help-about-link = O aplikaci Tend
settings-professional = Ve své práci pomáhám druhým (například v ošetřovatelství nebo v komunitní péči)
settings-professional-help = Tend pak nabízí i ProQOL 5, dotazník o dobrých i těžkých stránkách pomáhání.
backup-daily = Kopie z { $date }
backup-before-upgrade = Kopie z doby před aktualizací aplikace Tend
backup-set-aside = Váš deník tak, jak byl před obnovením ze zálohy
backup-none = Zatím tu nejsou žádné zálohy. První vznikne několik sekund po spuštění aplikace Tend.
backup-size = { $kb } kB
backup-restore = Obnovit
backup-restore-named = Obnovit: { $backup }
backup-confirm-label = Obnovit zálohu
backup-confirm = Pokračovat z této zálohy: { $backup }? Váš deník v současné podobě zůstane ve složce se zálohami, takže se nic neztratí.
backup-yes = Ano, obnovit
backup-no = Zrušit
backup-restored = Záloha je obnovená.
export-reflection-warning = Než to přepíšete do formuláře: text nesmí umožnit identifikaci žádného pacienta, klienta, kolegy ani místa. Přečtěte si každý řádek a odstraňte jména a podrobnosti, které by mohly na někoho ukázat.
export-intro = Vytvořte něco ke sdílení, nebo si uložte kopii všeho. Nic neopustí toto zařízení, pokud to někam neuložíte.
export-document = Něco ke sdílení
export-kind = Co vytvořit
export-kind-summary = Souhrn
export-kind-summary-hint = Denní záznamy, dotazníky a cvičení za určité období: pro praktického lékaře, supervizora nebo pro sebe.
export-kind-reflection = Návrh písemné reflexe
export-kind-reflection-hint = Vybrané zápisy z deníku, uspořádané podle čtyř otázek formuláře písemné reflexe NMC.
export-period-legend = Období
export-from = Od
export-to = Do
export-period-reflection-hint = Zápisy z tohoto období jsou uvedeny níže.
export-sections = Co zahrnout
export-section-checkins = Vývoj denních záznamů, s grafy
export-section-measures = Výsledky dotazníků a co znamenají
export-section-practice = Cvičení a co mi pomáhá
export-entries-legend = Zápisy z deníku
export-entries-hint = Text deníku se nezahrne, dokud zápis nezaškrtnete.
export-entries-none = V tomto období nejsou žádné zápisy.
export-entries-more = { $shown ->
    [one] Zobrazuje se nejnovější { $shown } zápis (celkem { $count }).
    [few] Zobrazují se nejnovější { $shown } zápisy (celkem { $count }).
    [many] Zobrazuje se nejnovějších { $shown } zápisu (celkem { $count }).
   *[other] Zobrazuje se nejnovějších { $shown } zápisů (celkem { $count }).
} Ostatní uvidíte, když zvolíte kratší období.
export-entry-pick = { $title }, { $date }
export-entry-untitled-pick = { $date }: { $start }
export-format = Typ souboru
export-format-html = Webová stránka (HTML)
export-format-pdf = PDF
export-format-markdown = Prostý text (Markdown)
export-format-json = Záložní soubor (JSON)
export-format-csv = Tabulky (CSV)
export-understood = Návrh si přečtu a odstraním vše, podle čeho by se dal někdo poznat.
export-save = Uložit ve formátu { $format }…
export-cancelled = Nic se neuložilo.
export-preview = Náhled
export-preview-hint = Takto bude vypadat uložený soubor.
export-preview-label = Náhled dokumentu
export-data = Všechno jako záloha
export-data-intro = Záložní soubor obsahuje vše z aplikace Tend, takže ho můžete obnovit tady nebo na novém počítači. Tabulky obsahují totéž v souborech CSV. Oboje uchovávejte na soukromém místě: je v tom i váš deník.
export-save-backup = Uložit záložní soubor…
export-save-spreadsheets = Uložit jako tabulky…
export-import-intro = Obnovení ze záložního souboru přidá to, co v tomto deníku ještě není. Nic, co tu už je, se nezmění, a opakované obnovení ze stejného souboru nic nepřidá.
export-import = Obnovit ze záložního souboru…
export-import-kept = U { $days ->
    [one] jednoho dne
    [few] { $days } dní
    [many] { $days } dne
   *[other] { $days } dní
} obsahovala záloha jiný denní záznam; ponechal se ten z tohoto deníku.
reminders-intro = Jemná upozornění v časech, které se hodí k vašim dnům. Přicházejí, když Tend běží, v okně nebo v oznamovací oblasti. Každé přijde nejvýš jednou denně; pokud byl počítač uspaný, přijde jen poslední zmeškané, a to jen do tří hodin.
reminders-permission-ask = Když uložíte připomenutí, telefon se zeptá, zda smí Tend zobrazovat oznámení. Odpovězte ano, jinak vás připomenutí nezastihnou.
reminders-permission-refused = Telefon aplikaci Tend nedovoluje zobrazovat oznámení, takže vás připomenutí nezastihnou. Oznámení pro Tend můžete povolit v nastavení telefonu.
reminders-none = Zatím žádná připomenutí.
reminders-add = Přidat připomenutí
reminders-kind = Co připomenout
reminders-kind-check_in = Denní záznam
reminders-kind-practice = Krátké cvičení
reminders-kind-measure = Dotazník, který je na řadě
reminders-kind-own = Vlastními slovy
reminders-kind-path = Další krok mé cesty
reminders-text = Vaše slova
reminders-time = Čas
reminders-days = Dny
reminders-day-mon = pondělí
reminders-day-tue = úterý
reminders-day-wed = středa
reminders-day-thu = čtvrtek
reminders-day-fri = pátek
reminders-day-sat = sobota
reminders-day-sun = neděle
reminders-every-day = každý den
reminders-workdays = pondělí až pátek
reminders-when = { $time }, { $days }
reminders-only-if-check_in = Jen pokud ten den ještě nemám denní záznam
reminders-only-if-practice = Jen pokud ten den ještě nemám za sebou cvičení
reminders-only-if-measure = Jen když je na řadě dotazník
reminders-only-if-hint = Jen pokud ještě není hotovo
reminders-save = Uložit připomenutí
reminders-on = { $name }: zapnuto
reminders-delete = Smazat
reminders-delete-named = Smazat připomenutí { $name }
reminders-last-sent = Naposledy odesláno { $when }
reminders-not-sent = Zatím neodesláno
reminders-pause-title = Pozastavit všechna připomenutí
reminders-pause-until = Pozastavit do konce dne
reminders-paused = Všechna připomenutí jsou pozastavená do konce dne { $date }.
reminders-resume = Znovu zapnout připomenutí
reminders-quiet-title = Doba klidu
reminders-quiet-intro = V této době žádné připomenutí nepřijde. Pokud dobu klidu nechcete, nastavte oba časy stejně.
reminders-quiet-from = Od
reminders-quiet-to = Do
reminders-quiet-save = Uložit dobu klidu
reminders-zone-title = Časové pásmo
reminders-zone-intro = Časy připomenutí se řídí těmito hodinami. Když cestujete, můžete je nechat podle domácího času.
reminders-zone-system = Časové pásmo tohoto počítače ({ $zone })
reminders-zone-system-unnamed = Časové pásmo tohoto počítače
reminders-desktop-title = Když je okno zavřené
reminders-keep-running = Po zavření okna nechat Tend v oznamovací oblasti, aby připomenutí dál přicházela
reminders-no-tray = Toto prostředí nezobrazuje ikony v oznamovací oblasti, takže zavřením okna se Tend ukončí a připomenutí počkají, dokud ho znovu neotevřete.
reminders-start-at-login = Spustit Tend po přihlášení (v oznamovací oblasti, pokud existuje)
privacy-intro = Když je zámek zapnutý, váš deník i jeho automatické zálohy jsou v tomto počítači zašifrované. Tend se na heslo zeptá při spuštění, po několika minutách nečinnosti a když zvolíte Rychle skrýt. Soubory, které exportujete, zamčené nejsou.
privacy-on = Zámek je zapnutý.
privacy-turn-on-title = Zapnout zámek
privacy-turn-on-intro = Zvolte heslo, které má alespoň { $n ->
    [one] { $n } znak
    [few] { $n } znaky
    [many] { $n } znaku
   *[other] { $n } znaků
} a které by ostatní u vás doma neuhodli. Potom uvidíte obnovovací klíč: je to jediná cesta k deníku, pokud heslo zapomenete.
privacy-new-passcode = Nové heslo
privacy-passcode-again = Nové heslo znovu
privacy-current-passcode = Současné heslo
privacy-turn-on = Zapnout zámek
privacy-working = Deník se zamyká; chvilku to potrvá…
privacy-recovery-title = Váš obnovovací klíč
privacy-recovery-intro = Opište si ho na papír a uložte na bezpečné místo, mimo tento počítač. Pokud zapomenete heslo, tento klíč váš deník otevře.
privacy-recovery-label = Obnovovací klíč
privacy-recovery-once = Tend ho ukazuje jen teď a žádnou kopii si neponechává.
privacy-recovery-done = Mám ho zapsaný
privacy-change-title = Změnit heslo
privacy-change = Změnit heslo
privacy-off-title = Vypnout zámek
privacy-off-intro = Váš deník bude v tomto počítači znovu uložený nezašifrovaně.
privacy-turn-off = Vypnout zámek
privacy-idle = Zamknout po této době nečinnosti
privacy-idle-minutes = { $n ->
    [one] { $n } minuta
    [few] { $n } minuty
    [many] { $n } minuty
   *[other] { $n } minut
}
privacy-idle-saved = Uloženo.
export-not-locked = Váš deník je v tomto počítači zamčený, ale soubory odsud uložené ne: uchovávejte je na soukromém místě.
export-section-path = Moje cesta: jak daleko na ní jsem a texty, které k ní vznikly
settings-role = O koho pečujete?
settings-role-help = Podle toho se změní pár slov, třeba „mezi návštěvami“ nebo „mezi povinnostmi“, a také to, zda se nabízí ProQOL 5, dotazník pro ty, kdo ve své práci pomáhají druhým.
settings-language = Jazyk
settings-language-system = Stejný jako v tomto počítači ({ $language })
settings-language-saved = Tend teď mluví česky.
# Shown above a questionnaire whose published wording is in another
# language than the one Tend speaks now.
measure-published-language = Tento dotazník je v angličtině, v jazyce, ve kterém bylo jeho znění vydáno a ověřeno. Tend dotazníky nikdy sám nepřekládá.
reminders-pause = Pozastavit
reminders-zone = Připomenutí se řídí podle


## The first-run welcome

welcome-title = Vítejte v aplikaci Tend
welcome-intro = Tři krátké otázky, aby se vám Tend přizpůsobil. Každou můžete nechat, jak je, a vše se dá později změnit v Nastavení.
welcome-role = O koho pečujete?
role-family_carer = O někoho blízkého: o partnera či partnerku, rodiče, dítě nebo přítele
role-professional = O lidi, kterým pomáhám v práci: v ošetřovatelství, v komunitní péči nebo v pečovatelské službě
role-both = Obojí
welcome-country = Kde jste? Stránka Kde najít pomoc pak ukáže tamní linky pomoci.
welcome-country-none = Není v seznamu, nebo to nechci uvádět
welcome-reminder = Každý večer ve 20:00 mi připomenout denní záznam (čas můžete změnit v části Připomenutí)
welcome-save = Uložit a začít
welcome-skip = Teď přeskočit
welcome-done = Tend je připravený.

## Said when a form is saved

export-saved = Uloženo: { $path }.
privacy-on-said = Zámek je zapnutý.
privacy-changed = Heslo je změněné. Obnovovací klíč dál platí.
privacy-off-said = Zámek je vypnutý.
