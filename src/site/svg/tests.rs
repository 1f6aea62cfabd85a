use super::*;

#[test]
fn wrap_breaks_at_spaces_within_the_width() {
    assert_eq!(
        wrap("Een goed leven voor jezelf", 10),
        vec!["Een goed", "leven voor", "jezelf"]
    );
    assert_eq!(wrap("", 10), Vec::<String>::new());
}

#[test]
fn tables_escape_text_and_mark_row_headers() {
    let t = Table {
        caption: "A & B",
        corner: "Jaar",
        columns: vec!["<x>".into()],
        rows: vec![("2025".into(), Some("../agenda/".into()), vec![3])],
    };
    let html = t.html();
    assert!(html.contains("<caption>A &amp; B</caption>"));
    assert!(html.contains("<th scope=\"col\">&lt;x&gt;</th>"));
    assert!(html.contains(
        "<th scope=\"row\"><a href=\"../agenda/\">2025</a></th><td class=\"num\">3</td>"
    ));
}
