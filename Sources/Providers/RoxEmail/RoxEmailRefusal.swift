/// Why an email produces no SMS (or some of its rows none): shown in the SMTP reply.
struct RoxEmailRefusal: Error, Sendable, Equatable {
    /// The reply code: 550 for authentication, 554 for content.
    var code: Int
    var enhancedStatus: String
    var message: String

    static func content(_ message: String) -> RoxEmailRefusal {
        RoxEmailRefusal(code: 554, enhancedStatus: "5.6.0", message: message)
    }

    static func authentication(_ message: String) -> RoxEmailRefusal {
        RoxEmailRefusal(code: 550, enhancedStatus: "5.7.1", message: message)
    }
}
