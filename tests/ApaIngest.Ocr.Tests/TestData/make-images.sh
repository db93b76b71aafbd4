#!/bin/sh
# Regenerates the test images from the HTML beside this script (Chromium prints, poppler rasterises at 300 dpi grey).
set -e
cd "$(dirname "$0")"
for name in numeric-cells bangla-word skewed-page ruled-table; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="/tmp/ocr-$name.pdf" "file://$PWD/$name.html" 2>/dev/null
  pdftoppm -r 300 -gray -png -singlefile "/tmp/ocr-$name.pdf" "$name"
done
