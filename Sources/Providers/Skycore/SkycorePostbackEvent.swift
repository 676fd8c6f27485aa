import Foundation

/// A postback due a number of fake seconds after the SMS was accepted.
struct SkycorePostbackEvent: Sendable, Equatable {
    var offset: TimeInterval
    var code: SkycorePostbackCode
}
