import StructuredData

/// GitHub Actions workflow commands for failures: `::error file=…,line=…,title=…::message`, at most
/// `limit` per type (GitHub shows 10 of each per step), the rest summarised in one `::notice`.
public struct GitHubAnnotations: Sendable {
    /// One annotation before it is written.
    public struct Annotation: Sendable, Equatable {
        /// The file, relative to the repository root.
        public var file: String
        /// Where in it.
        public var location: SourceLocation
        /// A short title.
        public var title: String
        /// The message; may span lines.
        public var message: String

        /// Creates an annotation.
        public init(file: String, location: SourceLocation, title: String, message: String) {
            self.file = file
            self.location = location
            self.title = title
            self.message = message
        }
    }

    /// How many `::error` lines to print before summarising (GitHub's per-step cap); below 1 counts as 1.
    public var limit: Int

    /// Annotations capped at `limit`.
    public init(limit: Int = 10) {
        self.limit = max(1, limit)
    }

    /// Whether the environment is a GitHub Actions job.
    public static func isEnabled(environment: [String: String]) -> Bool {
        environment["GITHUB_ACTIONS"] == "true"
    }

    /// One annotation per failed or errored spec, pointing at the line of the first difference's
    /// step expectation; `contents` gives a spec file's bytes (nil: line 1).
    public static func annotations(for results: [SpecResult], contents: (String) -> [UInt8]?) -> [Annotation] {
        results.compactMap { result in
            let locator = SpecLineLocator(bytes: contents(result.sourcePath) ?? [])
            switch result.outcome {
            case .failed:
                let first = result.differences.first
                return Annotation(file: result.sourcePath, location: locator.location(of: first),
                                  title: "\(result.spec): \(first?.path ?? "failed")",
                                  message: result.differences.map(\.description).joined(separator: "\n"))
            case .error:
                return Annotation(file: result.sourcePath, location: SourceLocation(line: 1, column: 1),
                                  title: "\(result.spec): error", message: result.reason ?? "error")
            case .passed, .skipped:
                return nil
            }
        }
    }

    /// The workflow command lines: the first `limit` as `::error`, then one `::notice` naming how
    /// many more there are (and the first of them) when the cap was reached.
    public func lines(_ annotations: [Annotation], noun: String = "failures") -> [String] {
        let limit = max(1, limit)  // `limit` is settable after `init`, which clamps; a negative prefix would trap
        var lines = annotations.prefix(limit).map { annotation in
            "::error file=\(Self.property(annotation.file)),line=\(annotation.location.line),col=\(annotation.location.column),"
                + "title=\(Self.property(annotation.title))::\(Self.data(annotation.message))"
        }
        let rest = annotations.dropFirst(limit)
        if !rest.isEmpty {
            let named = rest.prefix(5).map { "\($0.file):\($0.location.line)" }.joined(separator: ", ")
            lines.append("::notice title=\(Self.property("\(rest.count) more \(noun)"))::"
                + Self.data("\(rest.count) more \(noun) not annotated (GitHub shows \(limit) per step): \(named)\(rest.count > 5 ? ", …" : ""); see the log above"))
        }
        return lines
    }

    /// Escapes a command's message: `%`, CR and LF.
    static func data(_ text: String) -> String {
        text.replacingEach(["%": "%25", "\r": "%0D", "\n": "%0A"])
    }

    /// Escapes a command's property value: as `data`, plus `:` and `,`.
    static func property(_ text: String) -> String {
        text.replacingEach(["%": "%25", "\r": "%0D", "\n": "%0A", ":": "%3A", ",": "%2C"])
    }
}

extension String {
    /// Each character found in `table` replaced by its value, in one pass.
    fileprivate func replacingEach(_ table: [Character: String]) -> String {
        var result = ""
        result.reserveCapacity(utf8.count)
        for character in self {
            if let replacement = table[character] { result += replacement } else { result.append(character) }
        }
        return result
    }
}

extension GitHubAnnotations {
    /// One annotation per spec problem, at its file, line and column (`lint`).
    public static func annotations(for problems: [SpecProblem]) -> [Annotation] {
        problems.map { problem in
            Annotation(file: problem.file, location: problem.location ?? SourceLocation(line: 1, column: 1),
                       title: "spec problem: \(problem.field)", message: problem.message)
        }
    }
}
