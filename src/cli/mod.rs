//! The command line: clap definitions, and [`dutch`] to show clap's help and errors in Dutch.
//! Each command is run by its file in `cmd/`.

mod dutch;
mod errors;

pub use dutch::{Parsed, command, parse};

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::diag::Format;

/// marke: de kennisbank van Gezonde Marke. Zonder opdracht opent de browser.
#[derive(Debug, Parser)]
#[command(name = "marke", version, about, long_about = None)]
pub struct Cli {
    /// Map met de inhoud (anders: [marke] content in book.toml, of ./content).
    #[arg(long, global = true, value_name = "MAP")]
    pub content: Option<PathBuf>,

    /// Browser: klik en scroll met de muis. Tekst selecteren gaat dan met Shift ingedrukt.
    /// Ook in book.toml: [marke] muis = true. Standaard uit.
    #[arg(long)]
    pub muis: bool,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Open de browser in de terminal (dit is ook wat 'marke' zonder opdracht doet).
    Browse {
        /// Open meteen bij dit onderdeel: id, code of naam, bijvoorbeeld 2.2.1.C of ROAZ.
        #[arg(value_name = "NAAM")]
        naam: Option<String>,
        /// Klik en scroll met de muis (tekst selecteren dan met Shift). Standaard uit.
        #[arg(long)]
        muis: bool,
    },
    /// Controleer de inhoud: fouten met bestand, regel en kolom, en een tip.
    Check {
        /// Uitvoer: human (leesbaar), json, github (annotaties voor GitHub Actions) of
        /// markdown (een samenvatting voor een pull request).
        #[arg(long, value_enum, default_value = "human")]
        format: Format,
        /// Toon een tabel met de leesbaarheid van alle onderdelen, moeilijkste eerst.
        #[arg(long, conflicts_with = "sinds")]
        leesbaarheid: bool,
        /// Controleer de spelling van de openbare tekst met het woordenboek van OpenTaal:
        /// elk onbekend woord met bestand, regel en kolom, en een voorstel. Namen, codes en
        /// titels uit de inhoud tellen als woorden.
        #[arg(long, conflicts_with_all = ["sinds", "leesbaarheid"])]
        spelling: bool,
        /// Alleen de problemen van wat sinds deze git-revisie veranderde (bijvoorbeeld
        /// origin/main), met de leesbaarheid voor en na en de statuswijzigingen.
        #[arg(long, value_name = "REVISIE")]
        sinds: Option<String>,
    },
    /// Welke pagina's van de website veranderen: vergelijk twee gebouwde websites.
    Diff {
        /// De map met de oude website (bijvoorbeeld gebouwd van origin/main).
        oud: PathBuf,
        /// De map met de nieuwe website.
        nieuw: PathBuf,
        /// Uitvoer: tekst, markdown (voor een pull request) of json.
        #[arg(long, value_enum, default_value = "tekst")]
        format: DiffFormat,
    },
    /// Zoek in de inhoud.
    Search {
        /// Zoekwoorden; filters als type:doel, opgave:netwerkaanpak, jaar:2025, org:treant.
        #[arg(value_name = "WOORDEN")]
        query: Vec<String>,
        /// Alleen onderdelen van dit type.
        #[arg(long = "type", value_name = "TYPE")]
        kind: Option<String>,
        /// Hoeveel resultaten ten hoogste (1 of meer).
        #[arg(long, value_name = "AANTAL", default_value_t = 10, value_parser = at_least_one)]
        limit: usize,
        /// Uitvoer als JSON.
        #[arg(long)]
        json: bool,
    },
    /// Toon één onderdeel als platte tekst.
    Show {
        /// Id, code of naam van het onderdeel, bijvoorbeeld 2-1-1-a, 2.1.1.A of ROAZ (hoofdletters
        /// maken niet uit).
        #[arg(value_name = "NAAM")]
        id: String,
        /// Uitvoer als JSON, in dezelfde vorm als één onderdeel van 'marke export'.
        #[arg(long)]
        json: bool,
    },
    /// Schrijf het hele model weg (json), de afspraken als spreadsheet (csv) of als agenda (ics).
    Export {
        #[arg(long, value_enum, default_value = "json")]
        format: ExportFormat,
        /// Schrijf naar dit bestand in plaats van naar de standaarduitvoer.
        #[arg(long, short, value_name = "BESTAND")]
        out: Option<PathBuf>,
        /// csv: het teken tussen de kolommen. ';' opent goed in Nederlandse Excel.
        #[arg(long, value_name = "TEKEN", default_value = ";", value_parser = [";", ","])]
        scheiding: String,
    },
    /// Leg de voortgang van een afspraak vast: de nieuwe status, met datum en toelichting.
    /// Verandert alleen de regels van die afspraak in het bestand.
    Status {
        /// Code, id of naam van de afspraak, bijvoorbeeld 2.1.1.A of 2-1-1-a.
        #[arg(
            value_name = "CODE",
            required_unless_present = "import",
            conflicts_with = "import"
        )]
        code: Option<String>,
        /// De nieuwe status: onbekend, gepland, lopend, afgerond, vertraagd of vervallen.
        #[arg(required_unless_present = "import")]
        status: Option<String>,
        /// Korte toelichting: wat er veranderde.
        #[arg(long, value_name = "TEKST")]
        toelichting: Option<String>,
        /// De dag van de update (JJJJ-MM-DD); standaard vandaag.
        #[arg(long, value_name = "JJJJ-MM-DD")]
        datum: Option<String>,
        /// Lees de updates uit een spreadsheet (CSV met de kolommen code, status, datum,
        /// toelichting). Alles of niets: bij één fout wordt niets geschreven.
        #[arg(long, value_name = "BESTAND", conflicts_with_all = ["toelichting", "datum"])]
        import: Option<PathBuf>,
    },
    /// Hoe staan de afspraken ervoor? Per opgave: aantal per status, verlopen, lang niet bijgewerkt.
    Voortgang {
        /// Uitvoer: tekst, json, csv (voor Excel) of markdown (voor een notitie).
        #[arg(long, value_enum, default_value = "tekst")]
        format: VoortgangFormat,
    },
    /// Bouw de website.
    Build {
        /// Map voor de website (anders: [build] build-dir in book.toml).
        #[arg(long, value_name = "MAP")]
        out: Option<PathBuf>,
        /// Sla de zoekindex over: sneller, voor een snelle blik op de pagina's. Zoeken op de
        /// site werkt dan niet; publiceer zo'n build niet.
        #[arg(long)]
        zonder_zoekindex: bool,
    },
    /// Bekijk de website op uw eigen computer, en bouw opnieuw bij elke wijziging.
    Serve {
        /// Poort op 127.0.0.1.
        #[arg(long, value_name = "POORT", default_value_t = 3000)]
        port: u16,
        /// Adres om op te luisteren. Alleen veranderen als u weet wat u doet.
        #[arg(long, value_name = "ADRES", default_value = "127.0.0.1")]
        bind: String,
    },
}

/// Output of `marke diff`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DiffFormat {
    Tekst,
    Markdown,
    Json,
}

/// `--limit 0` would ask for nothing; the search engine read it as "the default" and showed
/// 20 results. A number below 1 is refused instead.
fn at_least_one(s: &str) -> Result<usize, String> {
    match s.parse::<usize>() {
        Ok(n) if n >= 1 => Ok(n),
        Ok(_) => Err("geef 1 of meer; zonder --limit toont marke er 10".into()),
        Err(_) => Err(format!(
            "'{s}' is geen heel getal; geef bijvoorbeeld --limit 5"
        )),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    Json,
    Csv,
    Ics,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum VoortgangFormat {
    Tekst,
    Json,
    Csv,
    Markdown,
}

#[cfg(test)]
mod tests {
    use clap::Parser;

    use super::{Cli, Command};

    #[test]
    fn the_mouse_is_off_unless_asked_for() {
        let cli = Cli::parse_from(["marke"]);
        assert!(!cli.muis);
        assert!(cli.command.is_none());
        let cli = Cli::parse_from(["marke", "browse"]);
        assert!(matches!(
            cli.command,
            Some(Command::Browse {
                muis: false,
                naam: None
            })
        ));
        assert!(Cli::parse_from(["marke", "--muis"]).muis);
        let cli = Cli::parse_from(["marke", "browse", "--muis"]);
        assert!(matches!(
            cli.command,
            Some(Command::Browse { muis: true, .. })
        ));
    }
}
