/// An HTTP/1.1 request as the server received it, or as a client is about to send it.
public struct HTTPRequest: Sendable, Equatable {
    /// The method token, as sent (`GET`, `POST`, or any other token).
    public var method: String
    /// The request target as sent: path and optional query, e.g. `/SMS?v=3&method=sendSms`.
    public var target: String
    /// The header fields in order.
    public var headers: HTTPHeaders
    /// The body bytes, de-chunked.
    public var body: [UInt8]
    /// The peer's address as `host` (no port), or nil when unknown.
    public var remoteAddress: String?
    /// Fields of a chunked body's trailer section, in order; empty otherwise.
    public var trailers: HTTPHeaders

    /// Creates a request.
    public init(
        method: String, target: String, headers: HTTPHeaders = [:], body: [UInt8] = [], remoteAddress: String? = nil,
        trailers: HTTPHeaders = [:]
    ) {
        self.method = method
        self.target = target
        self.headers = headers
        self.body = body
        self.remoteAddress = remoteAddress
        self.trailers = trailers
    }

    /// The target up to `?`, still percent-encoded.
    public var path: String {
        if let question = questionMark { return String(target[..<question]) }
        return target
    }

    /// The raw query string after `?`, or nil when there is none.
    public var queryString: String? {
        guard let question = questionMark else { return nil }
        return String(target[target.index(after: question)...])
    }

    /// Where the first `?` byte is, as RFC 3986 reads a URI (and much cheaper than searching by `Character`).
    private var questionMark: String.Index? {
        target.utf8.firstIndex(of: UInt8(ascii: "?"))
    }

    /// The query items in order, percent-decoded (`+` read as a space).
    public var queryItems: [(name: String, value: String)] {
        guard let query = queryString, !query.isEmpty else { return [] }
        return query.split(separator: "&", omittingEmptySubsequences: true).map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = PercentDecoding.decode(String(parts[0]))
            let value = parts.count > 1 ? PercentDecoding.decode(String(parts[1])) : ""
            return (name, value)
        }
    }

    /// The first value of the named query item.
    public func queryValue(_ name: String) -> String? {
        queryItems.first { $0.name == name }?.value
    }

    /// The body decoded as UTF-8, replacing invalid sequences.
    public var bodyText: String { String(decoding: body, as: UTF8.self) }
}

/// Decodes `%XX` escapes and `+` in URL query components.
public enum PercentDecoding {
    /// Returns `text` with `+` as space and each valid `%XX` escape decoded; invalid escapes are kept as they are.
    public static func decode(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var iterator = Array(text.utf8)[...]
        while let byte = iterator.popFirst() {
            if byte == UInt8(ascii: "+") {
                bytes.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%"), iterator.count >= 2,
                      let high = hexValue(iterator[iterator.startIndex]),
                      let low = hexValue(iterator[iterator.startIndex + 1]) {
                bytes.append(high << 4 | low)
                iterator = iterator.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
