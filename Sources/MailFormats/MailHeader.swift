/// One header field of a message or a MIME part, as written: its name and its unfolded value.
public struct MailHeader: Sendable, Equatable {
    /// The field name as written, e.g. `Subject` (compare case-insensitively).
    public var name: String
    /// The value after the colon, unfolded (line breaks before continuation lines removed) and trimmed;
    /// RFC 2047 encoded-words are left as they are (see ``MailMessage/header(_:)`` for the decoded value).
    public var value: String

    /// Creates a header field.
    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

extension [MailHeader] {
    /// The value of the first field called `name` (case-insensitive), undecoded.
    func rawValue(_ name: String) -> String? {
        let lowered = name.lowercased()
        return first { $0.name.lowercased() == lowered }?.value
    }
}
