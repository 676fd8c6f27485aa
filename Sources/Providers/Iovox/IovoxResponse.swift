import StructuredData
import Wire

/// iovox's answers as XML documents laid out like the document's success example: the declaration,
/// the root element, and each child on its own line indented by eight spaces.
enum IovoxResponse {
    /// The Content-Type of every answer (*assumed*: the document shows XML bodies but no header).
    static let contentType = "application/xml; charset=utf-8"

    /// `201 Created` with `<response><sms_activity_id>…</sms_activity_id></response>`.
    static func created(activityID: String) -> HTTPResponse {
        document(status: 201, root: "response", children: [XMLElement(name: "sms_activity_id", text: activityID)])
    }

    /// `<errors>` holding one `<error status="…">` per error, in order; the answer's status is the first error's.
    static func errors(_ errors: [IovoxError]) -> HTTPResponse {
        let children = errors.map { error in
            XMLElement(name: "error", attributes: [XMLAttribute(name: "status", value: String(error.status))], text: error.text)
        }
        return document(status: errors.first?.status ?? 400, root: "errors", children: children)
    }

    /// A single error in `<errors>`.
    static func error(_ error: IovoxError) -> HTTPResponse {
        errors([error])
    }

    private static func document(status: Int, root: String, children: [XMLElement]) -> HTTPResponse {
        var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<\(root)>\n"
        for child in children {
            text += "        " + XMLWriter.string(child) + "\n"
        }
        text += "</\(root)>"
        return HTTPResponse(status: status, contentType: contentType, text: text)
    }
}
