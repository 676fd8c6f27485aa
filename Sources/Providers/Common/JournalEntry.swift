import Foundation
import StructuredData
import Wire

/// One thing a client sent a fake, with the fake's answer, as `GET /__fake/requests` shows it. An HTTP
/// body that is whole JSON is shown parsed (`"body": {"phone": …}`), any other body as text.
public struct JournalEntry: Sendable {
    /// What was received.
    public enum Exchange: Sendable {
        /// An HTTP request to the provider's paths; `status` is nil when a reset fault dropped the connection.
        case http(HTTPRequest, status: Int?, fault: String?)
        /// An SMTP recipient the fake refused (`RCPT TO`), with its reply.
        case smtpRecipient(String, envelope: SMTPEnvelope, reply: SMTPReply)
        /// An SMTP message (the data after `DATA`), with the fake's reply to it.
        case smtpMessage([UInt8], envelope: SMTPEnvelope, reply: SMTPReply)
    }

    /// Bodies and messages longer than this are kept cut to it, and marked so.
    public static let maxBodyBytes = 8 * 1024

    /// Its place in the order of everything the fake received since it started, from 1.
    public var sequence: Int
    /// The fake time it arrived.
    public var at: Date
    /// What was received and answered.
    public var exchange: Exchange
    /// How long the HTTP body or SMTP message was as received (what is kept may be cut); 0 for a recipient.
    public var receivedBodyBytes: Int

    /// An entry; an HTTP body or SMTP message is kept up to ``maxBodyBytes``.
    public init(sequence: Int, at: Date, exchange: Exchange) {
        self.sequence = sequence
        self.at = at
        switch exchange {
        case .http(var request, let status, let fault):
            receivedBodyBytes = request.body.count
            request.body = Self.kept(request.body)
            self.exchange = .http(request, status: status, fault: fault)
        case .smtpMessage(let data, let envelope, let reply):
            receivedBodyBytes = data.count
            self.exchange = .smtpMessage(Self.kept(data), envelope: envelope, reply: reply)
        case .smtpRecipient:
            receivedBodyBytes = 0
            self.exchange = exchange
        }
    }

    private static func kept(_ bytes: [UInt8]) -> [UInt8] {
        bytes.count > maxBodyBytes ? Array(bytes.prefix(maxBodyBytes)) : bytes
    }

    /// The entry as the control API shows it.
    public var json: JSONValue {
        var object: JSONObject = ["sequence": .integer(sequence), "at": .string(Self.timestamp(at))]
        switch exchange {
        case .http(let request, let status, let fault):
            object["protocol"] = "http"
            object["remote_address"] = request.remoteAddress.map(JSONValue.string) ?? .null
            object["method"] = .string(request.method)
            object["target"] = .string(request.target)
            var headers = JSONObject()
            for field in request.headers {
                let value = headers[field.name]?.stringValue.map { "\($0), \(field.value)" } ?? field.value
                headers[field.name] = .string(value)
            }
            object["headers"] = .object(headers)
            for (key, value) in content(request.body, named: "body") { object[key] = value }
            if receivedBodyBytes == request.body.count, let parsed = Self.json(request) { object["body"] = parsed }
            object["status"] = status.map(JSONValue.integer) ?? .null
            object["fault"] = fault.map(JSONValue.string) ?? .null
        case .smtpRecipient(let address, let envelope, let reply):
            for (key, value) in Self.smtp("RCPT TO", envelope: envelope, reply: reply) { object[key] = value }
            object["address"] = .string(address)
        case .smtpMessage(let data, let envelope, let reply):
            for (key, value) in Self.smtp("DATA", envelope: envelope, reply: reply) { object[key] = value }
            for (key, value) in content(data, named: "message") { object[key] = value }
        }
        return .object(object)
    }

    /// `name` as text (or `name_base64` when it is not UTF-8), `name_bytes` as received and `name_truncated`.
    private func content(_ kept: [UInt8], named name: String) -> JSONObject {
        var object = JSONObject()
        // A cut may split a character: then up to three trailing bytes are left out of the text.
        let truncated = receivedBodyBytes > kept.count
        if let text = (0...(truncated ? 3 : 0)).lazy.compactMap({ String(validating: kept.dropLast($0), as: UTF8.self) }).first {
            object[name] = .string(text)
        } else {
            object[name + "_base64"] = .string(Data(kept).base64EncodedString())
        }
        object[name + "_bytes"] = .integer(receivedBodyBytes)
        object[name + "_truncated"] = .bool(truncated)
        return object
    }

    /// A whole JSON body (by its `Content-Type`, or an object or array on its own), parsed: `body` then reads as
    /// the structure the client sent rather than an escaped string. Nil for a cut, empty or non-JSON body.
    private static func json(_ request: HTTPRequest) -> JSONValue? {
        let bytes = request.body
        guard !bytes.isEmpty else { return nil }
        let first = bytes.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
        let declared = request.headers["Content-Type"]?.lowercased().contains("json") ?? false
        guard declared || first == UInt8(ascii: "{") || first == UInt8(ascii: "[") else { return nil }
        return try? JSONParser.parse(bytes)
    }

    private static func smtp(_ command: String, envelope: SMTPEnvelope, reply: SMTPReply) -> JSONObject {
        [
            "protocol": "smtp",
            "remote_address": envelope.remoteAddress.map(JSONValue.string) ?? .null,
            "command": .string(command),
            "client_hostname": envelope.clientHostname.map(JSONValue.string) ?? .null,
            "mail_from": .string(envelope.mailFrom),
            "recipients": .array(envelope.recipients.map(JSONValue.string)),
            "reply_code": .integer(reply.code),
            "reply": .string(reply.description),
        ]
    }

    /// `2026-11-22T07:40:03.120Z`.
    private static let timestampStyle = Date.ISO8601FormatStyle(includingFractionalSeconds: true)

    private static func timestamp(_ date: Date) -> String {
        timestampStyle.format(date)
    }
}
