import StructuredData

/// A request body as a spec gives it.
public enum TemplateBody: Sendable, Equatable {
    case none
    /// A JSON document; sent compact, UTF-8.
    case json(JSONValue)
    /// Text sent as it is (XML documents, form bodies, malformed JSON).
    case text(String)
}
