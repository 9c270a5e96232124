#!/usr/bin/env bash
# The container image's base, made here because no image registry is reachable from the build machines: a
# Java runtime cut from the build's own JDK with jlink, the few glibc libraries it loads (copied from this
# Debian machine, found with ldd), an empty /tmp and the portal's data directory. Jib puts the application's
# layers on top (portal-app/pom.xml, profile "image"; docs/operations.md, "Container image").
#
#   build-tools/image-root.sh <JDK home> <output directory>
set -euo pipefail
jdk=$1
out=$2
# java.se plus what Spring, Tomcat, Hibernate and the JDBC driver load reflectively; Dutch and English
# locale data only (dates and numbers in Dutch need jdk.localedata)
readonly MODULES=java.se,jdk.unsupported,jdk.zipfs,jdk.charsets,jdk.localedata,jdk.naming.dns,jdk.management,jdk.management.agent,jdk.jfr,jdk.crypto.cryptoki,jdk.net,jdk.security.auth

rm -rf "$out"
mkdir -p "$out/opt" "$out/tmp" "$out/srv/regioportaal/data" "$out/etc"
# the user the image runs as (pom.xml: container.user), so that Java's user.name and user.home make sense
printf 'root:x:0:0:root:/root:/sbin/nologin\nportal:x:10001:10001:Regioportaal:/srv/regioportaal:/sbin/nologin\n' >"$out/etc/passwd"
printf 'root:x:0:\nportal:x:10001:\n' >"$out/etc/group"
"$jdk/bin/jlink" --add-modules "$MODULES" --include-locales=en,nl --strip-debug --no-man-pages \
  --no-header-files --compress=zip-6 --output "$out/opt/java"

# The libraries of the runtime's binaries, without the desktop ones: the portal runs headless, and the X11
# and sound libraries would pull in a desktop.
needed() {
  local file
  for file in "$out/opt/java/bin/java" "$out/opt/java/lib/server/libjvm.so" "$out"/opt/java/lib/*.so; do
    case "$file" in */libawt_xawt.so | */libjawt.so | */libjsound.so | */libsplashscreen.so) continue ;; esac
    ldd "$file" | awk '$2 == "=>" && $3 ~ /^\// { print $3 } $1 ~ /^\/lib64\// { print $1 }'
  done | grep -v "^$out/" | sort -u
}
for lib in $(needed); do
  mkdir -p "$out$(dirname "$lib")"
  cp -L "$lib" "$out$lib"
done
echo "image-root: $(du -sh "$out" | cut -f1) in $out ($(needed | wc -l) system libraries)"
