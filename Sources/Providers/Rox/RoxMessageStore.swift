import Synchronization

/// The SMS the rox fake queued, by `SMSId`, for receipts, replies and `GET /__fake/rox/messages`;
/// bounded so that sustained load keeps memory flat.
final class RoxMessageStore: Sendable {
    /// How many SMS are kept; older ones are forgotten first (their receipts and replies with them).
    static let capacity = 10_000
    private let storage: Mutex<RetainedRing<Int, RoxQueuedSMS>>

    /// An empty store keeping the newest `capacity` SMS.
    init(capacity: Int = RoxMessageStore.capacity) {
        storage = Mutex(RetainedRing(capacity: capacity))
    }

    /// Keeps an SMS.
    func add(_ sms: RoxQueuedSMS) {
        storage.withLock { $0.keep(sms, for: sms.smsID) }
    }

    /// The SMS with that id, if it is kept.
    func message(_ smsID: Int) -> RoxQueuedSMS? {
        storage.withLock { $0[smsID] }
    }

    /// Every kept SMS, oldest first.
    var all: [RoxQueuedSMS] {
        storage.withLock { $0.values }
    }

    /// Forgets every SMS.
    func reset() {
        storage.withLock { $0 = RetainedRing(capacity: $0.capacity) }
    }
}
