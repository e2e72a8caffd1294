/* strings_nl.c - the Dutch interface (the default). */
#include "strings.h"

const char *const strings_nl[STR_COUNT] = {
    [STR_APP_NAME] = "Accountwijs",
    [STR_BACK] = "Terug",
    [STR_NAV_CONTENTS] = "Inhoud",
    [STR_NAV_GLOSSARY] = "Begrippen",
    [STR_NAV_SEARCH] = "Zoeken",
    [STR_NAV_SETTINGS] = "Weergave",
    [STR_START_TAGLINE] = "Lees het hoofdstuk, leer de begrippen en oefen per paragraaf.",
    [STR_START_CONTINUE] = "Verder lezen",
    [STR_START_BEGIN] = "Begin met lezen",
    [STR_START_CONTENTS] = "In dit hoofdstuk",
    [STR_START_HINT] = "Tab kiest, Enter opent, Ctrl+F zoekt in de hele cursus.",
    [STR_TOC_TITLE] = "Inhoudsopgave",
    [STR_TOC_PROGRESS] = "%d%% beheerst",
    [STR_TOC_GOALS] = "%zu leerdoelen",
    [STR_READER_SECTION_OF] = "Paragraaf %zu van %zu",
    [STR_GOALS_TITLE] = "Leerdoelen",
    [STR_GOALS_INTRO] = "Na deze paragraaf kun je:",
    [STR_TERM_LABEL] = "Begrip",
    [STR_TERM_SHOW] = "Klik of druk op Enter voor de betekenis",
    [STR_EXAMPLE] = "Voorbeeld",
    [STR_PRACTICE] = "Oefen deze paragraaf",
    [STR_PRACTICE_HINT] = "Test jezelf met vragen over deze paragraaf.",
    [STR_PREV_SECTION] = "Vorige paragraaf",
    [STR_NEXT_SECTION] = "Volgende paragraaf",
    [STR_END_OF_CHAPTER] = "Einde van het hoofdstuk",
    [STR_GLOSSARY_TITLE] = "Begrippenlijst",
    [STR_GLOSSARY_FILTER] = "Typ om te filteren\xE2\x80\xA6",
    [STR_GLOSSARY_COUNT] = "%zu van %zu begrippen",
    [STR_GLOSSARY_NONE] = "Geen begrip gevonden. Probeer een deel van het woord.",
    [STR_GLOSSARY_IN_SECTION] = "Lees in %s",
    [STR_SEARCH_TITLE] = "Zoeken",
    [STR_SEARCH_PLACEHOLDER] = "Zoek in de hele cursus\xE2\x80\xA6",
    [STR_SEARCH_HINT] = "Typ een of meer woorden. \xE2\x86\x91 en \xE2\x86\x93 kiezen een resultaat, Enter opent het.",
    [STR_SEARCH_COUNT] = "%zu resultaten",
    [STR_SEARCH_MORE] = "De eerste %zu worden getoond; maak de zoekvraag preciezer.",
    [STR_SEARCH_NONE] = "Niets gevonden. Controleer de spelling of zoek op een ander woord.",
    [STR_SETTINGS_TITLE] = "Weergave",
    [STR_SETTINGS_THEME] = "Kleuren",
    [STR_THEME_LIGHT] = "Licht",
    [STR_THEME_DARK] = "Donker",
    [STR_THEME_CONTRAST] = "Hoog contrast",
    [STR_SETTINGS_TEXT_SIZE] = "Tekstgrootte",
    [STR_TEXT_SMALLER] = "Kleiner",
    [STR_TEXT_LARGER] = "Groter",
    [STR_TEXT_RESET] = "Standaard",
    [STR_SETTINGS_FONT] = "Lettertype",
    [STR_FONT_DYSLEXIC] = "Dyslexievriendelijk lettertype (OpenDyslexic, meer ruimte)",
    [STR_SETTINGS_SCREEN] = "Scherm",
    [STR_FULLSCREEN] = "Volledig scherm aan of uit (F11)",
    [STR_SETTINGS_KEYS] = "Sneltoetsen",
    [STR_KEYS_HELP] = "Tab / Shift+Tab\tnaar het volgende / vorige element\n"
                      "Enter\topenen of kiezen\n"
                      "Esc\tterug\n"
                      "Alt+\xE2\x86\x90 / Alt+\xE2\x86\x92\tvorige / volgende paragraaf\n"
                      "\xE2\x86\x91 \xE2\x86\x93 PageUp PageDown Spatie\tscrollen\n"
                      "Home / End\tnaar het begin / einde\n"
                      "Ctrl+F\tzoeken in de hele cursus\n"
                      "Ctrl+plus / Ctrl+min / Ctrl+0\ttekst groter / kleiner / standaard\n"
                      "F11\tvolledig scherm",
    [STR_SETTINGS_SAVED_IN] = "Je keuzes worden bewaard in %s",
    [STR_QUIZ_TITLE] = "Oefenen",
    [STR_PROFILE_DEFAULT] = "Leerling 1",
    [STR_QUIZ_SOON] = "Hier komen de oefenvragen bij deze paragraaf.",
    [STR_ERROR_FONT] = "Het lettertype %s kan niet worden geladen.",
};
