import Foundation
import Wire

/// One request the app sent through the proxy and what became of it.
public struct ForwardedExchange: Sendable {
    /// What happened to the request.
    public enum Outcome: Sendable {
        /// Forwarded; the upstream answered this (and the app got it).
        case answered(HTTPResponse)
        /// Forwarded, but the upstream gave no answer; the app got a 502 saying why.
        case upstreamFailed(String)
        /// Not forwarded: `--max-sends` or `--allow-numbers` refused it (the app got a 403 saying why).
        case refused(String)
    }

    /// Numbered from 1 in the order the proxy finished them.
    public var sequence: Int
    /// The request as the app sent it.
    public var request: HTTPRequest
    /// What became of it.
    public var outcome: Outcome
    /// How long the upstream took, in seconds (0 when not forwarded).
    public var upstreamSeconds: Double
    /// When the proxy received the request (the cassette's `recorded_at`); nil when not known.
    public var receivedAt: Date?

    /// Creates an exchange.
    public init(sequence: Int, request: HTTPRequest, outcome: Outcome, upstreamSeconds: Double = 0, receivedAt: Date? = nil) {
        self.sequence = sequence
        self.request = request
        self.outcome = outcome
        self.upstreamSeconds = upstreamSeconds
        self.receivedAt = receivedAt
    }

    /// The answer the upstream gave, when it gave one.
    public var response: HTTPResponse? {
        if case .answered(let response) = outcome { return response }
        return nil
    }
}
