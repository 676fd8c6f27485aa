#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Cuts an SMTP byte stream into lines ending in CRLF or a bare LF, enforcing a length limit without buffering
/// more than one line: the part of an over-long line past the limit is dropped as it arrives.
struct SMTPLineFramer {
    /// What one step of framing found.
    enum Event: Equatable {
        /// A complete line: its content without the line ending, and whether it ended in CRLF (else a bare LF).
        case line([UInt8], crlf: Bool)
        /// The current line passed the limit. Reported once, as soon as it is known; the rest of the line is
        /// discarded up to and including its line ending, and no `.line` event follows for it.
        case tooLong
    }

    /// The start of a line received in an earlier chunk.
    private var partial: [UInt8] = []
    /// Inside an over-long line already reported: drop bytes until its LF.
    private(set) var isDiscarding = false

    /// Whether part of a line is buffered or being discarded.
    var hasPartialLine: Bool { !partial.isEmpty || isDiscarding }

    /// Consumes bytes of `input` from `offset` until one event; returns nil when `input` is used up first.
    ///
    /// - Parameter limit: the longest line allowed, line ending counted as two bytes (a CRLF) either way.
    mutating func next(_ input: UnsafeRawBufferPointer, offset: inout Int, limit: Int) -> Event? {
        let maxContent = max(0, limit - 2)
        while offset < input.count {
            let newline = Self.indexOfLineFeed(in: input, from: offset)
            if isDiscarding {
                guard let newline else {
                    offset = input.count
                    return nil
                }
                offset = newline + 1
                isDiscarding = false
                continue
            }
            guard let newline else {
                partial.append(contentsOf: UnsafeRawBufferPointer(rebasing: input[offset...]))
                offset = input.count
                // A trailing CR may still turn out to be the start of the CRLF.
                let contentSoFar = partial.last == 13 ? partial.count - 1 : partial.count
                if contentSoFar > maxContent { return reportTooLong() }
                return nil
            }
            var line = partial
            partial = []
            line.append(contentsOf: UnsafeRawBufferPointer(rebasing: input[offset..<newline]))
            offset = newline + 1
            let crlf = line.last == 13
            if crlf { line.removeLast() }
            if line.count > maxContent {
                return .tooLong // The whole line, ending included, is already consumed.
            }
            return .line(line, crlf: crlf)
        }
        return nil
    }

    /// Forgets a buffered partial line (the connection is starting over or closing).
    mutating func reset() {
        partial = []
        isDiscarding = false
    }

    private mutating func reportTooLong() -> Event {
        partial = []
        isDiscarding = true
        return .tooLong
    }

    private static func indexOfLineFeed(in input: UnsafeRawBufferPointer, from start: Int) -> Int? {
        guard let base = input.baseAddress, start < input.count,
              let found = memchr(base + start, 10, input.count - start)
        else { return nil }
        return base.distance(to: UnsafeRawPointer(found))
    }
}
