//! The minijinja environment: templates come from the [`Theme`], output is autoescaped for
//! `.html` and `.xml`, and a few filters help write Dutch text.
//!
//! Values that already are HTML (rendered Markdown, pictures) arrive marked safe; everything
//! else a template prints is escaped, so content can never inject markup.

use minijinja::{AutoEscape, Environment, Error, ErrorKind, Value};

use super::theme::Theme;

/// Builds the environment for one build. Templates load lazily from the theme.
pub fn environment(theme: &Theme) -> Environment<'static> {
    let mut env = Environment::new();
    let theme = theme.clone();
    env.set_loader(move |name| {
        theme
            .template(name)
            .map_err(|e| Error::new(ErrorKind::TemplateNotFound, format!("{e:#}")))
    });
    env.set_auto_escape_callback(|name| {
        if name.ends_with(".html") || name.ends_with(".xml") {
            AutoEscape::Html
        } else {
            AutoEscape::None
        }
    });
    env.add_filter("aantal", aantal);
    env
}

/// `{{ n | aantal("doel", "doelen") }}` → "1 doel", "3 doelen", "geen doelen".
fn aantal(n: Value, one: &str, many: &str) -> String {
    match n.as_i64().unwrap_or(0) {
        0 => format!("geen {many}"),
        1 => format!("1 {one}"),
        k => format!("{k} {many}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_is_escaped_and_counts_read_as_dutch() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("templates")).unwrap();
        std::fs::write(
            dir.path().join("templates/t.html"),
            "{{ x }} {{ n | aantal('doel', 'doelen') }}",
        )
        .unwrap();
        let env = environment(&Theme::new(dir.path()));
        let out = env
            .get_template("t.html")
            .unwrap()
            .render(minijinja::context! { x => "<script>", n => 3 })
            .unwrap();
        assert_eq!(out, "&lt;script&gt; 3 doelen");
    }
}
