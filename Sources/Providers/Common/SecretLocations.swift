/// Where a provider's requests carry credentials, so a scan can check that nothing there was
/// written out in clear: header names, JSON member names, and `KEY=` prefixes in text bodies.
public struct SecretLocations: Sendable, Equatable {
    /// Header names (case-insensitive) whose values are credentials, e.g. `X-LOX24-AUTH-TOKEN`.
    public var headers: [String]
    /// JSON member names whose values are credentials, at any depth, e.g. `Password`.
    public var jsonKeys: [String]
    /// Prefixes of `KEY=value` lines in text bodies whose values are credentials, e.g. `PW=`.
    public var textKeys: [String]
    /// What the provider's credentials look like, found anywhere in a cassette or report.
    public var shapes: [SecretShape]

    /// Creates secret locations.
    public init(headers: [String] = [], jsonKeys: [String] = [], textKeys: [String] = [], shapes: [SecretShape] = []) {
        self.headers = headers
        self.jsonKeys = jsonKeys
        self.textKeys = textKeys
        self.shapes = shapes
    }
}
