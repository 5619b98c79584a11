# Sourced by Glossa's scripts: checks what the workbench and the UI tests need beyond a JDK, and names the
# Debian packages that provide what is missing (.ci/run installs them all).

# Whether the dynamic linker finds a library (ldconfig is often not on a user's PATH).
glossa_has_library() {
  local ldconfig
  for ldconfig in "$(command -v ldconfig 2>/dev/null)" /sbin/ldconfig /usr/sbin/ldconfig; do
    [ -n "$ldconfig" ] && [ -x "$ldconfig" ] || continue
    "$ldconfig" -p 2>/dev/null | grep -qF "$1 " && return 0
    return 1
  done
  compgen -G "/usr/lib/*/$1" >/dev/null || compgen -G "/usr/lib64/$1" >/dev/null
}

# Prints one "what (package)" line per missing piece for the given purpose: gui or tests.
glossa_missing_prerequisites() {
  local purpose="$1"
  if ! glossa_has_library libgtk-3.so.0; then
    echo "GTK 3, which SWT draws with (libgtk-3-0)"
  fi
  if ! glossa_has_library libXtst.so.6; then
    echo "the XTest library (libxtst6)"
  fi
  if [ -z "${DISPLAY:-}" ] && ! command -v xvfb-run >/dev/null 2>&1; then
    if [ "$purpose" = tests ]; then
      echo "a display: none is set and there is no virtual one (xvfb xauth)"
    else
      echo "a display: DISPLAY is not set (run it on a desktop, or under xvfb-run from xvfb)"
    fi
  fi
  if ! command -v fc-list >/dev/null 2>&1 || [ -z "$(fc-list :lang=ko family 2>/dev/null)" ] \
      || [ -z "$(fc-list :lang=zh-cn family 2>/dev/null)" ]; then
    echo "a font with Korean and Chinese glyphs, or the seed articles show boxes (fonts-wqy-microhei)"
  fi
  if [ "$purpose" = tests ] && ! command -v xdotool >/dev/null 2>&1; then
    echo "xdotool, which the UI tests type real X key events with (xdotool)"
  fi
  if [ "$purpose" = tests ] && { ! command -v ssh-agent >/dev/null 2>&1 || ! command -v ssh-add >/dev/null 2>&1; }; then
    echo "OpenSSH's agent, which the team tests hold a key in (openssh-client)"
  fi
}

# Stops (tests) or warns (gui) when something is missing, naming it and how to install it.
glossa_check_prerequisites() {
  local purpose="$1" missing packages
  missing=$(glossa_missing_prerequisites "$purpose")
  [ -z "$missing" ] && return 0
  packages=$(sed -n 's/.*(\([^)]*\))$/\1/p' <<<"$missing" | tr '\n' ' ')
  {
    echo "glossa: missing for the ${purpose/gui/workbench}:"
    sed 's/^/glossa:   /' <<<"$missing"
    echo "glossa: on Debian: sudo apt-get install --no-install-recommends ${packages% }"
  } >&2
  [ "$purpose" = gui ] && return 0
  return 1
}
