//! `book.toml`: where the content is, how the site is built, and marke's own settings.
//!
//! The layout follows mdBook (`[book]`, `[build]`, `[output.html]`) so the communications team
//! recognises it; settings that mdBook does not know live in a table of marke's own, `[marke]`,
//! because mdBook rejects unknown keys in its tables.

mod dutch;

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde::Deserialize;

/// The name of the configuration file, looked up from the current directory upwards.
pub const FILE_NAME: &str = "book.toml";

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    pub book: BookConfig,
    pub build: BuildConfig,
    pub output: OutputConfig,
    pub marke: MarkeConfig,
    /// The folder that holds `book.toml`; paths in the file are relative to it.
    #[serde(skip)]
    pub root: PathBuf,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(default, rename_all = "kebab-case", deny_unknown_fields)]
pub struct BookConfig {
    pub title: String,
    pub description: String,
    pub language: String,
    pub authors: Vec<String>,
}

impl Default for BookConfig {
    fn default() -> Self {
        Self {
            title: "Gezonde Marke".into(),
            description: String::new(),
            language: "nl".into(),
            authors: Vec::new(),
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(default, rename_all = "kebab-case", deny_unknown_fields)]
pub struct BuildConfig {
    pub build_dir: PathBuf,
}

impl Default for BuildConfig {
    fn default() -> Self {
        Self {
            build_dir: PathBuf::from("book"),
        }
    }
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct OutputConfig {
    pub html: HtmlConfig,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, rename_all = "kebab-case", deny_unknown_fields)]
pub struct HtmlConfig {
    /// Public address of the site, e.g. `https://example.org/marke/`; used for canonical URLs,
    /// OpenGraph, the sitemap and the `o` key of the terminal browser.
    pub site_url: Option<String>,
    pub git_repository_url: Option<String>,
    /// Template for "Wijzig deze pagina"; `{path}` becomes the content file's path.
    pub edit_url_template: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(default, rename_all = "kebab-case", deny_unknown_fields)]
pub struct MarkeConfig {
    /// The content folder, relative to `book.toml`.
    pub content: PathBuf,
    /// The theme folder, relative to `book.toml`.
    pub theme: PathBuf,
    /// Readability thresholds; read by the `check::readability` module.
    pub leesbaarheid: Leesbaarheid,
    /// Words the dictionary of `marke check --spelling` lacks; read by `check::spelling`.
    pub spelling: Spelling,
    /// Clicks and the wheel in the terminal browser (like `marke --muis`). Off by default:
    /// capturing the mouse stops plain text selection in most terminals.
    pub muis: bool,
}

/// `[marke.spelling]`: words that are right although OpenTaal's dictionary lacks them.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(default, rename_all = "kebab-case", deny_unknown_fields)]
pub struct Spelling {
    /// Word → why it is right (`telemonitoring = "vakterm, de tekst legt het uit"`). A reason
    /// is asked for so that the list stays a list of decisions, not of silenced warnings.
    pub goed: std::collections::BTreeMap<String, String>,
}

/// `[marke.leesbaarheid]`: when `marke check` warns about hard text (B1).
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(default, rename_all = "kebab-case", deny_unknown_fields)]
pub struct Leesbaarheid {
    /// Warn about each sentence with more words than this.
    pub max_woorden_per_zin: usize,
    /// Warn about an item whose Flesch-Douma score is below this…
    pub min_flesch_douma: f64,
    /// …if it has at least this many words (short texts give unstable scores).
    pub min_woorden: usize,
    /// Warn when more than this share of an item's sentences is passive (0.0–1.0).
    pub max_lijdende_vorm: f64,
    /// Check that abbreviations are written out or linked where they first appear.
    pub afkortingen: bool,
    /// Check that glossary terms (begrippen) are linked where they are used.
    pub begrippen: bool,
    /// Glossary terms every reader knows (or that every page labels); they need no link.
    pub bekende_begrippen: Vec<String>,
    /// Warning codes that count as errors (and fail `marke check`), e.g. `["zin-te-lang"]`.
    pub als_fout: Vec<String>,
    /// Warn in `marke check` about each uncommon word (code `ongewoon-woord`). Off by
    /// default: `marke check --leesbaarheid` counts and lists them always; the warning is
    /// for when the content has reached the goal and should stay there.
    pub ongewone_woorden: bool,
    /// The goal for `marke check --leesbaarheid`: at most this share (in %) of the words of
    /// the public text uncommon and unexplained.
    pub max_ongewone_woorden: f64,
    /// Known jargon ("co-creatie", "SMART-doel"): always a warning where it is neither linked
    /// nor explained in brackets, however common the words. Written in capitals, a word only
    /// matches in capitals ("PA", not "pa").
    pub vakjargon: Vec<String>,
}

impl Default for Leesbaarheid {
    fn default() -> Self {
        Self {
            max_woorden_per_zin: 20,
            min_flesch_douma: 60.0,
            min_woorden: 40,
            max_lijdende_vorm: 0.25,
            afkortingen: true,
            begrippen: true,
            bekende_begrippen: [
                "ambitie",
                "inwoners",
                "mantelzorg",
                "preventie",
                "welzijn",
                "regioplan",
                "marke",
                "mentale gezondheid",
                "eigen regie",
                "netwerkaanpak",
                "passende zorg",
                "wijkverpleging",
                "veerkracht",
                // The parts of the plan: every page names them in its breadcrumb and label.
                "strategische doelen",
                "operationele doelen",
                "regio-opgaven",
                "prioritaire thema's",
                "werkagenda",
            ]
            .map(String::from)
            .to_vec(),
            als_fout: Vec::new(),
            ongewone_woorden: false,
            max_ongewone_woorden: 1.0,
            vakjargon: Vec::new(),
        }
    }
}

impl Default for MarkeConfig {
    fn default() -> Self {
        Self {
            content: PathBuf::from("content"),
            theme: PathBuf::from("themes/default"),
            leesbaarheid: Leesbaarheid::default(),
            spelling: Spelling::default(),
            muis: false,
        }
    }
}

impl Config {
    /// Finds `book.toml` in `start` or a parent folder and reads it. Without one, the defaults
    /// apply relative to `start`, so `marke --content DIR` works anywhere.
    pub fn discover(start: &Path) -> Result<Self> {
        match find_upwards(start) {
            Some(path) => Self::from_file(&path),
            None => Ok(Self {
                root: start.to_path_buf(),
                ..Self::default()
            }),
        }
    }

    pub fn from_file(path: &Path) -> Result<Self> {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("kan {} niet lezen", path.display()))?;
        let mut config: Config =
            toml::from_str(&text).map_err(|e| dutch::error(path, &text, &e))?;
        config.root = path
            .parent()
            .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
        Ok(config)
    }

    pub fn content_dir(&self) -> PathBuf {
        self.root.join(&self.marke.content)
    }

    pub fn theme_dir(&self) -> PathBuf {
        self.root.join(&self.marke.theme)
    }

    pub fn build_dir(&self) -> PathBuf {
        self.root.join(&self.build.build_dir)
    }
}

fn find_upwards(start: &Path) -> Option<PathBuf> {
    start
        .ancestors()
        .map(|dir| dir.join(FILE_NAME))
        .find(|p| p.is_file())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_keys_are_rejected() {
        let err = toml::from_str::<Config>("[book]\ntitel = 'x'\n").unwrap_err();
        assert!(err.to_string().contains("titel"), "{err}");
    }

    #[test]
    fn the_mouse_is_off_by_default_and_muis_turns_it_on() {
        assert!(!Config::default().marke.muis);
        let config: Config = toml::from_str("[marke]\ncontent = 'inhoud'\n").unwrap();
        assert!(!config.marke.muis);
        let config: Config = toml::from_str("[marke]\nmuis = true\n").unwrap();
        assert!(config.marke.muis);
    }

    #[test]
    fn discovers_book_toml_in_a_parent_folder() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("book.toml"),
            "[marke]\ncontent = 'inhoud'\n[build]\nbuild-dir = 'uit'\n",
        )
        .unwrap();
        let sub = dir.path().join("a/b");
        std::fs::create_dir_all(&sub).unwrap();
        let config = Config::discover(&sub).unwrap();
        assert_eq!(config.content_dir(), dir.path().join("inhoud"));
        assert_eq!(config.build_dir(), dir.path().join("uit"));
    }
}
