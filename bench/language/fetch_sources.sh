#!/usr/bin/env bash
# Installs and unpacks the public Debian material that build_eval_set.ts reads.
# Needs root and Debian's apt sources; writes only under /var/lib/apt, /usr/share
# (installed packages) and bench/.out/language/ (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=bench/.out/language
mkdir -p "$OUT/debs"

# Translated package descriptions (DDTP) come with apt's index files.
apt-get update -o Acquire::Languages="en,de,fr,es,it,nl,sv,pl,tr,ja,pt,pt_BR,zh_CN,da" >/dev/null

# Manual pages and LibreOffice help, one package per language.
DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
  lz4 unzip man-db groff-base bsdextrautils \
  manpages manpages-de manpages-fr manpages-es manpages-it manpages-nl \
  manpages-pl manpages-pt-br manpages-ja manpages-zh manpages-tr manpages-sv \
  manpages-da \
  libreoffice-help-en-us libreoffice-help-de libreoffice-help-fr \
  libreoffice-help-es libreoffice-help-it libreoffice-help-nl \
  libreoffice-help-pl libreoffice-help-pt libreoffice-help-pt-br \
  libreoffice-help-sv libreoffice-help-tr libreoffice-help-ja \
  libreoffice-help-zh-cn libreoffice-help-hi libreoffice-help-da >/dev/null

# Arabic and Hindi have no manual pages or DDTP descriptions in Debian 12:
# take the translated user interface of Firefox, Thunderbird and LibreOffice.
# These are downloaded and unpacked, not installed (they depend on the apps).
(
  cd "$OUT/debs"
  chmod 777 .
  apt-get download firefox-esr-l10n-ar firefox-esr-l10n-hi-in \
    thunderbird-l10n-ar libreoffice-l10n-ar libreoffice-l10n-hi >/dev/null 2>&1
  rm -rf ../unpacked && mkdir -p ../unpacked
  for deb in *.deb; do dpkg-deb -x "$deb" ../unpacked; done
  mkdir -p ../xpi
  find ../unpacked -name '*.xpi' | while read -r xpi; do
    name=$(basename "$xpi" .xpi)
    rm -rf "../xpi/$name" && mkdir -p "../xpi/$name"
    unzip -q -o "$xpi" -d "../xpi/$name"
  done
)
echo "sources ready under $OUT and /usr/share"
