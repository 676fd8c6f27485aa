/// A parsed JSON value together with where each of its values and keys starts in the source, so
/// that a message about a field can name its line and column.
///
/// When a key is repeated, the locations are those of the last occurrence (whose value won).
///
/// Locations are worked out when asked for, from the source and the offsets the reader noted: they
/// are needed only to report a problem, and a table of them for every value cost more than the
/// parse itself.
public struct JSONDocument: Sendable {
    /// The parsed value.
    public let root: JSONValue
    /// The source text.
    private let source: [UInt8]
    /// Where each value and key starts, in document order.
    private let records: [JSONReader.Record]

    init(root: JSONValue, source: [UInt8], records: [JSONReader.Record]) {
        self.root = root
        self.source = source
        self.records = records
    }

    /// Where the value at `path` starts (its first character: a quote, bracket, digit, sign or
    /// letter), or nil when the document has no value there.
    public func location(of path: JSONPath) -> SourceLocation? {
        guard root.value(at: path) != nil else { return nil }
        return lastRecord(at: path, isKey: false)
    }

    /// Where the key of the object member at `path` starts (its opening quote), or nil when
    /// `path` does not end in a key or the document has no such member.
    public func keyLocation(of path: JSONPath) -> SourceLocation? {
        guard root.value(at: path) != nil else { return nil }
        return lastRecord(at: path, isKey: true)
    }

    /// The location of the last record for `path` (the last occurrence of a repeated key wins).
    private func lastRecord(at path: JSONPath, isKey: Bool) -> SourceLocation? {
        guard let record = records.last(where: { $0.isKey == isKey && $0.path == path.components }) else { return nil }
        return source.withUnsafeBufferPointer { LocationTracker.location(of: record.offset, in: $0) }
    }

    /// The best place to point at for `path`, even when it does not exist (e.g. a missing
    /// required field): the member's key when there is one, else the value, else the same for the
    /// nearest ancestor that exists.
    public func nearestLocation(of path: JSONPath) -> SourceLocation {
        var current = path
        while true {
            if let location = keyLocation(of: current) ?? location(of: current) { return location }
            guard let parent = current.parent else { return SourceLocation(line: 1, column: 1) }
            current = parent
        }
    }
}
