#!/bin/sh
# What `cmake --install` puts beside the program for a Linux desktop
# (cmake/package.cmake): the menu entry, the AppStream metainfo, the icon,
# the manual page and the copyright, each where the desktop looks for it and
# naming what is installed; the manual page has a section for every
# subcommand main.c knows, and the copyright a paragraph for every font.
# The validators run when they are installed (.ci/install-deps --deb).
# $1 = the accountwijs binary, $2 = the source tree, $3 = a scratch folder.
set -u
bin=$1 src=$2 out=$3
fail=0
rm -rf "$out" && mkdir -p "$out"
no() { echo "FAIL: $*"; fail=1; }

p=$out/usr
if ! cmake --install "$(dirname "$bin")" --prefix "$p" >"$out/install.log" 2>&1; then
    no "cmake --install failed: $(tail -5 "$out/install.log")"
    exit 1
fi
desktop=$p/share/applications/accountwijs.desktop
meta=$p/share/metainfo/io.github.accountwijs.metainfo.xml
man=$p/share/man/man1/accountwijs.1.gz
copyright=$p/share/doc/accountwijs/copyright
for f in "$desktop" "$meta" "$man" "$copyright" "$p/share/doc/accountwijs/changelog.gz" \
    "$p/share/icons/hicolor/scalable/apps/accountwijs.svg"; do
    [ -f "$f" ] || no "not installed: ${f#"$out"/}"
done
[ $fail -eq 0 ] || exit 1

# The menu entry starts the installed program and shows the installed icon,
# in Dutch and English, under Education.
exe=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
[ -n "$exe" ] && [ -x "$p/bin/$exe" ] || no "Exec=$exe is not a program in bin/"
icon=$(sed -n 's/^Icon=//p' "$desktop")
[ -f "$p/share/icons/hicolor/scalable/apps/$icon.svg" ] || no "Icon=$icon has no scalable/apps/$icon.svg"
for key in 'Name=' 'Name\[nl\]=' 'Comment=' 'Comment\[nl\]=' 'Categories=Education;'; do
    grep -q "^$key" "$desktop" || no "the desktop entry has no $key line"
done

# The metainfo names the installed desktop file, program and icon.
python3 - "$meta" "$(basename "$desktop")" "$exe" "$icon" <<'PY' || fail=1
import sys
import xml.etree.ElementTree as ET
meta, desktop, exe, icon = sys.argv[1:]
c = ET.parse(meta).getroot()
problems = []
if c.tag != "component" or c.get("type") != "desktop-application":
    problems.append("not a desktop-application component")
if c.findtext("launchable") != desktop:
    problems.append(f"launchable {c.findtext('launchable')!r}, installed {desktop!r}")
if c.findtext("provides/binary") != exe:
    problems.append(f"provides binary {c.findtext('provides/binary')!r}, Exec {exe!r}")
if c.findtext("icon") != icon:
    problems.append(f"icon {c.findtext('icon')!r}, desktop Icon {icon!r}")
for p in problems:
    print("FAIL: metainfo:", p)
sys.exit(1 if problems else 0)
PY

# PNG icons, when rsvg-convert made them: each as large as its folder says.
if command -v rsvg-convert >/dev/null 2>&1; then
    python3 - "$p/share/icons/hicolor" <<'PY' || fail=1
import struct, sys, os
base = sys.argv[1]
bad = 0
for n in (16, 22, 24, 32, 48, 64, 128, 256):
    f = os.path.join(base, f"{n}x{n}", "apps", "accountwijs.png")
    try:
        head = open(f, "rb").read(24)
    except OSError:
        print(f"FAIL: no {n}x{n} icon")
        bad = 1
        continue
    w, h = struct.unpack(">II", head[16:24])
    if head[:8] != b"\x89PNG\r\n\x1a\n" or (w, h) != (n, n):
        print(f"FAIL: {n}x{n}/apps/accountwijs.png is {w}x{h}")
        bad = 1
sys.exit(bad)
PY
fi

# The manual page: a section for every subcommand main.c dispatches.
gzip -dc "$man" >"$out/accountwijs.1" || no "the manual page is not gzip"
for sub in $(sed -n 's/.*strcmp(argv\[1\], "\([a-z]*\)").*/\1/p' "$src/src/main.c" | sort -u); do
    grep -q "^\.SS $sub\$" "$out/accountwijs.1" || no "the manual page has no section for '$sub'"
done
if command -v man >/dev/null 2>&1; then
    man -l --warnings=all "$out/accountwijs.1" 2>"$out/man.err" >/dev/null || no "man failed"
    [ ! -s "$out/man.err" ] || no "man warns: $(head -3 "$out/man.err")"
fi

# The copyright names a licence for every font the package ships.
for font in "$src"/assets/fonts/*.otf "$src"/assets/fonts/*.ttf; do
    [ -f "$font" ] || continue
    python3 - "$copyright" "assets/fonts/$(basename "$font")" <<'PY' || no "the copyright has no Files: paragraph for $(basename "$font")"
import fnmatch, sys
text = open(sys.argv[1], encoding="utf-8").read()
pats = [w for line in text.splitlines() if line.startswith("Files:") for w in line[6:].split()]
sys.exit(0 if any(fnmatch.fnmatch(sys.argv[2], p) and p != "*" for p in pats) else 1)
PY
done

# The validators Debian's tools offer, when they are installed.
if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate "$desktop" || no "desktop-file-validate"
fi
if command -v appstreamcli >/dev/null 2>&1; then
    appstreamcli validate --no-net "$meta" >"$out/appstream.txt" 2>&1 || no "appstreamcli: $(cat "$out/appstream.txt")"
fi

[ $fail -eq 0 ] && echo "desktop_files.sh: all passed"
exit $fail
