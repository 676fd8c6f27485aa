import StructuredData

extension BodyExpectation {
    /// The format the body is expected in; it says how the expectation is compared (``BodyFormat/comparesMembers``,
    /// ``BodyFormat/expectedAgainst``), so the checker and the cassette comparison ask it instead of matching cases.
    public var format: BodyFormat { parts.format }

    /// The expected value: a JSON tree, an XML body's JSON mapping, a form's fields, or a text (string or matcher).
    public var value: JSONValue { parts.value }

    /// Whether members the expectation does not name are refused (always false for text).
    public var exact: Bool { parts.exact }

    /// The same expectation with `value` expected instead (placeholders expanded, say).
    public func replacingValue(_ value: JSONValue) -> BodyExpectation {
        switch self {
        case .json(_, let exact): .json(value, exact: exact)
        case .xml(_, let exact): .xml(value, exact: exact)
        case .form(_, let exact): .form(value, exact: exact)
        case .text: .text(value)
        }
    }

    private var parts: (format: BodyFormat, value: JSONValue, exact: Bool) {
        switch self {
        case .json(let value, let exact): (.json, value, exact)
        case .xml(let value, let exact): (.xml, value, exact)
        case .form(let value, let exact): (.form, value, exact)
        case .text(let value): (.text, value, false)
        }
    }
}
