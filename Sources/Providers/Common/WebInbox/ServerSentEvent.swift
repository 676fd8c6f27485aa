import StructuredData

/// One Server-Sent Event as `GET /__fake/events` sends it (the WHATWG `text/event-stream` format):
/// `event: NAME`, one `data:` line per line of the data, an optional `id:`, and a blank line.
///
/// Event names are ``FakeEventHub``'s: `hello`, `outbox`, `journal`, `callbacks`, `control`.
public struct ServerSentEvent: Sendable, Equatable {
    /// The event's type (`event:`); the browser dispatches it to listeners of that name.
    public var name: String
    /// The payload (`data:`), usually compact JSON; line breaks become separate `data:` lines.
    public var data: String
    /// The last-event id (`id:`), when given.
    public var id: String?

    /// An event named `name` carrying `data`.
    public init(name: String, data: String, id: String? = nil) {
        self.name = name
        self.data = data
        self.id = id
    }

    /// An event carrying `value` as compact JSON.
    public init(name: String, json value: JSONValue, id: String? = nil) {
        self.init(name: name, data: JSONWriter.string(value), id: id)
    }

    /// The event on the wire. CR, LF and CRLF in the data each start a new `data:` line; CR and LF
    /// are dropped from the name and id, which cannot hold them.
    public var bytes: [UInt8] {
        var text = "event: \(Self.singleLine(name))\n"
        let lines = data.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: "\r", omittingEmptySubsequences: false) }
        for line in lines { text += "data: \(line)\n" }
        if let id { text += "id: \(Self.singleLine(id))\n" }
        text += "\n"
        return Array(text.utf8)
    }

    /// A comment line (`: text`), which browsers ignore: keeps idle connections and proxies awake.
    public static func comment(_ text: String) -> [UInt8] {
        Array(": \(singleLine(text))\n\n".utf8)
    }

    /// How long a browser waits before reconnecting after the stream ends (`retry:`), in milliseconds.
    public static func retry(milliseconds: Int) -> [UInt8] {
        Array("retry: \(max(0, milliseconds))\n\n".utf8)
    }

    private static func singleLine(_ text: String) -> String {
        text.filter { $0 != "\n" && $0 != "\r" && $0 != "\r\n" }
    }
}
