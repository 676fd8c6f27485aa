import StructuredData
import Synchronization
import Wire

/// What the fake answered to the requests it refused (status 400 or more), by journal sequence, so
/// the web inbox's journal can show the provider's error beside the request. Bounded like the journal;
/// bodies are kept up to ``maxBodyBytes``.
public final class RefusedAnswers: Sendable {
    /// One refusal.
    public struct Answer: Sendable, Equatable {
        /// The journal entry it answered.
        public var sequence: Int
        /// The status sent.
        public var status: Int
        /// Its `Content-Type`, if any.
        public var contentType: String?
        /// Its body as text, cut to ``maxBodyBytes``.
        public var body: String
    }

    /// Bodies are kept up to this many bytes.
    public static let maxBodyBytes = 4 * 1024
    private let ring: Mutex<BoundedRing<Answer>>

    /// Keeps the newest `capacity` refusals.
    public init(capacity: Int = RequestJournal.defaultCapacity) {
        ring = Mutex(BoundedRing(capacity: max(1, capacity)))
    }

    /// Notes `response` as the answer to journal entry `sequence` when it is a refusal.
    public func note(_ sequence: Int, _ response: HTTPResponse) {
        guard response.status >= 400 else { return }
        let answer = Answer(sequence: sequence, status: response.status, contentType: response.headers["Content-Type"],
                            body: String(decoding: response.body.prefix(Self.maxBodyBytes), as: UTF8.self))
        ring.withLock { _ = $0.append(answer) }
    }

    /// The kept refusals by journal sequence.
    public var bySequence: [Int: Answer] {
        ring.withLock { ring in Dictionary(ring.elements.map { ($0.sequence, $0) }, uniquingKeysWith: { $1 }) }
    }

    /// Forgets every refusal.
    public func clear() {
        ring.withLock { $0.removeAll() }
    }
}
