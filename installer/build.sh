#!/usr/bin/env bash
# Builds Send Tracker as a self-contained application (its own trimmed Java runtime, no Java
# needed on the user's machine): an app image, and a .deb where dpkg-deb and fakeroot exist.
#
#   installer/build.sh [--skip-maven] [--app-image-only] [--dest DIR]
#
#   --skip-maven      package the existing target/send-tracker.jar and target/lib/ (as left by
#                     `mvn package`) instead of running `mvn -B -q package -DskipTests` first
#   --app-image-only  stop after the app image (no .deb)
#   --dest DIR        where the results go (default: target/installer)
#
# JDK: $JAVA_HOME if it has jlink and jpackage, else the JDK of the default javac.
# Results: DIR/SendTracker/ (app image; run DIR/SendTracker/bin/SendTracker) and
# DIR/sendtracker_<version>-1_<arch>.deb (installs to /opt/sendtracker).
set -euo pipefail

readonly APP_NAME=SendTracker
readonly PACKAGE_NAME=sendtracker
readonly MAIN_JAR=send-tracker.jar
readonly MAIN_CLASS=sendtracker.Launcher

# JDK modules the libraries need on the class path, measured with jdeps/module-info per jar:
#   JavaFX 21 (base, graphics, controls, fxml): java.desktop, java.xml, java.scripting, jdk.unsupported
#   ControlsFX: java.desktop, java.logging     H2: java.sql, java.naming, java.management
#   Flyway: java.sql                           Jackson: (java.base; java.sql/java.desktop optional)
#   pgjdbc (team store): java.sql, java.naming, java.management, java.security.jgss (Kerberos/GSS
#   sign-in, loaded only when a server asks for it)   HikariCP: java.sql, java.management, java.naming
#   slf4j-jdk14: java.logging
# (Checked by running the CLI with java --limit-modules: without java.naming, H2 fails with
# NoClassDefFoundError javax/naming/Referenceable.) The app's own classes add what they use
# through jdeps below. Left out on purpose: jdk.jfr (JavaFX's optional pulse logger only),
# java.compiler and java.instrument (H2 features the app does not use: Java-source functions,
# the profiler agent), jdk.localedata (the texts are English; dates and numbers follow the
# English formats of java.base whatever the user's locale), jdk.charsets (this JDK's java.base
# already has the charsets an import may meet).
readonly LIBRARY_MODULES=java.base,java.desktop,java.logging,java.management,java.naming,java.scripting,java.security.jgss,java.sql,java.xml,jdk.unsupported

# JVM options baked into the launcher. JavaFX runs from the class path (unnamed module), so
# ControlsFX reaches JavaFX internals without any --add-opens/--add-exports (those would only
# warn "unknown module" here). UTF-8 as default charset: CSV/JSON files and terminal output
# behave the same on every locale, as on Java 18+.
readonly JAVA_OPTIONS=(-Xmx1g -Dfile.encoding=UTF-8)

die() { echo "build.sh: $*" >&2; exit 1; }
usage_error() { echo "build.sh: $*" >&2; exit 2; }
step() { echo "==> $*"; }
now() { date +%s; }

skip_maven=false
app_image_only=false
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dest="$root/target/installer"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --skip-maven) skip_maven=true ;;
    --app-image-only) app_image_only=true ;;
    --dest) [[ $# -ge 2 ]] || usage_error "--dest needs a folder"; dest="$2"; shift ;;
    -h|--help) sed -n '2,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) usage_error "unknown option '$1' (see --help)" ;;
  esac
  shift
done
mkdir -p "$dest"
dest="$(cd "$dest" && pwd)"
cd "$root"
started=$(now)

# --- JDK --------------------------------------------------------------------------------
jdk=""
if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/jpackage" && -x "$JAVA_HOME/bin/jlink" ]]; then
  jdk="$JAVA_HOME"
elif command -v javac >/dev/null 2>&1; then
  jdk="$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")"
fi
[[ -n "$jdk" && -x "$jdk/bin/jlink" && -x "$jdk/bin/jpackage" && -x "$jdk/bin/jdeps" ]] \
  || die "no JDK with jlink, jpackage and jdeps found (set JAVA_HOME to a JDK 17 or newer)"
[[ -d "$jdk/jmods" ]] || die "$jdk has no jmods/ folder, which jlink needs (install the full JDK, e.g. openjdk-17-jdk)"
step "JDK: $jdk ($("$jdk/bin/java" -version 2>&1 | head -n 1))"

# --- jar and lib/ -------------------------------------------------------------------------
if [[ "$skip_maven" == false ]]; then
  command -v mvn >/dev/null 2>&1 || die "mvn not found (or run with --skip-maven after 'mvn package')"
  step "Building target/$MAIN_JAR and target/lib/ (mvn -B -q package -DskipTests)"
  JAVA_HOME="$jdk" mvn -B -q package -DskipTests
fi
[[ -f "target/$MAIN_JAR" ]] || die "target/$MAIN_JAR is missing (run 'mvn -B package -DskipTests')"
[[ -d target/lib ]] || die "target/lib/ is missing (run 'mvn -B package -DskipTests')"

# Version from the jar's manifest (the pom's project.version, written there by the jar plugin),
# so the package always carries the version of the jar inside it.
version="$(unzip -p "target/$MAIN_JAR" META-INF/MANIFEST.MF 2>/dev/null \
  | sed -n 's/^Implementation-Version: *//p' | tr -d '\r' || true)"
if [[ -z "$version" ]]; then
  version="$(mvn -B -q help:evaluate -Dexpression=project.version -DforceStdout)"
fi
# jpackage and dpkg want a plain dotted number: 1.2.0-SNAPSHOT becomes 1.2.0.
app_version="${version%%-*}"
[[ "$app_version" =~ ^[0-9]+(\.[0-9]+){0,3}$ ]] || die "version '$version' is not a dotted number"
step "Version: $version (package version $app_version)"

# --- trimmed runtime ----------------------------------------------------------------------
work="$dest/.work"
rm -rf "${work:?}" "${dest:?}/$APP_NAME"
mkdir -p "$work/input"
app_modules="$("$jdk/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 \
  "target/$MAIN_JAR" | tail -n 1)"
modules="$(echo "$LIBRARY_MODULES,$app_modules" | tr ',' '\n' | grep -v '^$' | sort -u | paste -sd, -)"
step "jlink runtime with: $modules"
t=$(now)
# --strip-java-debug-attributes rather than --strip-debug: the latter also strips native
# symbols with objcopy (binutils), which a build machine may lack; the JDK's own .so files
# are already stripped, so the runtime comes out the same size. --generate-cds-archive: the
# JDK's base class-data archive, which the app's AppCDS archive below builds on; it runs the
# image's bin/java, so the native commands stay (docs/decisions/0014-launch-time.md).
"$jdk/bin/jlink" --add-modules "$modules" --output "$work/runtime" \
  --strip-java-debug-attributes --no-header-files --no-man-pages --compress=2 --generate-cds-archive
echo "    runtime: $(du -sh "$work/runtime" | cut -f1) in $(( $(now) - t )) s"

# --- app image --------------------------------------------------------------------------
# The input folder becomes the image's lib/app/: the main jar finds lib/*.jar through the
# Class-Path of its manifest, exactly as with `java -jar target/send-tracker.jar`.
cp "target/$MAIN_JAR" "$work/input/"
cp -r target/lib "$work/input/lib"
java_opts=()
for option in "${JAVA_OPTIONS[@]}"; do java_opts+=(--java-options "$option"); done

step "jpackage app image -> $dest/$APP_NAME"
t=$(now)
"$jdk/bin/jpackage" --type app-image --dest "$dest" --name "$APP_NAME" \
  --app-version "$app_version" --vendor "Send Tracker" \
  --description "Track, filter and cancel corporate-gifting sends" \
  --icon installer/send-tracker.png \
  --input "$work/input" --main-jar "$MAIN_JAR" --main-class "$MAIN_CLASS" \
  --runtime-image "$work/runtime" "${java_opts[@]}"
echo "    app image: $(du -sh "$dest/$APP_NAME" | cut -f1) in $(( $(now) - t )) s"

# --- AppCDS archive (docs/decisions/0014-launch-time.md) -----------------------------------
# Java 17 has no -XX:+AutoCreateSharedArchive: one training run of the image's own launcher
# (same runtime, same class path) dumps the classes it loaded with -XX:ArchiveClassesAtExit,
# then the launcher maps them with -XX:SharedArchiveFile. The window when xvfb-run is here
# (JavaFX, FXML, CSS, the store), else a command (the store, Flyway, H2 only). A stale or
# mismatched archive is ignored by the JVM (-Xshare:auto), never an error.
cfg="$dest/$APP_NAME/lib/app/$APP_NAME.cfg"
jsa="$dest/$APP_NAME/lib/app/$PACKAGE_NAME.jsa"
if [[ -f "$cfg" ]]; then
  step "AppCDS archive -> $jsa"
  t=$(now)
  train="$work/cds-training"
  mkdir -p "$train"
  cp "$cfg" "$train/cfg.orig"
  sed -i '/^\[JavaOptions\]/a java-options=-XX:ArchiveClassesAtExit=$APPDIR/'"$PACKAGE_NAME"'.jsa' "$cfg"
  log="$train/send-tracker/logs/send-tracker.0.log"
  if command -v xvfb-run >/dev/null 2>&1; then
    XDG_DATA_HOME="$train" xvfb-run -a "$dest/$APP_NAME/bin/$APP_NAME" --db="jdbc:h2:file:$train/store" \
      >"$train/out" 2>&1 &
    pid=$!
    for _ in $(seq 1 600); do
      grep -qs "first rows shown" "$log" && break
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.2
    done
    # xvfb-run's child is the launcher: TERM reaches the JVM, whose exit writes the archive
    pkill -TERM -P "$pid" -f "$APP_NAME" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  else
    XDG_DATA_HOME="$train" "$dest/$APP_NAME/bin/$APP_NAME" --db "jdbc:h2:file:$train/store" \
      list --limit 5 >"$train/out" 2>&1 || true
  fi
  cp "$train/cfg.orig" "$cfg"
  if [[ -s "$jsa" ]]; then
    sed -i '/^\[JavaOptions\]/a java-options=-XX:SharedArchiveFile=$APPDIR/'"$PACKAGE_NAME"'.jsa' "$cfg"
    echo "    archive: $(du -sh "$jsa" | cut -f1) in $(( $(now) - t )) s"
  else
    echo "build.sh: no AppCDS archive was written (see $train/out); the image starts without one." >&2
  fi
fi

# --- Debian package -----------------------------------------------------------------------
if [[ "$app_image_only" == true ]]; then
  rm -rf "$work"
  step "Done in $(( $(now) - started )) s (app image only): $dest/$APP_NAME/bin/$APP_NAME"
  exit 0
fi
missing=()
command -v dpkg-deb >/dev/null 2>&1 || missing+=(dpkg-deb)
command -v fakeroot >/dev/null 2>&1 || missing+=(fakeroot)
if [[ ${#missing[@]} -gt 0 ]]; then
  rm -rf "$work"
  echo "build.sh: no .deb made, as this machine lacks ${missing[*]} (Debian/Ubuntu: sudo apt-get install dpkg fakeroot)." >&2
  step "Done in $(( $(now) - started )) s: app image only: $dest/$APP_NAME/bin/$APP_NAME"
  exit 0
fi

step "jpackage .deb -> $dest"
t=$(now)
rm -f "$dest/${PACKAGE_NAME}_"*.deb
# JavaFX loads GTK 3 and OpenGL itself (its native code is inside the jars, so jpackage's
# own dependency scan cannot see them): name them for apt. installer/resources/ holds the
# desktop entry and the maintainer scripts (jpackage's templates plus the
# /usr/bin/send-tracker link, which names /opt/sendtracker: keep --install-dir in step).
"$jdk/bin/jpackage" --type deb --dest "$dest" --app-image "$dest/$APP_NAME" \
  --name "$APP_NAME" --app-version "$app_version" --vendor "Send Tracker" \
  --description "Track, filter and cancel corporate-gifting sends" \
  --icon installer/send-tracker.png \
  --resource-dir installer/resources \
  --linux-package-name "$PACKAGE_NAME" --install-dir /opt \
  --linux-package-deps "libgtk-3-0 | libgtk-3-0t64, libgl1" \
  --linux-app-category utils \
  --linux-menu-group Office \
  --linux-shortcut
rm -rf "$work"
deb="$(ls "$dest/${PACKAGE_NAME}_"*.deb)"
echo "    deb: $(du -h "$deb" | cut -f1) $(basename "$deb") in $(( $(now) - t )) s"
step "Done in $(( $(now) - started )) s: $dest/$APP_NAME/bin/$APP_NAME and $deb"
