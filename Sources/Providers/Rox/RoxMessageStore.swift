import Synchronization

/// The SMS the rox fake queued, by `SMSId`, for receipts, replies and `GET /__fake/rox/messages`;
/// bounded so that sustained load keeps memory flat.
final class RoxMessageStore: Sendable {
    private struct Storage {
        var messages: [Int: RoxQueuedSMS] = [:]
        var order: [Int] = []
    }

    /// How many SMS are kept; older ones are forgotten first (their receipts and replies with them).
    static let capacity = 10_000
    private let storage = Mutex(Storage())

    /// Keeps an SMS.
    func add(_ sms: RoxQueuedSMS) {
        storage.withLock { storage in
            storage.messages[sms.smsID] = sms
            storage.order.append(sms.smsID)
            if storage.order.count > Self.capacity {
                storage.messages[storage.order.removeFirst()] = nil
            }
        }
    }

    /// The SMS with that id, if it is kept.
    func message(_ smsID: Int) -> RoxQueuedSMS? {
        storage.withLock { $0.messages[smsID] }
    }

    /// Every kept SMS, oldest first.
    var all: [RoxQueuedSMS] {
        storage.withLock { storage in storage.order.compactMap { storage.messages[$0] } }
    }

    /// Forgets every SMS.
    func reset() {
        storage.withLock { $0 = Storage() }
    }
}
