/// A placeholder or generator that cannot be expanded.
public struct TemplateError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What was wrong.
    public let message: String

    public var description: String { message }
}
