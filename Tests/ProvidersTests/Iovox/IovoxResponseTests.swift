@testable import Providers
import StructuredData
import Testing

@Suite struct IovoxResponseTests {
    @Test func createdIsLaidOutLikeTheDocumentsExample() {
        let response = IovoxResponse.created(activityID: "d454cfe0-a835-11e6-9852-d43d7ed6ce4c")
        #expect(response.status == 201)
        #expect(response.headers["Content-Type"] == "application/xml; charset=utf-8")
        #expect(response.bodyText == """
            <?xml version="1.0" encoding="UTF-8"?>
            <response>
                    <sms_activity_id>d454cfe0-a835-11e6-9852-d43d7ed6ce4c</sms_activity_id>
            </response>
            """)
    }

    @Test func errorsAreEachAnElementWithTheirStatusAndEscapedText() throws {
        let response = IovoxResponse.errors([.originInvalid("J&S <Plumbing>"), .messageEmpty])
        #expect(response.status == 400)
        #expect(response.bodyText == """
            <?xml version="1.0" encoding="UTF-8"?>
            <errors>
                    <error status="400">Origin Invalid: J&amp;S &lt;Plumbing&gt;</error>
                    <error status="400">Message Empty</error>
            </errors>
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
