import Foundation

/// One attempt of a fake to deliver a receipt, postback or webhook, as `GET /__fake/callbacks` lists it.
public struct CallbackAttempt: Sendable, Equatable {
    /// Where it went.
    public var url: String
    /// Which attempt this was, from 1.
    public var attempt: Int
    /// Whether the receiver's answer counted as accepted (so no retry follows).
    public var accepted: Bool
    /// The receiver's status, nil when nothing answered.
    public var status: Int?
    /// Why the attempt failed or was not made, nil when it was answered.
    public var error: String?
    /// The fake time of the attempt, as ISO 8601.
    public var at: String

    /// Creates an attempt.
    public init(url: String, attempt: Int, accepted: Bool, status: Int? = nil, error: String? = nil, at: String) {
        self.url = url
        self.attempt = attempt
        self.accepted = accepted
        self.status = status
        self.error = error
        self.at = at
    }

    /// Reads one entry of the control API's callback log; nil when it lacks `url`, `attempt`, `accepted` or `at`.
    public init?(json: JSONValue) {
        guard let url = json["url"]?.stringValue, let attempt = json["attempt"]?.intValue,
              let accepted = json["accepted"]?.boolValue, let at = json["at"]?.stringValue else { return nil }
        self.init(url: url, attempt: attempt, accepted: accepted, status: json["status"]?.intValue, error: json["error"]?.stringValue, at: at)
    }
}
