/// The lines of a byte buffer as index ranges, each ending at LF or CRLF (or the end of the buffer), so MIME
/// code can work on CRLF mail and bare-LF mail alike without copying.
struct MailLines: Sequence, IteratorProtocol {
    /// One line: where its content is, and where the next line starts.
    struct Line {
        /// The content, line ending excluded.
        var content: Range<Int>
        /// The start of the line ending (equal to `content.upperBound`).
        var endingStart: Int { content.upperBound }
        /// Just past the line ending: where the next line starts.
        var next: Int
        /// Whether the line ended with a line ending (false for a last line without one).
        var isTerminated: Bool { next > content.upperBound }
    }

    private let bytes: ArraySlice<UInt8>
    private var position: Int

    /// Lines of `bytes` (indices are `bytes`' own).
    init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        position = bytes.startIndex
    }

    mutating func next() -> Line? {
        guard position < bytes.endIndex else { return nil }
        let start = position
        guard let newline = bytes[start...].firstIndex(of: 10) else {
            position = bytes.endIndex
            return Line(content: start..<bytes.endIndex, next: bytes.endIndex)
        }
        position = newline + 1
        let end = newline > start && bytes[newline - 1] == 13 ? newline - 1 : newline
        return Line(content: start..<end, next: newline + 1)
    }
}
