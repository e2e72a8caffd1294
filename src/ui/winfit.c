/* winfit.c - see winfit.h. */
#include "winfit.h"

static int min_int(int a, int b)
{
    return a < b ? a : b;
}

WinFit winfit(Rect usable, WinBorders borders, int want_w, int want_h, int min_w, int min_h)
{
    WinFit f;
    /* What the client area may take once the frame has its share. */
    int room_w = usable.w - borders.left - borders.right;
    int room_h = usable.h - borders.top - borders.bottom;
    room_w = room_w > 1 ? room_w : 1;
    room_h = room_h > 1 ? room_h : 1;
    f.min_w = min_int(min_w, room_w);
    f.min_h = min_int(min_h, room_h);
    int w = min_int(want_w > f.min_w ? want_w : f.min_w, room_w);
    int h = min_int(want_h > f.min_h ? want_h : f.min_h, room_h);
    f.window = (Rect){usable.x + borders.left + (room_w - w) / 2, usable.y + borders.top + (room_h - h) / 2, w, h};
    return f;
}
