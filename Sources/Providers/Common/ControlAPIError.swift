/// A control-API request that cannot be carried out; answered as 400 with the message.
public struct ControlAPIError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What was wrong, naming the field.
    public let message: String

    /// Creates an error.
    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
