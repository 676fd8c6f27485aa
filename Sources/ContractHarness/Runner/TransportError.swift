/// A transport could not deliver a request or read its response.
public struct TransportError: Error, Sendable, CustomStringConvertible {
    /// What went wrong, naming the URL.
    public let message: String

    public var description: String { message }
}
