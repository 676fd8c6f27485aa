import StructuredData

/// One problem in a spec or cassette file: where it is and what is wrong.
public struct SpecProblem: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file, as given to the loader.
    public var file: String
    /// Line and column in the file, when known.
    public var location: SourceLocation?
    /// The field at fault, as a JSON path (`$.steps[0].expect.status`).
    public var field: JSONPath
    /// What is wrong and, where it helps, what to write instead.
    public var message: String

    /// Creates a problem.
    public init(file: String, location: SourceLocation?, field: JSONPath, message: String) {
        self.file = file
        self.location = location
        self.field = field
        self.message = message
    }

    /// `file:line:column: field: message`, the form editors and CI annotations understand.
    public var description: String {
        let place = location.map { "\(file):\($0.line):\($0.column)" } ?? file
        return "\(place): \(field): \(message)"
    }
}

/// A spec or cassette file that could not be loaded, with every problem found in it.
public struct SpecLoadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The problems, in file order.
    public var problems: [SpecProblem]

    /// Creates an error.
    public init(problems: [SpecProblem]) {
        self.problems = problems
    }

    public var description: String {
        problems.map(\.description).joined(separator: "\n")
    }
}
