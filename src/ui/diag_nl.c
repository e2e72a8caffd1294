/* diag_nl.c - The Dutch wording of core's diagnostics (core/diag.h DIAG_CODES),
 * one template per code with its details as {1}..{N} (see i18n.h). JSON
 * keys and types stay as they are written in the file. */
#include "i18n.h"

const char *const diags_nl[DIAG_CODE_COUNT] = {
    /* jsonscan.c */
    [DC_JSON_BOM] = "het bestand begint met een byte order mark; sla het op als UTF-8 zonder BOM",
    [DC_JSON_NOT_UTF8] = "de tekst is geen geldige UTF-8 (sla het bestand op als UTF-8)",
    [DC_JSON_EMPTY] = "het bestand is leeg: er hoort een JSON-object in",
    [DC_JSON_TRAILING_TEXT] = "syntaxfout: er staat nog tekst na het einde van de JSON-waarde",
    [DC_JSON_COMMENT] = "syntaxfout: commentaar is in JSON niet toegestaan",
    [DC_JSON_STRING_UNCLOSED] = "syntaxfout: deze tekst wordt nergens afgesloten (de \" ontbreekt)",
    [DC_JSON_RAW_NEWLINE] = "een echt regeleinde in een tekst (schrijf \\n, of sluit de tekst af)",
    [DC_JSON_RAW_CONTROL] = "een stuurteken in een tekst",
    [DC_JSON_ESCAPE_AT_END] = "syntaxfout: een onafgemaakte escape aan het einde van het bestand",
    [DC_JSON_CONTROL_ESCAPE] = "een escape voor een stuurteken in een tekst (alleen \\n is toegestaan)",
    [DC_JSON_UNKNOWN_ESCAPE] = "syntaxfout: een onbekende escape in een tekst (schrijf \\\\ voor een backslash)",
    [DC_JSON_BAD_U_ESCAPE] = "syntaxfout: na \\u horen vier hexadecimale cijfers",
    [DC_JSON_HIGH_SURROGATE] = "ongeldige \\u-escape: een hoge surrogaat zonder zijn lage helft",
    [DC_JSON_LOW_SURROGATE] = "ongeldige \\u-escape: een losse lage surrogaat",
    [DC_JSON_NUL] = "een NUL-teken (\\u0000) in een tekst",
    [DC_JSON_CONTROL_ESCAPED] = "een stuurteken als escape in een tekst (alleen \\n is toegestaan)",
    [DC_JSON_STRING_TOO_LONG] = "een tekst langer dan de grens van {1} KiB",
    [DC_JSON_BAD_NUMBER] = "syntaxfout: een getal is verkeerd geschreven",
    [DC_JSON_NO_DECIMALS] = "syntaxfout: na de decimale punt horen cijfers",
    [DC_JSON_NO_EXPONENT] = "syntaxfout: een exponent heeft cijfers nodig",
    [DC_JSON_NO_MEMORY] = "niet genoeg geheugen tijdens het lezen",
    [DC_JSON_KEY_TWICE] = "sleutel \"{1}\" staat twee keer in hetzelfde object (de eerste keer op regel {2})",
    [DC_JSON_OBJECT_UNCLOSED] = "syntaxfout: het bestand houdt op midden in een object (de } ontbreekt)",
    [DC_JSON_COMMA_BEFORE_BRACE] = "syntaxfout: een komma v\xC3\xB3\xC3\xB3r } (haal de laatste komma weg)",
    [DC_JSON_SINGLE_QUOTED_KEY] = "syntaxfout: een sleutel hoort tussen dubbele aanhalingstekens, niet enkele",
    [DC_JSON_KEY_EXPECTED] = "syntaxfout: hier hoort een sleutel tussen dubbele aanhalingstekens",
    [DC_JSON_COLON_EXPECTED] = "syntaxfout: na de sleutel hoort een :",
    [DC_JSON_MISSING_COMMA] = "syntaxfout: er ontbreekt een komma tussen twee onderdelen",
    [DC_JSON_OBJECT_COMMA_EXPECTED] = "syntaxfout: na een waarde hoort , of }",
    [DC_JSON_COMMA_BEFORE_BRACKET] = "syntaxfout: een komma v\xC3\xB3\xC3\xB3r ] (haal de laatste komma weg)",
    [DC_JSON_LIST_UNCLOSED] = "syntaxfout: het bestand houdt op midden in een lijst (de ] ontbreekt)",
    [DC_JSON_LIST_COMMA_EXPECTED] = "syntaxfout: na een onderdeel van een lijst hoort , of ]",
    [DC_JSON_VALUE_AT_END] = "syntaxfout: aan het einde van het bestand ontbreekt een waarde",
    [DC_JSON_TOO_DEEP] = "dieper genest dan de grens van {1} niveaus",
    [DC_JSON_SINGLE_QUOTED_STRING] = "syntaxfout: een tekst hoort tussen dubbele aanhalingstekens, niet enkele",
    [DC_JSON_VALUE_EXPECTED] =
        "syntaxfout: hier hoort een waarde (een tekst, getal, object, lijst, true, false of null)",
    /* course_parse.c */
    [DC_UNKNOWN_KEY_NEAR] = "onbekende sleutel \"{1}\" (bedoel je \"{2}\"?)",
    [DC_UNKNOWN_KEY] = "onbekende sleutel \"{1}\"",
    [DC_LEXICON_BAD_WORD] =
        "\"{1}\" is geen woord of woordgroep: alleen letters, cijfers en apostrofs, gescheiden door "
        "een spatie of koppelteken",
    [DC_LEXICON_BAD_PHONEMES] = "\"{1}\": fonemen staan tussen [[ en ]], zonder iets ervoor of erna",
    [DC_LEXICON_BAD_ALIAS] = "\"{1}\": een uitspraak in letters mag geen [ ] < > of & bevatten (fonemen: [[...]])",
    [DC_LEXICON_SAY_SAME] = "de uitspraak is gelijk aan het woord \"{1}\": dan hoeft het niet in de lijst",
    [DC_LEXICON_MISSING] = "\"{1}\" ({2}x in de cursus) lijkt een Engels leenwoord of een afkorting en staat niet in "
                           "{3}: de stem van het voorlezen leest het als Nederlands",
    [DC_LEXICON_WORD_TWICE] = "\"{1}\" staat al in de lijst, bij {2}",
    [DC_MISSING_KEY] = "verplichte sleutel \"{1}\" ontbreekt",
    [DC_EXPECTED_STRING] = "hier hoort een tekst, gevonden: {1:word}",
    [DC_EMPTY_TEXT] = "deze tekst is leeg",
    [DC_BAD_ID] = "id \"{1}\" mag alleen letters, cijfers, '-', '_' en '.' bevatten (hoogstens {2})",
    [DC_EXPECTED_BOOL] = "hier hoort true of false, gevonden: {1:word}",
    [DC_EXPECTED_WHOLE_NUMBER] = "hier hoort een geheel getal, gevonden: {1:word}",
    [DC_NOT_WHOLE_NUMBER] = "hier hoort een geheel getal, gevonden: {1}",
    [DC_OUT_OF_RANGE] = "{1} ligt niet tussen {2} en {3}",
    [DC_EXPECTED_LIST] = "hier hoort een lijst, gevonden: {1:word}",
    [DC_TOO_FEW_ITEMS] = "heeft minstens {1} {1|item|items} nodig, gevonden: {2}",
    [DC_EXPECTED_OBJECT] = "hier hoort een object { ... }, gevonden: {1:word}",
    [DC_ID_USED] = "id \"{1}\" is al gebruikt in {2} ({3})",
    [DC_LOCAL_ID_TWICE] = "{1:word}-id \"{2}\" komt twee keer voor (ook op index {3})",
    [DC_LINT_NO_IGNORE] = "verplichte sleutel \"ignore\" ontbreekt (de regel of regels die je stilzet)",
    [DC_LINT_RULE_NOT_STRING] = "hier hoort de naam van een lintregel, gevonden: {1:word}",
    [DC_LINT_UNKNOWN_RULE] = "onbekende lintregel \"{1}\" ({2} of {3})",
    [DC_LINT_IGNORE_TYPE] = "hier hoort de naam van een regel of een lijst van namen, gevonden: {1:word}",
    [DC_LINT_NO_WHY] = "een stilgezette regel heeft \"why\" nodig: zeg waarom de regel hier niet geldt",
    [DC_BAD_SIDE] = "\"{1}\" is geen kant: gebruik \"left\" of \"right\"",
    [DC_UNKNOWN_BLOCK_TYPE] = "onbekend bloktype \"{1}\" ({2} of {3})",
    [DC_UNKNOWN_QUESTION_TYPE] = "onbekend vraagtype \"{1}\" ({2} of {3})",
    [DC_TABLE_ROW_NOT_LIST] = "hier hoort een lijst van cellen, gevonden: {1:word}",
    [DC_TABLE_ROW_LENGTH] = "een rij met {1} {1|cel|cellen}, maar de kop heeft er {2}",
    [DC_ARROW_TO_ITSELF] = "een pijl moet van het ene vak naar het andere gaan",
    [DC_SAME_TEXT] = "dezelfde tekst als item {1}: \"{2}\"",
    [DC_KEY_OF_OTHER_TYPE] = "sleutel \"{1}\" hoort niet bij een vraag van type {2} (die gebruikt \"{3}\")",
    [DC_NO_RIGHT_OPTION] = "geen enkele optie heeft \"correct\": true",
    [DC_SINGLE_MORE_RIGHT] =
        "een vraag van type single heeft precies \xC3\xA9\xC3\xA9n goede optie, gevonden: {1} (gebruik \"multiple\")",
    [DC_MULTIPLE_ALL_RIGHT] =
        "elke optie is goed; een vraag van type multiple heeft minstens \xC3\xA9\xC3\xA9n foute optie nodig",
    [DC_CLOZE_BLANK_COUNT] = "de prompt heeft {1} {1|open plek|open plekken} (___), maar er {2|is|zijn} {2} {2|open "
                             "plek|open plekken} gedefinieerd",
    [DC_EXPECTED_NUMBER] = "hier hoort een getal, gevonden: {1:word}",
    [DC_NUMBER_NOT_FINITE] = "dit getal is te groot om te bewaren (het wordt oneindig); schrijf een gewoon getal",
    [DC_NUMBER_OUT_OF_RANGE] = "{1} ligt buiten het toegestane bereik ({2} tot en met {3})",
    [DC_NUMERIC_NO_VALUE] = "een antwoord heeft \"value\" nodig (eventueel met \"tolerance\") of \"min\" en \"max\"",
    [DC_NUMERIC_VALUE_AND_RANGE] = "een antwoord heeft \"value\" of \"min\" en \"max\", niet allebei",
    [DC_NUMERIC_HALF_RANGE] = "bij \"{1}\" hoort ook \"{2}\": een bereik heeft twee randen",
    [DC_NUMERIC_TOLERANCE_WITH_RANGE] =
        "\"tolerance\" hoort bij \"value\"; bij \"min\" en \"max\" geven de randen al de speling",
    [DC_NUMERIC_MIN_ABOVE_MAX] = "\"min\" ({1}) is groter dan \"max\" ({2}); draai ze om",
    [DC_NUMERIC_NEGATIVE_TOLERANCE] =
        "\"tolerance\" is {1}, maar kan niet negatief zijn: het is hoeveel een antwoord ernaast mag zitten",
    [DC_NUMERIC_NO_RIGHT] =
        "geen enkel antwoord is goed; geef minstens \xC3\xA9\xC3\xA9n antwoord score 1 (of laat \"score\" weg)",
    [DC_NUMERIC_BAD_UNIT] = "de eenheid \"{1}\" bevat een cijfer, punt, komma, plus of min, of is langer dan 20 bytes; "
                            "die tekens horen bij het getal",
    [DC_TERM_TWICE] = "het begrip \"{1}\" staat al bij terms[{2}]",
    [DC_END_WITH_CHOICES] = "een eindknooppunt (\"end\": true) kan geen keuzes hebben",
    [DC_DEBRIEF_NOT_AT_END] =
        "\"debrief\" wordt alleen bij een eindknooppunt getoond; voeg \"end\": true toe of haal het weg",
    [DC_NO_SUCH_NODE] = "\"{1}\" is geen knooppunt van dit scenario",
    [DC_NODE_UNREACHABLE] = "knooppunt \"{1}\" is niet te bereiken vanaf het startknooppunt \"{2}\"",
    [DC_SCENARIO_LOOP] = "het scenario heeft een lus die nooit eindigt: {1} -> {2}",
    [DC_SCENARIO_ENDINGS] = "een scenario heeft minstens twee bereikbare eindes (\"end\": true) nodig; gevonden: {1}",
    [DC_SECOND_MANIFEST] = "een tweede cursusmanifest; laad \xC3\xA9\xC3\xA9n cursus tegelijk",
    [DC_FILE_NOT_OBJECT] = "een lesbestand bevat \xC3\xA9\xC3\xA9n JSON-object { ... }, gevonden: {1:word}",
    [DC_NO_FORMAT] = "verplichte sleutel \"format\" ontbreekt (schrijf \"format\": {1})",
    [DC_FORMAT_UNSUPPORTED] = "format {1} wordt niet ondersteund: dit programma leest format {2}",
    [DC_FORMAT_NOT_NUMBER] = "hier hoort het getal {1}, gevonden: {2:word}",
    [DC_UNKNOWN_KIND] = "onbekende waarde van \"kind\": \"{1}\" ({2} of {3})",
    /* course_load.c */
    [DC_NOT_REGULAR_FILE] = "geen gewoon bestand (een lesbestand moet een gewoon bestand zijn)",
    [DC_CANNOT_OPEN] = "kan niet geopend worden: {1:sys}",
    [DC_FILE_TOO_BIG] = "het bestand is {1:dec} MiB; een lesbestand mag hoogstens {2} MiB zijn",
    [DC_NO_MEMORY] = "niet genoeg geheugen",
    [DC_READ_ERROR] = "leesfout: {1:sys}",
    [DC_SYNTAX_ERROR] = "syntaxfout (of niet genoeg geheugen)",
    [DC_MORE_ERRORS] = "nog {1} fouten niet getoond; verbeter eerst de fouten hierboven",
    [DC_CHAPTER_SECTION_UNDEFINED] = "paragraaf \"{1}\" staat in geen enkel bestand van de cursus",
    [DC_CHAPTER_SECTION_TWICE] = "paragraaf \"{1}\" staat twee keer in de hoofdstukken",
    [DC_SECTION_IN_NO_CHAPTER] = "paragraaf \"{1}\" staat in geen enkel hoofdstuk van course.json",
    [DC_NO_SUCH_SECTION] = "paragraaf \"{1}\" bestaat niet",
    [DC_NO_SUCH_ANCHOR] = "geen enkel blok van de paragraaf heeft het id \"{1}\"",
    [DC_NO_SUCH_GOAL] = "leerdoel \"{1}\" staat in geen enkele paragraaf",
    [DC_NO_MEMORY_COURSE] = "niet genoeg geheugen om de cursus te laden",
    [DC_FILE_OUTSIDE_COURSE] = "\"{1}\" moet een pad binnen de cursusmap zijn",
    [DC_NOT_A_MANIFEST] = "geen cursusmanifest",
    [DC_FOLDER_READ_TWICE] = "deze map is al gelezen (een koppeling leidt ernaar terug) en wordt overgeslagen",
    [DC_CANNOT_OPEN_FOLDER] = "de map kan niet geopend worden: {1:sys}",
    [DC_NO_SUCH_PATH] = "niet te lezen: {1:sys}",
    [DC_NOTHING_TO_CHECK] = "geen course.json en geen lesbestanden (*.json): er is niets te controleren",
    [DC_LOOSE_FILES] = "geen course.json: de bestanden zijn een voor een gecontroleerd, maar het programma opent een "
                       "map alleen als cursus via course.json",
    /* lint*.c */
    [DC_LINT_LONGEST_CORRECT] =
        "de goede optie ({1} tekens) is {2}% langer dan de langste afleider ({3}): studenten leren het langste "
        "antwoord te kiezen; maak de goede optie korter of de afleiders even precies",
    [DC_LINT_LONGEST_SHARE] = "de goede optie is de langste in {1} van de {2} vragen met \xC3\xA9\xC3\xA9n goed "
                              "antwoord ({3}%; dat mag hoogstens een derde zijn): {4}",
    [DC_LINT_ALL_OF_THE_ABOVE] = "met \"{1}\" kan een student die twee goede opties (of \xC3\xA9\xC3\xA9n foute) "
                                 "herkent antwoorden zonder de rest te kennen; schrijf een echte optie",
    [DC_LINT_ABSOLUTE_DISTRACTOR] =
        "deze foute optie zegt \"{1}\" en geen enkele goede optie doet dat: studenten leren dat stellige woorden fout "
        "zijn; laat het stellige woord weg of formuleer de goede optie even stellig",
    [DC_LINT_MULTIPLE_SHARE] = "in elk van de {1} vragen met meer goede antwoorden is minstens de helft van de opties "
                               "goed ({2}): een student die de meeste opties aanvinkt, scoort goed; geef een paar "
                               "vragen \xC3\xA9\xC3\xA9n of twee goede opties van de vijf",
    [DC_LINT_CLOZE_GIVEAWAY] = "het antwoord \"{1}\" staat al in de prompt (\"{2}\"): een student schrijft het over in "
                               "plaats van het zelf te weten; formuleer de prompt anders",
    [DC_LINT_GOAL_NO_QUESTIONS] = "leerdoel {1} heeft 0 vragen; geef elk leerdoel er minstens {2}, zodat oefenen en "
                                  "toetsen het op meer dan \xC3\xA9\xC3\xA9n manier kunnen vragen",
    [DC_LINT_GOAL_FEW_QUESTIONS] = "leerdoel {1} heeft {2} {2|vraag|vragen} ({3}); geef elk leerdoel er minstens {4}, "
                                   "zodat oefenen en toetsen het op meer dan \xC3\xA9\xC3\xA9n manier kunnen vragen",
    [DC_LINT_APOSTROPHE] = "een rechte apostrof in \"{1}{2}{3}\": schrijf \xE2\x80\x99 (zoals in "
                           "scenario\xE2\x80\x99s), of \xE2\x80\x98...\xE2\x80\x99 rond een citaat",
    [DC_LINT_APOSTROPHE_MORE] =
        "een rechte apostrof in \"{1}{2}{3}\" (en meer rechte aanhalingstekens in deze tekst): schrijf \xE2\x80\x99 "
        "(zoals in scenario\xE2\x80\x99s), of \xE2\x80\x98...\xE2\x80\x99 rond een citaat",
    [DC_LINT_DOUBLE_QUOTE] = "een recht dubbel aanhalingsteken in \"{1}{2}{3}\": schrijf \xE2\x80\x98...\xE2\x80\x99 "
                             "of \xE2\x80\x9C...\xE2\x80\x9D",
    [DC_LINT_DOUBLE_QUOTE_MORE] = "een recht dubbel aanhalingsteken in \"{1}{2}{3}\" (en meer rechte aanhalingstekens "
                                  "in deze tekst): schrijf \xE2\x80\x98...\xE2\x80\x99 of \xE2\x80\x9C...\xE2\x80\x9D",
    [DC_LINT_NEAR_DUPLICATE] =
        "{1} is bijna dezelfde vraag als {2} in {3}: {4} ({5}% dezelfde woorden): een student die de ene onthoudt, "
        "beantwoordt de andere zonder na te denken; vraag iets nieuws, of pas het toe op een korte casus",
    /* progress_open.c */
    [DC_LOG_CANNOT_CREATE_AT] = "er kan geen nieuw logboek gemaakt worden: {1}: {2:sys}",
    [DC_LOG_CANNOT_CREATE] = "er kan geen nieuw logboek gemaakt worden: {1:sys}",
    [DC_LOG_DAMAGED_LINES] = "{1} beschadigde {1|regel|regels} in je logboek {1|is|zijn} overgeslagen (de eerste is "
                             "regel {2}); je andere antwoorden zijn geladen.",
    [DC_LOG_TORN_LINE] = "de laatste regel ({1} bytes) is onvolledig en wordt overgeslagen.",
    [DC_LOG_TORN_KEPT] =
        "Je laatste antwoord was maar half opgeslagen, waarschijnlijk omdat het programma plotseling stopte. Dat halve "
        "antwoord is overgeslagen en apart bewaard in {1}; al je andere antwoorden zijn er nog.",
    [DC_LOG_TORN_NOT_KEPT] = "Je laatste antwoord was maar half opgeslagen en is overgeslagen; al je andere antwoorden "
                             "zijn er nog. (Het kon niet apart gezet worden in {1}: {2:sys}.)",
    [DC_PROFILE_DIR_LINK] =
        "de map van dit profiel is een koppeling (symbolische link) naar een andere plek. accountwijs schrijft alleen "
        "in zijn eigen gegevensmap; zet de map zelf terug in plaats van de koppeling.",
    [DC_LOG_KEEPS_CHANGING] = "het logboek blijft veranderen tijdens het openen",
    [DC_LOG_IS_LINK] = "het logboek is een koppeling (symbolische link) naar een andere plek. accountwijs schrijft "
                       "alleen in zijn eigen gegevensmap; zet het bestand zelf terug in plaats van de koppeling.",
    [DC_PROFILE_IN_USE] = "Dit profiel is al geopend in een ander venster van accountwijs. Sluit dat eerst, zodat je "
                          "antwoorden niet door elkaar raken.",
    [DC_LOG_CANNOT_OPEN] = "het logboek kan niet geopend worden: {1:sys}",
    [DC_LOG_CANNOT_READ] = "het logboek kan niet gelezen worden: {1:sys}",
    [DC_LOG_CANNOT_WRITE] = "het logboek kan niet beschreven worden: {1:sys}",
    [DC_LOG_NEWER_FORMAT] = "dit logboek is gemaakt door een nieuwere versie van accountwijs (formaat {1}). Gebruik "
                            "die versie; het bestand is niet veranderd.",
    [DC_LOG_UNREADABLE] = "dit is geen leesbaar logboek van accountwijs",
    [DC_LOG_CANNOT_SET_ASIDE] = "het logboek is onleesbaar en kan niet opzij gezet worden: {1:sys}",
    [DC_LOG_SALVAGED] = "Het begin van je voortgangsbestand was beschadigd. Het is bewaard als {1} (er is niets "
                        "verwijderd); de {2} antwoorden die nog leesbaar waren, staan in je nieuwe logboek.",
    [DC_LOG_RESTARTED] =
        "Je voortgangsbestand kon niet gelezen worden. Het is bewaard als {1} (er is niets verwijderd) en je begint "
        "met een nieuw, leeg logboek. Vraag je docent om hulp als je je oude resultaten terug wilt.",
    /* profiles.c */
    [DC_PATH_TOO_LONG] = "pad te lang",
    [DC_PROFILES_UNREADABLE] = "de profielen kunnen niet gelezen worden: {1:sys}",
    [DC_PROFILE_NAME_UNREADABLE] =
        "de naam van dit profiel kan niet gelezen worden ({1:word}); het staat in de lijst onder zijn code {2}",
    [DC_PROFILE_NAME_UNREADABLE_SYS] =
        "de naam van dit profiel kan niet gelezen worden ({1:sys}); het staat in de lijst onder zijn code {2}",
    /* gift_parse.c, gift_export.c */
    [DC_GIFT_NOT_UTF8] = "het bestand is geen UTF-8; het is gelezen als Windows-1252 (sla het op als UTF-8)",
    [DC_GIFT_CONTROL_CHAR] = "een stuurteken in de tekst is vervangen door een spatie",
    [DC_GIFT_CATEGORY_EMPTY] = "$CATEGORY: zonder naam",
    [DC_GIFT_CATEGORY_MORE_LINES] = "na een $CATEGORY:-regel hoort een lege regel; Moodle leest de regels eronder als "
                                    "deel van de categorienaam",
    [DC_GIFT_TITLE_UNCLOSED] = "de titel na :: wordt niet afgesloten met ::; de vraag krijgt geen titel",
    [DC_GIFT_BRACE_UNCLOSED] = "een { zonder } (schrijf \\{ voor een accolade in de tekst)",
    [DC_GIFT_BRACE_UNOPENED] = "een } zonder { ervoor (schrijf \\} voor een accolade in de tekst)",
    [DC_GIFT_SECOND_BLOCK] = "een tweede { ... } in dezelfde vraag; Moodle leest alleen het eerste antwoordblok en "
                             "toont de rest als tekst (laat een lege regel tussen twee vragen)",
    [DC_GIFT_DESCRIPTION_SKIPPED] = "een beschrijving zonder antwoorden (\"{1}\") is overgeslagen",
    [DC_GIFT_ESSAY_SKIPPED] = "een open vraag (essay, {}) is overgeslagen: \"{1}\"",
    [DC_GIFT_NO_TEXT] = "deze vraag heeft geen tekst",
    [DC_GIFT_TOO_FEW_ANSWERS] = "hier {1|hoort|horen} minstens {1} {1|antwoord|antwoorden}, gevonden: {2}",
    [DC_GIFT_MATCH_NO_ARROW] = "een paar van een koppelvraag heeft geen ->: \"{1}\"",
    [DC_GIFT_MATCH_EMPTY_LEFT] = "een extra rechterkant zonder linkerkant (\"{1}\") kan hier niet en is weggelaten",
    [DC_GIFT_WEIGHTS_CHANGED] = "deze gewichten kan de beoordeling hier niet aanhouden: in het bestand {1}, hier {2}",
    [DC_GIFT_PARTIAL_DROPPED] = "antwoorden met een deel van de punten kunnen hier niet en tellen als fout of zijn "
                                "weggelaten: {1}",
    [DC_GIFT_WEIGHT_UNREAD] = "\"{1}\" lijkt op een gewicht, maar Moodle leest het niet zo (schrijf %50% met "
                              "hoogstens drie cijfers voor de punt); het blijft deel van het antwoord",
    [DC_GIFT_BAD_WEIGHT] = "het gewicht %{1}% ligt niet tussen -100 en 100",
    [DC_GIFT_SINGLE_MORE_RIGHT] = "{1} antwoorden met = in een meerkeuzevraag; een vraag met \xC3\xA9\xC3\xA9n goed "
                                  "antwoord heeft er precies \xC3\xA9\xC3\xA9n (geef gewichten als ~%50% voor meer "
                                  "goede antwoorden); de vraag is overgeslagen",
    [DC_GIFT_NO_RIGHT] = "geen enkel antwoord is goed (geen = en geen positief gewicht)",
    [DC_GIFT_ALL_RIGHT] =
        "elk antwoord is goed; een vraag met meer goede antwoorden heeft hier minstens \xC3\xA9\xC3\xA9n "
        "fout antwoord nodig; de vraag is overgeslagen",
    [DC_GIFT_EMPTY_ANSWER] = "een leeg antwoord is weggelaten",
    [DC_GIFT_WILDCARD] = "het antwoord \"{1}\" heeft een *; Moodle leest dat als jokerteken, hier moet de leerling "
                         "het precies zo typen",
    [DC_GIFT_TF_CASE] = "{{1}} is voor Moodle geen juist/onjuist (dat is T, TRUE, F of FALSE in hoofdletters): het "
                        "wordt een vraag met een kort antwoord",
    [DC_GIFT_NUMBER_BAD] = "\"{1}\" is geen getal (schrijf 12.5, 12.5:0.5 of 12..13)",
    [DC_GIFT_RANGE_REVERSED] = "het bereik {1}..{2} loopt achteruit: het kleinste getal komt eerst",
    [DC_GIFT_NUMERIC_NONE] = "een numerieke vraag ({#...}) zonder antwoord",
    [DC_GIFT_SAME_ANSWER] = "hetzelfde antwoord staat twee keer in de vraag: \"{1}\"",
    [DC_GIFT_FORMAT_UNKNOWN] = "[{1}] is geen tekstopmaak van GIFT (markdown, html, plain of moodle) en blijft deel "
                               "van de tekst",
    [DC_GIFT_NO_QUESTIONS] = "het bestand bevat geen vraag die ingelezen kan worden",
    [DC_GIFT_EXPORT_SCENARIO] = "casus {1} is weggelaten: GIFT kent geen vertakkende casussen",
    [DC_GIFT_EXPORT_CLOZE] = "vraag {1} is weggelaten: GIFT kent maar \xC3\xA9\xC3\xA9n open plek per vraag, deze "
                             "heeft er {2}",
    [DC_GIFT_EXPORT_ORDERING] = "vraag {1} (volgorde) is als koppelvraag geschreven: positie -> onderdeel",
    /* klas_read.c */
    [DC_KLAS_CANNOT_LIST] = "de map kan niet gelezen worden: {1:sys}",
    [DC_KLAS_NO_MEMORY] = "niet genoeg geheugen om de exports te lezen",
    [DC_KLAS_CANNOT_READ] = "dit bestand kan niet gelezen worden ({1:sys}); het is overgeslagen",
    [DC_KLAS_TOO_BIG] = "dit bestand is groter dan {1} MiB; het is overgeslagen",
    [DC_KLAS_EMPTY] = "dit bestand is leeg; het is overgeslagen",
    [DC_KLAS_NOT_TEXT] = "dit is geen tekstbestand in UTF-8 (geen export van accountwijs); het is overgeslagen",
    [DC_KLAS_FOREIGN] =
        "dit is geen export van accountwijs (CSV of JSON van accountwijs export, of xAPI); het is overgeslagen",
    [DC_KLAS_SUMMARY] = "dit is een samenvatting (export --summary) zonder de antwoorden zelf; exporteer zonder "
                        "--summary. Het is overgeslagen",
    [DC_KLAS_JSON_SYNTAX] = "syntaxfout in de JSON; het bestand is overgeslagen",
    [DC_KLAS_CSV_QUOTE_UNCLOSED] =
        "een veld tussen aanhalingstekens wordt nergens afgesloten; de rest van het bestand is overgeslagen",
    [DC_KLAS_CSV_FIELDS] = "deze regel heeft {1} velden, de kopregel {2}; de regel is overgeslagen",
    [DC_KLAS_FIELD_MISSING] = "het veld {1} ontbreekt; dit antwoord is overgeslagen",
    [DC_KLAS_BAD_FIELD] = "het veld {1} is ongeldig (\"{2}\"); dit antwoord is overgeslagen",
    [DC_KLAS_NOT_OBJECT] = "dit onderdeel van de lijst is geen object; het is overgeslagen",
    /* live_names.c: the class list of the live quiz */
    [DC_CLASSLIST_NOT_UTF8] =
        "de tekst is geen geldige UTF-8 (sla de klassenlijst op als UTF-8); deze regel is overgeslagen",
    [DC_CLASSLIST_CONTROL] = "een stuurteken (zoals een tab) in een naam; deze regel is overgeslagen",
    [DC_CLASSLIST_TOO_LONG] = "deze naam heeft {1} tekens, meer dan de {2} die passen; de regel is overgeslagen",
    [DC_CLASSLIST_BAD_CHAR] =
        "het teken '{1}' mag niet in een naam (alleen letters, cijfers, spatie, - ' en .); de regel is overgeslagen",
    [DC_CLASSLIST_DUPLICATE] = "deze naam staat al op regel {1}; de tweede keer is overgeslagen",
    [DC_CLASSLIST_TOO_MANY] = "meer dan {1} namen; de namen vanaf hier zijn overgeslagen",
    [DC_CLASSLIST_EMPTY] = "er staat geen enkele naam in de klassenlijst (een naam per regel)",
    [DC_CLASSLIST_NO_MEMORY] = "niet genoeg geheugen om de klassenlijst te lezen",
    [DC_CLASSLIST_TOO_BIG] = "de klassenlijst is groter dan {1} KiB; is dit wel een lijst met namen?",
};
