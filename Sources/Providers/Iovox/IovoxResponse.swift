import StructuredData
import Wire

/// iovox's answers, laid out as the live API lays them out (a 2025 log of api.iovox.com committed in
/// `the-berryman/sms-sender`, `logs/sms_sender.log`): `Content-Type: text/xml`, the declaration on
/// its own line, then the whole document on one line and a final newline — 132 bytes for a
/// `sendSms` success, as that log's `Content-Length` says. The log's no-cache headers come too;
/// its `PHPSESSID` cookie does not (a session the fake has no use for).
enum IovoxResponse {
    /// The Content-Type of XML answers (the live log's).
    static let contentType = "text/xml"
    /// The Content-Type of `output=JSON` answers (*assumed*).
    static let jsonContentType = "application/json"
    /// The no-cache headers of the live log (PHP's session defaults).
    static let cacheHeaders: [(String, String)] = [
        ("Expires", "Thu, 19 Nov 1981 08:52:00 GMT"),
        ("Cache-Control", "no-store, no-cache, must-revalidate, post-check=0, pre-check=0"),
        ("Pragma", "no-cache"),
    ]

    /// `201 Created` with `<response><sms_activity_id>…</sms_activity_id></response>`.
    static func created(activityID: String, output: IovoxOutput = .xml) -> HTTPResponse {
        document(status: 201, root: XMLElement(name: "response", children: [.element(XMLElement(name: "sms_activity_id", text: activityID))]),
                 output: output)
    }

    /// `<errors>` holding one `<error status="…">` per error, in order; the answer's status is the first error's.
    static func errors(_ errors: [IovoxError], output: IovoxOutput = .xml) -> HTTPResponse {
        let children = errors.map { error in
            XMLNode.element(XMLElement(name: "error", attributes: [XMLAttribute(name: "status", value: String(error.status))], text: error.text))
        }
        return document(status: errors.first?.status ?? 400, root: XMLElement(name: "errors", children: children), output: output)
    }

    /// A single error in `<errors>`.
    static func error(_ error: IovoxError, output: IovoxOutput = .xml) -> HTTPResponse {
        errors([error], output: output)
    }

    private static func document(status: Int, root: XMLElement, output: IovoxOutput) -> HTTPResponse {
        var headers = HTTPHeaders()
        for (name, value) in cacheHeaders { headers.add(name: name, value: value) }
        switch output {
        case .xml:
            let text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + XMLWriter.string(root) + "\n"
            return HTTPResponse(status: status, contentType: contentType, text: text, headers: headers)
        case .json:
            return HTTPResponse(status: status, contentType: jsonContentType, text: JSONWriter.string(XMLJSONMapping.json(from: root)), headers: headers)
        }
    }
}
