/* screen_profiles.h - create, pick, rename and delete students
 * (screen_profiles.c). State: app->profiles_screen. */
#ifndef ACCOUNTWIJS_SCREEN_PROFILES_H
#define ACCOUNTWIJS_SCREEN_PROFILES_H

#include <stdbool.h>

#include "profiles.h"
#include "ui.h"

typedef struct App App;

typedef enum { PROFILES_IDLE, PROFILES_RENAME, PROFILES_CONFIRM_DELETE } ProfilesMode;
typedef struct {
    UiScroll scroll;
    ProfileList list; /* read on entering and after every change */
    bool listed;
    char new_name[256];  /* the name being typed for a new profile */
    char new_error[256]; /* profiles_check_name's message, "" for none */
    ProfilesMode mode;   /* renaming or confirming the deletion of edit_id */
    char edit_id[PROFILE_ID_SIZE];
    char edit_name[256];
    char edit_error[256];
    char message[512]; /* what the last action did, shown above the list */
    bool autofocus;    /* give the next text field the focus */
} ProfilesState;
void screen_profiles_enter(App *app);
void screen_profiles_leave(App *app);
void screen_profiles_frame(App *app, Ui *ui, Rect body);
void screen_profiles_free(App *app);

#endif
