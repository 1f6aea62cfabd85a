//! What an edit changed, for [`super::Live::update`] to pick its way: the [`Shape`] of each
//! item (its names apart from the rest), whether only texts or only names changed, and which
//! items' pages show a changed name ([`showing`]).

use std::collections::HashSet;

use super::super::output::Output;
use crate::model::{Item, ItemType, Model};

/// An item as the pages of other items may show it, in two hashes: its names (title and
/// summary), and everything else but its texts and the line it starts on (which moves when
/// a text above it in the same file grows).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Shape {
    names: u64,
    rest: u64,
}

impl Shape {
    pub(super) fn of(item: &Item) -> Self {
        let mut bare = Item {
            body: String::new(),
            source_note: String::new(),
            title: String::new(),
            summary: String::new(),
            ..item.clone()
        };
        bare.location.line = 0;
        Self {
            names: hash(&(&item.title, &item.summary)),
            rest: hash(&bare),
        }
    }
}

fn hash(value: &impl serde::Serialize) -> u64 {
    use std::hash::Hasher;
    let mut h = HashWriter(std::hash::DefaultHasher::new());
    // Serialising plain data into a hasher cannot fail; if it did, the item would count
    // as changed (hash of nothing) only when its neighbour failed alike.
    let _ = serde_json::to_writer(&mut h, value);
    h.0.finish()
}

/// Feeds what serde_json writes into a hasher, without building the text.
struct HashWriter(std::hash::DefaultHasher);

impl std::io::Write for HashWriter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        std::hash::Hasher::write(&mut self.0, buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Whether an item's texts (body, source note) differ between two versions.
fn texts_differ(a: &Item, b: &Item) -> bool {
    a.body != b.body || a.source_note != b.source_note
}

/// The items whose texts changed, if nothing else did (and at least one text did).
pub(super) fn texts_changed<'m>(
    old: &Model,
    old_shapes: &[Shape],
    new: &'m Model,
    shapes: &[Shape],
) -> Option<Vec<&'m Item>> {
    if old_shapes != shapes {
        return None;
    }
    let changed: Vec<&Item> = old
        .items()
        .iter()
        .zip(new.items())
        .filter(|(a, b)| texts_differ(a, b))
        .map(|(_, b)| b)
        .collect();
    (!changed.is_empty()).then_some(changed)
}

/// The items whose names changed (and perhaps their texts), if nothing else did: the same
/// items in the same order, with the same facts and links. Not for a begrip or an afkorting
/// (their names are linked wherever a text uses them) nor a pagina (its title is in every
/// page's footer): those take the whole way.
pub(super) fn names_changed<'o, 'm>(
    old: &'o Model,
    old_shapes: &[Shape],
    new: &'m Model,
    shapes: &[Shape],
) -> Option<Vec<(&'o Item, &'m Item)>> {
    if old_shapes.len() != shapes.len() {
        return None;
    }
    let mut changed = Vec::new();
    for ((a, b), (sa, sb)) in old
        .items()
        .iter()
        .zip(new.items())
        .zip(old_shapes.iter().zip(shapes))
    {
        if sa.rest != sb.rest {
            return None;
        }
        if sa.names != sb.names {
            let wide = matches!(
                b.kind,
                ItemType::Begrip | ItemType::Afkorting | ItemType::Pagina
            );
            if wide {
                return None;
            }
            changed.push((a, b));
        } else if texts_differ(a, b) {
            changed.push((a, b));
        }
    }
    (!changed.is_empty()).then_some(changed)
}
/// The items whose pages show a name or text that `changed` (old and new version of each
/// item) changed: the items themselves; every item whose page in `site` links to one of
/// them (a link to an item shows its title, and often its summary); and the items that
/// share an old or new summary with one of them (an item whose summary another item has
/// too gets its title in front of it). Anything this misses, the background thread's whole
/// render writes moments later.
pub(super) fn showing<'m>(
    site: &Output,
    model: &'m Model,
    changed: &[(&Item, &'m Item)],
) -> Vec<&'m Item> {
    let finders: Vec<_> = changed
        .iter()
        .map(|(_, b)| memchr::memmem::Finder::new(b.url_path().as_bytes()).into_owned())
        .collect();
    let summaries: HashSet<&str> = changed
        .iter()
        .filter(|(a, b)| a.summary != b.summary)
        .flat_map(|(a, b)| [a.summary.as_str(), b.summary.as_str()])
        .collect();
    let own: HashSet<&str> = changed.iter().map(|(_, b)| b.id.as_str()).collect();
    model
        .items()
        .iter()
        .filter(|item| {
            own.contains(item.id.as_str())
                || summaries.contains(item.summary.as_str())
                || site
                    .files
                    .get(&format!("{}index.html", item.url_path()))
                    .is_some_and(|page| finders.iter().any(|f| f.find(page).is_some()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::site::Options;

    #[test]
    fn only_an_edit_of_texts_alone_takes_the_short_way() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/site");
        let old = Model::load(&dir, crate::model::Date::today()).model;
        let shapes = |m: &Model| m.items().iter().map(Shape::of).collect::<Vec<_>>();
        let changed = |edit: &dyn Fn(&mut Item)| {
            let mut items = old.items().to_vec();
            edit(&mut items[0]);
            items[1].location.line += 3; // the text above it grew
            let new = Model::new(items);
            texts_changed(&old, &shapes(&old), &new, &shapes(&new)).map(|v| v.len())
        };
        assert_eq!(changed(&|i| i.body.push_str(" Nieuw.")), Some(1));
        assert_eq!(changed(&|i| i.source_note.push_str(" Nieuw.")), Some(1));
        assert_eq!(changed(&|i| i.title.push_str(" nieuw")), None);
        assert_eq!(changed(&|i| i.summary.push_str(" nieuw")), None);
        assert_eq!(
            changed(&|_| {}),
            None,
            "nothing changed: the whole site (a theme edit)"
        );
    }

    #[test]
    fn an_edit_of_names_takes_the_middle_way_unless_texts_link_them() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/site");
        let old = Model::load(&dir, crate::model::Date::today()).model;
        let shapes = |m: &Model| m.items().iter().map(Shape::of).collect::<Vec<_>>();
        let first = |kind: ItemType| {
            old.items()
                .iter()
                .position(|i| i.kind == kind)
                .expect("the fixture has this kind")
        };
        let changed = |at: usize, edit: &dyn Fn(&mut Item)| {
            let mut items = old.items().to_vec();
            edit(&mut items[at]);
            let new = Model::new(items);
            names_changed(&old, &shapes(&old), &new, &shapes(&new)).map(|v| v.len())
        };
        let afspraak = first(ItemType::Afspraak);
        assert_eq!(changed(afspraak, &|i| i.title.push_str(" nieuw")), Some(1));
        assert_eq!(
            changed(afspraak, &|i| i.summary.push_str(" Nieuw.")),
            Some(1)
        );
        assert_eq!(changed(afspraak, &|_| {}), None, "nothing changed");
        assert_eq!(
            changed(afspraak, &|i| i.aliases.push("nieuw".into())),
            None,
            "another name for links and search: the whole way"
        );
        let begrip = first(ItemType::Begrip);
        assert_eq!(
            changed(begrip, &|i| i.title.push_str(" nieuw")),
            None,
            "a begrip's name is linked in every text that uses it"
        );
    }

    #[test]
    fn a_new_title_renders_the_pages_that_link_the_item_and_no_others() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let old = Model::load(
            &root.join("tests/fixtures/site"),
            crate::model::Date::today(),
        )
        .model;
        let opts = Options {
            out: std::path::PathBuf::from("/niet/gebruikt"),
            theme: crate::site::Theme::new(&root.join("themes/default")),
            title: "Gezonde Marke".into(),
            description: String::new(),
            site_url: None,
            edit_url_template: None,
            live_reload: false,
            search: false,
            today: crate::model::Date::today(),
        };
        let site = crate::site::render(&old, &opts, None).expect("render");
        let mut items = old.items().to_vec();
        let at = items
            .iter()
            .position(|i| i.id == "1-1-1-a")
            .expect("the fixture has 1-1-1-a");
        items[at].title = "Een Drentse uitleg van zorg dichtbij".into();
        let new = Model::new(items);
        let changed = vec![(&old.items()[at], &new.items()[at])];
        let ids: Vec<&str> = showing(&site, &new, &changed)
            .iter()
            .map(|i| i.id.as_str())
            .collect();
        for id in [
            "1-1-1-a",
            "1-1-1",
            "ggd-drenthe",
            "community-care",
            "aanbeveling-1",
            "regioplan",
        ] {
            assert!(ids.contains(&id), "{id} missing in {ids:?}");
        }
        assert!(ids.len() < new.items().len() / 2, "{ids:?}");
    }
}
