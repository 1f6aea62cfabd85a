//! The command line as staff use it: an item by id, code or abbreviation (any case), a list to
//! choose from when a name fits more than one item, `show --json` in the export's shape, help
//! and mistakes in Dutch, one message for an empty search, and the same exit code for the
//! same mistake. Runs the real binary on a copy of the browser fixture plus one organisation
//! whose alias is also an abbreviation.

mod common;

use std::path::{Path, PathBuf};
use std::process::Output;

use common::{stderr, stdout};

/// The browser fixture, plus an organisation that shares the alias MGN with the
/// abbreviation MGN and has an alias of its own (HD).
struct Plan {
    dir: tempfile::TempDir,
}

impl Plan {
    fn new() -> Self {
        let dir = tempfile::tempdir().expect("tempdir");
        let content = dir.path().join("content");
        std::fs::create_dir_all(&content).expect("mkdir");
        let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tui/content");
        std::fs::copy(fixture.join("plan.yaml"), content.join("plan.yaml")).expect("copy");
        std::fs::write(
            content.join("extra.yaml"),
            "- id: huisartsen-drenthe\n  type: organisatie\n  titel: Huisartsen Drenthe\n  \
             soort: belangenorganisatie\n  aliassen: [HD, MGN]\n  samenvatting: De huisartsen \
             in Drenthe samen.\n  bron: { document: regioplan, sectie: Ondertekening }\n",
        )
        .expect("write");
        Self { dir }
    }

    fn content(&self) -> PathBuf {
        self.dir.path().join("content")
    }

    fn run(&self, args: &[&str]) -> Output {
        common::run_in(self.dir.path(), &self.content(), args)
    }
}

fn code(o: &Output) -> Option<i32> {
    o.status.code()
}

#[test]
fn show_takes_an_id_a_code_or_a_name_in_any_case() {
    let plan = Plan::new();
    let by_id = plan.run(&["show", "2-1-1-a"]);
    assert_eq!(code(&by_id), Some(0), "{}", stderr(&by_id));
    for other in ["2.1.1.A", "2.1.1.a", " mantelzorgers ONDERSTEUNEN "] {
        let out = plan.run(&["show", other]);
        assert_eq!(code(&out), Some(0), "{other}: {}", stderr(&out));
        assert_eq!(stdout(&out), stdout(&by_id), "{other}");
    }
    // Without a terminal, `marke browse NAAM` prints the item as `show` does.
    let browse = plan.run(&["browse", "2.1.1.a"]);
    assert_eq!(code(&browse), Some(0), "{}", stderr(&browse));
    assert_eq!(stdout(&browse), stdout(&by_id));
    let abbreviation = plan.run(&["show", "hd"]);
    assert_eq!(code(&abbreviation), Some(0), "{}", stderr(&abbreviation));
    assert!(
        stdout(&abbreviation).starts_with("Huisartsen Drenthe\n"),
        "{}",
        stdout(&abbreviation)
    );
}

#[test]
fn a_name_of_two_items_lists_both_to_choose_from() {
    let plan = Plan::new();
    let out = plan.run(&["show", "mgn"]);
    assert_eq!(code(&out), Some(1));
    assert!(stdout(&out).is_empty(), "{}", stdout(&out));
    let err = stderr(&out);
    assert!(err.contains("'mgn' past bij 2 onderdelen"), "{err}");
    let lines: Vec<&str> = err.lines().collect();
    assert!(
        lines
            .iter()
            .any(|l| l.contains("afk-mgn") && l.contains("Afkorting") && l.contains("MGN")),
        "{err}"
    );
    assert!(
        lines.iter().any(|l| l.contains("huisartsen-drenthe")
            && l.contains("Organisatie")
            && l.contains("Huisartsen Drenthe")),
        "{err}"
    );
    assert!(err.contains("= tip: geef de id"), "{err}");
    // `marke browse` and `marke status` ask the same question; status writes nothing.
    let browse = plan.run(&["browse", "mgn"]);
    assert_eq!(code(&browse), Some(1));
    assert_eq!(stderr(&browse), err);
    let before = std::fs::read_to_string(plan.content().join("plan.yaml")).unwrap();
    let status = plan.run(&["status", "MGN", "lopend"]);
    assert_eq!(code(&status), Some(1));
    assert!(stderr(&status).contains("past bij meer dan één onderdeel"));
    let after = std::fs::read_to_string(plan.content().join("plan.yaml")).unwrap();
    assert_eq!(before, after);
}

#[test]
fn an_unknown_name_gets_the_nearest_and_exit_1() {
    let plan = Plan::new();
    let out = plan.run(&["show", "2.1.1.C"]);
    assert_eq!(code(&out), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("geen onderdeel met id, code of naam '2.1.1.C'"),
        "{err}"
    );
    assert!(err.contains("bedoelt u 2.1.1.A (2-1-1-a)"), "{err}");
    // No name at all is a mistake in the call, like an empty search.
    let empty = plan.run(&["show", " "]);
    assert_eq!(code(&empty), Some(2));
    assert_eq!(stderr(&empty).lines().count(), 1, "{}", stderr(&empty));
}

#[test]
fn show_json_is_the_item_as_the_export_has_it() {
    let plan = Plan::new();
    let out = plan.run(&["show", "2.1.1.B", "--json"]);
    assert_eq!(code(&out), Some(0), "{}", stderr(&out));
    let item: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let export = plan.run(&["export", "--format", "json"]);
    let export: serde_json::Value = serde_json::from_slice(&export.stdout).expect("JSON");
    let same = export["items"]
        .as_array()
        .expect("items")
        .iter()
        .find(|i| i["id"] == "2-1-1-b")
        .expect("2-1-1-b in the export");
    assert_eq!(&item, same);
}

#[test]
fn help_and_mistakes_are_dutch() {
    let plan = Plan::new();
    let help = plan.run(&["--help"]);
    assert_eq!(code(&help), Some(0));
    let text = stdout(&help);
    for dutch in ["Gebruik: marke", "Opdrachten:", "Opties:", "Toon hulp"] {
        assert!(text.contains(dutch), "{dutch}: {text}");
    }
    for english in ["Usage", "Commands", "Options", "Print help"] {
        assert!(!text.contains(english), "{english}: {text}");
    }
    let wrong = plan.run(&["show", "--bla"]);
    assert_eq!(code(&wrong), Some(2));
    let err = stderr(&wrong);
    assert!(err.starts_with("fout: onbekende optie '--bla'"), "{err}");
    assert!(
        !err.contains("unexpected") && !err.contains("Usage"),
        "{err}"
    );
}

#[test]
fn an_empty_search_says_one_thing() {
    let plan = Plan::new();
    for args in [&["search", ""][..], &["search"], &["search", "   "]] {
        let out = plan.run(args);
        assert_eq!(code(&out), Some(2), "{args:?}");
        assert!(stdout(&out).is_empty(), "{args:?}: {}", stdout(&out));
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(err.contains("zoekwoorden"), "{err}");
    }
}

#[test]
fn an_unknown_type_is_the_same_mistake_as_option_and_in_the_words() {
    let plan = Plan::new();
    let option = plan.run(&["search", "--type", "onzin", "zorg"]);
    let words = plan.run(&["search", "zorg", "type:onzin"]);
    assert_eq!(code(&option), Some(2));
    assert_eq!(code(&words), Some(2));
    assert_eq!(stderr(&option), stderr(&words));
    assert!(stderr(&option).starts_with("fout: het type 'onzin' bestaat niet"));
    // A type both ways by the start of its name; no results is not a mistake.
    let option = plan.run(&["search", "--type", "afspr", "mantelzorg"]);
    let words = plan.run(&["search", "type:afspr", "mantelzorg"]);
    assert_eq!((code(&option), code(&words)), (Some(0), Some(0)));
    assert_eq!(code(&plan.run(&["search", "qqqxxxzzz"])), Some(1));
}

/// The README lists the exit codes; each code a test above checks is in that list.
#[test]
fn the_readme_lists_the_exit_codes() {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
        .expect("README.md");
    let section = readme
        .split("### Exitcodes")
        .nth(1)
        .expect("README has a section '### Exitcodes'");
    let section = section.split("\n#").next().unwrap_or_default();
    for code in ["| 0 |", "| 1 |", "| 2 |"] {
        assert!(section.contains(code), "{code} missing:\n{section}");
    }
    for mistake in ["type:onzin", "--type onzin", "marke search \"\""] {
        assert!(section.contains(mistake), "{mistake} missing:\n{section}");
    }
}

/// Every command `marke --help` lists is in the README's command table.
#[test]
fn the_readme_command_table_has_every_command() {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
        .expect("README.md");
    let table = readme
        .split("## De opdrachten")
        .nth(1)
        .and_then(|s| s.split("\n\n").nth(1))
        .expect("README has the command table under '## De opdrachten'");
    let cmd = marke::cli::command();
    for sub in cmd.get_subcommands().map(clap::Command::get_name) {
        if sub == "help" {
            continue;
        }
        assert!(
            table.contains(&format!("`marke {sub}")),
            "marke {sub} is not in the README's command table:\n{table}"
        );
    }
}

/// A mistake in `book.toml` is shown as a mistake in the content is: Dutch, at
/// file:line:column, with the line and a hint, exit 2; not the TOML library's English.
#[test]
fn a_mistake_in_book_toml_is_explained_in_dutch_where_it_is() {
    let plan = Plan::new();
    let book = plan.dir.path().join("book.toml");
    let cases = [
        (
            "[book]\ntitle = \"Plan\"\ntitel = \"Plan\"\n",
            "book.toml:3:1",
            ["onbekende sleutel 'titel'", "bedoelt u 'title'?"],
        ),
        (
            "[marke.spelling]\nfout = \"x\"\n",
            "book.toml:2:1",
            ["onbekende sleutel 'fout'", "hier kan: 'goed'"],
        ),
        (
            "[book]\ntitle = 3\n",
            "book.toml:2:9",
            [
                "verkeerd soort waarde: een getal `3` gevonden, tekst verwacht",
                "tip:",
            ],
        ),
        (
            "[book]\ntitle = \"Plan\n",
            "book.toml:2:14",
            ["geen geldige TOML", "aanhalingstekens"],
        ),
    ];
    for (text, place, says) in cases {
        std::fs::write(&book, text).expect("write book.toml");
        let out = plan.run(&["check"]);
        let err = stderr(&out);
        assert_eq!(code(&out), Some(2), "{text}: {err}");
        assert!(err.contains(place), "{text}: {err}");
        for said in says {
            assert!(err.contains(said), "{text}: {said} missing in {err}");
        }
        assert!(
            !err.contains("unknown field") && !err.contains("TOML parse error"),
            "{err}"
        );
    }
}
