import Wire

/// Which slice of a list a web-inbox request asks for: `offset` (default 0), `limit` (default
/// ``defaultLimit``, at most ``maxLimit``) and a filter `q` (case-insensitive, empty for none).
public struct InboxPage: Sendable, Equatable {
    /// Items per page unless asked otherwise.
    public static let defaultLimit = 50
    /// The most items one page holds.
    public static let maxLimit = 500

    /// The first item's index.
    public var offset: Int
    /// How many items at most.
    public var limit: Int
    /// The filter, lower-cased; empty for none.
    public var filter: String

    /// A page from its values, clamped to 0 ≤ offset and 1 ≤ limit ≤ ``maxLimit``.
    public init(offset: Int = 0, limit: Int = defaultLimit, filter: String = "") {
        self.offset = max(0, offset)
        self.limit = min(Self.maxLimit, max(1, limit))
        self.filter = filter.lowercased()
    }

    /// The page a request's query asks for; a value that is not a number is a clear error.
    public init(_ request: HTTPRequest) throws(ControlAPIError) {
        func number(_ name: String, default value: Int) throws(ControlAPIError) -> Int {
            guard let text = request.queryValue(name), !text.isEmpty else { return value }
            guard let number = Int(text), number >= 0 else { throw ControlAPIError("query parameter \(name) must be a whole number ≥ 0, got \"\(text)\"") }
            return number
        }
        self.init(offset: try number("offset", default: 0), limit: try number("limit", default: Self.defaultLimit),
                  filter: request.queryValue("q") ?? "")
    }

    /// Whether any of `fields` contains the filter (always, without one).
    public func matches(_ fields: String...) -> Bool {
        filter.isEmpty || fields.contains { $0.lowercased().contains(filter) }
    }

    /// This page of `items`.
    public func slice<Item>(_ items: [Item]) -> ArraySlice<Item> {
        let start = min(offset, items.count)
        return items[start..<min(items.count, start + limit)]
    }
}
