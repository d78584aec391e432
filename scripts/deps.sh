# Installs the Debian 12 packages Waymark needs, only those that are missing.
# Sourced by run.sh, test.sh and check-package.sh.
WAYMARK_PACKAGES=(
  cmake make g++ pkg-config
  qt6-base-dev libqt6sql6-sqlite libsqlite3-dev qt6-qpa-plugins libgl-dev qt6-tools-dev qt6-l10n-tools qt6-charts-dev libqt6opengl6-dev
  nlohmann-json3-dev googletest libgtest-dev libbenchmark-dev
  python3 python3-jsonschema poppler-utils qpdf libqpdf-dev sqlite3 xvfb xauth fonts-dejavu-core
  postgresql libqt6sql6-psql
  qtkeychain-qt6-dev libsecret-1-0 gnome-keyring dbus libsecret-tools
  dpkg-dev file lintian desktop-file-utils appstream man-db
)

waymark_install_missing() {
  local missing=()
  for pkg in "${WAYMARK_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing missing packages: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

waymark_build() {
  cmake -S "$WAYMARK_ROOT" -B "$WAYMARK_ROOT/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  cmake --build "$WAYMARK_ROOT/build" -j"$(nproc)"
}
