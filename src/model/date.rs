//! A calendar day: when a status update happened, and "today".
//!
//! Status updates are written as `JJJJ-MM-DD` and nothing else, so a spreadsheet, a diff and
//! a sort all read them the same way. Validation reuses [`Planned::parse`], so "30 februari"
//! is refused here exactly as it is in `gepland`.

use serde::{Serialize, Serializer};

use super::Planned;
use super::planned::days_in_month;

/// One day of the calendar. Ordered from old to new.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub jaar: u16,
    pub maand: u8,
    pub dag: u8,
}

impl Date {
    /// Parses `JJJJ-MM-DD` (`2026-12-01`); a day that does not exist is refused.
    pub fn parse(text: &str) -> Result<Self, String> {
        let t = text.trim();
        let b = t.as_bytes();
        let shape = b.len() == 10
            && b[4] == b'-'
            && b[7] == b'-'
            && b.iter()
                .enumerate()
                .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
        if !shape {
            return Err(format!(
                "'{t}' is geen datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2026-12-01"
            ));
        }
        match Planned::parse(t)? {
            Planned::Datum { jaar, maand, dag } => Ok(Date { jaar, maand, dag }),
            _ => Err(format!("'{t}' is geen datum")),
        }
    }

    /// Today, from the system clock (UTC). Commands take today from the workspace instead,
    /// so tests can fix it with `MARKE_VANDAAG`.
    pub fn today() -> Self {
        super::planned::today().into()
    }

    /// The day (UTC) a file was last changed, from its modification time; a time before
    /// 1970 counts as 1 January 1970. The caller reads the clock or the file: this only
    /// converts.
    pub fn from_system_time(t: std::time::SystemTime) -> Self {
        let secs = t
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        super::planned::civil_from_days((secs / 86_400) as i64).into()
    }

    /// The same day `months` months earlier; the 31st becomes the last day of a shorter month.
    pub fn months_before(self, months: u8) -> Self {
        let total = i32::from(self.jaar) * 12 + i32::from(self.maand) - 1 - i32::from(months);
        let jaar = (total.div_euclid(12)) as u16;
        let maand = (total.rem_euclid(12) + 1) as u8;
        Date {
            jaar,
            maand,
            dag: self.dag.min(days_in_month(jaar, maand)),
        }
    }

    /// The day after: an all-day calendar entry ends there (exclusive).
    pub fn next_day(self) -> Self {
        if self.dag < days_in_month(self.jaar, self.maand) {
            Date {
                dag: self.dag + 1,
                ..self
            }
        } else if self.maand < 12 {
            Date {
                maand: self.maand + 1,
                dag: 1,
                ..self
            }
        } else {
            Date {
                jaar: self.jaar + 1,
                maand: 1,
                dag: 1,
            }
        }
    }

    /// Plain Dutch, as the rest of marke writes dates: "1 december 2026".
    pub fn display_nl(self) -> String {
        Planned::Datum {
            jaar: self.jaar,
            maand: self.maand,
            dag: self.dag,
        }
        .display()
    }

    /// `20261201`, the form iCalendar uses.
    pub fn compact(self) -> String {
        format!("{:04}{:02}{:02}", self.jaar, self.maand, self.dag)
    }
}

impl From<(u16, u8, u8)> for Date {
    fn from((jaar, maand, dag): (u16, u8, u8)) -> Self {
        Date { jaar, maand, dag }
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.jaar, self.maand, self.dag)
    }
}

/// Exported as written in the content (`"2026-12-01"`), so an export can be read back.
impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(jaar: u16, maand: u8, dag: u8) -> Date {
        Date { jaar, maand, dag }
    }

    #[test]
    fn only_real_days_in_the_one_form_parse() {
        assert_eq!(Date::parse("2026-12-01"), Ok(d(2026, 12, 1)));
        assert_eq!(Date::parse(" 2024-02-29 "), Ok(d(2024, 2, 29)));
        for bad in [
            "2025-02-29",
            "2026-13-01",
            "2026-1-1",
            "01-12-2026",
            "2026",
            "morgen",
        ] {
            assert!(Date::parse(bad).is_err(), "{bad}");
        }
        assert_eq!(d(2026, 3, 9).to_string(), "2026-03-09");
        assert_eq!(d(2026, 3, 9).display_nl(), "9 maart 2026");
    }

    #[test]
    fn months_before_and_next_day_cross_month_and_year_ends() {
        assert_eq!(d(2026, 12, 1).months_before(6), d(2026, 6, 1));
        assert_eq!(d(2026, 3, 15).months_before(6), d(2025, 9, 15));
        assert_eq!(d(2026, 8, 31).months_before(6), d(2026, 2, 28));
        assert_eq!(d(2025, 12, 31).next_day(), d(2026, 1, 1));
        assert_eq!(d(2024, 2, 28).next_day(), d(2024, 2, 29));
        assert_eq!(d(2025, 6, 30).next_day(), d(2025, 7, 1));
    }

    #[test]
    fn a_file_time_becomes_its_utc_day() {
        use std::time::{Duration, UNIX_EPOCH};
        // 2026-12-01T23:59:59Z and a second later.
        let t = UNIX_EPOCH + Duration::from_secs(1_796_169_599);
        assert_eq!(Date::from_system_time(t), d(2026, 12, 1));
        assert_eq!(
            Date::from_system_time(t + Duration::from_secs(1)),
            d(2026, 12, 2)
        );
        assert_eq!(Date::from_system_time(UNIX_EPOCH), d(1970, 1, 1));
    }
}
