/// Collects the lines of one message after `DATA` (RFC 5321 §4.5.2): removes dot-stuffing, spots the
/// terminating `.` line, and keeps counting without storing once the message is too big or has an over-long line.
struct SMTPMessageAccumulator {
    /// How the message ended.
    enum Outcome: Equatable {
        /// Complete and within the limits: the dot-unstuffed bytes, line endings as received.
        case complete([UInt8])
        /// Larger than the limit; `size` is how large it was.
        case tooLarge(size: Int)
        /// Line `line` (1-based, within the message) was longer than the text line limit.
        case lineTooLong(line: Int)
    }

    let maxBytes: Int
    private var data: [UInt8] = []
    /// Message bytes seen so far, stored or not.
    private(set) var size = 0
    private(set) var lineCount = 0
    private var firstLongLine: Int?

    init(maxBytes: Int) {
        self.maxBytes = maxBytes
    }

    /// Adds one line (without its ending); returns true when it is the terminating `.` line.
    mutating func append(line content: [UInt8], crlf: Bool) -> Bool {
        if content == [UInt8(ascii: ".")] { return true }
        lineCount += 1
        let unstuffed = content.first == UInt8(ascii: ".") ? content.dropFirst() : content[...]
        size += unstuffed.count + (crlf ? 2 : 1)
        if isStoring {
            data += unstuffed
            if crlf { data.append(13) }
            data.append(10)
        }
        if size > maxBytes { data = [] }
        return false
    }

    /// Records that the current line passed the limit; it is never the terminator and is not stored.
    mutating func lineTooLong() {
        lineCount += 1
        if firstLongLine == nil { firstLongLine = lineCount }
        data = []
    }

    /// The result, once the terminating line has been seen.
    var outcome: Outcome {
        if let firstLongLine { return .lineTooLong(line: firstLongLine) }
        if size > maxBytes { return .tooLarge(size: size) }
        return .complete(data)
    }

    private var isStoring: Bool { firstLongLine == nil && size <= maxBytes }
}
