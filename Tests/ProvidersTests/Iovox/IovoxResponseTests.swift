@testable import Providers
import StructuredData
import Testing

@Suite struct IovoxResponseTests {
    /// The live log (the-berryman/sms-sender, logs/sms_sender.log): text/xml, 132 bytes, no-cache headers.
    @Test func createdIsLaidOutLikeTheLiveAnswer() {
        let response = IovoxResponse.created(activityID: "d179cff1-dc73-4549-8e4c-e00990a55d78")
        #expect(response.status == 201)
        #expect(response.headers["Content-Type"] == "text/xml")
        #expect(response.headers["Cache-Control"] == "no-store, no-cache, must-revalidate, post-check=0, pre-check=0")
        #expect(response.headers["Pragma"] == "no-cache")
        #expect(response.bodyText == """
            <?xml version="1.0" encoding="UTF-8"?>
            <response><sms_activity_id>d179cff1-dc73-4549-8e4c-e00990a55d78</sms_activity_id></response>

            """)
        #expect(response.body.count == 132)
    }

    @Test func jsonIsTheSameDocumentMapped() throws {
        let response = IovoxResponse.created(activityID: "d179cff1-dc73-4549-8e4c-e00990a55d78", output: .json)
        #expect(response.headers["Content-Type"] == "application/json")
        #expect(response.bodyText == #"{"response":{"sms_activity_id":"d179cff1-dc73-4549-8e4c-e00990a55d78"}}"#)
    }

    @Test func errorsAreEachAnElementWithTheirStatusAndEscapedText() throws {
        let response = IovoxResponse.errors([.originInvalid("J&S <Plumbing>"), .messageEmpty])
        #expect(response.status == 400)
        #expect(response.bodyText == """
            <?xml version="1.0" encoding="UTF-8"?>
            <errors><error status="400">Origin Invalid: J&amp;S &lt;Plumbing&gt;</error><error status="400">Message Empty</error></errors>

            """)
        let mapping = XMLJSONMapping.json(from: try XMLReader.parse(response.body))
        #expect(mapping["errors"]?["error"]?.arrayValue?.first?["#text"] == "Origin Invalid: J&S <Plumbing>")
    }

    @Test func theAnswersStatusIsTheErrors() {
        #expect(IovoxResponse.error(.unauthorized).status == 401)
        #expect(IovoxResponse.error(.internalServerError).status == 500)
        #expect(IovoxResponse.error(.notFound).status == 404)
    }
}
