#!/usr/bin/env bash
# Builds the Debian package from build/ and checks what it holds and says about itself:
# its files, its control fields, the launcher, the AppStream metainfo, the man pages, that the
# packaged waymark-cli runs, and that lintian finds no errors. Run after scripts/test.sh.
set -euo pipefail
WAYMARK_ROOT="$(cd "$(dirname "$0")/.." && pwd)"
source "$WAYMARK_ROOT/scripts/deps.sh"
waymark_install_missing
waymark_build

build="$WAYMARK_ROOT/build"
version=$(sed -n 's/^project(Waymark VERSION \([0-9.]*\).*/\1/p' "$WAYMARK_ROOT/CMakeLists.txt")
(cd "$build" && rm -f waymark_*.deb && cpack -G DEB >/dev/null)
deb=$(ls "$build"/waymark_"$version"_*.deb)
echo "Built $deb"

failures=0
passes=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "ok: $*"; passes=$((passes + 1)); }

# Contents: both programs, the launcher, icon, metainfo, the Debian documents, and a man page
# for waymark, waymark-cli and each command the packaged waymark-cli lists.
contents=$(dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|')
unpacked=$(mktemp -d)
trap 'rm -rf "$unpacked"' EXIT
dpkg-deb -x "$deb" "$unpacked"
commands=$(LANG=C.UTF-8 "$unpacked/usr/bin/waymark-cli" --help | sed -n '/^Commands:/,/^$/s/^  \([a-z-]*\) .*/\1/p')
[ -n "$commands" ] || fail "the packaged waymark-cli lists no commands"
expected=(
  /usr/bin/waymark /usr/bin/waymark-cli
  /usr/share/applications/org.waymark.Waymark.desktop
  /usr/share/icons/hicolor/scalable/apps/org.waymark.Waymark.svg
  /usr/share/metainfo/org.waymark.Waymark.metainfo.xml
  /usr/share/doc/waymark/copyright /usr/share/doc/waymark/changelog.gz
  /usr/share/man/man1/waymark.1.gz /usr/share/man/man1/waymark-cli.1.gz
)
for c in $commands; do expected+=("/usr/share/man/man1/waymark-cli-$c.1.gz"); done
for f in "${expected[@]}"; do
  grep -qxF "$f" <<<"$contents" && pass "contains $f" || fail "missing $f"
done
grep -q '^/usr/local' <<<"$contents" && fail "files under /usr/local" || pass "nothing under /usr/local"

# Control fields.
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = waymark ] && pass "Package: waymark" || fail "Package is $(field Package)"
[ "$(field Version)" = "$version" ] && pass "Version: $version" || fail "Version is $(field Version), not $version"
for f in Maintainer Section Priority Description; do
  [ -n "$(field $f)" ] && pass "$f: $(field $f | head -1)" || fail "no $f field"
done
depends=$(field Depends)
echo "Depends: $depends"
for dep in libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 libqt6sql6-sqlite qt6-qpa-plugins 'libqpdf[0-9]+' libsqlite3-0 libc6; do
  grep -qE "(^|, )$dep( |,|$)" <<<"$depends" && pass "depends on $dep" || fail "does not depend on $dep"
done
# Read whole before grep: with pipefail, grep -q leaving early fails the writer (SIGPIPE).
info=$(dpkg-deb -I "$deb")
grep -q ' md5sums' <<<"$info" && pass "has md5sums" || fail "no md5sums"

# The changelog's newest entry is this version.
changelog_version=$(zcat "$unpacked/usr/share/doc/waymark/changelog.gz" | sed -n '1s/^waymark (\([^)]*\)).*/\1/p')
[ "$changelog_version" = "$version" ] && pass "changelog starts at $version" \
  || fail "changelog starts at '$changelog_version', not $version (resources/package/changelog)"

# The desktop files, as installed.
desktop-file-validate "$unpacked/usr/share/applications/org.waymark.Waymark.desktop" \
  && pass "desktop-file-validate" || fail "desktop-file-validate"
appstreamcli validate --no-net "$unpacked/usr/share/metainfo/org.waymark.Waymark.metainfo.xml" \
  && pass "appstreamcli validate" || fail "appstreamcli validate"
if grep -qx '<launchable type="desktop-id">org.waymark.Waymark.desktop</launchable>' \
     <(sed 's/^ *//' "$unpacked/usr/share/metainfo/org.waymark.Waymark.metainfo.xml"); then
  pass "metainfo launches the packaged .desktop"
else
  fail "metainfo does not name org.waymark.Waymark.desktop"
fi

# Every man page renders without a warning and names its command.
for page in "$unpacked"/usr/share/man/man1/*.1.gz; do
  name=$(basename "$page" .1.gz)
  warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 "$page" 2>&1 >/dev/null || true)
  text=$(LC_ALL=C.UTF-8 MANWIDTH=80 man -l "$page" 2>/dev/null | col -b)
  if [ -n "$warnings" ]; then fail "man page $name: $warnings"
  elif ! grep -q "^NAME" <<<"$text" || ! grep -q "$name" <<<"$text"; then fail "man page $name has no NAME"
  else pass "man page $name"; fi
done

# The packaged CLI finds the pathways bundled inside it, with no source tree around.
home=$(mktemp -d)
if pathways=$(cd / && HOME="$home" LANG=C.UTF-8 "$unpacked/usr/bin/waymark-cli" pathways) && grep -q '^camden-launch-pad' <<<"$pathways"; then
  pass "packaged waymark-cli lists the bundled pathways"
else
  fail "packaged waymark-cli does not list the bundled pathways"
fi
rm -rf "$home"

# lintian: errors fail the check; warnings are printed for a person to read.
lintian_out=$(lintian --tag-display-limit 0 "$deb" 2>&1 || true)
[ -n "$lintian_out" ] && echo "$lintian_out"
if grep -q '^E:' <<<"$lintian_out"; then fail "lintian reports errors"; else pass "lintian: no errors"; fi

echo "Checked $(basename "$deb")"
echo "Package: $passes passed, $failures failed"
[ "$failures" -eq 0 ]
