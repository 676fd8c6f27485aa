import Foundation

/// Posts `sms.delivery` events to a webhook, trying again in fake time until one attempt is answered
/// 2xx or ``attemptsTotal`` attempts have been made.
///
/// Each attempt carries its own `attempt_number`, so the retries are scheduled here, each a new
/// ``Callback`` without a ``RetryPolicy`` (the dispatcher's retries resend the same bytes).
struct LOX24WebhookSender: Sendable {
    /// `attempt_total`: the first attempt and three retries, as the documented example shows `"attempts_total": 4` (interval assumed).
    static let attemptsTotal = 4
    /// Fake seconds from one attempt to the next (assumed; the documents give none).
    static let retryInterval: TimeInterval = 60

    let environment: FakeEnvironment

    /// Posts attempt `attempt` of `event` to `url`, due at `time`; the next attempt is due ``retryInterval`` later unless this one is accepted.
    func deliver(_ event: LOX24DeliveryEvent, to url: String, attempt: Int = 1, at time: Date) {
        let acceptance = CallbackAcceptance()
        environment.callbacks.send(acceptance.noting(.json(url, event.envelope(attempt: attempt))), attempt: attempt)
        guard attempt < Self.attemptsTotal else { return }
        let next = time.addingTimeInterval(Self.retryInterval)
        environment.scheduler.schedule(at: next) { [self] in
            environment.callbacks.drain(timeout: .seconds(15))
            guard !acceptance.isAccepted else { return }
            deliver(event, to: url, attempt: attempt + 1, at: next)
        }
    }
}
