/// A position in a source text: 1-based line and 1-based column.
///
/// Columns count Unicode scalars (characters as an editor shows them, a tab counting as one), not
/// bytes. A line ends at `\n`, at `\r\n` or at a lone `\r`. A byte order mark at the very start is
/// not counted.
public struct SourceLocation: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// The 1-based line.
    public let line: Int
    /// The 1-based column, in Unicode scalars.
    public let column: Int

    /// Creates a location from a 1-based line and column.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// `line:column`, e.g. `3:17`.
    public var description: String { "\(line):\(column)" }
}

/// Converts byte offsets into line and column. Offsets must be asked for in increasing order; each
/// call scans only the bytes since the previous one, so converting every offset of a document is
/// linear in its size.
struct LocationTracker {
    private var offset: Int
    private var line = 1
    private var column = 1

    /// Starts counting at `start` (past a byte order mark, when there is one).
    init(start: Int = 0) {
        offset = start
    }

    /// The location of the byte at `target`, which must not precede the previous target.
    mutating func location(of target: Int, in bytes: UnsafeBufferPointer<UInt8>) -> SourceLocation {
        let end = min(target, bytes.count)
        while offset < end {
            let byte = bytes[offset]
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte == 0x0D {
                if offset + 1 >= bytes.count || bytes[offset + 1] != 0x0A {
                    line += 1
                    column = 1
                }
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            offset += 1
        }
        return SourceLocation(line: line, column: column)
    }

    /// The location of one offset, counted from the start of the text.
    static func location(of target: Int, in bytes: UnsafeBufferPointer<UInt8>) -> SourceLocation {
        var tracker = LocationTracker(start: UTF8Scanning.byteOrderMarkLength(bytes))
        return tracker.location(of: max(target, tracker.offset), in: bytes)
    }
}
