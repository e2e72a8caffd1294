/* practice_view.c - see practice_view.h: the keys of a question, the
 * changes they and clicks make to the answer, the prompt and the hint.
 * The drawing is in practice_draw.c. Widget ids follow what a row shows,
 * not where: an ordering item keeps its id when it moves, so the keyboard
 * focus moves with it. */
#include "practice_view.h"

#include "practice_internal.h"

#include <stdio.h>
#include <string.h>

#include "app.h"
#include "speech_labels.h"
#include "widgets.h"

enum { MAX_ROWS = 64 };

bool practice_typed(const Question *q)
{
    return q && (q->type == QUESTION_CLOZE || q->type == QUESTION_NUMERIC);
}

bool practice_editable(const PracticeItem *it)
{
    return it->state != QUIZ_CHECKED;
}

/* The mark to show for option/pair/item/blank I: RETRY never shows the
 * answer, so a right option that was not chosen stays unmarked. */
void practice_badge(size_t k, bool letter, char out[4])
{
    if (letter && k < 26)
        snprintf(out, 4, "%c", (char)('A' + k));
    else
        snprintf(out, 4, "%zu", (k + 1) % 100);
}

/* The key of a true/false option: STR_QUIZ_TF_KEYS holds "jo" (or "tf"). */
static int tf_key(const App *app, const Option *o)
{
    const char *keys = app_str(app, STR_QUIZ_TF_KEYS);
    if (!keys[0] || !keys[1])
        return 0;
    return keys[strcmp(o->id, "true") == 0 ? 0 : 1];
}

void practice_choice_badge(const App *app, const Question *q, size_t i, size_t k, char out[4])
{
    int key = q->type == QUESTION_TRUEFALSE ? tf_key(app, &q->options[i]) : 0;
    if (key)
        snprintf(out, 4, "%c", key >= 'a' && key <= 'z' ? key - 'a' + 'A' : key);
    else
        practice_badge(k, true, out);
}

/* ---- which rows there are, for the arrows ---- */

static size_t row_ids(const PracticeItem *it, UiId *ids)
{
    const Question *q = it->q;
    size_t n = it->order->n < MAX_ROWS / 2 ? it->order->n : MAX_ROWS / 2, k = 0;
    switch (q->type) {
    case QUESTION_MATCHING:
        for (size_t i = 0; i < n; i++)
            ids[k++] = ui_id("pv-left", i);
        for (size_t i = 0; i < n; i++)
            ids[k++] = ui_id("pv-right", i);
        break;
    case QUESTION_ORDERING:
        for (size_t i = 0; i < n; i++)
            ids[k++] = ui_id("pv-item", it->answer->order[i]);
        break;
    case QUESTION_CLOZE:
    case QUESTION_NUMERIC:
        for (size_t i = 0; i < n; i++)
            ids[k++] = ui_id("pv-blank", i);
        break;
    default:
        for (size_t i = 0; i < n; i++)
            ids[k++] = ui_id("pv-opt", i);
        break;
    }
    return k;
}

/* ---- acting on the answer ---- */

size_t practice_first_open_left(const PracticeItem *it)
{
    for (size_t k = 0; k < it->order->n; k++)
        if (it->answer->match[it->order->shown[k]] == QUIZ_NONE)
            return k;
    return QUIZ_NONE;
}

/* Puts the right-hand text at position RK beside the picked (or first
 * open) left item; the partner it already has is taken away instead. */
bool practice_assign(PracticeView *v, const PracticeItem *it, size_t rk)
{
    size_t lk = v->pick != QUIZ_NONE ? v->pick : practice_first_open_left(it);
    if (lk == QUIZ_NONE || rk >= it->order->n)
        return false;
    size_t left = it->order->shown[lk], pair = it->order->right[rk];
    quiz_answer_match(it->answer, left, it->answer->match[left] == pair ? QUIZ_NONE : pair);
    v->pick = QUIZ_NONE;
    return true;
}

/* Ordering: a click picks an item up; a click on another place puts it
 * there; a click on the item itself puts it down again. */
bool practice_place(PracticeView *v, const PracticeItem *it, size_t k)
{
    if (v->pick == QUIZ_NONE) {
        v->pick = k;
        return false;
    }
    size_t from = v->pick;
    v->pick = QUIZ_NONE;
    if (from == k || from >= it->order->n)
        return false;
    quiz_answer_move(it->answer, from, k);
    return true;
}

bool practice_move(const PracticeItem *it, size_t k, int delta)
{
    size_t n = it->order->n;
    if ((delta < 0 && k == 0) || (delta > 0 && k + 1 >= n) || k >= n)
        return false;
    quiz_answer_move(it->answer, k, delta < 0 ? k - 1 : k + 1);
    return true;
}

void practice_view_reset(PracticeView *v, const PracticeItem *it)
{
    memset(v, 0, sizeof *v);
    v->pick = QUIZ_NONE;
    if (it && practice_typed(it->q)) {
        for (size_t i = 0; i < it->answer->n && i < PRACTICE_MAX_BLANKS; i++)
            snprintf(v->blanks[i], sizeof v->blanks[i], "%s", it->answer->text[i] ? it->answer->text[i] : "");
        v->focus_first = it->state != QUIZ_CHECKED;
    }
}

bool practice_view_keys(App *app, Ui *ui, PracticeView *v, const PracticeItem *it)
{
    if (!it->q || !practice_editable(it))
        return false;
    const Question *q = it->q;
    size_t n = it->order->n;
    bool changed = false;
    UiId ids[MAX_ROWS];
    size_t nids = row_ids(it, ids), cur = nids;
    for (size_t i = 0; i < nids; i++)
        if (ids[i] == ui->focus)
            cur = i;

    /* Picks by number or letter (a blank takes them as typing). */
    if (!practice_typed(q)) {
        for (size_t k = 0; k < n && k < 9; k++) {
            bool digit = ui_key_any_shift(ui, (int)('1' + k), 0);
            bool letter = !digit && ui_key_any_shift(ui, (int)('a' + k), 0);
            if (!digit && !letter)
                continue;
            switch (q->type) {
            case QUESTION_MATCHING:
                if (digit) {
                    v->pick = v->pick == k ? QUIZ_NONE : k;
                    ui_set_focus(ui, ui_id("pv-left", k), true);
                } else {
                    changed |= practice_assign(v, it, k);
                    ui_set_focus(ui, ui_id("pv-right", k), true);
                }
                break;
            case QUESTION_ORDERING:
                if (digit)
                    ui_set_focus(ui, ui_id("pv-item", it->answer->order[k]), true);
                break;
            case QUESTION_TRUEFALSE:
                /* Its badges are J and O: A and B would be keys no label names. */
                if (k >= 2 || !digit)
                    break;
                quiz_answer_choose(it->answer, it->order->shown[k]);
                ui_set_focus(ui, ui_id("pv-opt", k), true);
                changed = true;
                break;
            default:
                quiz_answer_choose(it->answer, it->order->shown[k]);
                ui_set_focus(ui, ui_id("pv-opt", k), true);
                changed = true;
                break;
            }
        }
    }
    /* True or false also by their initials: J/O in Dutch, T/F in English. */
    if (q->type == QUESTION_TRUEFALSE) {
        for (size_t k = 0; k < n && k < 2; k++) {
            int key = tf_key(app, &q->options[it->order->shown[k]]);
            if (key && ui_key_any_shift(ui, key, 0)) {
                quiz_answer_choose(it->answer, it->order->shown[k]);
                ui_set_focus(ui, ui_id("pv-opt", k), true);
                changed = true;
            }
        }
    }
    /* Space acts on the focused row, as a click would. */
    if (cur < nids && !practice_typed(q) && ui_key(ui, ' ', 0)) {
        switch (q->type) {
        case QUESTION_MATCHING:
            if (cur < n)
                v->pick = v->pick == cur ? QUIZ_NONE : cur;
            else
                changed |= practice_assign(v, it, cur - n);
            break;
        case QUESTION_ORDERING:
            changed |= practice_place(v, it, cur);
            break;
        default:
            quiz_answer_choose(it->answer, it->order->shown[cur]);
            changed = true;
            break;
        }
    }
    /* Moving an ordering item: the focus goes with it (ids follow items). */
    if (q->type == QUESTION_ORDERING && cur < nids) {
        bool moved = false;
        while (ui_key(ui, UI_KEY_UP, UI_MOD_ALT))
            if (practice_move(it, cur, -1))
                cur--, moved = true;
        while (ui_key(ui, UI_KEY_DOWN, UI_MOD_ALT))
            if (practice_move(it, cur, +1))
                cur++, moved = true;
        if (moved) {
            v->pick = QUIZ_NONE;
            ui->focus_visible = true;
            ui->scroll_to = ui->focus;
            changed = true;
        }
    }
    /* Backspace clears the pair of the focused (or picked) left item. */
    if (q->type == QUESTION_MATCHING && (cur < n || v->pick != QUIZ_NONE) &&
        (ui_key(ui, UI_KEY_BACKSPACE, 0) || ui_key(ui, UI_KEY_DELETE, 0))) {
        size_t lk = cur < n ? cur : v->pick;
        quiz_answer_match(it->answer, it->order->shown[lk], QUIZ_NONE);
        changed = true;
    }
    /* Arrows walk the rows; Left/Right cross between matching's columns. */
    if (cur < nids || ui->focus == 0) {
        size_t to = cur;
        while (ui_key(ui, UI_KEY_DOWN, 0))
            to = to >= nids ? 0 : to + 1 < nids ? to + 1 : to;
        while (ui_key(ui, UI_KEY_UP, 0))
            to = to >= nids ? nids - 1 : to > 0 ? to - 1 : 0;
        if (q->type == QUESTION_MATCHING && cur < nids) {
            if (ui_key(ui, UI_KEY_RIGHT, 0) && to < n)
                to = n + to;
            if (ui_key(ui, UI_KEY_LEFT, 0) && to >= n && to < nids)
                to = to - n;
        }
        if (to != cur && to < nids)
            ui_set_focus(ui, ids[to], true);
    }
    if (changed)
        ui->redraw = true;
    return changed;
}

void practice_prompt(const Question *q, char *buf, size_t size)
{
    if (size == 0)
        return;
    buf[0] = '\0';
    if (!q || !q->prompt)
        return;
    if (q->type != QUESTION_CLOZE) {
        snprintf(buf, size, "%s", q->prompt);
        return;
    }
    size_t len = 0, blank = 0;
    for (const char *p = q->prompt; *p && len + 1 < size;) {
        if (strncmp(p, "___", 3) == 0) {
            while (*p == '_')
                p++;
            int k = snprintf(buf + len, size - len, "**(%zu)**\xC2\xA0______", ++blank);
            if (k < 0 || (size_t)k >= size - len)
                break;
            len += (size_t)k;
        } else {
            buf[len++] = *p++;
            buf[len] = '\0';
        }
    }
    /* Never end inside a UTF-8 sequence when the buffer ran out. */
    size_t lead = len;
    while (lead > 0 && ((unsigned char)buf[lead - 1] & 0xC0) == 0x80)
        lead--;
    if (lead > 0) {
        unsigned char b = (unsigned char)buf[lead - 1];
        size_t need = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
        if (len - (lead - 1) < need)
            buf[lead - 1] = '\0';
    }
}

void practice_hint(const App *app, const PracticeItem *it, char *buf, size_t size)
{
    const Question *q = it->q;
    size_t n = it->order->n < 9 ? it->order->n : 9;
    char keys[64], last[4];
    practice_badge(n ? n - 1 : 0, true, last);
    snprintf(keys, sizeof keys, app_str(app, STR_QUIZ_KEYS), n, last);
    switch (q->type) {
    case QUESTION_SINGLE:
        snprintf(buf, size, app_str(app, STR_QUIZ_HINT_SINGLE), keys);
        break;
    case QUESTION_MULTIPLE:
        snprintf(buf, size, app_str(app, STR_QUIZ_HINT_MULTIPLE), keys);
        break;
    case QUESTION_TRUEFALSE:
        snprintf(buf, size, "%s", app_str(app, STR_QUIZ_HINT_TRUEFALSE));
        break;
    case QUESTION_MATCHING:
        snprintf(buf, size, "%s", app_str(app, STR_QUIZ_HINT_MATCHING));
        break;
    case QUESTION_ORDERING:
        snprintf(buf, size, "%s", app_str(app, STR_QUIZ_HINT_ORDERING));
        break;
    case QUESTION_NUMERIC:
        snprintf(buf, size, "%s", app_str(app, STR_QUIZ_HINT_NUMERIC));
        break;
    default:
        snprintf(buf, size, "%s", app_str(app, STR_QUIZ_HINT_CLOZE));
        break;
    }
}

bool practice_speech(const PracticeItem *it, SpeechScript *out)
{
    const Question *q = it->q;
    const QuizOrder *o = it->order;
    SpeechLabels labels = speech_labels();
    if (q->type == QUESTION_MATCHING)
        return speech_text_matching(q, o ? o->shown : NULL, o ? o->right : NULL, o ? o->n : 0, &labels, out);
    if (q->type == QUESTION_ORDERING && it->answer && it->answer->order)
        return speech_text_question(q, it->answer->order, it->answer->n, &labels, out);
    return speech_text_question(q, o ? o->shown : NULL, o ? o->n : 0, &labels, out);
}
