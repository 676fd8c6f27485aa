/// A command line that cannot be run: exit code 2, with a one-line hint.
struct UsageError: Error, Sendable, Equatable, CustomStringConvertible {
    let message: String
    let hint: String

    var description: String { "error: \(message)\n\(hint)" }
}
