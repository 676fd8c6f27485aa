/// When cassettes are written, after swift-snapshot-testing and VCR.
public enum RecordMode: String, Sendable, CaseIterable {
    /// Record only when no cassette exists; otherwise compare. The default on a developer's machine.
    case missing
    /// Re-record every cassette; nothing is compared with the old one.
    case all
    /// Never write: a missing cassette fails the spec. The default when `CI` is set.
    case never

    /// The mode in force: the explicit choice, else `SMSCONTRACT_RECORD`, else `never` when `CI` is set, else `missing`.
    public static func resolve(explicit: RecordMode?, environment: [String: String]) -> Result<RecordMode, RecordModeError> {
        if let explicit { return .success(explicit) }
        if let value = environment["SMSCONTRACT_RECORD"], !value.isEmpty {
            guard let mode = RecordMode(rawValue: value) else {
                return .failure(RecordModeError(value: value))
            }
            return .success(mode)
        }
        if let ci = environment["CI"], !ci.isEmpty, ci.lowercased() != "false", ci != "0" { return .success(.never) }
        return .success(.missing)
    }
}

/// An unknown record mode.
public struct RecordModeError: Error, Sendable, CustomStringConvertible {
    /// The value given.
    public let value: String

    public var description: String {
        "unknown record mode \"\(value)\"; expected one of \(RecordMode.allCases.map(\.rawValue).joined(separator: ", "))"
    }
}
