#!/usr/bin/env bash
# Seeds the fuzz corpora in fuzz/corpus/<target>/ from the repository's content/.
# The corpora are not committed (fuzz/.gitignore): run this once before fuzzing, and again
# after content/ changed a lot. Files are named by their SHA-1, as libFuzzer names its own.
set -euo pipefail
cd "$(dirname "$0")"
content=../content
corpus=corpus

# put TARGET: stores standard input as one seed of TARGET (empty input is skipped).
put() {
    local tmp
    tmp=$(mktemp)
    cat >"$tmp"
    if [ -s "$tmp" ]; then
        mv "$tmp" "$corpus/$1/$(sha1sum <"$tmp" | cut -c1-40)"
    else
        rm -f "$tmp"
    fi
}

mkdir -p "$corpus"/{content_file,markdown,query,sentences}
while IFS= read -r -d '' file; do
    put content_file <"$file"
    case "$file" in
    *.md)
        # The body below the front matter: Markdown and prose.
        awk 'n >= 2 { print; next } /^---[[:space:]]*$/ { n++ }' "$file" | put markdown
        awk 'n >= 2 { print; next } /^---[[:space:]]*$/ { n++ }' "$file" | put sentences
        ;;
    *)
        # A YAML list holds its text in `tekst: |` blocks; the whole file is Markdown too.
        put markdown <"$file"
        put sentences <"$file"
        ;;
    esac
done < <(find "$content" -type f \( -name '*.md' -o -name '*.yaml' \) ! -name README.md -print0)

# Queries: every title, and the filters and phrases the search box understands.
grep -rhoE '^ *-? *titel: .+' "$content" | sed -E 's/^ *-? *titel: *//; s/^"(.*)"$/\1/' |
    while IFS= read -r title; do printf '%s' "$title" | put query; done
for q in 'type:opgave zorg' '"gezond leven" drenthe' 'opgave:netwerkaanpak jaar:2027' \
    'org:ggd preventie' 'type:afspraak opgave:toegankelijke-zorg "sociale basis"' \
    'huisart' 'GGZ' '2.6.2.A' 'jaar:2025 -' '"onafgesloten'; do
    printf '%s' "$q" | put query
done

for t in content_file markdown query sentences; do
    echo "$t: $(find "$corpus/$t" -type f | wc -l) seeds"
done
