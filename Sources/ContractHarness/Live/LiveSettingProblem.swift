/// A live-safety setting in the environment that cannot be read.
public struct LiveSettingProblem: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong and how to fix it.
    public let message: String

    /// The message.
    public var description: String { message }
}
