//! Reviewing a pull request: `marke check --sinds`, `--format markdown`, `marke diff`, and
//! the workflow that runs them, on a fixture repository with two commits.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{run_in, stdout};

/// A git repository whose first commit is the site fixture plus one old problem (a broken
/// link in `oud.md`), and whose working tree then gets the changes of a pull request.
struct Repo {
    dir: tempfile::TempDir,
}

impl Repo {
    fn new() -> Self {
        let dir = tempfile::tempdir().expect("tempdir");
        let repo = Self { dir };
        copy_dir(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/site"),
            &repo.content(),
        );
        repo.write(
            "begrippen/oud.md",
            "---\nid: oud\ntype: begrip\ntitel: Oud\nsamenvatting: Een oud begrip.\n---\nZie [weg](@bestaat-niet).\n",
        );
        repo.git(&["init", "-q", "-b", "main"]);
        repo.git(&["add", "."]);
        repo.git(&["commit", "-q", "-m", "basis"]);
        repo
    }

    fn content(&self) -> PathBuf {
        self.dir.path().join("content")
    }

    fn write(&self, rel: &str, text: &str) {
        let path = self.content().join(rel);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, text).expect("write");
    }

    fn edit(&self, rel: &str, from: &str, to: &str) {
        let path = self.content().join(rel);
        let text = std::fs::read_to_string(&path).expect("read");
        assert!(text.contains(from), "{rel} has no {from:?}");
        std::fs::write(path, text.replacen(from, to, 1)).expect("write");
    }

    fn git(&self, args: &[&str]) {
        let ok = Command::new("git")
            .current_dir(self.dir.path())
            .args(["-c", "user.name=Test", "-c", "user.email=test@example.org"])
            .args(["-c", "commit.gpgsign=false"])
            .args(args)
            .status()
            .expect("git")
            .success();
        assert!(ok, "git {args:?}");
    }

    fn marke(&self, args: &[&str]) -> std::process::Output {
        run_in(self.dir.path(), &self.content(), args)
    }

    /// The pull request: a status update, a rewritten text, and a begrip removed that an
    /// unchanged afspraak links to.
    fn change(&self) {
        self.edit(
            "afspraken/afspraken.yaml",
            "  gepland: nader te bepalen\n",
            "  gepland: nader te bepalen\n  status: lopend\n  voortgang:\n    - { datum: \"2025-03-01\", status: lopend, toelichting: \"Eerste plannen klaar\" }\n",
        );
        self.edit(
            "afspraken/afspraken.yaml",
            "Community care is belangrijk. Het IZA vraagt erom.",
            "Community care is belangrijk omdat het Integraal Zorgakkoord, dat landelijk is afgesproken door de minister en de partijen in de zorg, daar nadrukkelijk en op veel plaatsen om vraagt.",
        );
        let begrippen = self.content().join("begrippen/begrippen.yaml");
        let text = std::fs::read_to_string(&begrippen).expect("read");
        assert_eq!(text.matches("- id: ").count(), 1, "fixture changed: {text}");
        assert!(
            text.contains("- id: community-care"),
            "fixture changed: {text}"
        );
        std::fs::remove_file(&begrippen).expect("remove");
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("read_dir") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("copy");
        }
    }
}

#[test]
fn since_reports_the_changes_problems_and_not_the_old_ones() {
    let repo = Repo::new();
    // Before any change: the old broken link is not the change's problem.
    let clean = repo.marke(&["check", "--sinds", "main"]);
    assert_eq!(clean.status.code(), Some(0), "{}", stdout(&clean));
    assert!(
        !stdout(&clean).contains("bestaat-niet"),
        "{}",
        stdout(&clean)
    );
    assert!(
        stdout(&clean).contains("had al 1 fouten"),
        "{}",
        stdout(&clean)
    );

    repo.change();
    let out = repo.marke(&["check", "--sinds", "main"]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{text}");
    // The removed begrip breaks a link in afspraken.yaml, reported though that link's line
    // did not change; the old problem in oud.md stays out.
    assert!(text.contains("community-care"), "{text}");
    assert!(text.contains("afspraken.yaml"), "{text}");
    assert!(!text.contains("bestaat-niet"), "{text}");
    // Without --sinds both are there.
    let all = stdout(&repo.marke(&["check"]));
    assert!(
        all.contains("bestaat-niet") && all.contains("community-care"),
        "{all}"
    );
}

#[test]
fn the_markdown_summary_names_items_readability_and_status_changes() {
    let repo = Repo::new();
    repo.change();
    let out = repo.marke(&["check", "--sinds", "main", "--format", "markdown"]);
    let md = stdout(&out);
    assert!(md.contains("**1 fout, 0 waarschuwingen**"), "{md}");
    // The changed afspraak, with its Flesch-Douma before and after (the long sentence lowers it).
    let row = md
        .lines()
        .find(|l| l.contains("Een Drentse uitleg van community care"))
        .unwrap_or_else(|| panic!("no row for 1.1.1.A:\n{md}"));
    assert!(row.contains("gewijzigd"), "{row}");
    let figures: Vec<&str> = row.split('|').map(str::trim).collect();
    let (before, after) = figures[4].split_once(" → ").expect("before → after");
    let (before, after): (f64, f64) = (before.parse().expect("n"), after.parse().expect("n"));
    assert!(after < before, "Flesch-Douma should drop: {row}");
    // The removed begrip is listed as removed.
    assert!(
        md.lines()
            .any(|l| l.contains("Community care") && l.contains("verwijderd")),
        "{md}"
    );
    // The status change, old → new, with its note.
    let status = md
        .lines()
        .find(|l| l.contains("Nog geen datum") && l.contains("| onbekend |"))
        .unwrap_or_else(|| panic!("no status row:\n{md}"));
    assert!(
        status.contains("| onbekend | lopend | Eerste plannen klaar |"),
        "{status}"
    );
}

#[test]
fn a_wrong_revision_is_a_dutch_error() {
    let repo = Repo::new();
    let out = repo.marke(&["check", "--sinds", "bestaat-niet"]);
    assert_ne!(out.status.code(), Some(0));
    let err = common::stderr(&out);
    assert!(
        err.contains("git kent de revisie 'bestaat-niet' niet"),
        "{err}"
    );
}

#[test]
fn markdown_cells_cannot_break_the_table() {
    let repo = Repo::new();
    repo.write(
        "begrippen/pijp.md",
        "---\nid: pijp\ntype: begrip\ntitel: \"A | B <script>\"\nsamenvatting: Een test.\n---\nZie [x](@nergens).\n",
    );
    let md = stdout(&repo.marke(&["check", "--sinds", "main", "--format", "markdown"]));
    let row = md
        .lines()
        .find(|l| l.contains("A \\| B"))
        .unwrap_or_else(|| panic!("{md}"));
    assert!(
        row.contains("&lt;script&gt;") && !row.contains("<script>"),
        "{row}"
    );
    // Seven columns: eight borders; the escaped pipe in the title is not one of them.
    let borders = row.replace("\\|", "").matches('|').count();
    assert_eq!(borders, 8, "{row}");
}

#[test]
fn the_summary_counts_uncommon_words_before_and_after() {
    let repo = Repo::new();
    repo.edit(
        "begrippen/oud.md",
        "Zie [weg](@bestaat-niet).",
        "Het schrijfteam zette kruisjes in de tabel.",
    );
    let md = stdout(&repo.marke(&["check", "--sinds", "main", "--format", "markdown"]));
    assert!(md.contains("| ongewone woorden |"), "{md}");
    let row = md
        .lines()
        .find(|l| l.starts_with("| Oud"))
        .unwrap_or_else(|| panic!("{md}"));
    // "schrijfteam" and "kruisjes" are rare; the old text had none.
    assert!(row.trim_end().ends_with("| 0 → 2 |"), "{row}");
}

#[test]
fn diff_lists_the_pages_a_change_touches() {
    let repo = Repo::new();
    repo.edit(
        "begrippen/oud.md",
        "Zie [weg](@bestaat-niet).",
        "Een gewoon begrip.",
    );
    let old = repo.dir.path().join("oud-site");
    assert!(
        repo.marke(&[
            "build",
            "--zonder-zoekindex",
            "--out",
            old.to_str().expect("utf8")
        ])
        .status
        .success()
    );
    repo.change();
    repo.edit(
        "afspraken/afspraken.yaml",
        "[community care](@community-care)",
        "community care",
    );
    let new = repo.dir.path().join("nieuw-site");
    let built = repo.marke(&[
        "build",
        "--zonder-zoekindex",
        "--out",
        new.to_str().expect("utf8"),
    ]);
    assert!(built.status.success(), "{}", common::stderr(&built));
    let out = repo.marke(&[
        "diff",
        old.to_str().expect("utf8"),
        new.to_str().expect("utf8"),
        "--format",
        "json",
    ]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let list = |k: &str| -> Vec<String> {
        json[k]
            .as_array()
            .expect(k)
            .iter()
            .map(|v| v.as_str().expect("str").to_owned())
            .collect()
    };
    assert!(
        list("verwijderd")
            .iter()
            .any(|p| p.contains("community-care")),
        "{json}"
    );
    assert!(
        list("gewijzigd").iter().any(|p| p.contains("1-1-1-a")),
        "{json}"
    );
    assert!(
        list("gewijzigd").iter().any(|p| p.contains("1-2-1-b")),
        "{json}"
    );
    assert!(list("nieuw").is_empty(), "{json}");
    // A page the change does not touch stays out.
    assert!(
        !list("gewijzigd").iter().any(|p| p.contains("1-2-1-a")),
        "{json}"
    );
    assert!(json["gelijk"].as_u64().expect("n") > 0, "{json}");
}

#[test]
fn the_workflow_is_a_valid_github_workflow_with_the_review_steps() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let yaml = std::fs::read_to_string(root.join(".github/workflows/marke.yml")).expect("read");
    let workflow: serde_json::Value = serde_saphyr::from_str(&yaml).expect("yaml");
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(
            root.join("tests/data/github-workflow/github-workflow.schema.json"),
        )
        .expect("schema"),
    )
    .expect("json");
    let mut schemas = boon::Schemas::new();
    let mut compiler = boon::Compiler::new();
    compiler
        .add_resource("https://json.schemastore.org/github-workflow.json", schema)
        .expect("add");
    let id = compiler
        .compile(
            "https://json.schemastore.org/github-workflow.json",
            &mut schemas,
        )
        .expect("compile");
    if let Err(e) = schemas.validate(&workflow, id) {
        panic!("the workflow does not match GitHub's schema: {e:#}");
    }
    let review = &workflow["jobs"]["review"];
    let steps = serde_json::to_string(&review["steps"]).expect("json");
    for needed in [
        "check --sinds",
        "--format markdown",
        "marke\\\" build",
        "diff",
        "GITHUB_STEP_SUMMARY",
        "upload-artifact",
    ] {
        assert!(steps.contains(needed), "review job lacks {needed}: {steps}");
    }
}
