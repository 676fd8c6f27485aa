import Foundation

/// The date-times of the Red Oxygen API: `SendLater` as the customer writes it
/// (`01-Jan-2030 00:00:01`, local time of `TimeZoneOffset`) and the ISO 8601 UTC timestamps of the
/// response (`2024-09-20T04:39:13.819Z`).
///
/// Done with integer calendar arithmetic (proleptic Gregorian, UTC), so no locale or time-zone
/// database can change the result.
enum RoxDateTime {
    /// The English month abbreviations `MMM` accepts, matched ignoring case.
    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// Reads `dd-MMM-yyyy HH:mm:ss` (two-digit day, hour, minute and second; 24-hour clock) as a
    /// local time `timeZoneOffset` minutes behind UTC (`-600` is UTC+10:00), returning the UTC
    /// instant; nil when the text has another shape or names no real date.
    static func parseSendLater(_ text: String, timeZoneOffset: Int) -> Date? {
        let bytes = Array(text.utf8)
        guard bytes.count == 20, bytes[2] == UInt8(ascii: "-"), bytes[6] == UInt8(ascii: "-"), bytes[11] == UInt8(ascii: " "),
              bytes[14] == UInt8(ascii: ":"), bytes[17] == UInt8(ascii: ":"),
              let day = number(bytes[0..<2]), let year = number(bytes[7..<11]), let hour = number(bytes[12..<14]),
              let minute = number(bytes[15..<17]), let second = number(bytes[18..<20]),
              let monthIndex = months.firstIndex(of: String(decoding: bytes[3..<6], as: UTF8.self).lowercased())
        else { return nil }
        let month = monthIndex + 1
        guard year >= 1970, (1...daysIn(month: month, year: year)).contains(day), hour < 24, minute < 60, second < 60 else { return nil }
        let localSeconds = ((daysSinceEpoch(year: year, month: month, day: day) * 24 + hour) * 60 + minute) * 60 + second
        return Date(timeIntervalSince1970: TimeInterval(localSeconds + timeZoneOffset * 60))
    }

    /// `yyyy-MM-ddTHH:mm:ss.SSSZ` in UTC, milliseconds truncated.
    static func timestamp(_ date: Date) -> String {
        let milliseconds = Int((date.timeIntervalSince1970 * 1000).rounded(.down))
        let fraction = ((milliseconds % 1000) + 1000) % 1000
        return iso8601(seconds: (milliseconds - fraction) / 1000) + "." + padded(fraction, 3) + "Z"
    }

    /// `yyyy-MM-ddTHH:mm:ssZ` in UTC, fractions dropped.
    static func isoSeconds(_ date: Date) -> String {
        iso8601(seconds: Int(date.timeIntervalSince1970.rounded(.down))) + "Z"
    }

    private static func iso8601(seconds: Int) -> String {
        let days = Int((Double(seconds) / 86_400).rounded(.down))
        let secondOfDay = seconds - days * 86_400
        let (year, month, day) = civilDate(daysSinceEpoch: days)
        return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))T"
            + "\(padded(secondOfDay / 3600, 2)):\(padded(secondOfDay / 60 % 60, 2)):\(padded(secondOfDay % 60, 2))"
    }

    private static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for byte in digits {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// Days from 1970-01-01 to the date (Howard Hinnant's `days_from_civil`).
    static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date `days` after 1970-01-01 (Howard Hinnant's `civil_from_days`).
    static func civilDate(daysSinceEpoch days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
