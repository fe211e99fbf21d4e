//! What the metrics need from one VEVENT (a series master or a changed occurrence). Pure
//! reading, no times: those are the expander's job.

use calcard::common::PartialDateTime;
use calcard::icalendar::{
    ICalendarComponent, ICalendarEntry, ICalendarParameterName, ICalendarParameterValue,
    ICalendarParticipationStatus, ICalendarProperty, ICalendarStatus, ICalendarTransparency,
};
use sha2::{Digest, Sha256};

/// The flags and people of one VEVENT. `None`/empty means the property is absent, so an
/// override that omits it can inherit the master's (Exchange writes minimal overrides).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct EventInfo {
    pub summary: Option<String>,
    pub cancelled: bool,
    /// TRANSP:TRANSPARENT or X-MICROSOFT-CDO-BUSYSTATUS:FREE: shown as free time.
    pub free: bool,
    /// DTSTART is a date (VALUE=DATE), or Outlook's X-MICROSOFT-CDO-ALLDAYEVENT:TRUE.
    pub all_day: bool,
    pub organizer: Option<String>,
    /// (lower-cased address, PARTSTAT upper-cased).
    pub attendees: Vec<(String, String)>,
}

/// An X- property's text, matched case-insensitively (calcard keeps the file's spelling).
pub(crate) fn other_text<'a>(c: &'a ICalendarComponent, name: &str) -> Option<&'a str> {
    c.entries.iter().find_map(|e| match &e.name {
        ICalendarProperty::Other(n) if n.eq_ignore_ascii_case(name) => {
            e.values.first().and_then(|v| v.as_text())
        }
        _ => None,
    })
}

/// The first value of a date or date-time property, with the property (for its TZID).
pub(crate) fn date_value<'a>(
    c: &'a ICalendarComponent,
    p: &ICalendarProperty,
) -> Option<(&'a ICalendarEntry, &'a PartialDateTime)> {
    let e = c.property(p)?;
    Some((e, e.values.first()?.as_partial_date_time()?))
}

/// Addresses are compared later against the owner's: lower-case, no `mailto:`, no spaces
/// (the stored form is space-separated).
fn address(e: &ICalendarEntry) -> Option<String> {
    let a: String = e
        .calendar_address()?
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_lowercase();
    (!a.is_empty()).then_some(a)
}

fn partstat(e: &ICalendarEntry) -> String {
    use ICalendarParticipationStatus as P;
    match e.parameter(&ICalendarParameterName::Partstat) {
        Some(ICalendarParameterValue::Partstat(p)) => match p {
            P::NeedsAction => "NEEDS-ACTION",
            P::Accepted => "ACCEPTED",
            P::Declined => "DECLINED",
            P::Tentative => "TENTATIVE",
            P::Delegated => "DELEGATED",
            P::Completed => "COMPLETED",
            P::InProcess => "IN-PROCESS",
            P::Failed => "FAILED",
        }
        .to_string(),
        Some(other) => other
            .as_text()
            .map(|t| {
                t.trim()
                    .to_ascii_uppercase()
                    .replace(char::is_whitespace, "-")
            })
            .filter(|t| !t.is_empty())
            .unwrap_or_else(|| "NEEDS-ACTION".to_string()),
        // RFC 5545 §3.2.12: the default is NEEDS-ACTION.
        None => "NEEDS-ACTION".to_string(),
    }
}

pub(crate) fn read(c: &ICalendarComponent) -> EventInfo {
    let start = date_value(c, &ICalendarProperty::Dtstart).map(|(_, p)| p);
    let yes = |name: &str, value: &str| {
        other_text(c, name).is_some_and(|v| v.trim().eq_ignore_ascii_case(value))
    };
    EventInfo {
        summary: c
            .property(&ICalendarProperty::Summary)
            .and_then(|e| e.values.first())
            .and_then(|v| v.as_text())
            .map(|s| s.trim().to_string()),
        cancelled: matches!(c.status(), Some(ICalendarStatus::Cancelled)),
        free: matches!(c.transparency(), Some(ICalendarTransparency::Transparent))
            || yes("X-MICROSOFT-CDO-BUSYSTATUS", "FREE"),
        all_day: start.is_some_and(|p| !p.has_time()) || yes("X-MICROSOFT-CDO-ALLDAYEVENT", "TRUE"),
        organizer: c.property(&ICalendarProperty::Organizer).and_then(address),
        attendees: c
            .properties(&ICalendarProperty::Attendee)
            .filter_map(|e| Some((address(e)?, partstat(e))))
            .collect(),
    }
}

impl EventInfo {
    /// An override keeps its own flags (it replaces the occurrence, RFC 5545 §3.8.4.4) but
    /// inherits what it leaves out; a cancelled series cancels every occurrence.
    pub(crate) fn over(mut self, master: &EventInfo) -> EventInfo {
        if self.summary.is_none() {
            self.summary.clone_from(&master.summary);
        }
        if self.organizer.is_none() {
            self.organizer.clone_from(&master.organizer);
        }
        if self.attendees.is_empty() {
            self.attendees.clone_from(&master.attendees);
        }
        self.cancelled |= master.cancelled;
        self
    }
}

/// A stable key for an event without a UID: the same event in the next export gets the same
/// one (a position in the file would change whenever another event is added).
pub(crate) fn synthetic_uid(c: &ICalendarComponent) -> String {
    let start = date_value(c, &ICalendarProperty::Dtstart)
        .map(|(e, p)| {
            format!(
                "{}:{:04}{:02}{:02}T{:02}{:02}{:02}{}",
                e.tz_id().unwrap_or(""),
                p.year.unwrap_or(0),
                p.month.unwrap_or(0),
                p.day.unwrap_or(0),
                p.hour.unwrap_or(0),
                p.minute.unwrap_or(0),
                p.second.unwrap_or(0),
                if p.has_zone() { "Z" } else { "" }
            )
        })
        .unwrap_or_default();
    let info = read(c);
    let mut h = Sha256::new();
    for part in [
        start.as_str(),
        info.summary.as_deref().unwrap_or(""),
        info.organizer.as_deref().unwrap_or(""),
    ] {
        h.update(part.as_bytes());
        h.update([0x1f]);
    }
    let hex: String = h.finalize()[..16]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    format!("waypoint-{hex}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use calcard::icalendar::ICalendar;

    fn first_event(ics: &str) -> ICalendarComponent {
        let cal = ICalendar::parse(ics).expect("calendar");
        cal.components
            .into_iter()
            .find(|c| c.component_type == calcard::icalendar::ICalendarComponentType::VEvent)
            .expect("event")
    }

    #[test]
    fn reads_flags_and_people() {
        let c = first_event(
            "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nSUMMARY: Board prep \r\n\
             DTSTART;VALUE=DATE:20240902\r\nSTATUS:CANCELLED\r\nTRANSP:TRANSPARENT\r\n\
             ORGANIZER;CN=Ann:MAILTO:Ann@Example.com\r\n\
             ATTENDEE;PARTSTAT=DECLINED:mailto:Me@Example.com\r\n\
             ATTENDEE;PARTSTAT=NEEDS-ACTION:mailto:bob@example.com\r\n\
             ATTENDEE:mailto:carol@example.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        );
        let i = read(&c);
        assert_eq!(i.summary.as_deref(), Some("Board prep"));
        assert!(i.cancelled && i.free && i.all_day);
        assert_eq!(i.organizer.as_deref(), Some("ann@example.com"));
        assert_eq!(
            i.attendees,
            vec![
                ("me@example.com".into(), "DECLINED".into()),
                ("bob@example.com".into(), "NEEDS-ACTION".into()),
                ("carol@example.com".into(), "NEEDS-ACTION".into()),
            ]
        );
    }

    #[test]
    fn outlook_busy_status_and_all_day_flags() {
        let c = first_event(
            "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20240902T100000Z\r\n\
             X-MICROSOFT-CDO-BUSYSTATUS:FREE\r\nx-microsoft-cdo-alldayevent:TRUE\r\n\
             END:VEVENT\r\nEND:VCALENDAR\r\n",
        );
        let i = read(&c);
        assert!(i.free && i.all_day && !i.cancelled);
    }

    #[test]
    fn synthetic_uids_depend_on_content_not_position() {
        let a = "BEGIN:VEVENT\r\nDTSTART;TZID=Europe/Berlin:20240902T100000\r\nSUMMARY:1:1\r\nEND:VEVENT\r\n";
        let b = "BEGIN:VEVENT\r\nDTSTART;TZID=Europe/Berlin:20240903T100000\r\nSUMMARY:1:1\r\nEND:VEVENT\r\n";
        let one = first_event(&format!("BEGIN:VCALENDAR\r\n{a}END:VCALENDAR\r\n"));
        let later = first_event(&format!("BEGIN:VCALENDAR\r\n{b}{a}END:VCALENDAR\r\n"));
        let other = first_event(&format!("BEGIN:VCALENDAR\r\n{b}END:VCALENDAR\r\n"));
        assert_eq!(
            synthetic_uid(&one),
            synthetic_uid(&first_event(&format!(
                "BEGIN:VCALENDAR\r\n{a}{b}END:VCALENDAR\r\n"
            )))
        );
        assert_ne!(synthetic_uid(&one), synthetic_uid(&later));
        assert_eq!(synthetic_uid(&later), synthetic_uid(&other));
        assert!(synthetic_uid(&one).starts_with("waypoint-"));
    }
}
