//! When an afspraak is due: the moment as precise as the source gives it.
//!
//! Sources say "in 2024", "Q2 2025", "1 mei 2024" or "nader te bepalen". We keep that
//! precision instead of inventing a day, so staff see what was really agreed.

use serde::Serialize;

/// What marke calls a moment nobody has fixed yet, everywhere it shows one: in the facts, as
/// the agenda's last group ("Nader te bepalen") and in the charts.
pub const UNPLANNED: &str = "nader te bepalen";

/// A planned moment with its precision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(tag = "precisie", rename_all = "lowercase")]
pub enum Planned {
    Jaar {
        jaar: u16,
    },
    Kwartaal {
        jaar: u16,
        kwartaal: u8,
    },
    Datum {
        jaar: u16,
        maand: u8,
        dag: u8,
    },
    /// "nader te bepalen", or not said.
    Onbekend,
}

impl Planned {
    /// Parses `2025`, `2025-Q2`, `2025-06-30`, `onbekend` or `nader te bepalen`.
    pub fn parse(text: &str) -> Result<Self, String> {
        let t = text.trim();
        let lower = t.to_lowercase();
        if lower == "onbekend" || lower == UNPLANNED || lower == "ntb" {
            return Ok(Planned::Onbekend);
        }
        if let Some((y, q)) = t.split_once("-Q").or_else(|| t.split_once("-q")) {
            let jaar = year(y)?;
            let kwartaal: u8 = q.parse().map_err(|_| format!("'{t}' is geen kwartaal"))?;
            if !(1..=4).contains(&kwartaal) {
                return Err(format!(
                    "kwartaal {kwartaal} bestaat niet; kies 1 tot en met 4"
                ));
            }
            return Ok(Planned::Kwartaal { jaar, kwartaal });
        }
        let parts: Vec<&str> = t.split('-').collect();
        match parts.as_slice() {
            [y] => Ok(Planned::Jaar { jaar: year(y)? }),
            [y, m, d] => {
                let jaar = year(y)?;
                let maand: u8 = m.parse().map_err(|_| format!("'{m}' is geen maand"))?;
                let dag: u8 = d.parse().map_err(|_| format!("'{d}' is geen dag"))?;
                if !(1..=12).contains(&maand) {
                    return Err(format!("maand {maand} bestaat niet"));
                }
                if dag == 0 || dag > days_in_month(jaar, maand) {
                    return Err(format!(
                        "{t} bestaat niet: die maand heeft {} dagen",
                        days_in_month(jaar, maand)
                    ));
                }
                Ok(Planned::Datum { jaar, maand, dag })
            }
            _ => Err(format!("'{t}' is geen jaar, kwartaal of datum")),
        }
    }

    /// The year, if known: used for the agenda view and the `jaar:` filter.
    pub fn year(self) -> Option<u16> {
        match self {
            Planned::Jaar { jaar }
            | Planned::Kwartaal { jaar, .. }
            | Planned::Datum { jaar, .. } => Some(jaar),
            Planned::Onbekend => None,
        }
    }

    /// The last day the moment covers, as (year, month, day), to tell whether it has passed.
    pub fn deadline(self) -> Option<(u16, u8, u8)> {
        match self {
            Planned::Jaar { jaar } => Some((jaar, 12, 31)),
            Planned::Kwartaal { jaar, kwartaal } => {
                let maand = kwartaal * 3;
                Some((jaar, maand, days_in_month(jaar, maand)))
            }
            Planned::Datum { jaar, maand, dag } => Some((jaar, maand, dag)),
            Planned::Onbekend => None,
        }
    }

    /// True when the whole planned period lies before `today`.
    pub fn is_past(self, today: (u16, u8, u8)) -> bool {
        self.deadline().is_some_and(|d| d < today)
    }

    /// Plain Dutch: "2025", "2e kwartaal 2025", "30 juni 2025", "nader te bepalen".
    pub fn display(self) -> String {
        const MONTHS: [&str; 12] = [
            "januari",
            "februari",
            "maart",
            "april",
            "mei",
            "juni",
            "juli",
            "augustus",
            "september",
            "oktober",
            "november",
            "december",
        ];
        match self {
            Planned::Jaar { jaar } => jaar.to_string(),
            Planned::Kwartaal { jaar, kwartaal } => format!("{kwartaal}e kwartaal {jaar}"),
            Planned::Datum { jaar, maand, dag } => {
                format!("{dag} {} {jaar}", MONTHS[usize::from(maand - 1)])
            }
            Planned::Onbekend => UNPLANNED.into(),
        }
    }

    /// As written in the content: `2025`, `2025-Q2`, `2025-06-30`, `onbekend`. Sorts and
    /// filters well in a spreadsheet, and reads back with [`Planned::parse`].
    pub fn as_written(self) -> String {
        match self {
            Planned::Jaar { jaar } => jaar.to_string(),
            Planned::Kwartaal { jaar, kwartaal } => format!("{jaar}-Q{kwartaal}"),
            Planned::Datum { jaar, maand, dag } => format!("{jaar}-{maand:02}-{dag:02}"),
            Planned::Onbekend => "onbekend".into(),
        }
    }

    /// The precision as a word: jaar, kwartaal, datum, onbekend.
    pub fn precision(self) -> &'static str {
        match self {
            Planned::Jaar { .. } => "jaar",
            Planned::Kwartaal { .. } => "kwartaal",
            Planned::Datum { .. } => "datum",
            Planned::Onbekend => "onbekend",
        }
    }
}

fn year(y: &str) -> Result<u16, String> {
    let jaar: u16 = y
        .trim()
        .parse()
        .map_err(|_| format!("'{y}' is geen jaartal"))?;
    if !(2000..=2100).contains(&jaar) {
        return Err(format!("{jaar} ligt niet tussen 2000 en 2100"));
    }
    Ok(jaar)
}

pub(super) fn days_in_month(jaar: u16, maand: u8) -> u8 {
    match maand {
        2 if (jaar.is_multiple_of(4) && !jaar.is_multiple_of(100)) || jaar.is_multiple_of(400) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Today as (year, month, day), from the system clock, in UTC.
pub fn today() -> (u16, u8, u8) {
    let d = super::Date::from_system_time(std::time::SystemTime::now());
    (d.jaar, d.maand, d.dag)
}

/// Howard Hinnant's days-to-civil algorithm; avoids a date crate for one conversion.
pub(super) fn civil_from_days(z: i64) -> (u16, u8, u8) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y as u16, m as u8, d as u8)
}

/// Status of an afspraak, as staff update it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    #[default]
    Onbekend,
    Gepland,
    Lopend,
    Afgerond,
    Vertraagd,
    Vervallen,
}

impl Status {
    pub const ALL: [Status; 6] = [
        Status::Onbekend,
        Status::Gepland,
        Status::Lopend,
        Status::Afgerond,
        Status::Vertraagd,
        Status::Vervallen,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Status::Onbekend => "onbekend",
            Status::Gepland => "gepland",
            Status::Lopend => "lopend",
            Status::Afgerond => "afgerond",
            Status::Vertraagd => "vertraagd",
            Status::Vervallen => "vervallen",
        }
    }

    pub fn from_name(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|x| x.name() == s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_each_precision() {
        assert_eq!(Planned::parse("2025"), Ok(Planned::Jaar { jaar: 2025 }));
        assert_eq!(
            Planned::parse("2025-Q2"),
            Ok(Planned::Kwartaal {
                jaar: 2025,
                kwartaal: 2
            })
        );
        assert_eq!(
            Planned::parse("2024-02-29"),
            Ok(Planned::Datum {
                jaar: 2024,
                maand: 2,
                dag: 29
            })
        );
        assert_eq!(Planned::parse("nader te bepalen"), Ok(Planned::Onbekend));
    }

    #[test]
    fn impossible_dates_are_refused() {
        assert!(Planned::parse("2025-02-29").is_err());
        assert!(Planned::parse("2025-13-01").is_err());
        assert!(Planned::parse("2025-Q5").is_err());
        assert!(Planned::parse("volgend jaar").is_err());
    }

    #[test]
    fn a_year_is_past_only_after_its_last_day() {
        let p = Planned::Jaar { jaar: 2024 };
        assert!(!p.is_past((2024, 12, 31)));
        assert!(p.is_past((2025, 1, 1)));
        assert!(!Planned::Onbekend.is_past((2099, 1, 1)));
    }

    #[test]
    fn civil_dates_are_right() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(20_416), (2025, 11, 24));
    }
}
