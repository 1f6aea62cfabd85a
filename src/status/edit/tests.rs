use super::*;

fn update(note: Option<&str>) -> NewUpdate {
    NewUpdate {
        datum: Date::parse("2026-12-01").unwrap(),
        status: Status::Lopend,
        toelichting: note.map(str::to_owned),
    }
}

const LIST: &str = "\
# Afspraken bij doel 1.1.1.
- id: 1-a
  type: afspraak
  titel: \"Eerste\"   # de titel uit de bron
  code: \"1.A\"
  status: onbekend
  tekst: |
    Een tekst met status: lopend erin,
    en - id: nep

# De tweede.
- id: 1-b
  type: afspraak
  status: \"gepland\"  # nog niets gehoord
  voortgang:
  - { datum: \"2026-01-05\", status: gepland }
  # oude notitie
  titel: Tweede
";

#[test]
fn a_first_update_sets_status_and_starts_the_history_below_it() {
    let out = apply(LIST, FileKind::Yaml, "1-a", &update(Some("Gestart"))).unwrap();
    let expected = LIST.replacen(
        "  status: onbekend\n",
        "  status: lopend\n  voortgang:\n    - { datum: \"2026-12-01\", status: lopend, toelichting: \"Gestart\" }\n",
        1,
    );
    assert_eq!(out, expected);
}

#[test]
fn a_later_update_keeps_quotes_comments_and_the_entries_indentation() {
    let out = apply(LIST, FileKind::Yaml, "1-b", &update(None)).unwrap();
    let expected = LIST
        .replacen(
            "  status: \"gepland\"  # nog niets gehoord\n",
            "  status: \"lopend\"  # nog niets gehoord\n",
            1,
        )
        .replacen(
            "  - { datum: \"2026-01-05\", status: gepland }\n",
            "  - { datum: \"2026-01-05\", status: gepland }\n  - { datum: \"2026-12-01\", status: lopend }\n",
            1,
        );
    assert_eq!(out, expected);
}

#[test]
fn front_matter_without_status_gets_it_after_the_planning() {
    let md =
        "---\nid: 2-1-1-a\ntype: afspraak\ngepland: \"2025\"\ntitel: T\n---\nTekst met status: x\n";
    let out = apply(md, FileKind::Markdown, "2-1-1-a", &update(None)).unwrap();
    assert_eq!(
        out,
        "---\nid: 2-1-1-a\ntype: afspraak\ngepland: \"2025\"\nstatus: lopend\nvoortgang:\n  - { datum: \"2026-12-01\", status: lopend }\ntitel: T\n---\nTekst met status: x\n"
    );
}

#[test]
fn windows_line_endings_and_a_missing_last_newline_stay() {
    let text = "- id: a\r\n  status: onbekend\r\n  voortgang: []";
    let out = apply(text, FileKind::Yaml, "a", &update(None)).unwrap();
    assert_eq!(
        out,
        "- id: a\r\n  status: lopend\r\n  voortgang:\r\n    - { datum: \"2026-12-01\", status: lopend }"
    );
}

#[test]
fn notes_are_quoted_safely() {
    let note = clean_note("Zie \"plan\" \\ stap 2;\n\tklaar\u{7}").unwrap();
    assert_eq!(note, "Zie \"plan\" \\ stap 2; klaar");
    let out = apply(LIST, FileKind::Yaml, "1-a", &update(Some(&note))).unwrap();
    assert!(
        out.contains(r#"toelichting: "Zie \"plan\" \\ stap 2; klaar" }"#),
        "{out}"
    );
    assert_eq!(clean_note(" \n\t"), None);
}

#[test]
fn forms_it_does_not_touch_are_refused_with_a_reason() {
    let flow =
        "- id: a\n  status: lopend\n  voortgang: [{ datum: \"2026-01-01\", status: lopend }]\n";
    assert!(matches!(
        apply(flow, FileKind::Yaml, "a", &update(None)),
        Err(EditError::Layout(_))
    ));
    assert_eq!(
        apply(LIST, FileKind::Yaml, "1-c", &update(None)),
        Err(EditError::NotFound)
    );
    let one_line = "- { id: a, status: lopend }\n";
    assert_eq!(
        apply(one_line, FileKind::Yaml, "a", &update(None)),
        Err(EditError::NotFound)
    );
}
