import Dispatch
import Foundation
import Providers
import StructuredData
import Synchronization
import Wire

/// Looks at each exchange after the app has its answer, one at a time and in order, off the forwarding
/// path — the examination (shadow, conformance, cassette) is the transport's own — and keeps the
/// terminal line per divergence and the results the reports are made of.
///
/// Bounded: at most `maxBacklog` exchanges wait; beyond that they are counted as unobserved.
/// Results kept for the reports are bounded too (about the newest 10 000 passed and 10 000 flagged); counts are exact.
public final class ProxyObserver: Sendable {
    /// The most results of one kind kept for the reports.
    public static let keptResults = 10_000

    private let maxBacklog: Int
    private let line: @Sendable (String) -> Void
    private let queue = DispatchQueue(label: "smscontract.proxy-observer")
    private let state = Mutex(State())

    private struct State {
        var pending = 0
        var tally = ProxyTally()
        var passed: [SpecResult] = []
        var flagged: [SpecResult] = []
        var warnedBacklog = false
    }

    /// Creates an observer; `line` receives each terminal line (drift, nonconformance, refusals, errors).
    /// - Parameter shadowed: whether exchanges are compared with a shadow (`--no-shadow` says no).
    public init(maxBacklog: Int, shadowed: Bool = true, line: @escaping @Sendable (String) -> Void) {
        self.maxBacklog = max(1, maxBacklog)
        self.line = line
        state.withLock { $0.tally.shadowed = shadowed }
    }

    /// Queues an examination; drops it (counted) when the backlog is full.
    func submit(_ examine: @escaping @Sendable () -> SpecResult) {
        // nil: queued; false: dropped; true: dropped, and the first drop (say so once).
        let dropped = state.withLock { state -> Bool? in
            state.tally.exchanges += 1
            guard state.pending < maxBacklog else {
                state.tally.unobserved += 1
                defer { state.warnedBacklog = true }
                return !state.warnedBacklog
            }
            state.pending += 1
            return nil
        }
        if let dropped {
            if dropped {
                line("WARN the shadow and recorder are \(maxBacklog) exchanges behind; further ones are forwarded but not observed (counted in the report)")
            }
            return
        }
        queue.async { [self] in
            let result = examine()
            announce(result)
            state.withLock { state in
                state.pending -= 1
                state.tally.count(result)
                if result.outcome == .passed {
                    Self.keep(result, in: &state.passed)
                } else {
                    Self.keep(result, in: &state.flagged)
                }
            }
        }
    }

    /// Waits until every queued exchange has been observed.
    public func drain() {
        queue.sync {}
    }

    /// The results kept, in the order of their ids.
    public var results: [SpecResult] {
        let (passed, flagged) = state.withLock { ($0.passed, $0.flagged) }
        return (passed + flagged).sorted { $0.spec < $1.spec }
    }

    /// The counts over every exchange.
    public var tally: ProxyTally { state.withLock { $0.tally } }

    private static func keep(_ result: SpecResult, in results: inout [SpecResult]) {
        results.append(result)
        if results.count > keptResults + keptResults / 10 { results.removeFirst(results.count - keptResults) }
    }

    private func announce(_ result: SpecResult) {
        for difference in result.differences {
            let kind = difference.source == .conformance ? "NONCONFORMING" : "DRIFT"
            line("\(kind) \(result.spec) \(result.sourcePath): \(difference)")
        }
        switch result.outcome {
        case .skipped: line("REFUSED \(result.spec) \(result.sourcePath): \(result.reason ?? "")")
        case .error: line("ERROR \(result.spec) \(result.sourcePath): \(result.reason ?? "")")
        case .passed, .failed: break
        }
    }
}

/// Counts over every exchange a proxy saw.
public struct ProxyTally: Sendable, Equatable {
    /// Requests the app sent.
    public var exchanges = 0
    /// Exchanges whose answer agreed with the shadow and whose request conformed.
    public var agreed = 0
    /// Exchanges with drift or a nonconforming request.
    public var flagged = 0
    /// Requests not forwarded (send cap).
    public var refused = 0
    /// Forwarded requests the upstream did not answer, or whose cassette could not be written.
    public var errors = 0
    /// Exchanges forwarded while the observer was too far behind to look at them.
    public var unobserved = 0
    /// Whether a shadow looked at the exchanges (else "agreed" only means forwarded and recorded).
    public var shadowed = true

    /// Creates a tally.
    public init(exchanges: Int = 0, agreed: Int = 0, flagged: Int = 0, refused: Int = 0, errors: Int = 0, unobserved: Int = 0) {
        self.exchanges = exchanges
        self.agreed = agreed
        self.flagged = flagged
        self.refused = refused
        self.errors = errors
        self.unobserved = unobserved
    }

    mutating func count(_ result: SpecResult) {
        switch result.outcome {
        case .passed: agreed += 1
        case .failed: flagged += 1
        case .skipped: refused += 1
        case .error: errors += 1
        }
    }

    /// `12 exchanges: 10 agreed with the shadow, 2 drifted or did not conform, 0 refused, 0 errors`.
    public var line: String {
        let counted = Plural.count(exchanges, "exchange"), failed = Plural.count(errors, "error")
        var text = shadowed
            ? "\(counted): \(agreed) agreed with the shadow, \(flagged) drifted or did not conform, \(refused) refused, \(failed)"
            : "\(counted): \(agreed) forwarded (no shadow), \(refused) refused, \(failed)"
        if unobserved > 0 { text += ", \(unobserved) not observed (backlog full)" }
        return text
    }
}
