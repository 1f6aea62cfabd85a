//! clap in Dutch: the help pages and every parse error.
//!
//! clap has no translations. What it lets us set, we set on the built command ([`command`]):
//! the help template ("Gebruik:"), the headings ("Opdrachten", "Argumenten", "Opties"), our
//! own `-h/--help`, `-V/--version` and `help` subcommand, and the possible and default values
//! (written after the help text instead of clap's "[possible values: …]"). Two things stay
//! English inside clap: the usage tag `[OPTIONS]` (replaced in the rendered text) and its
//! error sentences, which we never print: `errors.rs` writes a Dutch message from the
//! error's kind and context instead.

use clap::{Arg, ArgAction, Command, CommandFactory, FromArgMatches};

use super::Cli;
use super::errors::error;
use crate::control_chars::one_line;

/// What the command line asks for: a command to run, or text to print and an exit code
/// (help, the version, or a mistake in the command line).
#[derive(Debug)]
pub enum Parsed {
    Run(Cli),
    Exit {
        text: String,
        /// Errors go to stderr; help and the version to stdout.
        error: bool,
        code: u8,
    },
}

const TEMPLATE: &str =
    "{before-help}{about-with-newline}\nGebruik: {usage}\n\n{all-args}{after-help}";

/// Parses the arguments (the program name first), the way `marke` does.
pub fn parse<I, T>(args: I) -> Parsed
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    let mut cmd = command();
    let matches = match cmd.try_get_matches_from_mut(args) {
        Ok(m) => m,
        Err(e) => return error(&e),
    };
    if let Some(("help", sub)) = matches.subcommand() {
        return help_for(sub.get_many::<String>("opdracht"));
    }
    match Cli::from_arg_matches(&matches) {
        Ok(cli) => Parsed::Run(cli),
        Err(e) => error(&e),
    }
}

/// The clap command with Dutch help.
pub fn command() -> Command {
    let cmd = Cli::command()
        .disable_version_flag(true)
        .disable_help_subcommand(true)
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help("Toon de versie van marke")
                .help_heading("Opties"),
        );
    let cmd = dutch_command(cmd).subcommand(
        Command::new("help")
            .about("Toon de hulp bij marke of bij één opdracht")
            .help_template(TEMPLATE)
            .disable_help_flag(true)
            .arg(
                Arg::new("opdracht")
                    .value_name("OPDRACHT")
                    .num_args(0..)
                    .help("De opdracht, bijvoorbeeld search")
                    .help_heading("Argumenten"),
            ),
    );
    cmd.mut_subcommands(dutch_command)
}

/// Headings, help flag and value lists of one command, in Dutch.
fn dutch_command(cmd: Command) -> Command {
    cmd.help_template(TEMPLATE)
        .subcommand_help_heading("Opdrachten")
        .subcommand_value_name("OPDRACHT")
        .disable_help_flag(true)
        .mut_args(dutch_arg)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help("Toon hulp")
                .help_heading("Opties"),
        )
}

/// The heading, and possible and default values written in Dutch after the help text.
fn dutch_arg(arg: Arg) -> Arg {
    let heading = if arg.is_positional() {
        "Argumenten"
    } else {
        "Opties"
    };
    let mut arg = arg.help_heading(heading);
    if !arg.get_action().takes_values() {
        return arg;
    }
    let mut extra = Vec::new();
    let values: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_owned())
        .collect();
    if !values.is_empty() {
        extra.push(format!("mogelijk: {}", values.join(", ")));
    }
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if !defaults.is_empty() {
        extra.push(format!("standaard: {}", defaults.join(", ")));
    }
    arg = arg.hide_possible_values(true).hide_default_value(true);
    if !extra.is_empty() {
        let extra = format!(" [{}]", extra.join("; "));
        if let Some(help) = arg.get_help() {
            let help = format!("{help}{extra}");
            arg = arg.help(help);
        }
        if let Some(long) = arg.get_long_help() {
            let long = format!("{long}{extra}");
            arg = arg.long_help(long);
        }
    }
    arg
}

/// `marke help` and `marke help search`: the same as `marke search --help`.
fn help_for<'a>(names: Option<impl Iterator<Item = &'a String>>) -> Parsed {
    let mut args: Vec<String> = vec!["marke".to_owned()];
    for name in names.into_iter().flatten() {
        if command().find_subcommand(name).is_none() || name == "help" {
            return Parsed::Exit {
                text: format!(
                    "fout: onbekende opdracht '{}'\n  = tip: 'marke --help' toont alle opdrachten\n",
                    one_line(name)
                ),
                error: true,
                code: 2,
            };
        }
        args.push(name.clone());
    }
    args.push("--help".to_owned());
    match command().try_get_matches_from(args) {
        Err(e) => error(&e),
        Ok(_) => Parsed::Exit {
            text: String::new(),
            error: false,
            code: 0,
        },
    }
}

/// The usage tags clap writes in English.
pub(super) fn english_tags(text: &str) -> String {
    text.replace("[OPTIONS]", "[OPTIES]")
}

#[cfg(test)]
mod tests {
    use super::{Parsed, command, parse};

    fn exit(args: &[&str]) -> (String, bool, u8) {
        match parse(args.iter().copied()) {
            Parsed::Exit { text, error, code } => (text, error, code),
            Parsed::Run(cli) => panic!("expected a message, got {cli:?}"),
        }
    }

    #[test]
    fn the_command_is_valid() {
        command().debug_assert();
    }

    #[test]
    fn help_of_every_command_is_dutch() {
        let cmd = command();
        let mut names = vec![vec!["marke", "--help"], vec!["marke", "help"]];
        for sub in cmd.get_subcommands() {
            names.push(vec!["marke", sub.get_name(), "--help"]);
        }
        for args in names {
            let (text, error, code) = exit(&args);
            assert_eq!((error, code), (false, 0), "{args:?}");
            assert!(text.contains("Gebruik: marke"), "{args:?}: {text}");
            for english in [
                "Usage",
                "Commands:",
                "Options:",
                "Arguments:",
                "Print",
                "possible values",
                "default:",
                "[OPTIONS]",
                "<COMMAND>",
            ] {
                assert!(
                    !text.contains(english),
                    "{args:?} says {english:?}:\n{text}"
                );
            }
        }
    }

    #[test]
    fn mistakes_are_dutch_with_a_tip_and_exit_2() {
        for (args, says) in [
            (
                &["marke", "show", "--bla"][..],
                "fout: onbekende optie '--bla'",
            ),
            (&["marke", "zoek"], "fout: onbekende opdracht 'zoek'"),
            (&["marke", "serach", "zorg"], "'search'?"),
            (&["marke", "search", "--limit", "0"], "geef 1 of meer"),
            (
                &["marke", "check", "--format", "xml"],
                "kies uit 'human', 'json'",
            ),
            (&["marke", "show"], "dit ontbreekt: <NAAM>"),
            (
                &["marke", "--content"],
                "--content <MAP> heeft een waarde nodig",
            ),
            (&["marke", "show", "a", "b"], "onverwacht argument 'b'"),
            (&["marke", "serve", "--port", "abc"], "geef een heel getal"),
        ] {
            let (text, error, code) = exit(args);
            assert_eq!((error, code), (true, 2), "{args:?}");
            assert!(text.contains(says), "{args:?}: {text}");
            assert!(!text.contains("kies uit \n"), "{args:?}: {text}");
            for english in [
                "error:",
                "unexpected",
                "Usage",
                "For more information",
                "invalid",
            ] {
                assert!(
                    !text.contains(english),
                    "{args:?} says {english:?}:\n{text}"
                );
            }
        }
    }

    #[test]
    fn version_and_commands_still_parse() {
        let (text, _, code) = exit(&["marke", "--version"]);
        assert_eq!(code, 0);
        assert!(text.starts_with("marke "), "{text}");
        assert!(matches!(
            parse(["marke", "show", "ROAZ", "--json"]),
            Parsed::Run(_)
        ));
    }
}
