import StructuredData
import Wire

/// The rox fake's own control routes:
///
/// | request | answer |
/// |---|---|
/// | `GET /__fake/rox/messages` | every queued SMS's state at the fake clock's now (``RoxQueuedSMS/json(at:)``) |
/// | `GET /__fake/rox/messages/{SMSId}` | one SMS's state; 404 when unknown |
/// | `POST /__fake/rox/replies` `{"sms_id": 123, "text": "Yes"}` | the handset of SMS 123 replies (``RoxReply``) |
extension RoxFake {
    static let messagesRoute = "rox/messages"
    static let repliesRoute = "rox/replies"

    /// Answers `rox/messages`, `rox/messages/{SMSId}` and `rox/replies`; nil for any other route.
    public func handleControl(_ request: HTTPRequest, route: String) -> HTTPResponse? {
        switch route {
        case Self.messagesRoute:
            guard request.method == "GET" else { return notAllowed(request, allow: "GET") }
            let now = environment.clock.now
            return .json(200, .array(messages.all.map { $0.json(at: now) }))
        case let route where route.hasPrefix(Self.messagesRoute + "/"):
            guard request.method == "GET" else { return notAllowed(request, allow: "GET") }
            guard let smsID = Int(route.dropFirst(Self.messagesRoute.count + 1)), let sms = messages.message(smsID) else {
                return ControlAPI.error(404, "no queued SMS \(request.path.split(separator: "/").last ?? ""); see GET /__fake/rox/messages")
            }
            return .json(200, sms.json(at: environment.clock.now))
        case Self.repliesRoute:
            guard request.method == "POST" else { return notAllowed(request, allow: "POST") }
            return reply(request.body)
        default:
            return nil
        }
    }

    /// Simulates a handset's reply: posted to `ReplyCallbackURL` when ReplyType is H and the URL is
    /// set (waiting until the receiver has answered), otherwise forwarded as ReplyType says (not simulated).
    private func reply(_ body: [UInt8]) -> HTTPResponse {
        let reply: RoxReply
        do {
            reply = try Self.readReply(body)
        } catch {
            return ControlAPI.error(400, error.message)
        }
        guard let sms = messages.message(reply.smsID) else {
            return ControlAPI.error(404, "no queued SMS \(reply.smsID); see GET /__fake/rox/messages")
        }
        let status = sms.status(at: environment.clock.now)
        guard sms.hasReachedHandset(at: environment.clock.now) else {
            return ControlAPI.error(409, "SMS \(reply.smsID) has not reached a handset (status \(status.rawValue)); advance the clock past its delivery")
        }
        var answer: JSONObject = ["sms_id": .integer(reply.smsID), "reply_type": .string(sms.options.replyType.rawValue)]
        guard sms.options.replyType == .httpCallback, let url = sms.options.replyCallbackURL else {
            answer["posted_to"] = .null
            answer["accepted"] = .null
            answer["forwarded_to"] = .string(Self.forwarding(sms.options.replyType))
            return .json(200, .object(answer))
        }
        let acceptance = CallbackAcceptance()
        environment.callbacks.send(acceptance.noting(reply.callback(to: url, for: sms)))
        environment.callbacks.drain(timeout: .seconds(15))
        answer["posted_to"] = .string(url)
        answer["accepted"] = .bool(acceptance.isAccepted)
        answer["forwarded_to"] = acceptance.isAccepted ? .null : "email"
        return .json(200, .object(answer))
    }

    /// Where a reply goes that is not posted: by email for E (and for H without a URL, or when the callback failed), by SMS for S, both for B.
    private static func forwarding(_ replyType: RoxDeliveryOptions.ReplyType) -> String {
        switch replyType {
        case .sms: "sms"
        case .both: "email and sms"
        case .email, .httpCallback: "email"
        }
    }

    private static func readReply(_ body: [UInt8]) throws(ControlAPIError) -> RoxReply {
        guard let object = (try? JSONParser.parse(body))?.objectValue else {
            throw ControlAPIError("expected {\"sms_id\": N, \"text\": \"…\"}")
        }
        guard let smsID = object["sms_id"]?.intValue else { throw ControlAPIError("\"sms_id\" (the SMSId replied to, an integer) is required") }
        guard let text = object["text"]?.stringValue, !text.isEmpty, text.count <= RoxReply.maximumLength else {
            throw ControlAPIError("\"text\" (the reply, 1 to \(RoxReply.maximumLength) characters) is required")
        }
        return RoxReply(smsID: smsID, text: text)
    }

    private func notAllowed(_ request: HTTPRequest, allow: String) -> HTTPResponse {
        var response = ControlAPI.error(405, "\(request.method) is not allowed on \(request.path); use \(allow)")
        response.headers["Allow"] = allow
        return response
    }
}
