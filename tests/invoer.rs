//! Hostile input (issue 13): script links, symbolic links out of `content/`, control
//! characters, YAML tags, `deel_van` cycles, pasted text and `--limit 0`. Each test is a case
//! from the attack on copies of the repository, and failed before its fix.

mod common;

use common::{Fixture, stderr, stdout};

/// Runs marke and returns (exit code, stdout + stderr), failing on a panic.
fn run(f: &Fixture, args: &[&str]) -> (i32, String) {
    let out = f.run(args);
    let text = stdout(&out) + &stderr(&out);
    assert!(!text.contains("panicked"), "panic: {text}");
    (out.status.code().unwrap_or(-1), text)
}

/// A page whose text is `body`; the body starts on line 8.
fn page(body: &str) -> String {
    format!(
        "---\nid: p\ntype: pagina\ntitel: P\nsamenvatting: Een pagina.\nlinks: [drentse-droom]\n---\n{body}\n"
    )
}

// ---- links ----

#[test]
fn script_links_are_errors_where_they_are_written() {
    let f = Fixture::new();
    f.write(
        "p.md",
        &page(
            "Klik [hier](javascript:alert(1)//://) of\n\
             [daar](javascript:alert(1)//../../index.html).\n\
             Ook <JaVaScRiPt:alert(1)> en [dit](&#106;avascript:alert(1)).\n\
             Of [dat][ref] en ![x](data:text/html,boe).\n\
             \n\
             [ref]: vbscript:msgbox(1)\n",
        ),
    );
    f.write(
        "org.yaml",
        "- id: org\n  type: organisatie\n  titel: Org\n  samenvatting: Een organisatie.\n  links: [p]\n  url: \"file:///etc/passwd\"\n",
    );
    let (code, out) = run(&f, &["check"]);
    assert_eq!(code, 1, "{out}");
    for place in [
        "p.md:8:6",
        "p.md:9:1",
        "p.md:10:5",
        "p.md:10:30",
        "p.md:11:18",
        "p.md:13:1",
        "org.yaml:6:8",
    ] {
        assert!(out.contains(place), "{place} missing in:\n{out}");
    }
    assert_eq!(out.matches("fout: een link met").count(), 7, "{out}");
    assert!(out.contains("'javascript:' is niet toegestaan"), "{out}");
    assert!(out.contains("tip: gebruik https://"), "{out}");
}

#[test]
fn web_mail_and_phone_links_pass() {
    let f = Fixture::new();
    f.write(
        "p.md",
        &page("Zie [site](https://www.drenthe.nl/), [mail](mailto:a@b.nl), [bel](tel:+31592), [hier](@drentse-droom) en [kop](#kop)."),
    );
    let (code, out) = run(&f, &["check"]);
    assert_eq!(code, 0, "{out}");
}

// ---- symbolic links out of content ----

#[cfg(unix)]
#[test]
fn a_link_out_of_content_is_an_error_and_nothing_behind_it_is_read() {
    let f = Fixture::new();
    let secret = "GEHEIM-7f3a9c-SLEUTEL";
    let elsewhere = f.dir.path().join("elders");
    std::fs::create_dir_all(&elsewhere).expect("mkdir");
    let target = elsewhere.join("geheim.md");
    std::fs::write(
        &target,
        format!("---\nid: geheim\ntype: pagina\ntitel: {secret}\nsamenvatting: {secret}\n---\n{secret}\n"),
    )
    .expect("write");
    std::os::unix::fs::symlink(&target, f.content().join("x.md")).expect("symlink");
    std::os::unix::fs::symlink(&elsewhere, f.content().join("map")).expect("symlink");
    let (code, out) = run(&f, &["check"]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("x.md"), "the error names the link: {out}");
    assert!(out.contains("--> content/map"), "{out}");
    assert!(out.contains("wijst buiten de inhoudsmap"), "{out}");
    let site = f.dir.path().join("site");
    let site_arg = site.to_string_lossy().into_owned();
    for args in [
        vec!["check", "--format", "json"],
        vec!["check", "--format", "github"],
        vec!["show", "geheim"],
        vec!["search", "GEHEIM"],
        vec!["build", "--zonder-zoekindex", "--out", &site_arg],
    ] {
        let (_, out) = run(&f, &args);
        assert!(!out.contains(secret), "{args:?} printed the secret:\n{out}");
    }
    for entry in walkdir(&site) {
        let bytes = std::fs::read(&entry).unwrap_or_default();
        assert!(
            !String::from_utf8_lossy(&bytes).contains(secret),
            "{entry:?} holds the secret"
        );
    }
}

/// Every file under `dir` (none if it does not exist).
fn walkdir(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                todo.push(p);
            } else {
                out.push(p);
            }
        }
    }
    out
}

#[cfg(unix)]
#[test]
fn a_link_that_stays_inside_content_is_read() {
    let f = Fixture::new();
    let real = f.write("echt/p.md", &page("Tekst."));
    std::os::unix::fs::symlink(real.parent().expect("parent"), f.content().join("ook")).ok();
    let (_, out) = run(&f, &["check"]);
    assert!(!out.contains("buiten de inhoudsmap"), "{out}");
    assert!(
        out.contains("de id 'p' bestaat al"),
        "read through the link: {out}"
    );
}

// ---- control characters ----

#[test]
fn escape_codes_in_content_are_errors_and_never_reach_the_terminal() {
    let f = Fixture::new();
    f.write(
        "p.md",
        &page("Wis \u{1b}[2J het scherm.\nKlembord \u{1b}]52;c;ZWNobyBoaQ==\u{7}.\nEn \u{202e}omgekeerd."),
    );
    f.write(
        "b.yaml",
        "- id: b\n  type: begrip\n  titel: \"Titel \\e]0;pwned\\a\"\n  samenvatting: Een \"woord\".\n  links: [p]\n",
    );
    f.write(
        "cr.md",
        "---\nid: cr\ntype: pagina\ntitel: CR\nsamenvatting: Oud\rnieuw.\n---\nTekst.\n",
    );
    for format in ["human", "github", "json"] {
        let (code, out) = run(&f, &["check", "--format", format]);
        assert_eq!(code, 1, "{out}");
        assert!(
            !out.contains(['\u{1b}', '\u{7}', '\u{202e}', '\r']),
            "{format}: raw control character in {out:?}"
        );
    }
    let (_, out) = run(&f, &["check"]);
    assert!(out.contains("p.md:8:5"), "{out}");
    assert!(out.contains("escape-teken \\u{1b} in de tekst"), "{out}");
    assert!(out.contains("p.md:9:10"), "{out}");
    assert!(out.contains("8 | Wis \\u{1b}[2J het scherm."), "{out}");
    assert!(out.contains("p.md:10:4"), "{out}");
    assert!(
        out.contains("teken dat de leesrichting omdraait \\u{202e}"),
        "{out}"
    );
    assert!(out.contains("b.yaml:3\n"), "{out}");
    assert!(
        out.contains("het veld 'titel' van 'b' bevat een escape-teken"),
        "{out}"
    );
    assert!(out.contains("cr.md:5:18"), "{out}");
    assert!(out.contains("losse regelterugloop (CR)"), "{out}");
    let (code, out) = run(&f, &["show", "p"]);
    assert_eq!(code, 1);
    assert!(!out.contains('\u{1b}'), "{out:?}");
}

#[cfg(unix)]
#[test]
fn a_newline_in_a_file_name_cannot_start_a_line_of_its_own() {
    let f = Fixture::new();
    f.write("a\n::error file=x.md,line=1::nep.md", "---\nid: a\n---\n");
    let (code, out) = run(&f, &["check"]);
    assert_eq!(code, 1, "{out}");
    assert!(
        !out.lines().any(|l| l.starts_with("::")),
        "a line starts a workflow command:\n{out}"
    );
    assert!(out.contains("a\\u{a}::error file=x.md"), "{out}");
    let (_, out) = run(&f, &["check", "--format", "github"]);
    assert!(
        !out.lines().any(|l| l.starts_with("::error file=x.md")),
        "{out}"
    );
    assert!(
        out.contains("a%0A%3A%3Aerror file=x.md%2Cline=1%3A%3Anep.md"),
        "{out}"
    );
}

// ---- smaller things ----

#[test]
fn a_deel_van_cycle_is_an_error_that_names_it() {
    let f = Fixture::new();
    f.write(
        "orgs.yaml",
        "- id: a\n  type: organisatie\n  titel: A\n  samenvatting: A.\n  deel_van: b\n\
         - id: b\n  type: organisatie\n  titel: B\n  samenvatting: B.\n  deel_van: c\n\
         - id: c\n  type: organisatie\n  titel: C\n  samenvatting: C.\n  deel_van: a\n\
         - id: d\n  type: organisatie\n  titel: D\n  samenvatting: D.\n  deel_van: d\n",
    );
    let (code, out) = run(&f, &["check"]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("deel_van gaat in een kring: a → b → c → a"),
        "{out}"
    );
    assert!(out.contains("'d' is deel van zichzelf"), "{out}");
    assert!(out.contains("orgs.yaml:1"), "{out}");
}

#[test]
fn yaml_tags_are_refused_not_decoded() {
    let f = Fixture::new();
    f.write(
        "b.yaml",
        "- id: !!binary ZXZpbA==\n  type: begrip\n  titel: B\n  samenvatting: B.\n\
         - id: c\n  type: begrip\n  titel: !eigen C\n  samenvatting: C.\n",
    );
    let (code, out) = run(&f, &["check"]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("de YAML-tag '!!binary'"), "{out}");
    assert!(out.contains("b.yaml:1:7"), "{out}");
    assert!(out.contains("de YAML-tag '!eigen'"), "{out}");
    assert!(out.contains("b.yaml:7:10"), "{out}");
    assert!(!out.contains("'evil'"), "{out}");
}

#[test]
fn search_limit_zero_is_refused_in_dutch() {
    let f = Fixture::new();
    let (code, out) = run(&f, &["search", "--limit", "0", "droom"]);
    assert_eq!(code, 2, "{out}");
    assert!(out.contains("geef 1 of meer"), "{out}");
    let (code, out) = run(&f, &["search", "--limit", "1", "droom"]);
    assert_eq!(code, 0, "{out}");
}

// ---- the terminal browser ----

mod browser {
    use marke::tui::theme::ThemeKind;
    use marke::tui::{Action, App, Options};
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    use tui_input::InputRequest;

    use super::{Fixture, page};

    fn app(f: &Fixture) -> App {
        let dir = f.content();
        let (model, _) = marke::model::build(marke::content::load(&dir), &dir);
        let opts = Options {
            site_url: None,
            today: (2025, 6, 1),
            theme: ThemeKind::Plain,
            mouse: false,
        };
        App::new(model, opts, (100, 30)).expect("app")
    }

    #[test]
    fn a_paste_is_one_edit_and_the_box_is_capped() {
        let f = Fixture::new();
        let mut app = app(&f);
        app.update(Action::StartSearch);
        app.update(Action::Paste(format!(
            "droom\u{1b}[2J{}",
            "x".repeat(100_000)
        )));
        let value = app.search.input.value().to_owned();
        assert!(value.starts_with("droom [2J"), "{value:?}");
        assert_eq!(value.chars().count(), marke::tui::paste::MAX_CHARS);
        assert!(app.message.as_deref().is_some_and(|m| m.contains("vol")));
        app.update(Action::SearchInput(InputRequest::InsertChar('y')));
        assert_eq!(
            app.search.input.value(),
            value,
            "typing past the limit changes nothing"
        );
    }

    #[test]
    fn control_characters_show_as_text_in_the_browser() {
        let f = Fixture::new();
        f.write("p.md", &page("Wis \u{1b}[2J en \u{202e}om."));
        let mut app = app(&f);
        app.update(Action::StartSearch);
        app.update(Action::Paste("Wis".into()));
        app.update(Action::Open);
        let mut terminal = Terminal::new(TestBackend::new(100, 30)).expect("terminal");
        terminal
            .draw(|frame| marke::tui::view::draw(frame, &app))
            .expect("draw");
        let screen = format!("{}", terminal.backend());
        assert!(
            screen.contains("Wis \\u{1b}[2J en \\u{202e}om."),
            "{screen}"
        );
        assert!(!screen.contains('\u{202e}'), "{screen}");
    }
}
