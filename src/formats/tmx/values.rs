//! Attribute values with a format of their own: TMX dates.
//!
//! TMX writes dates as ISO 8601 basic format in UTC, `20261127T120000Z`; korpu keeps
//! RFC 3339, `2026-11-27T12:00:00Z`.

/// A date and time in UTC, to the second.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct DateTime {
    year: i64,
    month: u32,
    day: u32,
    hour: u32,
    minute: u32,
    second: u32,
}

impl DateTime {
    fn valid(self) -> Option<DateTime> {
        let ok = (0..=9999).contains(&self.year)
            && (1..=12).contains(&self.month)
            && self.day >= 1
            && self.day <= days_in_month(self.year, self.month)
            && self.hour <= 23
            && self.minute <= 59
            && self.second <= 60;
        ok.then_some(self)
    }

    fn rfc3339(self) -> String {
        self.render(true)
    }

    fn tmx(self) -> String {
        self.render(false)
    }

    /// `2026-11-27T12:00:00Z` (extended) or `20261127T120000Z` (basic). Built by hand:
    /// every unit of an import has dates.
    fn render(self, extended: bool) -> String {
        fn push(s: &mut String, value: u32, width: usize) {
            let mut digits = [b'0'; 4];
            let mut rest = value;
            for digit in digits[..width].iter_mut().rev() {
                *digit = b'0' + (rest % 10) as u8;
                rest /= 10;
            }
            s.extend(digits[..width].iter().map(|&d| char::from(d)));
        }
        let mut s = String::with_capacity(20);
        push(&mut s, self.year as u32, 4);
        for (i, (value, separator)) in [
            (self.month, '-'),
            (self.day, '-'),
            (self.hour, 'T'),
            (self.minute, ':'),
            (self.second, ':'),
        ]
        .into_iter()
        .enumerate()
        {
            if extended || i == 2 {
                s.push(separator);
            }
            push(&mut s, value, 2);
        }
        s.push('Z');
        s
    }

    /// Shifts by a number of minutes (to bring a local time with an offset to UTC).
    fn plus_minutes(self, minutes: i64) -> DateTime {
        let total = (days_from_civil(self.year, self.month, self.day) * 1440
            + i64::from(self.hour) * 60
            + i64::from(self.minute))
            + minutes;
        let days = total.div_euclid(1440);
        let rest = total.rem_euclid(1440);
        let (year, month, day) = civil_from_days(days);
        DateTime {
            year,
            month,
            day,
            hour: (rest / 60) as u32,
            minute: (rest % 60) as u32,
            second: self.second,
        }
    }
}

fn is_leap(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 in the proleptic Gregorian calendar.
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    // Count years from March, so that the leap day ends a year.
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let year_of_era = y - era * 400;
    let m = i64::from(month);
    let day_of_year = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The inverse of [`days_from_civil`].
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let mp = (5 * day_of_year + 2) / 153;
    let day = (day_of_year - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// Reads `n` ASCII digits at the start of `s`.
fn digits(s: &[u8], n: usize) -> Option<u32> {
    let part = s.get(..n)?;
    part.iter().try_fold(0u32, |acc, &b| {
        b.is_ascii_digit().then(|| acc * 10 + u32::from(b - b'0'))
    })
}

/// Converts a TMX date (`20261127T120000Z`) to RFC 3339 (`2026-11-27T12:00:00Z`).
///
/// An RFC 3339 date, as some tools write, is accepted too. `None` for anything else.
pub(super) fn tmx_to_rfc3339(value: &str) -> Option<String> {
    let trimmed = value.trim();
    let b = trimmed.as_bytes();
    if b.len() == 16 && b[8] == b'T' && b[15] == b'Z' {
        DateTime {
            year: i64::from(digits(b, 4)?),
            month: digits(&b[4..], 2)?,
            day: digits(&b[6..], 2)?,
            hour: digits(&b[9..], 2)?,
            minute: digits(&b[11..], 2)?,
            second: digits(&b[13..], 2)?,
        }
        .valid()?;
        // Valid, so all ASCII: the extended form is the basic one with separators.
        let mut date = String::with_capacity(20);
        for (part, separator) in [
            (0..4, "-"),
            (4..6, "-"),
            (6..8, "T"),
            (9..11, ":"),
            (11..13, ":"),
            (13..15, "Z"),
        ] {
            date.push_str(trimmed.get(part)?);
            date.push_str(separator);
        }
        Some(date)
    } else {
        parse_rfc3339(value.trim()).map(DateTime::rfc3339)
    }
}

/// Converts an RFC 3339 date to the TMX form in UTC; `None` when it is not one.
///
/// Fractions of a second are dropped and an offset is applied
/// (`2026-11-27T16:00:00+04:00` becomes `20261127T120000Z`).
pub(super) fn rfc3339_to_tmx(value: &str) -> Option<String> {
    parse_rfc3339(value.trim()).map(DateTime::tmx)
}

fn parse_rfc3339(s: &str) -> Option<DateTime> {
    let b = s.as_bytes();
    let separators = [(4, b'-'), (7, b'-'), (13, b':'), (16, b':')];
    if b.len() < 20 || separators.iter().any(|&(i, c)| b[i] != c) {
        return None;
    }
    if !matches!(b[10], b'T' | b't' | b' ') {
        return None;
    }
    let local = DateTime {
        year: i64::from(digits(b, 4)?),
        month: digits(&b[5..], 2)?,
        day: digits(&b[8..], 2)?,
        hour: digits(&b[11..], 2)?,
        minute: digits(&b[14..], 2)?,
        second: digits(&b[17..], 2)?,
    }
    .valid()?;
    let mut rest = &b[19..];
    if rest.first() == Some(&b'.') {
        let fraction = rest[1..].iter().take_while(|c| c.is_ascii_digit()).count();
        if fraction == 0 {
            return None;
        }
        rest = &rest[1 + fraction..];
    }
    let offset_minutes = match rest {
        [b'Z' | b'z'] => 0,
        [sign @ (b'+' | b'-'), _, _, b':', _, _] => {
            let hours = digits(&rest[1..], 2)?;
            let minutes = digits(&rest[4..], 2)?;
            if hours > 23 || minutes > 59 {
                return None;
            }
            let total = i64::from(hours * 60 + minutes);
            if *sign == b'+' {
                total
            } else {
                -total
            }
        }
        _ => return None,
    };
    let utc = local.plus_minutes(-offset_minutes);
    (0..=9999).contains(&utc.year).then_some(utc)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tmx_dates_become_rfc3339() {
        assert_eq!(
            tmx_to_rfc3339("20261127T120000Z").as_deref(),
            Some("2026-11-27T12:00:00Z")
        );
        assert_eq!(
            tmx_to_rfc3339("2026-11-27T12:00:00Z").as_deref(),
            Some("2026-11-27T12:00:00Z")
        );
        assert_eq!(
            tmx_to_rfc3339("20240229T235960Z").as_deref(),
            Some("2024-02-29T23:59:60Z")
        );
        for bad in [
            "",
            "20261127",
            "20261327T120000Z",
            "20230229T120000Z",
            "2026112xT120000Z",
            "20261127T240000Z",
            "20261127T120000",
            "٢٠٢٦١١٢٧T120000Z",
        ] {
            assert_eq!(tmx_to_rfc3339(bad), None, "{bad}");
        }
    }

    #[test]
    fn rfc3339_dates_become_tmx_in_utc() {
        assert_eq!(
            rfc3339_to_tmx("2026-11-27T12:00:00Z").as_deref(),
            Some("20261127T120000Z")
        );
        assert_eq!(
            rfc3339_to_tmx("2026-11-27T12:00:00.123Z").as_deref(),
            Some("20261127T120000Z")
        );
        assert_eq!(
            rfc3339_to_tmx("2026-11-27T16:00:00+04:00").as_deref(),
            Some("20261127T120000Z")
        );
        assert_eq!(
            rfc3339_to_tmx("2026-01-01T01:30:00+02:00").as_deref(),
            Some("20251231T233000Z")
        );
        assert_eq!(
            rfc3339_to_tmx("2024-02-28T22:00:00-03:00").as_deref(),
            Some("20240229T010000Z")
        );
        for bad in [
            "",
            "yesterday",
            "2026-11-27",
            "2026-11-27T12:00:00",
            "2026-11-27T12:00:00+4:00",
            "2026-11-27T12:00:00.Z",
        ] {
            assert_eq!(rfc3339_to_tmx(bad), None, "{bad}");
        }
    }

    #[test]
    fn civil_day_conversion_is_its_own_inverse() {
        for days in (-800_000..800_000).step_by(997) {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(civil_from_days(20_819), (2027, 1, 1));
    }
}
