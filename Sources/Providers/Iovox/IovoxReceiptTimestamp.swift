import Foundation

/// `receipt_timestamp`: the receipt's time in Europe/London, `yyyy-MM-dd HH:mm:ss` (seed 004:
/// "The timestamp in Europe/London time of the delivery receipt", example `2020-05-06 18:37:37`).
enum IovoxReceiptTimestamp {
    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        if let london = TimeZone(identifier: "Europe/London") { calendar.timeZone = london }
        return calendar
    }()

    /// The date in London wall-clock time, whole seconds (rounded down).
    static func string(_ date: Date) -> String {
        let whole = Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: whole)
        func two(_ value: Int?) -> String {
            let text = String(value ?? 0)
            return text.count < 2 ? "0" + text : text
        }
        return "\(parts.year ?? 0)-\(two(parts.month))-\(two(parts.day)) \(two(parts.hour)):\(two(parts.minute)):\(two(parts.second))"
    }
}
