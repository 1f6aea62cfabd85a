//! `marke check` on bad input: every problem a contributor can make gives a Dutch message with
//! file and line, the right exit code, and never a panic.

mod common;

use common::{Fixture, stdout};

/// Runs check and returns (exit code, output), and pins the whole output (with the exit code)
/// as a snapshot named after the test, so every word of every message is reviewed when it
/// changes.
fn check(f: &Fixture) -> (i32, String) {
    let (code, text) = check_unpinned(f);
    let tmp = f.dir.path().display().to_string();
    let shown = format!("exit {code}\n{}", text.replace(&tmp, "[tmp]"));
    insta::assert_snapshot!(snapshot_name(), shown);
    (code, text)
}

/// For output that differs per machine (file permissions as root).
fn check_unpinned(f: &Fixture) -> (i32, String) {
    let out = f.run(&["check"]);
    let text = stdout(&out) + &common::stderr(&out);
    assert!(!text.contains("panicked"), "panic: {text}");
    (out.status.code().unwrap_or(-1), text)
}

/// `check__<test>`, then `check__<test>-2` for the second check in the same test.
fn snapshot_name() -> String {
    thread_local!(static COUNT: std::cell::Cell<usize> = const { std::cell::Cell::new(0) });
    let n = COUNT.with(|c| {
        c.set(c.get() + 1);
        c.get()
    });
    let test = std::thread::current()
        .name()
        .unwrap_or("check")
        .rsplit("::")
        .next()
        .unwrap_or("check")
        .to_owned();
    if n == 1 { test } else { format!("{test}-{n}") }
}

const ITEM: &str = "- id: een\n  type: begrip\n  titel: Een\n  samenvatting: Een woord.\n";

#[test]
fn clean_content_passes() {
    let f = Fixture::new();
    f.write(
        "begrippen.yaml",
        &format!("{ITEM}  links: [drentse-droom]\n"),
    );
    let (code, out) = check(&f);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("2 onderdelen gecontroleerd"), "{out}");
}

#[test]
fn tab_in_yaml_points_at_the_tab() {
    let f = Fixture::new();
    f.write("b.yaml", "- id: een\n  type: begrip\n\ttitel: Een\n");
    let (code, out) = check(&f);
    assert_eq!(code, 1);
    assert!(out.contains("b.yaml:3:1"), "{out}");
    assert!(out.contains("tab"), "{out}");
    assert!(out.contains("tip: vervang de tab door spaties"), "{out}");
}

#[test]
fn unclosed_quote() {
    let f = Fixture::new();
    f.write(
        "b.yaml",
        "- id: een\n  type: begrip\n  titel: \"Een\n  samenvatting: x\n",
    );
    let (code, out) = check(&f);
    assert_eq!(code, 1);
    assert!(out.contains("aanhalingsteken wordt niet gesloten"), "{out}");
    assert!(out.contains("b.yaml:3:"), "{out}");
}

#[test]
fn unclosed_quote_points_at_the_opening_quote_not_where_the_parser_noticed() {
    let f = Fixture::new();
    f.write(
        "b.yaml",
        "- id: een\n  type: begrip\n  titel: \"Een\n  samenvatting: x\n  aliassen: [a, b]\n  voluit: \"Iets\"\n",
    );
    let (code, out) = check(&f);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("aanhalingsteken wordt niet gesloten"), "{out}");
    assert!(out.contains("b.yaml:3:10"), "{out}");
}

#[test]
fn duplicate_key() {
    let f = Fixture::new();
    f.write("b.yaml", &format!("{ITEM}  titel: Nog een\n"));
    let (code, out) = check(&f);
    assert_eq!(code, 1);
    assert!(out.contains("het veld 'titel' staat twee keer"), "{out}");
    assert!(out.contains("b.yaml:5:3"), "{out}");
}

#[test]
fn wrong_type() {
    let f = Fixture::new();
    f.write("b.yaml", &format!("{ITEM}  volgorde: drie\n"));
    let (code, out) = check(&f);
    assert_eq!(code, 1);
    assert!(out.contains("verkeerd soort waarde"), "{out}");
    assert!(out.contains("b.yaml:5:"), "{out}");
}

#[test]
fn unknown_field_suggests_the_right_name() {
    let f = Fixture::new();
    f.write(
        "b.yaml",
        "- id: een\n  type: begrip\n  titel: Een\n  samenvating: x\n",
    );
    let (code, out) = check(&f);
    assert_eq!(code, 1);
    assert!(out.contains("onbekend veld 'samenvating'"), "{out}");
    assert!(out.contains("bedoelt u 'samenvatting'"), "{out}");
    assert!(out.contains("b.yaml:4:3"), "{out}");
}

#[test]
fn field_of_another_type_names_the_type() {
    let f = Fixture::new();
    f.write("b.yaml", &format!("{ITEM}  tagline: Samen\n"));
    let (code, out) = check(&f);
    assert_eq!(code, 1);
    assert!(
        out.contains("het veld 'tagline' hoort niet bij type 'begrip'"),
        "{out}"
    );
}

#[test]
fn link_to_unknown_id_in_field_and_in_text() {
    let f = Fixture::new();
    f.write(
        "o.md",
        "---\nid: o\ntype: opgave\ntitel: O\nsamenvatting: x\nlinks: [drentse-drom]\n---\nZie [dit](@nergens).\n",
    );
    let (code, out) = check(&f);
    assert_eq!(code, 1);
    assert!(
        out.contains("verwijst naar 'drentse-drom', maar die id bestaat niet"),
        "{out}"
    );
    assert!(out.contains("bedoelt u 'drentse-droom'?"), "{out}");
    assert!(out.contains("o.md:6:9"), "{out}");
    assert!(out.contains("o.md:8:5"), "{out}");
}

#[test]
fn link_in_a_yaml_text_block_points_at_the_link() {
    let f = Fixture::new();
    f.write(
        "b.yaml",
        &format!("{ITEM}  tekst: |\n    Eerste regel.\n    Zie [dit](@nergens).\n"),
    );
    let (code, out) = check(&f);
    assert_eq!(code, 1);
    // Line 7 of the file, column 9: after the block's four spaces of indentation.
    assert!(out.contains("b.yaml:7:9"), "{out}");
}

#[test]
fn link_to_the_wrong_type() {
    let f = Fixture::new();
    f.write(
        "d.yaml",
        "- id: d\n  type: doel\n  titel: D\n  samenvatting: x\n  opgave: drentse-droom\n",
    );
    let (code, out) = check(&f);
    assert_eq!(code, 1);
    assert!(
        out.contains("is een droom, maar hier hoort een opgave"),
        "{out}"
    );
}

#[test]
fn same_id_in_two_files_names_both() {
    let f = Fixture::new();
    f.write("a.yaml", ITEM);
    f.write("b.yaml", ITEM);
    let (code, out) = check(&f);
    assert_eq!(code, 1);
    assert!(out.contains("de id 'een' bestaat al"), "{out}");
    assert!(out.contains("a.yaml:1"), "{out}");
}

#[test]
fn not_utf8() {
    let f = Fixture::new();
    f.write_bytes("b.md", b"---\nid: x\ntitel: caf\xe9\n---\n");
    let (code, out) = check(&f);
    assert_eq!(code, 1);
    assert!(out.contains("geen UTF-8"), "{out}");
    assert!(out.contains("b.md:3:"), "{out}");
}

#[test]
fn empty_file() {
    let f = Fixture::new();
    f.write("leeg.yaml", "");
    let (code, out) = check(&f);
    assert_eq!(code, 1);
    assert!(out.contains("leeg.yaml:1:1"), "{out}");
    assert!(out.contains("het bestand is leeg"), "{out}");
}

#[test]
fn markdown_without_front_matter() {
    let f = Fixture::new();
    f.write("kop.md", "# Alleen een kop\n");
    let (code, out) = check(&f);
    assert_eq!(code, 1);
    assert!(out.contains("kop.md:1:1"), "{out}");
    assert!(out.contains("geen voorwerk"), "{out}");
}

#[test]
fn indented_list_with_a_wide_character_is_an_error_not_a_panic() {
    // Issue 13: the `é` straddles the list's indentation; this once ended in exit 101.
    let f = Fixture::new();
    f.write("x.yaml", "  - id: a\n é\n");
    let (code, out) = check(&f);
    // YAML reads ` é` as the rest of the id; the item is checked like any other.
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("x.yaml:1:5"), "{out}");
    assert!(
        out.contains("het verplichte veld 'type' ontbreekt"),
        "{out}"
    );
}

#[test]
fn ten_megabyte_file_is_refused_quickly() {
    let f = Fixture::new();
    let big = "a".repeat(10 * 1024 * 1024);
    f.write("groot.md", &format!("---\nid: g\n---\n{big}"));
    let (code, out) = check(&f);
    assert_eq!(code, 1);
    assert!(out.contains("groot.md"), "{out}");
    assert!(out.contains("te groot"), "{out}");
}

#[cfg(unix)]
#[test]
fn symlink_loop_is_io_trouble() {
    let f = Fixture::new();
    let sub = f.content().join("map");
    std::fs::create_dir_all(&sub).unwrap();
    std::os::unix::fs::symlink(f.content(), sub.join("lus")).unwrap();
    let (code, out) = check(&f);
    assert_eq!(code, 2, "{out}");
    assert!(out.contains("lus"), "{out}");
}

#[cfg(unix)]
#[test]
fn unreadable_file_is_io_trouble() {
    use std::os::unix::fs::PermissionsExt;
    let f = Fixture::new();
    let path = f.write("geheim.yaml", ITEM);
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&path).is_ok() {
        // Running as root: permissions do not stop us. A link to nowhere cannot be read either.
        std::fs::remove_file(&path).unwrap();
        std::os::unix::fs::symlink("/nergens/geheim.yaml", &path).unwrap();
    }
    let (code, out) = check_unpinned(&f);
    assert_eq!(code, 2, "{out}");
    assert!(out.contains("geheim.yaml"), "{out}");
    assert!(out.contains("kan"), "{out}");
}

#[test]
fn all_problems_in_one_run() {
    let f = Fixture::new();
    f.write("a.yaml", "- id: a\n  type: begrip\n  titel: A\n  samenvating: x\n- id: b\n  type: begrip\n  titel: B\n  samenvatting: x\n  links: [c]\n");
    f.write("leeg.md", "");
    let (code, out) = check(&f);
    assert_eq!(code, 1);
    assert!(out.contains("samenvating"), "{out}");
    assert!(out.contains("'c'"), "{out}");
    assert!(out.contains("leeg.md"), "{out}");
    assert!(out.contains("3 fouten"), "{out}");
}

#[test]
fn impossible_date() {
    let f = Fixture::new();
    f.write(
        "o.yaml",
        "- id: o\n  type: opgave\n  titel: O\n  samenvatting: x\n- id: d\n  type: doel\n  titel: D\n  samenvatting: x\n  opgave: o\n- id: a\n  type: afspraak\n  titel: A\n  samenvatting: x\n  soort: operationeel\n  doel: d\n  gepland: \"2025-02-30\"\n  initiatiefnemers: [nergens]\n",
    );
    let (code, out) = check(&f);
    assert_eq!(code, 1);
    assert!(out.contains("2025-02-30 bestaat niet"), "{out}");
    // The bad date does not hide the item's other problems.
    assert!(out.contains("verwijst naar 'nergens'"), "{out}");
    assert!(out.contains("o.yaml:16:"), "{out}");
}

#[test]
fn warnings_only_exit_zero() {
    let f = Fixture::new();
    f.write(
        "b.yaml",
        "- id: een\n  type: begrip\n  titel: Een\n  samenvatting: \"\"\n",
    );
    let (code, out) = check(&f);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("samenvatting van 'een' is leeg"), "{out}");
    assert!(out.contains("niets verwijst naar 'een'"), "{out}");
}

#[test]
fn json_and_github_formats() {
    let f = Fixture::new();
    f.write(
        "b.yaml",
        "- id: een\n  type: begrip\n  titel: Een\n  samenvating: x\n",
    );
    let out = f.run(&["check", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["errors"], 1);
    assert_eq!(v["diagnostics"][0]["line"], 4);
    assert_eq!(v["diagnostics"][0]["column"], 3);
    let out = f.run(&["check", "--format", "github"]);
    let text = stdout(&out);
    assert!(text.contains("::error file="), "{text}");
    assert!(text.contains("b.yaml,line=4,col=3,"), "{text}");
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn missing_content_folder_is_usage_trouble() {
    let f = Fixture::new();
    let out = common::run_in(f.dir.path(), &f.dir.path().join("bestaat-niet"), &["check"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stdout(&out).contains("de inhoudsmap bestaat niet"));
    let tmp = f.dir.path().display().to_string();
    insta::assert_snapshot!(stdout(&out).replace(&tmp, "[tmp]"));
}

#[test]
fn an_abbreviation_is_explained_by_a_link_to_the_organisation_it_names() {
    let f = Fixture::new();
    f.write(
        "a.yaml",
        "- id: afk-wza\n  type: afkorting\n  titel: WZA\n  voluit: Wilhelmina Ziekenhuis Assen\n  samenvatting: Een ziekenhuis.\n  links: [wza]\n- id: wza\n  type: organisatie\n  titel: Wilhelmina Ziekenhuis Assen\n  samenvatting: Een ziekenhuis in Assen.\n",
    );
    let page = |text: &str| {
        format!("---\nid: p\ntype: pagina\ntitel: Mijn WZA\nsamenvatting: Een app.\n---\n{text}\n")
    };
    f.write("p.md", &page("Een app van [het ziekenhuis](@wza)."));
    let (_, out) = check(&f);
    assert!(!out.contains("afkorting 'WZA' zonder uitleg"), "{out}");
    f.write("p.md", &page("Een app van het ziekenhuis."));
    let (_, out) = check(&f);
    assert!(out.contains("afkorting 'WZA' zonder uitleg"), "{out}");
}

/// A `bron.regels` range past the end of its document (its `regels_totaal`, also when the item
/// cites a chapter that is `deel_van` the document), a range written backwards, or text that
/// is no line number: each a warning at the value, with a hint; the check still passes.
#[test]
fn bron_lines_outside_the_document_warn_where_they_are_written() {
    let f = Fixture::new();
    f.write(
        "bronnen.yaml",
        "- id: plan\n  type: bron\n  titel: Plan\n  samenvatting: Het plan.\n  bestand: plan.txt\n  regels_totaal: 100\n- id: plan-h1\n  type: bron\n  titel: Hoofdstuk 1\n  samenvatting: Een deel.\n  deel_van: plan\n",
    );
    let cite = |id: &str, doc: &str, regels: &str| {
        format!(
            "- id: {id}\n  type: begrip\n  titel: {id}\n  samenvatting: Een woord.\n  links: [drentse-droom]\n  bron: {{ document: {doc}, regels: \"{regels}\" }}\n"
        )
    };
    let items = [
        cite("binnen", "plan", "1-100, 7"),
        cite("buiten", "plan-h1", "90-120"),
        cite("achteruit", "plan", "50-40"),
        cite("onleesbaar", "plan", "p. 4"),
    ];
    f.write("b.yaml", &items.concat());
    let (code, out) = check(&f);
    assert_eq!(code, 0, "warnings only: {out}");
    assert!(!out.contains("'binnen' noemt in bron.regels"), "{out}");
    assert!(
        out.contains("'buiten' noemt in bron.regels regel 120, maar 'plan' heeft maar 100 regels"),
        "{out}"
    );
    assert!(out.contains("b.yaml:12:38"), "points at the value: {out}");
    assert!(
        out.contains("zoek het goede regelnummer op in plan.txt"),
        "{out}"
    );
    assert!(
        out.contains("de reeks '50-40', maar die loopt achteruit"),
        "{out}"
    );
    assert!(
        out.contains("tip: schrijf het kleinste nummer eerst: \"40-50\""),
        "{out}"
    );
    assert!(
        out.contains("'p. 4', maar dat is geen regelnummer of reeks"),
        "{out}"
    );
}

#[test]
fn the_contributing_code_table_is_the_list_of_codes() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("CONTRIBUTING.md");
    let text = std::fs::read_to_string(&path).unwrap();
    let start = text.find("<!-- codes:start -->\n").unwrap() + "<!-- codes:start -->\n".len();
    let end = text.find("<!-- codes:end -->").unwrap();
    let table = marke::diag::Code::markdown();
    if std::env::var_os("MARKE_UPDATE_CONTRIBUTING").is_some() {
        let updated = format!("{}{table}{}", &text[..start], &text[end..]);
        std::fs::write(&path, updated).unwrap();
        return;
    }
    assert_eq!(
        &text[start..end],
        table,
        "CONTRIBUTING.md's code table differs from src/diag/codes.rs; run with MARKE_UPDATE_CONTRIBUTING=1"
    );
}

#[test]
fn synonyms_file_gives_a_dutch_message_at_the_bad_word_and_keeps_the_good_groups() {
    let f = Fixture::new();
    f.write(
        "begrippen.yaml",
        &format!("{ITEM}  links: [drentse-droom]\n"),
    );
    f.write(
        "synoniemen.yaml",
        "# Synoniemen\n- woorden: [ouderen, senioren]\n- woorden: [huisarts]\n- woorden: [Senioren, bejaarden]\n- woorden: [\"  \", zorg]\n  uitleg: leeg woord\n",
    );
    let (code, out) = check(&f);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("synoniemen.yaml:3:"), "{out}");
    assert!(out.contains("minder dan twee woorden"), "{out}");
    assert!(out.contains("synoniemen.yaml:4:13"), "{out}");
    assert!(
        out.contains("'Senioren' staat al in een groep (regel 2)"),
        "{out}"
    );
    assert!(out.contains("synoniemen.yaml:5:"), "{out}");
    assert!(out.contains("leeg"), "{out}");
    // The file is not taken for a list of items.
    assert!(
        !out.contains("veld-ontbreekt") && !out.contains("onbekend"),
        "{out}"
    );

    let f = Fixture::new();
    f.write(
        "begrippen.yaml",
        &format!("{ITEM}  links: [drentse-droom]\n"),
    );
    f.write("synoniemen.yaml", "- woorden: [a, b]\n  soort: x\n");
    let (code, out) = check(&f);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("synoniemen.yaml:2:"), "{out}");
}
