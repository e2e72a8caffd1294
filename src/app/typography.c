/* typography.c - see typography.h. The sizes follow a modest scale (18 pt body, 1.33
 * and 1.78 for the headings); line advance is 1.45 em for reading text and
 * 1.8 em with the dyslexia font, which also gets a shorter measure
 * (British Dyslexia Association style guide: 60-70 characters at most,
 * generous line spacing). */
#include "typography.h"

#include <string.h>

#include "settings.h"

static Font font(FontFamily fam, FontStyle st, float px)
{
    int size = (int)(px + 0.5f);
    return (Font){(uint8_t)fam, (uint8_t)st, (uint16_t)(size < 6 ? 6 : size), 0, 0};
}

int typography_px(const Typography *t, float points)
{
    int px = (int)(points * t->scale + 0.5f);
    return px < 1 && points > 0 ? 1 : px;
}

/* The measure: the width of a typical Dutch line of 66 characters (60 in
 * the wider dyslexia font), in the body font as it is spaced. */
static void set_measure(Typography *t, Ui *ui)
{
    static const char sample[] = "Een account is een zakelijke klant met wie je een relatie opbouwt die ";
    size_t n = sizeof sample - 1;
    int w = ui_text_width(ui, t->body, sample, n);
    int chars = t->dyslexic ? 60 : 66;
    t->measure = (int)((long long)w * chars / (long long)n);
    if (t->measure < t->body.size * 10)
        t->measure = t->body.size * 10;
}

void typography_compute(Typography *t, Ui *ui, int step, bool dyslexic, float scale)
{
    memset(t, 0, sizeof *t);
    t->scale = scale > 0 ? scale : 1;
    t->factor = settings_text_factor(step);
    t->dyslexic = dyslexic;
    FontFamily fam = dyslexic ? FONT_FAMILY_DYSLEXIC : FONT_FAMILY_TEXT;
    /* OpenDyslexic is wide and tall for its size: a little smaller keeps
     * the same amount of text on a line. */
    float px = 18.0f * t->scale * t->factor * (dyslexic ? 0.9f : 1.0f);
    float lh = dyslexic ? 1.8f : 1.45f;
    t->body = font(fam, FONT_REGULAR, px);
    t->bold = font(fam, FONT_BOLD, px);
    t->italic = font(fam, FONT_ITALIC, px);
    t->small = font(fam, FONT_REGULAR, px * 0.89f);
    t->small_bold = font(fam, FONT_SEMIBOLD, px * 0.89f);
    t->h1 = font(fam, FONT_BOLD, px * 1.78f);
    t->h2 = font(fam, FONT_BOLD, px * 1.33f);
    t->h3 = font(fam, FONT_BOLD, px * 1.14f);
    t->h4 = font(fam, FONT_SEMIBOLD, px);
    t->line = (int)(t->body.size * lh + 0.5f);
    t->small_line = (int)(t->small.size * (lh - 0.05f) + 0.5f);
    t->h1_line = (int)(t->h1.size * 1.2f + 0.5f);
    t->h2_line = (int)(t->h2.size * 1.25f + 0.5f);
    t->h3_line = (int)(t->h3.size * 1.3f + 0.5f);
    t->h4_line = (int)(t->h4.size * 1.35f + 0.5f);
    /* Bars and buttons grow with the text, but less: they must keep fitting
     * an 800 point wide window. */
    float uf = t->factor < 1 ? t->factor : t->factor > 1.3f ? 1.3f : t->factor;
    float upx = 15.0f * t->scale * uf * (dyslexic ? 0.9f : 1.0f);
    t->ui = font(fam, FONT_REGULAR, upx);
    t->ui_bold = font(fam, FONT_SEMIBOLD, upx);
    t->ui_line = (int)(t->ui.size * 1.4f + 0.5f);
    t->unit = typography_px(t, 8);
    set_measure(t, ui);
}

void typography_space(Typography *t, Ui *ui, int line_step, int letter_step)
{
    static const float lines[] = {1.0f, 1.2f, 1.4f};
    line_step = line_step < 0 ? 0 : line_step > 2 ? 2 : line_step;
    letter_step = letter_step < 0 ? 0 : letter_step > 2 ? 2 : letter_step;
    t->line = (int)(t->line * lines[line_step] + 0.5f);
    t->small_line = (int)(t->small_line * lines[line_step] + 0.5f);
    Font *fonts[] = {&t->body, &t->bold, &t->italic, &t->small, &t->small_bold, &t->h1, &t->h2, &t->h3, &t->h4};
    for (size_t i = 0; i < sizeof fonts / sizeof *fonts; i++)
        fonts[i]->spacing = (uint8_t)letter_step;
    set_measure(t, ui);
}
