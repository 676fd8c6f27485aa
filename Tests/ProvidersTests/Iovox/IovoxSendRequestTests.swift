@testable import Providers
import StructuredData
import Testing

@Suite struct IovoxSendRequestTests {
    /// A request with the given nodes (raw XML inside `<request>`).
    private func read(_ nodes: String) -> Result<IovoxSendRequest, IovoxSendRequest.Refusal> {
        IovoxSendRequest.read(Array("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<request>\(nodes)</request>".utf8))
    }

    private func valid(origin: String = "447923221231", destination: String = "447723443321", message: String = "Hello", extra: String = "") -> String {
        "<origin>\(origin)</origin><destination>\(destination)</destination><message>\(message)</message>\(extra)"
    }

    private func errorTexts(_ result: Result<IovoxSendRequest, IovoxSendRequest.Refusal>) -> [String] {
        guard case .failure(let refusal) = result else { return [] }
        return refusal.errors.map(\.text)
    }

    @Test(arguments: [
        ("", "XML Empty"),
        (" \r\n\t ", "XML Empty"),
        ("<request>", "XML parse error. Premature end of data in tag request line 1 at line 1, column 10"),
        ("<request>\n  <origin>1</orign>\n</request>", "XML parse error. Opening and ending tag mismatch: origin line 2 and orign at line 2, column 20"),
        ("<!DOCTYPE request []><request/>", "Request Empty"),
        ("<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><request>&x;</request>",
         "XML parse error. External entity 'x' (file:///etc/passwd) is refused: nothing outside the document is read at line 1, column 52"),
        ("<request></request>", "Request Empty"),
        ("<request>text only</request>", "Request Empty"),
        ("<sms><origin>Acme</origin></sms>", "Request Empty"),
    ])
    func theBodyIsReadBeforeItsNodes(body: String, error: String) {
        #expect(errorTexts(IovoxSendRequest.read(Array(body.utf8))) == [error])
    }

    /// What PHP's parser reads, the fake reads: a DOCTYPE, internal entities, ISO-8859-1.
    @Test func readsWhatPHPReads() throws {
        let doctype = "<!DOCTYPE request [<!ENTITY who \"John\">]><request><origin>Acme</origin><destination>447723443321</destination><message>Hi &who;</message></request>"
        guard case .success(let send) = IovoxSendRequest.read(Array(doctype.utf8)) else { Issue.record("refused"); return }
        #expect(send.message == "Hi John")
        let latin1 = Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><request><origin>Acme</origin><destination>447723443321</destination><message>Gr".utf8)
            + [0xFC, 0xDF] + Array("e</message></request>".utf8)
        guard case .success(let latin) = IovoxSendRequest.read(latin1) else { Issue.record("refused"); return }
        #expect(latin.message == "Grüße")
    }

    @Test(arguments: [
        ("<destination>447723443321</destination><message>Hi</message>", "Origin Empty"),
        ("<origin>  </origin><destination>447723443321</destination><message>Hi</message>", "Origin Empty"),
        ("<origin>Acme</origin><message>Hi</message>", "Destination Empty"),
        ("<origin>Acme</origin><destination/><message>Hi</message>", "Destination Empty"),
        ("<origin>Acme</origin><destination>447723443321</destination>", "Message Empty"),
        ("<origin>Acme</origin><destination>447723443321</destination><message> \n </message>", "Message Empty"),
    ])
    func eachEmptyNodeIsNamed(nodes: String, error: String) {
        #expect(errorTexts(read(nodes)) == [error])
    }

    @Test(arguments: [
        ("JohnsPlumbs", true), ("JohnsPlumber", false), ("Dr. J Smith", true), ("A", true), ("John-Smith", false), ("J_S", false),
        ("Café", false), ("447923221231", true), ("447923221231123", true), ("4479232212311234", false), ("+447923221231", false),
        ("00447923221231", false), ("07923221231", false), ("12345", true), ("44 7923 221", true), ("44 7923 2212", false),
    ])
    func originRule(origin: String, isValid: Bool) {
        #expect(IovoxSendRequest.isValidOrigin(origin) == isValid)
        let texts = errorTexts(read(valid(origin: origin)))
        #expect(texts == (isValid ? [] : ["Origin Invalid: \(origin)"]))
    }

    @Test(arguments: [
        ("447723443321", "+447723443321"), ("14155552671", "+14155552671"), ("447723443321123", "+447723443321123"),
        ("+447723443321", nil), ("00447723443321", nil), ("07723443321", nil), ("4477234433211234", nil), ("44772344ABC", nil),
        ("44 7723 443321", nil),
    ] as [(String, String?)])
    func destinationRule(destination: String, e164: String?) {
        #expect(IovoxSendRequest.destinationNumber(destination)?.e164 == e164)
        let result = read(valid(destination: destination))
        if let e164 {
            #expect((try? result.get())?.destination.e164 == e164)
        } else {
            #expect(errorTexts(result) == ["Destination Invalid: \(destination)"])
        }
    }

    @Test(arguments: [(158, "a", true), (159, "a", true), (160, "a", false), (159, "ж", true), (160, "ж", false), (159, "€", true), (160, "😀", false)])
    func messageLimitCountsCharacters(count: Int, character: String, accepted: Bool) {
        let texts = errorTexts(read(valid(message: String(repeating: character, count: count))))
        #expect(texts == (accepted ? [] : ["Message must be less than 160 characters long"]))
    }

    @Test(arguments: [
        ("<callback_url>https://my.dlr.callback.iovox.com/dlr</callback_url>", nil),
        ("<callback_url>http://10.0.0.1:8080/dlr?x=1</callback_url>", nil),
        ("<callback_url></callback_url>", nil),
        ("<callback_url>/dlr</callback_url>", "Callback URL Invalid: /dlr"),
        ("<callback_url>ftp://host/dlr</callback_url>", "Callback URL Invalid: ftp://host/dlr"),
        ("<callback_url>https://</callback_url>", "Callback URL Invalid: https://"),
        ("<callback_url>https://my host/dlr</callback_url>", "Callback URL Invalid: https://my host/dlr"),
        ("<callback_url_headers>X-A: 1</callback_url_headers>", nil),
        ("<callback_url_headers>X-A 1</callback_url_headers>", "Callback URL Headers Invalid: X-A 1"),
        ("<expiry>1</expiry>", nil),
        ("<expiry>10080</expiry>", nil),
        ("<expiry>0</expiry>", "Expiry Invalid: 0"),
        ("<expiry>-3</expiry>", "Expiry Invalid: -3"),
        ("<expiry>1.5</expiry>", "Expiry Invalid: 1.5"),
        ("<expiry>99999999999999999999</expiry>", "Expiry Invalid: 99999999999999999999"),
        ("<c2c_failover_link_id>123456</c2c_failover_link_id>", nil),
        ("<c2c_failover_link_id>link-42</c2c_failover_link_id>", "C2C Failover Link ID Invalid: link-42"),
    ] as [(String, String?)])
    func optionalNodes(extra: String, error: String?) {
        #expect(errorTexts(read(valid(extra: extra))) == (error.map { [$0] } ?? []))
    }

    @Test func theAcceptedRequestKeepsWhatWasSent() throws {
        let request = try read(valid(origin: " Acme ", message: " Hi there ", extra: "<expiry> 3 </expiry><c2c_failover_link_id>7</c2c_failover_link_id>")).get()
        #expect(request.origin == "Acme")
        #expect(request.message == " Hi there ")
        #expect(request.expiry == 3)
        #expect(request.c2cFailoverLinkID == "7")
        #expect(request.callbackURL == nil && request.callbackHeaders == nil)
    }

    @Test func everyNodeErrorIsReportedInDocumentOrder() {
        let nodes = "<c2c_failover_link_id>x</c2c_failover_link_id><callback_url>no</callback_url><message>\(String(repeating: "a", count: 200))</message>"
            + "<destination>0</destination><origin>!</origin><callback_url_headers>,</callback_url_headers><expiry>x</expiry>"
        #expect(errorTexts(read(nodes)) == [
            "Origin Invalid: !", "Destination Invalid: 0", "Message must be less than 160 characters long", "Callback URL Invalid: no",
            "Callback URL Headers Invalid: ,", "Expiry Invalid: x", "C2C Failover Link ID Invalid: x",
        ])
    }
}
