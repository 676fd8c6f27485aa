import Synchronization

/// Remembers whether a callback's receiver accepted it, for decisions taken after the dispatcher has
/// tried it: whether to try a LOX24 webhook again with the next `attempt_number`, what to answer a
/// simulated rox reply (the dispatcher reports no outcome of its own).
final class CallbackAcceptance: Sendable {
    private let accepted = Atomic<Bool>(false)

    /// Whether the receiver's answer was accepted; false until then, and after a failed attempt.
    var isAccepted: Bool { accepted.load(ordering: .acquiring) }

    /// The callback, with its acceptance test also recorded here.
    func noting(_ callback: Callback) -> Callback {
        var noted = callback
        let test = callback.accepts
        noted.accepts = { [self] response in
            let verdict = test(response)
            if verdict { accepted.store(true, ordering: .releasing) }
            return verdict
        }
        return noted
    }
}
